// The streamed JSON report against the QJsonDocument the report used to be built as: the same
// bytes, compact and indented, hence the same parsed content. The tree builder below is the
// former JsonReport::toJson / DocumentJson::toJson, kept here only as the reference.
#include "core/align/aligner.h"
#include "core/export/documentjson.h"
#include "core/export/jsonreport.h"
#include "core/export/jsonwriter.h"
#include "core/import/documentloader.h"
#include "core/model/version.h"
#include "core/text/codepointindex.h"

#include <QTimeZone>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace reference {

QJsonArray span(const CodePointIndex &index, const TextSpan &s)
{
    return QJsonArray{qint64(index.toCodePoints(s.start)), qint64(index.toCodePoints(s.end))};
}

QJsonObject documentJson(const Document &doc)
{
    const CodePointIndex index(doc.text);
    QJsonArray paragraphs, sentences, furniture;
    for (const Paragraph &p : doc.paragraphs) {
        paragraphs.append(span(index, p.span));
        if (p.furniture)
            furniture.append(span(index, p.span));
    }
    for (const Sentence &s : doc.sentences)
        sentences.append(span(index, s.span));
    return QJsonObject{
        {u"path"_s, doc.path},           {u"title"_s, doc.title},         {u"format"_s, doc.format},
        {u"language"_s, doc.language},   {u"text"_s, doc.text},           {u"paragraphs"_s, paragraphs},
        {u"sentences"_s, sentences},     {u"furniture"_s, furniture},
    };
}

double rounded(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

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
        {u"manual"_s, l.manual},
        {u"identical"_s, l.kind == LinkKind::Match},
        {u"similarity"_s, rounded(l.similarity)},
        {u"changes"_s, changes},
        {u"facts"_s, facts},
    };
}

QJsonObject reportJson(const Comparison &c)
{
    std::vector<CodePointIndex> index;
    QJsonArray documents;
    for (size_t d = 0; d < c.documents.size(); ++d) {
        index.emplace_back(c.documents[d].text);
        QJsonObject document = documentJson(c.documents[d]);
        document.insert(u"languageRead"_s, c.languages[d]);
        documents.append(document);
    }
    QJsonArray links;
    for (const Link &l : c.links)
        links.append(linkJson(c, index, l));
    QJsonArray unique;
    for (const UniquePassage &u : c.unique)
        unique.append(QJsonObject{{u"doc"_s, u.doc}, {u"span"_s, span(index[size_t(u.doc)], u.span)}});
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
    QJsonArray factTable;
    for (const FactTableEntry &e : c.factTable.entries) {
        QJsonArray mentions;
        for (const FactMention &m : e.mentions) {
            mentions.append(QJsonObject{{u"article"_s, m.doc},
                                        {u"unit"_s, m.unit},
                                        {u"span"_s, span(index[size_t(m.doc)], m.span)},
                                        {u"text"_s, m.text},
                                        {u"value"_s, m.value},
                                        {u"approximate"_s, m.approximate},
                                        {u"vague"_s, m.vague},
                                        {u"conflicting"_s, m.conflicting}});
        }
        factTable.append(QJsonObject{{u"kind"_s, nameOf(e.kind)},
                                     {u"subject"_s, e.subject},
                                     {u"status"_s, nameOf(e.status)},
                                     {u"mentions"_s, mentions}});
    }
    const AlignOptions &o = c.options;
    return {
        {u"factTable"_s, factTable},
        {u"generator"_s, u"Synoptic "_s + synopticVersion()},
        {u"options"_s,
         QJsonObject{{u"granularity"_s, o.granularity == Granularity::Sentence ? u"sentence"_s : u"paragraph"_s},
                     {u"divergentThreshold"_s, o.divergentThreshold},
                     {u"ignoreCase"_s, o.ignoreCase},
                     {u"ignorePunctuation"_s, o.ignorePunctuation},
                     {u"ignoreDigits"_s, o.ignoreDigits},
                     {u"ignoreDiacritics"_s, o.ignoreDiacritics},
                     {u"ignoreFurniture"_s, o.ignoreFurniture}}},
        {u"granularity"_s, c.granularity == Granularity::Sentence ? u"sentence"_s : u"paragraph"_s},
        {u"notice"_s, c.notice},
        {u"notes"_s, QJsonArray{}},
        {u"baseDocument"_s, c.baseDocument},
        {u"documents"_s, documents},
        {u"links"_s, links},
        {u"unique"_s, unique},
        {u"rows"_s, rows},
        {u"stats"_s, QJsonObject{{u"documents"_s, docStats}, {u"similarity"_s, matrix}}},
    };
}

} // namespace reference

