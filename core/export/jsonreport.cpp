#include "core/export/jsonreport.h"

#include "core/export/documentjson.h"
#include "core/export/jsonwriter.h"
#include "core/model/version.h"
#include "core/present/noteplacer.h"
#include "core/text/codepointindex.h"

#include <array>
#include <cmath>
#include <vector>

// Every object's keys are written in QJsonObject's sorted order (UTF-16 code units, so
// upper-case letters first): the report's bytes stay those of the former QJsonDocument.

namespace {

double rounded(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

class ReportWriter
{
public:
    ReportWriter(JsonWriter &json, const Comparison &c, const std::vector<ComparisonNote> &notes)
        : m_json(json), m_c(c), m_notes(notes)
    {
        m_index.reserve(c.documents.size());
        for (const Document &d : c.documents)
            m_index.emplace_back(d.text);
    }

    void write();

private:
    void span(int doc, const TextSpan &s)
    {
        const CodePointIndex &index = m_index[size_t(doc)];
        m_json.beginArray();
        m_json.value(qint64(index.toCodePoints(s.start)));
        m_json.value(qint64(index.toCodePoints(s.end)));
        m_json.endArray();
    }
    void units(const UnitRange &r)
    {
        m_json.beginArray();
        m_json.value(r.first);
        m_json.value(r.count);
        m_json.endArray();
    }
    void options(const AlignOptions &o);
    // One word edit or fact change's spans and texts, side 0 as "a", side 1 as "b".
    void side(const Link &l, int s, const std::array<TextSpan, 2> &spans)
    {
        const int doc = l.ends[size_t(s)].doc;
        m_json.key(s == 0 ? u"aSpan" : u"bSpan");
        span(doc, spans[size_t(s)]);
        m_json.key(s == 0 ? u"aText" : u"bText");
        m_json.value(m_c.documents[size_t(doc)].slice(spans[size_t(s)]));
    }
    void link(const Link &l);
    void notes();
    void noteEnd(const std::optional<TextAnchor> &anchor, const std::optional<NotePassage> &passage);
    void rows();
    void stats();
    void factTable();

    JsonWriter &m_json;
    const Comparison &m_c;
    const std::vector<ComparisonNote> &m_notes;
    std::vector<CodePointIndex> m_index;
};

void ReportWriter::write()
{
    m_json.beginObject();
    m_json.key(u"baseDocument");
    m_json.value(m_c.baseDocument);
    m_json.key(u"documents");
    m_json.beginArray();
    for (size_t d = 0; d < m_c.documents.size(); ++d)
        DocumentJson::write(m_json, m_c.documents[d], d < m_c.languages.size() ? m_c.languages[d] : QString());
    m_json.endArray();
    m_json.key(u"factTable");
    factTable();
    m_json.key(u"generator");
    m_json.value(QStringLiteral("Synoptic ") + synopticVersion());
    m_json.key(u"granularity");
    m_json.value(m_c.granularity == Granularity::Sentence ? u"sentence" : u"paragraph");
    m_json.key(u"links");
    m_json.beginArray();
    for (const Link &l : m_c.links)
        link(l);
    m_json.endArray();
    m_json.key(u"notes");
    notes();
    m_json.key(u"notice");
    m_json.value(m_c.notice);
    m_json.key(u"options");
    options(m_c.options);
    m_json.key(u"rows");
    rows();
    m_json.key(u"stats");
    stats();
    m_json.key(u"unique");
    m_json.beginArray();
    for (const UniquePassage &u : m_c.unique) {
        m_json.beginObject();
        m_json.key(u"doc");
        m_json.value(u.doc);
        m_json.key(u"span");
        span(u.doc, u.span);
        m_json.endObject();
    }
    m_json.endArray();
    m_json.endObject();
}

void ReportWriter::options(const AlignOptions &o)
{
    m_json.beginObject();
    m_json.key(u"divergentThreshold");
    m_json.value(o.divergentThreshold);
    m_json.key(u"granularity");
    m_json.value(o.granularity == Granularity::Sentence ? u"sentence" : u"paragraph");
    m_json.key(u"ignoreCase");
    m_json.value(o.ignoreCase);
    m_json.key(u"ignoreDiacritics");
    m_json.value(o.ignoreDiacritics);
    m_json.key(u"ignoreDigits");
    m_json.value(o.ignoreDigits);
    m_json.key(u"ignoreFurniture");
    m_json.value(o.ignoreFurniture);
    m_json.key(u"ignorePunctuation");
    m_json.value(o.ignorePunctuation);
    // Only when asked for, so that a report without related links reads as it always has.
    if (o.relatedLinks) {
        m_json.key(u"relatedLinks");
        m_json.value(true);
        m_json.key(u"relatedThreshold");
        m_json.value(o.relatedThreshold);
    }
    m_json.endObject();
}

void ReportWriter::link(const Link &l)
{
    // The report keeps its "a"/"b" keys: side 0 is "a", side 1 is "b".
    const LinkEnd &a = l.ends[0], &b = l.ends[1];
    m_json.beginObject();
    m_json.key(u"a");
    m_json.value(a.doc);
    m_json.key(u"aSpan");
    span(a.doc, a.span);
    m_json.key(u"aUnits");
    units(a.units);
    m_json.key(u"b");
    m_json.value(b.doc);
    m_json.key(u"bSpan");
    span(b.doc, b.span);
    m_json.key(u"bUnits");
    units(b.units);
    m_json.key(u"changes");
    m_json.beginArray();
    for (const WordEdit &e : l.edits) {
        if (e.op == WordEdit::Op::Equal)
            continue;
        m_json.beginObject();
        side(l, 0, e.spans);
        side(l, 1, e.spans);
        m_json.key(u"op");
        m_json.value(nameOf(e.op));
        m_json.endObject();
    }
    m_json.endArray();
    m_json.key(u"facts");
    m_json.beginArray();
    for (const FactChange &f : l.facts) {
        m_json.beginObject();
        m_json.key(u"aApproximate");
        m_json.value(f.approximate[0]);
        side(l, 0, f.spans);
        m_json.key(u"aValue");
        m_json.value(f.values[0]);
        m_json.key(u"bApproximate");
        m_json.value(f.approximate[1]);
        side(l, 1, f.spans);
        m_json.key(u"bValue");
        m_json.value(f.values[1]);
        m_json.key(u"kind");
        m_json.value(nameOf(f.kind));
        m_json.endObject();
    }
    m_json.endArray();
    m_json.key(u"identical");
    m_json.value(l.kind == LinkKind::Match);
    m_json.key(u"kind");
    m_json.value(l.moved ? QStringLiteral("moved") : nameOf(l.kind));
    m_json.key(u"manual");
    m_json.value(l.manual);
    m_json.key(u"moved");
    m_json.value(l.moved);
    m_json.key(u"similarity");
    m_json.value(rounded(l.similarity));
    m_json.endObject();
}

void ReportWriter::notes()
{
    const NotePlacer placer(m_c);
    m_json.beginArray();
    for (const ComparisonNote &n : m_notes) {
        const NotePlacement p = placer.place(n);
        m_json.beginObject();
        m_json.key(u"anchor");
        noteEnd(n.anchor, p.at);
        m_json.key(u"created");
        if (n.created.isValid())
            m_json.value(n.created.toUTC().toString(Qt::ISODateWithMs));
        else
            m_json.null();
        m_json.key(u"linkedTo");
        noteEnd(n.linkedTo, p.linkedAt);
        m_json.key(u"problem");
        m_json.value(p.problem);
        m_json.key(u"text");
        m_json.value(n.text);
        m_json.key(u"verdict");
        m_json.value(nameOf(n.verdict));
        m_json.endObject();
    }
    m_json.endArray();
}

// The anchor as given (a reader can find the passage even when it could not be placed) and the
// units it lands on, null when it lands on none.
void ReportWriter::noteEnd(const std::optional<TextAnchor> &anchor, const std::optional<NotePassage> &passage)
{
    if (!anchor) {
        m_json.null();
        return;
    }
    m_json.beginObject();
    m_json.key(u"doc");
    m_json.value(anchor->doc);
    m_json.key(u"span");
    m_json.beginArray();
    m_json.value(anchor->start);
    m_json.value(anchor->end);
    m_json.endArray();
    m_json.key(u"units");
    if (passage)
        units(passage->units);
    else
        m_json.null();
    m_json.endObject();
}

void ReportWriter::rows()
{
    m_json.beginArray();
    for (const SynopticRow &r : m_c.rows) {
        m_json.beginObject();
        m_json.key(u"cells");
        m_json.beginArray();
        for (size_t d = 0; d < r.cells.size(); ++d) {
            if (r.cells[d].isEmpty())
                m_json.null();
            else
                span(int(d), m_c.rangeSpan(int(d), r.cells[d]));
        }
        m_json.endArray();
        m_json.key(u"links");
        m_json.beginArray();
        for (int k : r.links)
            m_json.value(k);
        m_json.endArray();
        m_json.endObject();
    }
    m_json.endArray();
}

void ReportWriter::stats()
{
    m_json.beginObject();
    m_json.key(u"documents");
    m_json.beginArray();
    for (const DocumentStats &s : m_c.stats) {
        m_json.beginObject();
        m_json.key(u"divergent");
        m_json.value(rounded(s.share(s.divergentWords)));
        m_json.key(u"divergentWords");
        m_json.value(s.divergentWords);
        m_json.key(u"matching");
        m_json.value(rounded(s.share(s.matchingWords)));
        m_json.key(u"matchingWords");
        m_json.value(s.matchingWords);
        if (m_c.options.relatedLinks) {
            m_json.key(u"related");
            m_json.value(rounded(s.share(s.relatedWords)));
            m_json.key(u"relatedWords");
            m_json.value(s.relatedWords);
        }
        m_json.key(u"unique");
        m_json.value(rounded(s.share(s.uniqueWords)));
        m_json.key(u"uniqueWords");
        m_json.value(s.uniqueWords);
        m_json.key(u"words");
        m_json.value(s.words);
        m_json.endObject();
    }
    m_json.endArray();
    m_json.key(u"similarity");
    m_json.beginArray();
    for (const auto &row : m_c.similarity) {
        m_json.beginArray();
        for (double v : row)
            m_json.value(rounded(v));
        m_json.endArray();
    }
    m_json.endArray();
    m_json.endObject();
}

// One object per subject, its mentions by article: the article set's facts, not a pair's.
void ReportWriter::factTable()
{
    m_json.beginArray();
    for (const FactTableEntry &e : m_c.factTable.entries) {
        m_json.beginObject();
        m_json.key(u"kind");
        m_json.value(nameOf(e.kind));
        m_json.key(u"mentions");
        m_json.beginArray();
        for (const FactMention &m : e.mentions) {
            m_json.beginObject();
            m_json.key(u"approximate");
            m_json.value(m.approximate);
            m_json.key(u"article");
            m_json.value(m.doc);
            m_json.key(u"conflicting");
            m_json.value(m.conflicting);
            m_json.key(u"span");
            span(m.doc, m.span);
            m_json.key(u"text");
            m_json.value(m.text);
            m_json.key(u"unit");
            m_json.value(m.unit);
            m_json.key(u"vague");
            m_json.value(m.vague);
            m_json.key(u"value");
            m_json.value(m.value);
            m_json.endObject();
        }
        m_json.endArray();
        m_json.key(u"status");
        m_json.value(nameOf(e.status));
        m_json.key(u"subject");
        m_json.value(e.subject);
        m_json.endObject();
    }
    m_json.endArray();
}

} // namespace

QByteArray JsonReport::toBytes(const Comparison &comparison, bool indented, const std::vector<ComparisonNote> &notes)
{
    QByteArray bytes;
    // The texts dominate the report: reserving for them spares most regrowth of the buffer.
    qsizetype textSize = 0;
    for (const Document &d : comparison.documents)
        textSize += d.text.size();
    bytes.reserve(3 * textSize + 4096);
    JsonWriter json(bytes, indented ? JsonWriter::Style::Indented : JsonWriter::Style::Compact);
    ReportWriter(json, comparison, notes).write();
    return bytes;
}
