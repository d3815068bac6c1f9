#include "core/import/documentloader.h"
#include "core/import/pdfimporter.h"
#include "tests/common/testfiles.h"
#include "tests/common/testprinters.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

struct Para
{
    QString text; ///< may hold soft hyphens (U+00AD) where the typesetter may break a word
    bool heading = false;
    bool newPage = false; ///< starts on a new page
};

/// How the test typesetter lays out a PDF.
struct Style
{
    QSizeF pageSize{320, 440}; ///< points
    int columns = 1;
    bool indentFirstLine = false; ///< paragraphs start with an indent instead of after a gap
    bool justify = false;
    QString header; ///< drawn at the top of every page; "%1" is the page number, "%2" the count
    QString footer; ///< drawn at the bottom of every page, likewise
    QString title;  ///< the document info Title
};

/// A typeset PDF and what the typesetter did, so a test knows which cases it exercised.
struct Generated
{
    QByteArray pdf;
    int pages = 0;
    int softHyphenBreaks = 0;      ///< words broken at a soft hyphen, drawn as "exam-" / "ple"
    int hardHyphenBreaks = 0;      ///< words broken after their own hyphen ("North-" / "East")
    int paragraphsAcrossBreaks = 0; ///< paragraphs continued in the next column or on the next page
};

constexpr QChar softHyphen(0x00AD);

// A small typesetter on QPdfWriter: greedy line breaking with hyphenation at soft hyphens and
// after real hyphens, running header and footer, paragraphs split across columns and pages.
Generated typeset(const std::vector<Para> &paragraphs, const Style &style, int pageCount = 0)
{
    Generated g;
    QBuffer buffer(&g.pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(style.pageSize, QPageSize::Point));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    writer.setTitle(style.title);
    writer.setCreator(u"tst_pdfimporter"_s);
    QPainter painter(&writer);

    const qreal margin = 36;
    const qreal gutter = 16;
    const qreal colWidth = (style.pageSize.width() - 2 * margin - gutter * (style.columns - 1)) / style.columns;
    const QFont body(u"DejaVu Serif"_s, 10);
    QFont heading(u"DejaVu Serif"_s, 15);
    heading.setBold(true);
    const QFont furniture(u"DejaVu Sans"_s, 8);

    g.pages = 1;
    int column = 0;
    qreal y = margin;
    auto drawFurniture = [&] {
        painter.setFont(furniture);
        const QString total = QString::number(pageCount);
        if (!style.header.isEmpty())
            painter.drawText(QPointF(margin, margin / 2), QString(style.header).replace(u"%1"_s, QString::number(g.pages)).replace(u"%2"_s, total));
        if (!style.footer.isEmpty())
            painter.drawText(QRectF(0, style.pageSize.height() - margin * 0.7, style.pageSize.width(), 12), Qt::AlignCenter,
                             QString(style.footer).replace(u"%1"_s, QString::number(g.pages)).replace(u"%2"_s, total));
    };
    drawFurniture();
    auto nextPage = [&] {
        writer.newPage();
        ++g.pages;
        column = 0;
        y = margin;
        drawFurniture();
    };
    // Moves to the next line, column or page; true when the text broke to a new column.
    auto advance = [&](qreal pitch) {
        if (y + pitch <= style.pageSize.height() - margin) {
            y += pitch;
            return false;
        }
        if (++column == style.columns)
            nextPage();
        y = margin + pitch;
        return true;
    };
    auto visible = [](QString w) { return w.remove(softHyphen); };

    for (const Para &para : paragraphs) {
        const QFont &font = para.heading ? heading : body;
        const QFontMetricsF fm(font, &writer);
        const qreal pitch = para.heading ? 20 : 13;
        const qreal space = fm.horizontalAdvance(u' ');
        QStringList words = para.text.split(u' ', Qt::SkipEmptyParts);
        if (para.newPage && (y > margin || column > 0))
            nextPage();
        if (!style.indentFirstLine || para.heading)
            y += y > margin ? 7 : 0;
        bool firstLine = true;
        while (!words.isEmpty()) {
            const qreal indent = firstLine && style.indentFirstLine && !para.heading ? 18 : 0;
            QStringList line;
            qreal width = indent;
            while (!words.isEmpty()) {
                const QString w = visible(words.first());
                const qreal add = (line.isEmpty() ? 0 : space) + fm.horizontalAdvance(w);
                if (width + add <= colWidth || line.isEmpty()) {
                    line << w;
                    width += add;
                    words.removeFirst();
                    continue;
                }
                // Break the word that does not fit at its last hyphenation point that does.
                const QString raw = words.first();
                for (qsizetype i = raw.size() - 1; i > 0; --i) {
                    const bool soft = raw.at(i) == softHyphen;
                    if (!soft && raw.at(i - 1) != u'-')
                        continue;
                    const QString head = visible(raw.left(i)) + (soft ? u"-"_s : QString());
                    const qreal headWidth = space + fm.horizontalAdvance(head);
                    if (width + headWidth <= colWidth) {
                        line << head;
                        width += headWidth;
                        words.first() = raw.mid(soft ? i + 1 : i);
                        ++(soft ? g.softHyphenBreaks : g.hardHyphenBreaks);
                        break;
                    }
                }
                break;
            }
            if (advance(pitch) && !firstLine)
                ++g.paragraphsAcrossBreaks;
            const bool lastLine = words.isEmpty();
            const qreal extra = style.justify && !para.heading && !lastLine && line.size() > 1 ? (colWidth - width) / qreal(line.size() - 1) : 0;
            painter.setFont(font);
            qreal x = margin + column * (colWidth + gutter) + indent;
            for (const QString &w : line) {
                painter.drawText(QPointF(x, y), w);
                x += fm.horizontalAdvance(w) + space + extra;
            }
            firstLine = false;
        }
    }
    painter.end();
    if (pageCount == 0 && (style.header.contains(u"%2"_s) || style.footer.contains(u"%2"_s)))
        return typeset(paragraphs, style, g.pages);
    return g;
}

