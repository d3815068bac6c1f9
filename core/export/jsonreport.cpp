#include "core/export/jsonreport.h"

#include "core/text/codepointindex.h"
#include "core/export/documentjson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QJsonValue span(const CodePointIndex &index, const TextSpan &s)
{
    return QJsonArray{qint64(index.toCodePoints(s.start)), qint64(index.toCodePoints(s.end))};
}

double rounded(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

QJsonObject optionsJson(const AlignOptions &o)
{
    return {
        {u"granularity"_s, o.granularity == Granularity::Sentence ? u"sentence"_s : u"paragraph"_s},
        {u"divergentThreshold"_s, o.divergentThreshold},
        {u"ignoreCase"_s, o.ignoreCase},
        {u"ignorePunctuation"_s, o.ignorePunctuation},
        {u"ignoreDigits"_s, o.ignoreDigits},
        {u"ignoreDiacritics"_s, o.ignoreDiacritics},
        {u"ignoreFurniture"_s, o.ignoreFurniture},
    };
}

// One word edit or fact change: its two spans and texts, side 0 as "a", side 1 as "b".
QJsonObject sidesJson(const Comparison &c, const std::vector<CodePointIndex> &index, const Link &l, const QString &key,
                      const QString &value, const std::array<TextSpan, 2> &spans)
{
    const LinkEnd &a = l.ends[0], &b = l.ends[1];
    return QJsonObject{{key, value},
                       {u"aSpan"_s, span(index[size_t(a.doc)], spans[0])},
                       {u"bSpan"_s, span(index[size_t(b.doc)], spans[1])},
                       {u"aText"_s, c.documents[size_t(a.doc)].slice(spans[0]).toString()},
                       {u"bText"_s, c.documents[size_t(b.doc)].slice(spans[1]).toString()}};
}

QJsonObject linkJson(const Comparison &c, const std::vector<CodePointIndex> &index, const Link &l)
{
    // The report keeps its "a"/"b" keys: side 0 is "a", side 1 is "b".
    const LinkEnd &a = l.ends[0], &b = l.ends[1];
    QJsonArray changes;
    for (const WordEdit &e : l.edits) {
        if (e.op != WordEdit::Op::Equal)
            changes.append(sidesJson(c, index, l, u"op"_s, nameOf(e.op), e.spans));
    }
    QJsonArray facts;
    for (const FactChange &f : l.facts) {
        QJsonObject fact = sidesJson(c, index, l, u"kind"_s, nameOf(f.kind), f.spans);
        fact.insert(u"aValue"_s, f.values[0]);
        fact.insert(u"bValue"_s, f.values[1]);
        fact.insert(u"aApproximate"_s, f.approximate[0]);
        fact.insert(u"bApproximate"_s, f.approximate[1]);
        facts.append(fact);
    }
    return QJsonObject{
        {u"a"_s, a.doc},
        {u"b"_s, b.doc},
        {u"aSpan"_s, span(index[size_t(a.doc)], a.span)},
        {u"bSpan"_s, span(index[size_t(b.doc)], b.span)},
        {u"aUnits"_s, QJsonArray{a.units.first, a.units.count}},
        {u"bUnits"_s, QJsonArray{b.units.first, b.units.count}},
        {u"kind"_s, l.moved ? u"moved"_s : nameOf(l.kind)},
        {u"moved"_s, l.moved},
        {u"identical"_s, l.kind == LinkKind::Match},
        {u"similarity"_s, rounded(l.similarity)},
        {u"changes"_s, changes},
        {u"facts"_s, facts},
    };
}

QJsonArray rowsJson(const Comparison &c, const std::vector<CodePointIndex> &index)
{
    QJsonArray rows;
    for (const SynopticRow &r : c.rows) {
        QJsonArray cells;
        for (size_t d = 0; d < r.cells.size(); ++d) {
            if (r.cells[d].isEmpty())
                cells.append(QJsonValue::Null);
            else
                cells.append(span(index[d], c.rangeSpan(int(d), r.cells[d])));
        }
        QJsonArray rowLinks;
        for (int k : r.links)
            rowLinks.append(k);
        rows.append(QJsonObject{{u"cells"_s, cells}, {u"links"_s, rowLinks}});
    }
    return rows;
}

QJsonObject statsJson(const Comparison &c)
{
    QJsonArray docStats, matrix;
    for (const DocumentStats &s : c.stats) {
        docStats.append(QJsonObject{{u"words"_s, s.words},
                                    {u"matchingWords"_s, s.matchingWords},
                                    {u"divergentWords"_s, s.divergentWords},
                                    {u"uniqueWords"_s, s.uniqueWords},
                                    {u"matching"_s, rounded(s.share(s.matchingWords))},
                                    {u"divergent"_s, rounded(s.share(s.divergentWords))},
                                    {u"unique"_s, rounded(s.share(s.uniqueWords))}});
    }
    for (const auto &row : c.similarity) {
        QJsonArray r;
        for (double v : row)
            r.append(rounded(v));
        matrix.append(r);
    }
    return QJsonObject{{u"documents"_s, docStats}, {u"similarity"_s, matrix}};
}

} // namespace

QJsonObject JsonReport::toJson(const Comparison &c)
{
    std::vector<CodePointIndex> index;
    index.reserve(c.documents.size());
    QJsonArray documents;
    for (const Document &d : c.documents) {
        index.emplace_back(d.text);
        documents.append(DocumentJson::toJson(d));
    }
    QJsonArray links;
    for (const Link &l : c.links)
        links.append(linkJson(c, index, l));
    QJsonArray unique;
    for (const UniquePassage &u : c.unique)
        unique.append(QJsonObject{{u"doc"_s, u.doc}, {u"span"_s, span(index[size_t(u.doc)], u.span)}});

    return {
        {u"generator"_s, u"Synoptic " SYNOPTIC_VERSION ""_s},
        {u"options"_s, optionsJson(c.options)},
        {u"granularity"_s, c.granularity == Granularity::Sentence ? u"sentence"_s : u"paragraph"_s},
        {u"notice"_s, c.notice},
        {u"baseDocument"_s, c.baseDocument},
        {u"documents"_s, documents},
        {u"links"_s, links},
        {u"unique"_s, unique},
        {u"rows"_s, rowsJson(c, index)},
        {u"stats"_s, statsJson(c)},
    };
}

QByteArray JsonReport::toBytes(const Comparison &comparison, bool indented)
{
    return QJsonDocument(toJson(comparison)).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}
