#include "core/align/aligner.h"
#include "core/present/exportoutline.h"
#include "core/present/legend.h"
#include "core/present/wording.h"
#include "core/import/documentloader.h"
#include "core/present/highlightplan.h"
#include "core/pipeline/exporter.h"
#include "tests/print/pdftext.h"
#include "ui/paint/pdfexporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

class TestPdfExporter : public QObject
{
    Q_OBJECT

private:
    struct Export
    {
        Comparison comparison;
        HighlightPlan plan;
        QByteArray pdf;
        PdfText text;
    };

    static Document load(const QString &path)
    {
        const LoadResult r = DocumentLoader().load(path);
        if (!r.ok())
            qFatal("%s", qPrintable(r.failure.message()));
        return *r.document;
    }

    static Export run(std::vector<Document> docs, bool differencesOnly = false)
    {
        Export e;
        e.comparison = *Aligner::align(std::move(docs), AlignOptions());
        const PresentedComparison presented(e.comparison);
        e.plan = presented.plan();
        ExportOptions options;
        options.differencesOnly = differencesOnly;
        options.exportedAt = QDateTime(QDate(2024, 10, 30), QTime(9, 15), Qt::UTC);
        e.pdf = PdfExporter::toPdf(presented, options);
        e.text = PdfText::read(e.pdf);
        return e;
    }

    static Export seed()
    {
        return run({load(QStringLiteral(SYNOPTIC_TEST_DATA "/ap-nk-fm-russia.txt")),
                    load(QStringLiteral(SYNOPTIC_TEST_DATA "/newszop-nk-troops.txt"))});
    }

    static QString squeezed(QString s)
    {
        s.removeIf([](QChar c) { return c.isSpace(); });
        return s;
    }

    // Per page, the text of the words whose centre lies in [left, right), line by line, white
    // space removed (the layout wraps lines wherever it likes).
    static QStringList columnText(const PdfText &t, qreal left, qreal right)
    {
        QStringList pages(t.pages);
        for (int p = 0; p < t.pages; ++p) {
            std::vector<PdfWord> words;
            for (const PdfWord &w : t.words) {
                if (w.page == p && w.box.center().x() >= left && w.box.center().x() < right)
                    words.push_back(w);
            }
            std::sort(words.begin(), words.end(),
                      [](const PdfWord &a, const PdfWord &b) { return a.box.center().y() < b.box.center().y(); });
            // Words of one line share a baseline give or take a few points (bold, italics).
            std::vector<std::vector<PdfWord>> lines;
            for (const PdfWord &w : words) {
                if (lines.empty() || w.box.center().y() - lines.back().front().box.center().y() > 3)
                    lines.emplace_back();
                lines.back().push_back(w);
            }
            for (auto &line : lines) {
                std::sort(line.begin(), line.end(),
                          [](const PdfWord &a, const PdfWord &b) { return a.box.left() < b.box.left(); });
                for (const PdfWord &w : line)
                    pages[p] += squeezed(w.text);
            }
        }
        return pages;
    }

    static std::set<int> pagesWith(const QStringList &pages, const QString &needle)
    {
        std::set<int> out;
        for (int p = 0; p < pages.size(); ++p) {
            if (pages[p].contains(needle))
                out.insert(p);
        }
        return out;
    }

private slots:
    void seedPairReads()
    {
        const Export e = seed();
        QVERIFY(e.pdf.startsWith("%PDF-"));
        QVERIFY(e.text.ok);
        QVERIFY(e.text.pages >= 3);
        // A4 landscape, in points.
        QCOMPARE(qRound(e.text.pageSize.width()), 842);
        QCOMPARE(qRound(e.text.pageSize.height()), 595);
        const QString all = e.text.simplified();
        for (const QString &s : {u"Legend"_s, u"Changed facts (%1)"_s.arg(ExportOutline::facts(e.comparison).size()),
                                 u"North Korea 'plots' extra support for Russia"_s, u"newszop-nk-troops.txt"_s,
                                 u"Number 'about 10,000' in 1, 'thousands' in 2"_s, u"exported 2024-10-30 09:15"_s,
                                 u"Pentagon spokesperson Sabrina Singh told reporters"_s,
                                 u"North Korea could be plotting to further support"_s, u"page 2"_s})
            QVERIFY2(all.contains(s), qPrintable(s));
        for (const LegendEntry &l : Legend::entries())
            QVERIFY2(all.contains(l.label), qPrintable(l.label));
        for (const RowSign &s : ExportOutline::allSigns())
            QVERIFY2(all.contains(s.label), qPrintable(s.label));
        // No ligatures: "fight" is searchable as typed.
        QVERIFY(all.contains(u"train to fight in Ukraine"_s));
    }

