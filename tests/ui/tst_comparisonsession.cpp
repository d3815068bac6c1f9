#include "tests/common/testprinters.h"
#include "ui/session/comparisonsession.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString SeedA = QStringLiteral(SYNOPTIC_TEST_DATA "/newszop-nk-troops.txt");
const QString SeedB = QStringLiteral(SYNOPTIC_TEST_DATA "/ap-nk-fm-russia.txt");
constexpr int Timeout = 30000;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

PresentedComparisonPtr lastComparison(const QSignalSpy &spy)
{
    return spy.last().at(0).value<PresentedComparisonPtr>();
}

std::vector<int> lastMapping(const QSignalSpy &spy)
{
    return spy.last().at(1).value<std::vector<int>>();
}

QStringList documentPaths(const Comparison &c)
{
    QStringList paths;
    for (const Document &d : c.documents)
        paths.append(d.path);
    return paths;
}

} // namespace

class TestComparisonSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Opens the files and waits until the session is idle with a comparison.
    static void openAndWait(ComparisonSession &session, const QStringList &paths)
    {
        QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
        session.openFiles(paths);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() && !session.isBusy(), Timeout);
    }

    // A copy of the first seed article that the test may change, opened with the second and
    // watched with a short reload delay.
    QString openWatchedCopy(ComparisonSession &session, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        write(path, readAll(SeedA));
        session.setReloadDelay(50);
        openAndWait(session, {path, SeedB});
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void comparisonOverTheMemoryLimitIsNotStarted()
    {
        ComparisonSession session;
        // The program's own 32 MiB and a little: the seed pair's estimate is over it.
        session.setMemoryLimit(qint64(32.1 * 1024 * 1024));
        QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
        QSignalSpy warning(&session, &ComparisonSession::warning);
        session.openFiles({SeedA, SeedB});
        QTRY_COMPARE_WITH_TIMEOUT(warning.size(), 1, Timeout);
        QTRY_VERIFY(!session.isBusy());
        QVERIFY2(warning.first().at(1).toString().contains(u"more than the 32.1 MiB allowed here"_s),
                 qPrintable(warning.first().at(1).toString()));
        QCOMPARE(ready.size(), 0);
        // The articles stay open: with room enough the same articles are compared.
        QCOMPARE(session.documentCount(), 2);
        session.setMemoryLimit(0);
        session.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, Timeout);
    }

    void opensAndAlignsOffTheUiThread()
    {
        ComparisonSession session;
        QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
        QSignalSpy busy(&session, &ComparisonSession::busyChanged);
        QSignalSpy opened(&session, &ComparisonSession::fileOpened);
        QSignalSpy progress(&session, &ComparisonSession::progress);
        session.openFiles({SeedA, SeedB});
        // openFiles returns at once: the work is on the thread pool.
        QVERIFY(session.isBusy());
        QCOMPARE(session.documentCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, Timeout);
        QTRY_VERIFY(!session.isBusy());

        const PresentedComparisonPtr presented = lastComparison(ready);
        QVERIFY(presented);
        const Comparison &comparison = presented->comparison();
        QCOMPARE(documentPaths(comparison), QStringList({SeedA, SeedB}));
        QCOMPARE(presented->plan().rows.size(), comparison.rows.size());
        QVERIFY(!comparison.links.empty());
        QVERIFY(lastMapping(ready).empty()); // nothing was shown before
        QCOMPARE(session.paths(), QStringList({SeedA, SeedB}));
        QCOMPARE(session.presented(), presented);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(busy.first().at(0).toBool(), true);
        QCOMPARE(busy.last().at(0).toBool(), false);
        QVERIFY(!progress.isEmpty());
    }

    void badFilesFailAndTheOthersStay_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << u"missing.txt"_s << QByteArray() << u"no such file"_s;
        QByteArray binary;
        for (int i = 0; i < 4096; ++i)
            binary.append(char((i * 7919) % 256));
        QTest::newRow("binary") << u"binary.dat"_s << binary << u"binary"_s;
        QTest::newRow("empty") << u"empty.txt"_s << QByteArray("") << u"empty"_s;
    }

    void badFilesFailAndTheOthersStay()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(name);
        if (name != u"missing.txt"_s)
            write(path, bytes);

        ComparisonSession session;
        QSignalSpy failed(&session, &ComparisonSession::importFailed);
        openAndWait(session, {SeedA, path, SeedB});
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), path);
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.contains(path) && message.contains(reason), qPrintable(message));
        QCOMPARE(session.paths(), QStringList({SeedA, SeedB}));
    }

    void filesReadAtOnceKeepTheOrderGiven()
    {
        // The files are read at the same time: a long one given first finishes last, a bad
        // one in the middle fails, and the columns still follow the order given.
        const QString longFirst = m_dir.filePath(u"long-first.txt"_s);
        write(longFirst, readAll(SeedA).repeated(200));
        const QString missing = m_dir.filePath(u"not-there.txt"_s);
        const QString copyOfB = m_dir.filePath(u"copy-of-b.txt"_s);
        write(copyOfB, readAll(SeedB));

        ComparisonSession session;
        QSignalSpy failed(&session, &ComparisonSession::importFailed);
        QSignalSpy opened(&session, &ComparisonSession::fileOpened);
        QSignalSpy progress(&session, &ComparisonSession::progress);
        openAndWait(session, {longFirst, SeedB, missing, copyOfB, SeedA});
        QCOMPARE(session.paths(), QStringList({longFirst, SeedB, copyOfB, SeedA}));
        QCOMPARE(opened.size(), 4);
        QCOMPARE(opened.first().at(0).toString(), longFirst);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), missing);
        // The import's bar: never past its end, and at its end once every file is read.
        bool reachedEnd = false;
        for (const QList<QVariant> &p : progress) {
            if (p.at(2).toInt() != 5 * 1000)
                continue; // the alignment's bar
            QVERIFY(p.at(1).toInt() <= p.at(2).toInt());
            reachedEnd = reachedEnd || p.at(1).toInt() == p.at(2).toInt();
        }
        QVERIFY(reachedEnd);
    }

    void oneDocumentIsNotAComparison()
    {
        ComparisonSession session;
        QSignalSpy cleared(&session, &ComparisonSession::comparisonCleared);
        QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
        session.openFiles({SeedA});
        QTRY_COMPARE_WITH_TIMEOUT(session.documentCount(), 1, Timeout);
        QTRY_VERIFY(!session.isBusy());
        QVERIFY(!cleared.isEmpty());
        QVERIFY(ready.isEmpty());
        QVERIFY(!session.presented());
    }

    void fileAlreadyOpenIsSkipped()
    {
        ComparisonSession session;
        openAndWait(session, {SeedA, SeedB});
        QSignalSpy notice(&session, &ComparisonSession::notice);
        session.openFiles({SeedB});
        QCOMPARE(notice.size(), 1);
        QVERIFY(notice.first().at(0).toString().contains(u"already open"_s));
        QVERIFY(!session.isBusy());
        QCOMPARE(session.documentCount(), 2);
    }

    void optionsRealign()
    {
        ComparisonSession session;
        openAndWait(session, {SeedA, SeedB});
        const int sentenceRows = int(session.presented()->comparison().rows.size());
        QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
        AlignOptions options;
        options.granularity = Granularity::Paragraph;
        session.setOptions(options);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, Timeout);
        const Comparison &comparison = lastComparison(ready)->comparison();
        QCOMPARE(comparison.options.granularity, Granularity::Paragraph);
        QCOMPARE(comparison.granularity, Granularity::Paragraph);
        QVERIFY(int(comparison.rows.size()) < sentenceRows);
        QCOMPARE(lastMapping(ready), std::vector<int>({0, 1})); // the same documents, in place
        // The same options again: nothing to do.
        session.setOptions(options);
        QVERIFY(!session.isBusy());
    }

    void newerRequestSupersedesRunningOne()
    {
        ComparisonSession session;
        openAndWait(session, {SeedA, SeedB});
        QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
        AlignOptions first;
        first.divergentThreshold = 0.5;
        AlignOptions second;
        second.divergentThreshold = 0.6;
        session.setOptions(first);
        session.setOptions(second);
        QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy(), Timeout);
        QTest::qWait(50); // a superseded result would arrive about now
        QCOMPARE(ready.size(), 1);
        QCOMPARE(lastComparison(ready)->comparison().options.divergentThreshold, 0.6);
    }

    void cancelKeepsTheLastComparison()
    {
        ComparisonSession session;
        openAndWait(session, {SeedA, SeedB});
        const auto before = session.presented();
        QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
        QSignalSpy cancelled(&session, &ComparisonSession::cancelled);
        AlignOptions options;
        options.ignoreDigits = true;
        session.setOptions(options);
        QVERIFY(session.isBusy());
        session.cancel();
        QCOMPARE(cancelled.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy(), Timeout);
        QTest::qWait(50);
        QVERIFY(ready.isEmpty());
        QCOMPARE(session.presented(), before);
    }

    void cancelStopsAnImport()
    {
        ComparisonSession session;
        QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
        session.openFiles({SeedA, SeedB});
        session.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy(), Timeout);
        QTest::qWait(50);
        QCOMPARE(session.documentCount(), 0);
        QVERIFY(ready.isEmpty());
    }

    void closingRealignsTheRest()
    {
        const QString third = m_dir.filePath(u"third.txt"_s);
        write(third, readAll(SeedB).left(1500));
        ComparisonSession session;
        openAndWait(session, {SeedA, SeedB, third});
        QCOMPARE(session.presented()->comparison().documents.size(), size_t(3));

        QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
        QSignalSpy cleared(&session, &ComparisonSession::comparisonCleared);
        session.closeDocument(1);
        QCOMPARE(session.paths(), QStringList({SeedA, third}));
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, Timeout);
        QCOMPARE(documentPaths(lastComparison(ready)->comparison()), QStringList({SeedA, third}));
        QCOMPARE(lastMapping(ready), std::vector<int>({0, -1, 1})); // the second one closed

        session.closeDocument(0);
        QCOMPARE(cleared.size(), 1);
        QVERIFY(!session.presented());
        session.closeDocument(5); // out of range: ignored
        QCOMPARE(session.documentCount(), 1);
    }

    void movingAColumnRealignsInTheNewOrder()
    {
        ComparisonSession session;
        openAndWait(session, {SeedA, SeedB});
        QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
        QSignalSpy changed(&session, &ComparisonSession::documentsChanged);
        session.moveDocument(0, 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(session.paths(), QStringList({SeedB, SeedA}));
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, Timeout);
        QCOMPARE(documentPaths(lastComparison(ready)->comparison()), QStringList({SeedB, SeedA}));
        QCOMPARE(lastMapping(ready), std::vector<int>({1, 0}));
    }

    // The reference article follows its document when columns move or close, survives an option
    // change from the panel (whose options know no reference) and goes with a saved session.
    void referenceFollowsItsDocument()
    {
        const QString third = m_dir.filePath(u"reference-third.txt"_s);
        write(third, readAll(SeedA).left(2000));
        ComparisonSession session;
        openAndWait(session, {SeedA, SeedB, third});
        QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
        session.setReference(2);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, Timeout);
        QCOMPARE(lastComparison(ready)->comparison().baseDocument, 2);
        QCOMPARE(lastMapping(ready), std::vector<int>({0, 1, 2})); // the views keep their place

        AlignOptions fromPanel = session.options();
        fromPanel.reference = -1;
        fromPanel.ignoreDigits = !fromPanel.ignoreDigits;
        session.setOptions(fromPanel);
        QCOMPARE(session.options().reference, 2);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, Timeout);

        session.moveDocument(2, 0);
        QCOMPARE(session.options().reference, 0);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 3, Timeout);
        QCOMPARE(lastComparison(ready)->comparison().documents[0].path, third);
        QCOMPARE(lastComparison(ready)->comparison().baseDocument, 0);
        QCOMPARE(session.toSession(false).reference, 0);

        session.moveDocument(1, 2); // not the reference: it stays in column 0
        QCOMPARE(session.options().reference, 0);
        session.closeDocument(1);
        QCOMPARE(session.options().reference, 0);
        session.closeDocument(0); // the reference itself: the engine chooses again
        QCOMPARE(session.options().reference, -1);
    }

    // Manual links re-align without importing, survive an option change from the panel, follow
    // their documents when columns move, go with a closed one, and reach the saved session.
    void manualLinksRealignAndFollowTheirDocuments()
    {
        const QString third = m_dir.filePath(u"manual-third.txt"_s);
        write(third, readAll(SeedA).left(1500));
        ComparisonSession session;
        openAndWait(session, {SeedA, SeedB, third});
        const QString front = u"They are expected to be heading for the frontline in Kursk"_s;
        const QString moved = u"may have already moved to frontline areas"_s;
        // Plain-text seeds hold no character outside the BMP: UTF-16 offsets are code points.
        const auto anchor = [&](int doc, const QString &part) {
            const QString &text = session.documents()[size_t(doc)].text;
            const qsizetype at = text.indexOf(part);
            if (at < 0)
                qFatal("'%s' not in column %d", qPrintable(part), doc);
            return TextAnchor{doc, at, at + part.size()};
        };
        // The manual links of a comparison between the sentences holding `a` and `b`.
        const auto manualHolding = [&](const Comparison &c, int docA, int docB) {
            int n = 0;
            for (const Link &l : c.links) {
                if (l.manual && l.side(docA) >= 0 && l.side(docB) >= 0
                    && c.documents[size_t(docA)].slice(l.end(docA).span).contains(front)
                    && c.documents[size_t(docB)].slice(l.end(docB).span).contains(moved))
                    ++n;
            }
            return n;
        };
        QCOMPARE(manualHolding(session.presented()->comparison(), 0, 1), 0);

        QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
        QSignalSpy optionsChanged(&session, &ComparisonSession::optionsChanged);
        QSignalSpy changed(&session, &ComparisonSession::documentsChanged);
        const std::vector<LinkConstraint> links{{{anchor(0, front), anchor(1, moved)}, true}};
        session.setManualLinks(links);
        QCOMPARE(optionsChanged.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, Timeout);
        QCOMPARE(changed.size(), 0); // nothing imported
        QCOMPARE(lastMapping(ready), std::vector<int>({0, 1, 2}));
        QCOMPARE(manualHolding(lastComparison(ready)->comparison(), 0, 1), 1);
        session.setManualLinks(links); // the same: nothing to do
        QCOMPARE(optionsChanged.size(), 1);

        AlignOptions fromPanel = session.options();
        fromPanel.manualLinks.clear();
        fromPanel.divergentThreshold = 0.5;
        session.setOptions(fromPanel);
        QCOMPARE(session.options().manualLinks, links);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, Timeout);
        QCOMPARE(manualHolding(lastComparison(ready)->comparison(), 0, 1), 1);

        session.moveDocument(0, 2); // [A, B, T] -> [B, T, A]
        QCOMPARE(session.options().manualLinks.size(), size_t(1));
        QCOMPARE(session.options().manualLinks[0].ends[0].doc, 2);
        QCOMPARE(session.options().manualLinks[0].ends[1].doc, 0);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 3, Timeout);
        QCOMPARE(manualHolding(lastComparison(ready)->comparison(), 2, 0), 1);
        const Session saved = session.toSession(false);
        QCOMPARE(saved.manualLinks.size(), size_t(1));
        QCOMPARE(saved.manualLinks[0].ends[0].article, 2);
        QCOMPARE(saved.manualLinks[0].ends[1].article, 0);

        session.closeDocument(1); // T: the link stays, its columns shift
        QCOMPARE(session.options().manualLinks[0].ends[0].doc, 1);
        session.closeDocument(0); // B: the link goes with it
        QVERIFY(session.options().manualLinks.empty());
    }

    // A link the engine cannot honour is left out of the comparison, which says so.
    void rejectedManualLinkIsNamed()
    {
        ComparisonSession session;
        openAndWait(session, {SeedA, SeedB});
        QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
        session.setManualLinks({{{TextAnchor{0, 0, 10}, TextAnchor{1, 1000000, 1000010}}, true}});
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, Timeout);
        const Comparison &c = lastComparison(ready)->comparison();
        QCOMPARE(c.rejectedLinks.size(), size_t(1));
        QCOMPARE(c.rejectedLinks[0].index, 0);
        QVERIFY(!c.notice.isEmpty());
        QVERIFY(std::none_of(c.links.begin(), c.links.end(), [](const Link &l) { return l.manual; }));
    }

    void pastedDataBecomesAnArticle()
    {
        ComparisonSession session;
        session.openFiles({SeedA});
        QTRY_VERIFY_WITH_TIMEOUT(session.documentCount() == 1 && !session.isBusy(), Timeout);
        QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
        const QByteArray html = "<html><head><title>Pasted report</title></head><body><p>" + readAll(SeedB).left(2000)
                                + "</p></body></html>";
        session.openData(html, {}, u"text/html"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, Timeout);
        QCOMPARE(session.documentCount(), 2);
        const Document &pasted = session.documents().back();
        QVERIFY(pasted.path.isEmpty());
        QVERIFY(!pasted.text.contains(u"<p>"_s));
        QVERIFY(!lastComparison(ready)->comparison().links.empty());
    }

    void changedFileIsReloaded()
    {
        ComparisonSession session;
        const QString path = openWatchedCopy(session, u"reloaded.txt"_s);
        QVERIFY(session.presented());

        QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
        QSignalSpy notice(&session, &ComparisonSession::notice);
        write(path, readAll(SeedA) + "\n\nA sentence added later by the editors.\n");
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, Timeout);
        QVERIFY(lastComparison(ready)->comparison().documents[0].text.contains(u"added later by the editors"_s));
        QVERIFY(!notice.isEmpty());
        // Its text changed, so it is not the document shown before; the other one is.
        QCOMPARE(lastMapping(ready), std::vector<int>({-1, 1}));
    }

    // Manual links into a document whose text changed on disk counted the old text: they go.
    void reloadDropsManualLinksIntoTheOldText()
    {
        ComparisonSession session;
        const QString path = openWatchedCopy(session, u"reloaded-links.txt"_s);
        QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
        session.setManualLinks({{{TextAnchor{0, 400, 430}, TextAnchor{1, 400, 430}}, false}});
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, Timeout);
        QSignalSpy notice(&session, &ComparisonSession::notice);
        write(path, "Breaking news.\n\n" + readAll(SeedA));
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, Timeout);
        QVERIFY(session.options().manualLinks.empty());
        QVERIFY(lastComparison(ready)->comparison().options.manualLinks.empty());
        QCOMPARE(notice.size(), 2);
    }

    void failedReloadKeepsTheLastGoodVersion()
    {
        ComparisonSession session;
        const QString path = openWatchedCopy(session, u"broken.txt"_s);
        QVERIFY(session.presented());
        const QString text = session.documents()[0].text;

        QSignalSpy warning(&session, &ComparisonSession::warning);
        QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
        write(path, QByteArray());
        QTRY_COMPARE_WITH_TIMEOUT(warning.size(), 1, Timeout);
        QCOMPARE(warning.first().at(0).toString(), path);
        QVERIFY2(warning.first().at(1).toString().contains(u"could not be read again"_s),
                 qPrintable(warning.first().at(1).toString()));
        QCOMPARE(session.documents()[0].text, text);
        QVERIFY(ready.isEmpty());
        QVERIFY(session.presented());
    }

    void deletedFileStaysOpenAndComesBack()
    {
        ComparisonSession session;
        const QString path = openWatchedCopy(session, u"deleted.txt"_s);
        QVERIFY(session.presented());

        QSignalSpy warning(&session, &ComparisonSession::warning);
        QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
        QVERIFY(QFile::remove(path));
        QTRY_COMPARE_WITH_TIMEOUT(warning.size(), 1, Timeout);
        QVERIFY(warning.first().at(1).toString().contains(u"deleted or moved"_s));
        QCOMPARE(session.documentCount(), 2);
        QVERIFY(session.presented());

        // Saved again (an editor's save by rename): reloaded and watched once more.
        write(path, readAll(SeedA) + "\n\nBack again.\n");
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, Timeout);
        QVERIFY(session.documents()[0].text.contains(u"Back again."_s));
    }

    void destroyingWhileBusyIsSafe()
    {
        auto session = std::make_unique<ComparisonSession>();
        session->openFiles({SeedA, SeedB});
        session.reset();
        QTest::qWait(20);
    }
};

QTEST_GUILESS_MAIN(TestComparisonSession)
#include "tst_comparisonsession.moc"