class TestJsonReport : public QObject
{
    Q_OBJECT

private slots:
    void report_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<double>("threshold");
        const QString data = QStringLiteral(SYNOPTIC_TEST_DATA);
        QTest::newRow("seed pair") << QStringList{data + u"/newszop-nk-troops.txt"_s, data + u"/ap-nk-fm-russia.txt"_s}
                                   << 0.38;
        QTest::newRow("seed reversed, threshold 0.2")
            << QStringList{data + u"/ap-nk-fm-russia.txt"_s, data + u"/newszop-nk-troops.txt"_s} << 0.2;
        QTest::newRow("three articles") << QStringList{data + u"/newszop-nk-troops.txt"_s, data + u"/ap-nk-fm-russia.txt"_s,
                                                       data + u"/import/encodings/utf8.txt"_s}
                                        << 0.38;
        QTest::newRow("hostile article") << QStringList{data + u"/hostile/hostile.txt"_s, data + u"/ap-nk-fm-russia.txt"_s}
                                         << 0.38;
    }

    // The streamed report has the former QJsonDocument's bytes, compact and indented.
    void report()
    {
        QFETCH(QStringList, files);
        QFETCH(double, threshold);
        std::vector<Document> docs;
        for (const QString &f : files) {
            LoadResult r = DocumentLoader().load(f);
            QVERIFY2(r.document, qPrintable(f));
            docs.push_back(std::move(*r.document));
        }
        AlignOptions options;
        options.divergentThreshold = threshold;
        const std::optional<Comparison> c = Aligner::align(std::move(docs), options);
        QVERIFY(c);
        QVERIFY(!c->links.empty());
        // The seed pair's fact table is in the report: its troops conflict among the rest.
        if (files.size() == 2 && files.join(u' ').contains(u"newszop"_s))
            QVERIFY(!c->factTable.entries.empty());
        const QJsonDocument expected(reference::reportJson(*c));
        const QByteArray compact = JsonReport::toBytes(*c);
        const QByteArray indented = JsonReport::toBytes(*c, true);
        QCOMPARE(compact, expected.toJson(QJsonDocument::Compact));
        QCOMPARE(indented, expected.toJson(QJsonDocument::Indented));
        QJsonParseError error;
        QCOMPARE(QJsonDocument::fromJson(compact, &error), expected);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(QJsonDocument::fromJson(indented, &error), expected);
        QVERIFY(compact.size() < indented.size());
    }

    // A session's notes in the report: each anchor as given, the units it lands on, the verdict,
    // the text verbatim and when it was written; one outside the text is kept and says why.
    void notes()
    {
        const QString data = QStringLiteral(SYNOPTIC_TEST_DATA);
        std::vector<Document> docs;
        for (const QString &f : {data + u"/newszop-nk-troops.txt"_s, data + u"/ap-nk-fm-russia.txt"_s})
            docs.push_back(DocumentLoader().load(f).document.value());
        const std::optional<Comparison> c = Aligner::align(std::move(docs), AlignOptions());
        QVERIFY(c);
        // The code points of `part` in document `doc`, and the units of the sentences it touches.
        const auto at = [&](int doc, const QString &part) {
            const QString &text = c->documents[size_t(doc)].text;
            const qsizetype i = text.indexOf(part);
            if (i < 0)
                qFatal("'%s' not in document %d", qPrintable(part), doc);
            const CodePointIndex index(text);
            return TextAnchor{doc, index.toCodePoints(i), index.toCodePoints(i + part.size())};
        };
        const auto unitOf = [&](const TextAnchor &a, qint64 codePoint) {
            const CodePointIndex index(c->documents[size_t(a.doc)].text);
            const qsizetype utf16 = index.toUtf16(codePoint);
            for (size_t u = 0; u < c->units[size_t(a.doc)].size(); ++u) {
                if (c->units[size_t(a.doc)][u].span.contains(utf16))
                    return int(u);
            }
            return -1;
        };
        const QString hostile = u"<script>window.pwned=1</script> \u202Eevil\\\"quoted\" </p>"_s;
        const QDateTime when(QDate(2026, 3, 1), QTime(9, 30), QTimeZone::utc());
        // Across the end of one sentence into the next.
        const TextAnchor span = at(0, u"within days. North Korea's official"_s);
        const TextAnchor linkA = at(0, u"After initially denying"_s), linkB = at(1, u"After initially denying"_s);
        const std::vector<ComparisonNote> notes{
            {span, std::nullopt, NoteVerdict::Disputed, hostile, when},
            {linkA, linkB, NoteVerdict::Confirmed, u"Same claim"_s, {}},
            {TextAnchor{1, 1'000'000, 1'000'010}, std::nullopt, NoteVerdict::Unclear, u"Lost"_s, {}},
            {std::nullopt, std::nullopt, NoteVerdict::None, u"Whole comparison"_s, {}},
        };
        const QJsonObject report = QJsonDocument::fromJson(JsonReport::toBytes(*c, false, notes)).object();
        const QJsonArray out = report[u"notes"_s].toArray();
        QCOMPARE(out.size(), 4);

        const QJsonObject first = out[0].toObject();
        QCOMPARE(first[u"verdict"_s].toString(), u"disputed"_s);
        QCOMPARE(first[u"text"_s].toString(), hostile);
        QCOMPARE(first[u"created"_s].toString(), u"2026-03-01T09:30:00.000Z"_s);
        QCOMPARE(first[u"problem"_s].toString(), QString());
        QVERIFY(first[u"linkedTo"_s].isNull());
        const QJsonObject anchor = first[u"anchor"_s].toObject();
        QCOMPARE(anchor[u"doc"_s].toInt(), 0);
        QCOMPARE(anchor[u"span"_s].toArray(), (QJsonArray{span.start, span.end}));
        const int firstUnit = unitOf(span, span.start), lastUnit = unitOf(span, span.end - 1);
        QVERIFY(lastUnit > firstUnit);
        QCOMPARE(anchor[u"units"_s].toArray(), (QJsonArray{firstUnit, lastUnit - firstUnit + 1}));

        const QJsonObject link = out[1].toObject();
        QCOMPARE(link[u"verdict"_s].toString(), u"confirmed"_s);
        QVERIFY(link[u"created"_s].isNull());
        QCOMPARE(link[u"anchor"_s].toObject()[u"units"_s].toArray(), (QJsonArray{unitOf(linkA, linkA.start), 1}));
        QCOMPARE(link[u"linkedTo"_s].toObject()[u"doc"_s].toInt(), 1);
        QCOMPARE(link[u"linkedTo"_s].toObject()[u"units"_s].toArray(), (QJsonArray{unitOf(linkB, linkB.start), 1}));

        const QJsonObject lost = out[2].toObject();
        QVERIFY(lost[u"anchor"_s].toObject()[u"units"_s].isNull());
        QCOMPARE(lost[u"anchor"_s].toObject()[u"span"_s].toArray(), (QJsonArray{1'000'000, 1'000'010}));
        QVERIFY2(lost[u"problem"_s].toString().contains(u"outside the text"_s), qPrintable(lost[u"problem"_s].toString()));

        const QJsonObject whole = out[3].toObject();
        QVERIFY(whole[u"anchor"_s].isNull());
        QCOMPARE(whole[u"verdict"_s].toString(), u"none"_s);
        QCOMPARE(whole[u"problem"_s].toString(), QString());
    }

    void document()
    {
        const Document d = DocumentLoader()
                               .loadData("Top News\n\nA first sentence. A second one, \"quoted\".\n\nMore text.", u"a.txt"_s)
                               .document.value();
        for (const auto style : {JsonWriter::Style::Compact, JsonWriter::Style::Indented}) {
            QByteArray bytes;
            JsonWriter json(bytes, style);
            DocumentJson::write(json, d);
            QCOMPARE(bytes, QJsonDocument(reference::documentJson(d))
                                .toJson(style == JsonWriter::Style::Compact ? QJsonDocument::Compact
                                                                            : QJsonDocument::Indented));
        }
    }

    // Every UTF-16 code unit, surrogate pairs, lone surrogates, escapes: as QJsonDocument writes them.
    void escaping_data()
    {
        QTest::addColumn<QString>("text");
        QString all;
        for (int u = 1; u < 0x10000; ++u) {
            if (!QChar::isSurrogate(char32_t(u)))
                all.append(QChar(char16_t(u)));
        }
        QTest::newRow("every BMP character") << all;
        QTest::newRow("nul") << QString(QChar(u'\0'));
        QTest::newRow("controls") << u"\b\f\n\r\t\x01\x1f\x7f \"\\/"_s;
        QTest::newRow("pair") << u"emoji \U0001F389 and \U0010FFFF end"_s;
        QTest::newRow("lone high") << u"a"_s + QChar(char16_t(0xd83c)) + u"b"_s;
        QTest::newRow("lone low") << QString(QChar(char16_t(0xdf89))) + u"b"_s;
        QTest::newRow("high at end") << u"x"_s + QChar(char16_t(0xdbff));
        QTest::newRow("two highs") << QString(QChar(char16_t(0xd800))) + QChar(char16_t(0xd800)) + QChar(char16_t(0xdc00));
        QTest::newRow("empty") << QString();
    }

    void escaping()
    {
        QFETCH(QString, text);
        QByteArray bytes;
        JsonWriter json(bytes, JsonWriter::Style::Compact);
        json.beginArray();
        json.value(text);
        json.endArray();
        QCOMPARE(bytes, QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact));
    }

    void numbers_data()
    {
        QTest::addColumn<double>("number");
        for (double d : {0.0, -0.0, 1.0, -1.0, 0.38, 0.001, 0.999, 1e-7, 123456789.0, 1e21, 1e300, 0.1 + 0.2, 2.5e-308,
                         9007199254740993.0, -123.456, std::nan(""), std::numeric_limits<double>::infinity()})
            QTest::addRow("%.17g", d) << d;
    }

    void numbers()
    {
        QFETCH(double, number);
        const qint64 integer = std::isfinite(number) && std::abs(number) < 1e18 ? qint64(number) : 0;
        QByteArray bytes;
        JsonWriter json(bytes, JsonWriter::Style::Indented);
        json.beginObject();
        json.key(u"n"); // QJsonObject sorts its keys: "n" before "x"
        json.value(integer);
        json.key(u"x");
        json.value(number);
        json.endObject();
        QCOMPARE(bytes, QJsonDocument(QJsonObject{{u"x"_s, number}, {u"n"_s, integer}}).toJson(QJsonDocument::Indented));
    }

    void emptyContainers()
    {
        for (const auto style : {JsonWriter::Style::Compact, JsonWriter::Style::Indented}) {
            QByteArray bytes;
            JsonWriter json(bytes, style);
            json.beginObject();
            json.key(u"a");
            json.beginArray();
            json.endArray();
            json.key(u"b");
            json.beginObject();
            json.endObject();
            json.key(u"c");
            json.beginArray();
            json.beginArray();
            json.endArray();
            json.null();
            json.value(true);
            json.endArray();
            json.endObject();
            const QJsonObject o{{u"a"_s, QJsonArray{}}, {u"b"_s, QJsonObject{}},
                                {u"c"_s, QJsonArray{QJsonArray{}, QJsonValue::Null, true}}};
            QCOMPARE(bytes, QJsonDocument(o).toJson(style == JsonWriter::Style::Compact ? QJsonDocument::Compact
                                                                                        : QJsonDocument::Indented));
        }
    }
};

QTEST_APPLESS_MAIN(TestJsonReport)
#include "tst_jsonreport.moc"
