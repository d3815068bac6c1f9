#include "core/align/aligner.h"
#include "core/import/documentloader.h"
#include "tests/common/testdocuments.h"
#include "tests/common/testfiles.h"
#include "tests/common/testprinters.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Document load(const QString &relative)
{
    return DocumentLoader().load(TestFiles::fixture(relative)).document.value();
}

Comparison align(std::vector<Document> docs)
{
    return Aligner::align(std::move(docs), AlignOptions{}).value();
}

// "number troops conflict: 0 about 10,000 | 1 12,000", so that a failure names what was found.
QString describe(const FactTableEntry &e)
{
    QStringList mentions;
    for (const FactMention &m : e.mentions)
        mentions << QString::number(m.doc) + u' ' + m.text;
    return nameOf(e.kind) + u' ' + e.subject + u' ' + nameOf(e.status) + u": "_s + mentions.join(u" | "_s);
}

QStringList describe(const FactTable &t)
{
    QStringList out;
    for (const FactTableEntry &e : t.entries)
        out << describe(e);
    return out;
}

const FactTableEntry *find(const FactTable &t, FactChange::Kind kind, const QString &subject)
{
    for (const FactTableEntry &e : t.entries) {
        if (e.kind == kind && e.subject.compare(subject, Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

bool hasMention(const FactTableEntry &e, int doc, const QString &text)
{
    return std::any_of(e.mentions.begin(), e.mentions.end(),
                       [&](const FactMention &m) { return m.doc == doc && m.text == text; });
}

} // namespace

class TestFactTable : public QObject
{
    Q_OBJECT

private slots:
    // The seed pair: the Pentagon's "about 10,000 troops" against the tabloid's "12,000 troops"
    // are in sentences the aligner does not link, and are one conflict entry all the same.
    void seedTroopsConflict()
    {
        const Comparison c = align({load(u"ap-nk-fm-russia.txt"_s), load(u"newszop-nk-troops.txt"_s)});
        const FactTableEntry *troops = find(c.factTable, FactChange::Kind::Number, u"troops"_s);
        QVERIFY2(troops, qPrintable(describe(c.factTable).join(u'\n')));
        QCOMPARE(troops->status, FactTableEntry::Status::Conflict);
        QVERIFY2(hasMention(*troops, 0, u"about 10,000"_s), qPrintable(describe(*troops)));
        QVERIFY2(hasMention(*troops, 1, u"12,000"_s), qPrintable(describe(*troops)));
        for (const FactMention &m : troops->mentions) {
            if (m.text == u"about 10,000"_s) {
                QVERIFY(m.approximate);
                QVERIFY(m.conflicting);
                QCOMPARE(m.value, u"~10000"_s);
            }
            if (m.text == u"12,000"_s) {
                QVERIFY(m.conflicting);
                QCOMPARE(m.value, u"12000"_s);
            }
            // "thousands of troops" is listed under the subject but contradicts nothing.
            if (m.vague)
                QVERIFY(!m.conflicting);
        }
        // Conflicts are listed first; the linked sentences' changes stay on their links.
        QCOMPARE(c.factTable.entries.front().status, FactTableEntry::Status::Conflict);
        // Agreement: both name the foreign minister, "Choe Son Hui" one name although "Son" is
        // a dictionary word, and the later "Choe's" is the same person; "Russia's" is Russia.
        const FactTableEntry *choe = find(c.factTable, FactChange::Kind::Name, u"Choe Son Hui"_s);
        QVERIFY2(choe, qPrintable(describe(c.factTable).join(u'\n')));
        QCOMPARE(choe->status, FactTableEntry::Status::Agree);
        QCOMPARE(choe->articles(), (std::vector<int>{0, 1}));
        QVERIFY2(hasMention(*choe, 0, u"Choe Son Hui"_s) && hasMention(*choe, 1, u"Choe Son Hui"_s), qPrintable(describe(*choe)));
        QVERIFY2(hasMention(*choe, 1, u"Choe's"_s), qPrintable(describe(*choe)));
        for (const QString &part : {u"Choe"_s, u"Son"_s, u"Hui"_s})
            QVERIFY2(!find(c.factTable, FactChange::Kind::Name, part), qPrintable(describe(c.factTable).join(u'\n')));
        QVERIFY2(!find(c.factTable, FactChange::Kind::Name, u"Russia’s"_s), qPrintable(describe(c.factTable).join(u'\n')));
        // One entry per subject.
        int troopsEntries = 0;
        for (const FactTableEntry &e : c.factTable.entries)
            troopsEntries += e.kind == FactChange::Kind::Number && e.subject == u"troops"_s;
        QCOMPARE(troopsEntries, 1);
    }

    // Three articles, one figure in three wordings: one agreement entry naming all three.
    void agreementAcrossThree()
    {
        const Comparison c = align({
            TestDocuments::fromParagraphs({u"Officials said 239 people died in the fire at the market on Tuesday. The mayor visited."_s}, u"a.txt"_s),
            TestDocuments::fromParagraphs({u"The fire at the market killed 239 people, officials said on Tuesday. Shops were closed."_s}, u"b.txt"_s),
            TestDocuments::fromParagraphs({u"A total of 239 people were killed when fire swept through the market, officials said."_s}, u"c.txt"_s),
        });
        const FactTableEntry *people = find(c.factTable, FactChange::Kind::Number, u"people"_s);
        QVERIFY2(people, qPrintable(describe(c.factTable).join(u'\n')));
        QCOMPARE(people->status, FactTableEntry::Status::Agree);
        QCOMPARE(people->articles(), (std::vector<int>{0, 1, 2}));
        QCOMPARE(people->values(), (std::vector<QString>{u"239"_s}));
    }

    // "três delas crianças" (three of them children) counts the children, not "delas".
    void countAfterAPronoun()
    {
        const Comparison c = align({
            TestDocuments::fromParagraphs({u"Nove pessoas morreram, três delas crianças, no incêndio do mercado."_s}, u"a.txt"_s),
            TestDocuments::fromParagraphs({u"O incêndio do mercado matou nove pessoas, entre elas três crianças."_s}, u"b.txt"_s),
        });
        const FactTableEntry *children = find(c.factTable, FactChange::Kind::Number, u"crianças"_s);
        QVERIFY2(children, qPrintable(describe(c.factTable).join(u'\n')));
        QCOMPARE(children->articles(), (std::vector<int>{0, 1}));
        QVERIFY(!find(c.factTable, FactChange::Kind::Number, u"delas"_s));
    }

    // Eight versions of one Wikipedia article: one entry per subject, never one per pair, and
    // figures several versions share are one entry naming them all.
    void oneEntryPerSubject()
    {
        std::vector<Document> docs;
        for (int v = 0; v < 8; ++v)
            docs.push_back(load(u"wikipedia/history-of-wikipedia-v%1.txt"_s.arg(v)));
        const Comparison c = align(std::move(docs));
        QSet<QString> seen;
        int widelyStated = 0;
        for (const FactTableEntry &e : c.factTable.entries) {
            if (e.kind != FactChange::Kind::Date || e.status != FactTableEntry::Status::Conflict) {
                const QString key = nameOf(e.kind) + u'\x1f' + e.subject.toCaseFolded();
                QVERIFY2(!seen.contains(key), qPrintable(describe(e)));
                seen.insert(key);
            }
            QVERIFY2(e.status == FactTableEntry::Status::Conflict || e.articles().size() >= 2, qPrintable(describe(e)));
            if (e.articles().size() >= 3)
                ++widelyStated;
            if (e.status == FactTableEntry::Status::Conflict)
                qInfo("conflict: %s", qPrintable(describe(e)));
        }
        QVERIFY2(widelyStated > 0, qPrintable(describe(c.factTable).join(u'\n')));
        // The first version's "over 9,000" encyclopedia entries "in the first eight months"
        // against the later "over 20,000" "in the first year": one subject in all eight, but
        // figures for two periods, no conflict.
        const FactTableEntry *encyclopedia = find(c.factTable, FactChange::Kind::Number, u"encyclopedia"_s);
        QVERIFY2(encyclopedia && encyclopedia->status != FactTableEntry::Status::Conflict,
                 qPrintable(describe(c.factTable).join(u'\n')));
        QCOMPARE(encyclopedia->articles().size(), size_t(8));
        // Running counts ("1,000 articles" in 2001, "100,000" in 2003) are no conflict: the
        // conflicts stay few (measured: 1, a date edited in v6).
        QVERIFY2(c.factTable.conflictCount() <= 2, qPrintable(describe(c.factTable).join(u'\n')));
        qInfo("history of wikipedia, 8 versions: %d entries, %d conflicts, %d single-article subjects",
              int(c.factTable.entries.size()), c.factTable.conflictCount(), c.factTable.singleArticleSubjects);
    }

    // Two versions that differ in wording only: no conflict at all, and nothing one article
    // alone states.
    void noFloodOnWordingOnly()
    {
        const Document a = load(u"ap-nk-fm-russia.txt"_s);
        QString reworded = QString::fromUtf8(TestFiles::readFixture(u"ap-nk-fm-russia.txt"_s));
        for (const auto &[from, to] : std::initializer_list<std::pair<QString, QString>>{
                 {u"deepening relations"_s, u"growing ties"_s},
                 {u"closed-door hearing"_s, u"private session"_s},
                 {u"examining the possibility"_s, u"looking into the chance"_s},
                 {u"struggling to resolve"_s, u"finding it hard to solve"_s},
                 {u"more quickly than anticipated"_s, u"sooner than expected"_s}}) {
            QVERIFY(reworded.contains(from));
            reworded.replace(from, to);
        }
        const Document b = DocumentLoader().loadData(reworded.toUtf8(), u"reworded.txt"_s).document.value();
        const Comparison c = align({a, b});
        QCOMPARE(c.factTable.conflictCount(), 0);
        for (const FactTableEntry &e : c.factTable.entries)
            QVERIFY2(e.articles().size() == 2, qPrintable(describe(e)));
    }

    // Every conflict the table reports on the labelled comparisons (tests/data/facts/table),
    // judged real or noise by hand: precision holds a floor, and a conflict missing from the
    // labels (or a labelled one no longer reported) fails, so the labels stay complete.
    void labelledConflicts()
    {
        const QJsonObject gold = QJsonDocument::fromJson(TestFiles::readFixture(u"facts/table/conflicts.json"_s)).object();
        int real = 0, all = 0;
        QStringList problems;
        for (const QJsonValue &comparison : gold.value(u"comparisons"_s).toArray()) {
            const QJsonObject o = comparison.toObject();
            const QString name = o.value(u"name"_s).toString();
            std::vector<Document> docs;
            for (const QJsonValue &d : o.value(u"documents"_s).toArray())
                docs.push_back(load(d.toString()));
            const Comparison c = align(std::move(docs));
            QHash<QString, QString> labels; // "kind subject" -> real or noise
            for (const QJsonValue &l : o.value(u"conflicts"_s).toArray()) {
                const QJsonObject x = l.toObject();
                labels.insert(x.value(u"kind"_s).toString() + u' ' + x.value(u"subject"_s).toString(),
                              x.value(u"label"_s).toString());
            }
            QSet<QString> reported;
            for (const FactTableEntry &e : c.factTable.entries) {
                if (e.status != FactTableEntry::Status::Conflict)
                    continue;
                const QString key = nameOf(e.kind) + u' ' + e.subject;
                reported.insert(key);
                const auto label = labels.constFind(key);
                if (label == labels.cend()) {
                    problems << name + u": unlabelled conflict "_s + describe(e);
                    continue;
                }
                ++all;
                real += *label == u"real"_s;
            }
            // Noise that is no longer reported stays labelled: the record of what was fixed.
            for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
                if (*it == u"real"_s && !reported.contains(it.key()))
                    problems << name + u": real conflict no longer reported: "_s + it.key();
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(all > 0);
        const double precision = double(real) / all;
        qInfo("fact table conflicts: %d of %d real, precision %.2f", real, all, precision);
        // Measured when labelled: 4 of 7 (0.57), the noise one figure ("over 9,000 in the first
        // eight months" against "over 20,000 in the first year") counted in three comparisons;
        // 4 of 4 once figures for two periods stopped conflicting. One noise entry more fails.
        QVERIFY2(precision >= 0.85, qPrintable(QString::number(precision)));
    }
};

QTEST_APPLESS_MAIN(TestFactTable)
#include "tst_facttable.moc"