// Soft hyphens every two letters inside longer words, so any column width hyphenates some.
QString hyphenate(const QString &text)
{
    QStringList words = text.split(u' ');
    for (QString &w : words) {
        if (w.size() < 6 || w.contains(softHyphen) || !std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); }))
            continue;
        for (qsizetype i = w.size() - 2; i >= 2; i -= 2)
            w.insert(i, softHyphen);
    }
    return words.join(u' ');
}

// An invented news story, some of its long words marked where they may be hyphenated.
std::vector<Para> story()
{
    const QChar s = softHyphen;
    return {
        {u"Library Reopens After Restoration"_s, true},
        {u"The city library reopened on Monday after a restor%1ation that lasted almost three years and cost "
         u"considerably more than the council had planned. Hundreds of readers queued in the rain before the doors "
         u"opened, and many of them brought children who had never seen the building from the inside."_s.arg(s)},
        {u"The architects kept the original reading room, with its long oak tables and green lamps, but replaced the "
         u"heating, the wiring and the leaking glass roof. A new wing on the North-East side holds a café, a "
         u"work%1shop for repairing old books and a room for school groups."_s.arg(s)},
        {u"Librarians said the collection had been moved to a tem%1porary ware%1house during the works, where "
         u"volunteers cleaned and cata%1logued more than two hundred thousand volumes by hand. Several rare "
         u"maps were found that nobody had recorded for decades"_s.arg(s) + u"."_s},
        {u"Collections"_s, true},
        {u"The most valuable items, including a printed atlas from the sixteenth century, will be shown in a "
         u"climate-controlled gallery. Visitors can book a guided tour of the stores on the first Saturday of each "
         u"month, and the staff hope that the tours will attract people who rarely use the library."_s},
        {u"Officials said the extra costs were caused by problems that only appeared once the old plaster had been "
         u"removed: rotten beams above the entrance, asbestos in the boiler room and a crack in the founda%1tions "
         u"that had to be filled before any other work could continue."_s.arg(s)},
        {u"The library will be open every day except Sunday, from nine in the morning until eight in the evening. "
         u"Membership remains free for everyone who lives, works or studies in the city."_s},
    };
}

// The story with hyphenation points in all its long words.
std::vector<Para> article()
{
    std::vector<Para> paragraphs = story();
    for (Para &p : paragraphs) {
        if (!p.heading)
            p.text = hyphenate(p.text);
    }
    return paragraphs;
}

// The blocks one per line, so a failed comparison shows where paragraphs split or merged.
QString texts(const std::vector<TextBlock> &blocks)
{
    QStringList out;
    for (const TextBlock &b : blocks)
        out << b.text.simplified();
    return out.join(u'\n');
}