    void rowsAreNotCutAcrossPages()
    {
        const Export e = seed();
        // The layout in points: 10 mm margins, a 24 pt gutter of row numbers, 5 pt between columns.
        const qreal margin = 10 / 25.4 * 72, width = e.text.pageSize.width();
        const qreal gutter = margin + 24;
        const qreal split = gutter + (width - 2 * margin - 24 - 5) / 2 + 2.5;
        const QStringList columns[2] = {columnText(e.text, gutter, split), columnText(e.text, split, width)};
        int checked = 0;
        for (const RowPlan &row : e.plan.rows) {
            for (int d = 0; d < 2; ++d) {
                const CellPlan &cell = row.cells[size_t(d)];
                if (cell.units.isEmpty())
                    continue;
                const QString text = squeezed(Wording::displayText(e.comparison.documents[size_t(d)].slice(cell.span)));
                const QString head = text.left(30), tail = text.right(30);
                const std::set<int> a = pagesWith(columns[d], head), b = pagesWith(columns[d], tail);
                QVERIFY2(!a.empty() && !b.empty(), qPrintable(text));
                std::vector<int> both;
                std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
                QVERIFY2(!both.empty(), qPrintable(u"cut across pages: "_s + text));
                ++checked;
            }
        }
        QVERIFY(checked >= 25); // the seed pair's 17 packed rows hold 27 passages
        // Nothing is drawn outside the page's margins: a row cut by a clip would leave its
        // clipped words there (clipping hides text but keeps it in the file).
        for (const PdfWord &w : e.text.words) {
            QVERIFY2(w.box.top() >= margin - 1 && w.box.bottom() <= e.text.pageSize.height() - margin + 1,
                     qPrintable(u"page %1: '%2' at %3"_s.arg(w.page + 1).arg(w.text).arg(w.box.top())));
        }
        // Rows start after the header, so some of them sit on the first pages' last lines: the
        // test would see a cut row.
        QVERIFY(e.text.pages >= 3);
    }

    void tallRowsAndHostileTextSurvive()
    {
        const Export e = run({load(QStringLiteral(SYNOPTIC_TEST_DATA "/hostile/hostile.txt")),
                              load(QStringLiteral(SYNOPTIC_TEST_DATA "/ap-nk-fm-russia.txt"))});
        QVERIFY(e.text.ok);
        // The 100,000-character word takes many pages, and the text after it is still there.
        QVERIFY(e.text.pages > 10);
        const QString all = e.text.simplified();
        QVERIFY(all.contains(u"and the text goes on."_s));
        QVERIFY(all.contains(u"<script>document.title='pwned';window.pwned=1</script>"_s));
        QVERIFY(all.contains(u"This sentence must read left to right."_s));
        QVERIFY(!all.contains(QChar(0x01)));
        QVERIFY(squeezed(e.text.pageText.join(QString())).count(u"Pneumonoultramicroscopicsilicovolcanoconiosis"_s) >= 2000);
    }

    void differencesOnlyFolds()
    {
        QStringList a, b;
        for (int i = 0; i < 12; ++i) {
            const QString s = u"Sentence number %1 tells about the harbour of town %1 and its boats."_s.arg(i + 1);
            a << s;
            b << (i == 10 ? u"Completely different words here, zebras dance quietly tonight."_s : s);
        }
        DocumentLoader loader;
        const Export e = run({*loader.loadData(a.join(u"\n\n"_s).toUtf8(), u"a.txt"_s).document,
                              *loader.loadData(b.join(u"\n\n"_s).toUtf8(), u"b.txt"_s).document},
                             true);
        const QString all = e.text.simplified();
        QVERIFY2(all.contains(u"9 identical passages (rows 1–9)"_s), qPrintable(all));
        QVERIFY(!all.contains(u"town 5 and"_s));
        QVERIFY(all.contains(u"town 10 and"_s));
        QVERIFY(all.contains(u"zebras dance"_s));
    }

    // Progress: every row of the seed comparison reported, in order, ending at the total;
    // the exporter's Cancel (progress returning false) leaves nothing written and says why.
    void progressCountsRowsAndCancelWritesNothing()
    {
        Exporter::registerRenderer(ExportFormat::Pdf, &PdfExporter::toPdf);
        const Comparison c = *Aligner::align({load(QStringLiteral(SYNOPTIC_TEST_DATA "/ap-nk-fm-russia.txt")),
                                              load(QStringLiteral(SYNOPTIC_TEST_DATA "/newszop-nk-troops.txt"))},
                                             AlignOptions());
        const PresentedComparison presented(c);
        const int rows = int(presented.plan().rows.size());
        QVERIFY(rows > 10);

        std::vector<std::pair<int, int>> seen;
        ExportOptions options;
        options.progress = [&seen](int done, int total) {
            seen.emplace_back(done, total);
            return true;
        };
        QVERIFY(!PdfExporter::toPdf(presented, options).isEmpty());
        QCOMPARE(seen.front(), std::make_pair(0, rows));
        QCOMPARE(seen.back(), std::make_pair(rows, rows));
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"cancelled.pdf"_s);
        int calls = 0;
        options.progress = [&calls](int, int) { return ++calls < 5; };
        const std::optional<Failure> failure = Exporter::exportTo(path, ExportFormat::Pdf, presented, options);
        QVERIFY(failure);
        QCOMPARE(failure->message(), path + u": the export was cancelled"_s);
        QCOMPARE(calls, 5);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestPdfExporter)
#include "tst_pdfexporter.moc"