QString expectedTexts(const std::vector<Para> &paragraphs)
{
    QStringList out;
    for (const Para &p : paragraphs)
        out << QString(p.text).remove(softHyphen);
    return out.join(u'\n');
}

// QCOMPARE cuts long strings; a failure here shows both texts whole.
#define COMPARE_TEXT(actual, expected) \
    do { \
        const QString a_ = (actual); \
        const QString e_ = (expected); \
        QVERIFY2(a_ == e_, qPrintable(u"\nactual:\n%1\nexpected:\n%2"_s.arg(a_, e_))); \
    } while (false)

QString fixture(const QString &name)
{
    return TestFiles::fixture(u"import/pdf/"_s + name);
}

Extraction extract(const QByteArray &pdf, const ImportLimits &limits = {})
{
    return PdfImporter().extract(pdf, u"test.pdf"_s, limits);
}

} // namespace

Q_DECLARE_METATYPE(Style)

class TestPdfImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void generatedLayouts_data()
    {
        QTest::addColumn<Style>("style");
        Style s;
        s.header = u"The Daily Example \u2014 Page %1"_s;
        s.footer = u"- %1 -"_s;
        QTest::newRow("gaps, ragged, dash page numbers") << s;
        s = Style();
        s.indentFirstLine = true;
        s.justify = true;
        s.header = u"The Daily Example"_s;
        s.footer = u"Page %1 of %2"_s;
        QTest::newRow("indents, justified, 'Page N of M'") << s;
        s = Style();
        s.justify = true;
        s.footer = u"%1"_s;
        QTest::newRow("gaps, justified, bare page numbers") << s;
        s = Style();
        s.pageSize = {560, 300};
        s.columns = 2;
        s.header = u"%1 \u00B7 The Daily Example \u00B7 Culture"_s;
        QTest::newRow("two columns") << s;
        s.columns = 3;
        s.pageSize = {600, 240};
        s.indentFirstLine = true;
        QTest::newRow("three columns, indents") << s;
    }

    void generatedLayouts()
    {
        QFETCH(Style, style);
        const std::vector<Para> paragraphs = article();
        const Generated g = typeset(paragraphs, style);
        // The layout must exercise what the importer undoes.
        QVERIFY2(g.pages >= 2, "the article should span pages");
        QVERIFY(g.paragraphsAcrossBreaks >= 1);
        QVERIFY(g.softHyphenBreaks >= 1);

        const Extraction e = extract(g.pdf);
        QVERIFY2(e.ok(), qPrintable(e.error));
        COMPARE_TEXT(texts(e.text.blocks), expectedTexts(paragraphs));
        for (size_t i = 0; i < paragraphs.size(); ++i)
            QCOMPARE(e.text.blocks[i].kind == BlockKind::Heading, paragraphs[i].heading);
    }

    void hyphenAtLineEnd_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("capitalised compound keeps its hyphen") << u"Anglo-French"_s;
        QTest::newRow("compound written elsewhere keeps its hyphen") << u"well-known"_s;
        QTest::newRow("soft hyphen is removed") << u"every%1where"_s.arg(softHyphen);
    }

    void hyphenAtLineEnd()
    {
        QFETCH(QString, word);
        // Try page widths until the typesetter breaks the word at its hyphen.
        const QString text = u"A short opening sentence mentions the %1 case once more here, then again, %1 reappears "
                             u"in the middle of this sentence about the %1 example, and finally %1 closes it."_s.arg(word);
        const std::vector<Para> paragraphs{{text}, {u"A second paragraph."_s}};
        bool broken = false;
        for (int width = 180; width < 420 && !broken; width += 3) {
            Style style;
            style.pageSize = {qreal(width), 500};
            const Generated g = typeset(paragraphs, style);
            if (g.softHyphenBreaks + g.hardHyphenBreaks == 0)
                continue;
            broken = true;
            const Extraction e = extract(g.pdf);
            QVERIFY2(e.ok(), qPrintable(e.error));
            COMPARE_TEXT(texts(e.text.blocks), expectedTexts(paragraphs));
        }
        QVERIFY2(broken, "no page width broke the word at a line end");
    }

    void title()
    {
        Style style;
        style.title = u"Library Reopens"_s;
        QCOMPARE(extract(typeset(article(), style).pdf).text.title, u"Library Reopens"_s);
        style.title = u"Microsoft Word - draft3.docx"_s;
        QCOMPARE(extract(typeset(article(), style).pdf).text.title, QString());
        style.title.clear();
        QCOMPARE(extract(typeset(article(), style).pdf).text.title, QString());
    }

    void listItems()
    {
        const std::vector<Para> paragraphs{
            {u"The council listed three priorities for the coming year:"_s},
            {u"\u2022 repairing the roads in the old town"_s},
            {u"\u2022 building a new school in the northern district, which has grown faster than any other part "
             u"of the city over the last decade"_s},
            {u"\u2022 planting trees along the river"_s},
        };
        const Extraction e = extract(typeset(paragraphs, Style()).pdf);
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(e.text.blocks.size(), size_t(4));
        QCOMPARE(e.text.blocks[0].kind, BlockKind::Paragraph);
        for (size_t i = 1; i < 4; ++i) {
            QCOMPARE(e.text.blocks[i].kind, BlockKind::ListItem);
            QCOMPARE(e.text.blocks[i].text.simplified(), paragraphs[i].text.mid(2));
        }
    }

    // Real PDFs from other producers, their sources beside them: groff -ms through Ghostscript
    // (running header from page 2, "Page N" footer), and an article printed by Chromium (its
    // date and title header, address and "1/2" footer on every page).
    void realPdfs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("blocks");
        QTest::addColumn<QList<int>>("headings");
        QTest::newRow("groff") << u"groff-article.pdf"_s << u"Council Approves New Footbridge"_s
                               << QStringList{
                                      u"Council Approves New Footbridge"_s,
                                      // Hyphenated at line ends: "fol-" / "lowed", "ad-" / "dressed".
                                      u"The city council voted on Thursday evening to build a pedestrian footbridge across the "
                                      u"old harbour, ending a debate that had divided residents for more than a decade. The "
                                      u"decision followed a four-hour meeting in which dozens of speakers addressed the "
                                      u"councillors."_s,
                                      // Runs on from page 1 to page 2.
                                      u"Supporters argued that the bridge would connect the northern neighbourhoods with the "
                                      u"railway station and shorten the walk for thousands of commuters. Opponents warned that "
                                      u"construction would disturb the fishing fleet and that the projected costs were "
                                      u"unrealistically optimistic."_s,
                                      u"The engineering firm that prepared the feasibility study estimated that the structure "
                                      u"would take two years to complete. Its representatives told the council that the "
                                      u"foundations could be laid without closing the main navigation channel, although "
                                      u"smaller boats would have to use the eastern moorings during the summer months."_s,
                                      u"Costs and financing"_s, // bold at body size: a paragraph of its own
                                      u"The project is expected to cost about forty million euros. Roughly half of that sum "
                                      u"will come from a regional infrastructure fund, while the rest will be borrowed over "
                                      u"thirty years at a fixed rate that the treasurer described as favourable."_s,
                                      u"The mayor said the vote showed that the city was ready to invest in its future. She "
                                      u"promised that the council would publish quarterly reports on the progress of the work "
                                      u"and that residents would be consulted on the final design of the lighting and the "
                                      u"railings."_s,
                                      u"Local shopkeepers welcomed the decision. Several of them said that the footbridge "
                                      u"would bring more visitors to the harbour district, where many businesses have "
                                      u"struggled since the ferry terminal moved to the outer port."_s,
                                      u"Next steps"_s,
                                      // Ends alone on page 4.
                                      u"Construction is expected to begin next spring, once the environmental permits have "
                                      u"been granted by the regional authorities. A temporary exhibition of the winning "
                                      u"design will open at the maritime museum next month, and the council has invited "
                                      u"residents to leave their comments there."_s,
                                  }
                               << QList<int>{0};
        QTest::newRow("chromium") << u"chromium-article.pdf"_s << u"Night Trains Return to the Alps"_s
                                  << QStringList{
                                         u"Night Trains Return to the Alps"_s,
                                         u"Three railway companies announced on Wednesday that they will run sleeper trains "
                                         u"between the northern cities and the Alpine resorts again from December, fifteen "
                                         u"years after the last service was withdrawn because of falling demand and rising "
                                         u"costs."_s,
                                         u"The trains will leave in the late evening and arrive shortly after breakfast, "
                                         u"giving travellers a full first day on the slopes. Each train will have couchettes "
                                         u"for families, private compartments with a washbasin, and a dining car that serves "
                                         u"regional dishes until midnight."_s,
                                         u"Demand has changed"_s,
                                         // Runs on from page 1 to page 2.
                                         u"Managers said that interest in overnight travel had grown steadily since airlines "
                                         u"reduced the number of short flights, and that surveys showed many passengers were "
                                         u"willing to pay more for a journey that saves a night in a hotel. Bookings for the "
                                         u"first weeks opened on Monday and several departures are already full, according to "
                                         u"the companies, which expect the busiest weeks to be those around the New Year "
                                         u"holiday."_s,
                                         u"No departures on Saturdays."_s,
                                         u"Bicycles and skis travel free of charge in a separate luggage van."_s,
                                         u"Children under six do not need a ticket."_s,
                                         u"Environmental groups welcomed the plan but said the companies should publish how "
                                         u"much energy the trains use, so that travellers can compare them with flying and "
                                         u"driving. The operators promised to release the figures after the first winter."_s,
                                         u"We expect the trains to be full every weekend until March, and we hope to add a "
                                         u"second route next year."_s,
                                         u"Tickets are sold on the companies' websites and at staffed stations. Prices start at "
                                         u"forty euros for a seat and rise to about two hundred euros for a private compartment "
                                         u"for two."_s,
                                     }
                                  << QList<int>{0, 3};
    }

    void realPdfs()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(QStringList, blocks);
        QFETCH(QList<int>, headings);
        const Extraction e = extract(TestFiles::read(fixture(file)));
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(e.text.title, title);
        COMPARE_TEXT(texts(e.text.blocks), blocks.join(u'\n'));
        QList<int> headingIndexes;
        for (size_t i = 0; i < e.text.blocks.size(); ++i) {
            if (e.text.blocks[i].kind == BlockKind::Heading)
                headingIndexes << int(i);
        }
        QCOMPARE(headingIndexes, headings);
    }

    void loaderDetectsPdf()
    {
        const LoadResult r = DocumentLoader().load(fixture(u"groff-article.pdf"_s));
        QVERIFY2(r.ok(), qPrintable(r.failure.message()));
        QCOMPARE(r.document->format, u"application/pdf"_s);
        QCOMPARE(r.document->title, u"Council Approves New Footbridge"_s);
        QCOMPARE(r.document->paragraphs.size(), size_t(10));
    }

    void ownerPasswordOnlyOpens()
    {
        // Encrypted with an empty user password: readers open it without asking.
        const Extraction e = extract(TestFiles::read(fixture(u"encrypted-owner-password-only.pdf"_s)));
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(e.text.blocks.size(), size_t(10));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("maxPages");
        QTest::addColumn<QString>("reason");
        const QByteArray good = TestFiles::read(fixture(u"groff-article.pdf"_s));
        QTest::newRow("truncated") << good.left(good.size() / 2) << 5000 << u"not a valid PDF document (corrupt or truncated)"_s;
        QTest::newRow("header only") << QByteArray("%PDF-1.7\n") << 5000 << u"not a valid PDF"_s;
        QTest::newRow("text") << QByteArray("This is plain text, not a PDF.\n") << 5000 << u"not a valid PDF"_s;
        QTest::newRow("garbage after header") << QByteArray("%PDF-1.4\n").append(QByteArray(4000, '\x9c')) << 5000 << u"not a valid PDF"_s;
        QTest::newRow("encrypted") << TestFiles::read(fixture(u"encrypted-user-password.pdf"_s)) << 5000 << u"password-protected"_s;
        QTest::newRow("over the page limit") << good << 3 << u"the PDF has 4 pages, more than the limit of 3"_s;
    }

    void badInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, maxPages);
        QFETCH(QString, reason);
        ImportLimits limits;
        limits.maxPdfPages = maxPages;
        const Extraction e = extract(data, limits);
        QVERIFY2(!e.ok(), "the import should have failed");
        QVERIFY2(e.error.contains(reason), qPrintable(e.error));
        QVERIFY(e.text.blocks.empty());
    }

    void damagedContentStream()
    {
        // One byte changed inside the first page's compressed content stream: poppler 22.12 then
        // crashes in text_list() when asked for font information. What survives is read.
        QByteArray pdf = TestFiles::read(fixture(u"chromium-article.pdf"_s));
        pdf[3278] = char(0xCB);
        const Extraction e = extract(pdf);
        QVERIFY2(e.ok(), qPrintable(e.error));
        QVERIFY(!e.text.blocks.empty());
        QCOMPARE(e.text.title, u"Night Trains Return to the Alps"_s);
    }

    void textFileNamedPdf()
    {
        const QString path = TestFiles::write(m_dir, u"notes.pdf"_s,
                                              "Meeting notes\n\nThese are plain text notes saved with the wrong extension.\n");
        const LoadResult r = DocumentLoader().load(path);
        // Either refused as a broken PDF or read as the text it is; never garbage.
        if (r.ok())
            QCOMPARE(r.document->format, u"text/plain"_s);
        else
            QVERIFY2(r.failure.reason.contains(u"not a valid PDF"_s), qPrintable(r.failure.reason));
    }

    void imagesOnly()
    {
        QByteArray pdf;
        {
            QBuffer buffer(&pdf);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            QPainter painter(&writer);
            painter.fillRect(QRectF(100, 100, 2000, 1000), Qt::darkGray);
        }
        const Extraction e = extract(pdf);
        QVERIFY(!e.ok());
        QVERIFY2(e.error.contains(u"no text"_s), qPrintable(e.error));
    }

    void thousandsOfPages()
    {
        std::vector<Para> paragraphs;
        for (int i = 0; i < 3000; ++i)
            paragraphs.push_back({u"Entry %1 of the register records a payment made on the first working day of the "
                                  u"month, signed by the treasurer and countersigned by the clerk."_s.arg(i + 1), false, true});
        Style style;
        style.pageSize = {300, 140};
        style.header = u"Register \u2014 page %1"_s;
        style.footer = u"%1"_s;
        const Generated g = typeset(paragraphs, style);
        QCOMPARE(g.pages, 3000);

        // How long this takes is measured by the bench target (BM_ImportThousandsOfPdfPages);
        // CTest's timeout guards against a hang. The time budget is not what this tests: a
        // sanitizer build on a loaded machine can take longer than the default minute.
        ImportLimits patient;
        patient.maxPdfMilliseconds = 3'600'000;
        const Extraction e = extract(g.pdf, patient);
        QVERIFY2(e.ok(), qPrintable(e.error));
        COMPARE_TEXT(texts(e.text.blocks), expectedTexts(paragraphs));

        ImportLimits limits;
        limits.maxPdfPages = 2999;
        const Extraction refused = extract(g.pdf, limits);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(u"3000 pages"_s), qPrintable(refused.error));

        // A time budget no real machine meets: the import stops with the page it reached.
        ImportLimits hurried;
        hurried.maxPdfMilliseconds = -1;
        const Extraction stopped = extract(g.pdf, hurried);
        QVERIFY(!stopped.ok());
        QVERIFY2(stopped.error.contains(u"took longer than"_s) && stopped.error.contains(u"page 1 of 3000"_s),
                 qPrintable(stopped.error));

        // Progress after every page, and a cancel honoured at the page it came on.
        std::vector<std::pair<int, int>> reports;
        ImportLimits watched;
        watched.progress = [&reports](int done, int total) {
            reports.emplace_back(done, total);
            return done < 10;
        };
        const Extraction cancelled = extract(g.pdf, watched);
        QVERIFY(!cancelled.ok());
        QVERIFY2(cancelled.error.contains(u"cancelled at page 10 of 3000"_s), qPrintable(cancelled.error));
        QCOMPARE(reports.size(), size_t(10));
        QCOMPARE(reports.front(), std::make_pair(1, 3000));
        QCOMPARE(reports.back(), std::make_pair(10, 3000));

        // Through the loader, for one load: the file is named, and a later load is not watched.
        const Generated few = typeset({paragraphs.begin(), paragraphs.begin() + 12}, style);
        QVERIFY(few.pages >= 4);
        int seen = 0;
        const DocumentLoader loader;
        const LoadResult stoppedLoad =
            loader.loadData(few.pdf, u"register.pdf"_s, u"application/pdf"_s, [&seen](int done, int) {
                seen = done;
                return done < 3;
            });
        QVERIFY(!stoppedLoad.ok());
        QCOMPARE(seen, 3);
        QVERIFY2(stoppedLoad.failure.message().startsWith(u"register.pdf"_s) && stoppedLoad.failure.message().contains(u"cancelled at page 3"_s),
                 qPrintable(stoppedLoad.failure.message()));
        QVERIFY(loader.loadData(few.pdf, u"register.pdf"_s, u"application/pdf"_s).ok());
    }
};

QTEST_MAIN(TestPdfImporter)
#include "tst_pdfimporter.moc"
