#include "core/import/pdfimporter.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

/// One line of text on a page, or a piece of one until the reading order joins the pieces.
/// Coordinates are in points from the page's top-left corner.
struct Line
{
    QString text;
    double left = 0;
    double top = 0;
    double right = 0;
    double bottom = 0;
    double fontSize = 0;       ///< the tallest word box in the line, points: the font size, near enough
    double contentLeft = 0;    ///< left edge of the text after a list bullet; `left` without one
    double firstWordWidth = 0; ///< width of the first word after any bullet, points
    bool bullet = false;       ///< the line started with a list bullet, which is not in `text`
    int page = 0;
    int column = 0; ///< lines of one page with the same value were laid out in one column

    double height() const { return bottom - top; }
};

// Below this share of the page height from the top or bottom edge, lines may be running
// headers, footers or page numbers.
constexpr double furnitureBand = 0.15;
// A page split into more pieces than this is not laid out (a data dump, not prose): its lines
// stay in poppler's order.
constexpr size_t maxLinesForLayout = 5000;
constexpr int maxCutDepth = 64;

QString fromUstring(const poppler::ustring &s)
{
    const poppler::byte_array utf8 = s.to_utf8();
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

// Typographic ligatures (U+FB00..U+FB06) as their letters, so "ﬁnd" compares with "find".
QString expandLigatures(QString word)
{
    static const QStringView expansions[] = {u"ff", u"fi", u"fl", u"ffi", u"ffl", u"st", u"st"};
    for (qsizetype i = word.size() - 1; i >= 0; --i) {
        const char16_t c = word.at(i).unicode();
        if (c >= 0xFB00 && c <= 0xFB06)
            word.replace(i, 1, expansions[c - 0xFB00].toString());
    }
    return word;
}

bool isBullet(QChar c)
{
    // U+F0B7 and U+F0A7 are the bullets of Symbol and Wingdings in word processors' PDFs.
    static const QStringView bullets = u"\u2022\u25CF\u25E6\u25AA\u25A0\u2023\u2043\u2219\u27A2\u25BA\uF0B7\uF0A7";
    return bullets.contains(c);
}

// Wider than PlainTextImporter's endsSentence (';', '…', CJK full stops, '»'): sharing one
// would move paragraph breaks in one importer or the other.
bool endsSentence(const QString &text)
{
    QStringView t = QStringView(text).trimmed();
    while (!t.isEmpty() && QStringView(u"\"')]\u201D\u2019\u00BB").contains(t.back()))
        t.chop(1);
    return !t.isEmpty() && QStringView(u".!?:;\u2026\u3002\uFF01\uFF1F").contains(t.back());
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression re(
        uR"(^[\s\-–—|·]*(?:(?:page|p\.|pg\.?|seite|página|pagina|strona|стр\.?|страница)\s*)?\d{1,4})"
        uR"((?:\s*(?:of|/|von|de|di|из|z)\s*\d{1,4})?[\s\-–—|·]*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

// The text of a line with every number replaced, so "Page 3" and "Page 4" are one header.
QString furnitureKey(const QString &text)
{
    static const QRegularExpression digits(uR"(\d+)"_s);
    QString key = text.toLower();
    key.replace(digits, u"#"_s);
    return key.simplified();
}

bool isUsefulTitle(const QString &title)
{
    // Producers fill in the file name or a placeholder when the author gave no title.
    static const QRegularExpression junk(
        uR"(^(?:untitled|microsoft (?:word|powerpoint) - .*|.*\.(?:docx?|odt|rtf|pdf|indd|tex|dvi|ps|qxd|pages))$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return !title.isEmpty() && !junk.match(title).hasMatch();
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const auto mid = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    return *mid;
}

// Poppler's word boxes in its own order, grouped into lines: a word continues the current
// line when it overlaps it vertically and does not go back to the left.
std::vector<Line> pageLines(const poppler::page &page, int pageIndex)
{
    std::vector<Line> lines;
    Line cur;
    bool open = false;
    bool spaceAfter = false;
    bool onlyBullet = false; // the current line so far is a lone bullet glyph
    // Without text_list_include_font: poppler 22 dereferences a null font with it on text shown
    // without a font, which real files do. The box height stands in for the font size.
    const std::vector<poppler::text_box> boxes = page.text_list();
    // Rotated text beside upright text is a margin stamp or a label in a figure, not the body.
    const bool anyUpright = std::any_of(boxes.begin(), boxes.end(), [](const poppler::text_box &b) { return b.rotation() == 0; });
    for (const poppler::text_box &box : boxes) {
        if (anyUpright && box.rotation() != 0)
            continue;
        const QString word = expandLigatures(fromUstring(box.text()));
        if (word.trimmed().isEmpty())
            continue;
        const poppler::rectf r = box.bbox();
        // A broken file can place text at NaN; the sorts below need ordered coordinates.
        if (!std::isfinite(r.x()) || !std::isfinite(r.y()) || !std::isfinite(r.right()) || !std::isfinite(r.bottom()))
            continue;
        const double fontSize = r.height();
        const double overlap = open ? std::min(cur.bottom, r.bottom()) - std::max(cur.top, r.y()) : 0;
        const bool sameLine = open && overlap >= 0.5 * std::min(cur.height(), r.height())
            && r.x() >= cur.right - 0.5 * fontSize;
        if (sameLine) {
            if (onlyBullet) {
                cur.contentLeft = r.x();
                cur.firstWordWidth = r.width();
                cur.text = word;
                onlyBullet = false;
            } else {
                if (spaceAfter || r.x() - cur.right > 0.15 * fontSize)
                    cur.text.append(u' ');
                cur.text.append(word);
            }
            cur.right = std::max(cur.right, r.right());
            cur.top = std::min(cur.top, r.y());
            cur.bottom = std::max(cur.bottom, r.bottom());
            cur.fontSize = std::max(cur.fontSize, fontSize);
        } else {
            if (open)
                lines.push_back(cur);
            cur = Line{word, r.x(), r.y(), r.right(), r.bottom(), fontSize, r.x(), r.width(), false, pageIndex, 0};
            open = true;
            if (isBullet(word.front())) {
                cur.bullet = true;
                cur.text = word.mid(1).trimmed();
                onlyBullet = cur.text.isEmpty();
            } else {
                onlyBullet = false;
            }
        }
        spaceAfter = box.has_space_after();
    }
    if (open)
        lines.push_back(cur);
    return lines;
}

// Pieces that share one row (a justified line poppler split at a wide space, a superscript)
// are one line, read left to right.
bool isOneRow(const std::vector<Line> &region)
{
    double top = -1e9;
    double bottom = 1e9;
    double minHeight = 1e9;
    for (const Line &l : region) {
        top = std::max(top, l.top);
        bottom = std::min(bottom, l.bottom);
        minHeight = std::min(minHeight, l.height());
    }
    return bottom - top >= 0.5 * minHeight;
}

Line joinRow(std::vector<Line> row)
{
    std::sort(row.begin(), row.end(), [](const Line &a, const Line &b) { return a.left < b.left; });
    Line out = row.front();
    for (size_t i = 1; i < row.size(); ++i) {
        const Line &l = row[i];
        if (!out.text.isEmpty())
            out.text.append(u' ');
        out.text.append(l.text);
        out.right = std::max(out.right, l.right);
        out.top = std::min(out.top, l.top);
        out.bottom = std::max(out.bottom, l.bottom);
        out.fontSize = std::max(out.fontSize, l.fontSize);
    }
    return out;
}

struct Gap
{
    double size;
    size_t after; ///< the gap follows this position in the sorted region
};

// The white gaps along one axis: `start`/`end` give each line's extent on it. Sorts `region`.
template<typename Start, typename End>
std::vector<Gap> gaps(std::vector<Line> &region, Start start, End end)
{
    std::sort(region.begin(), region.end(), [&](const Line &a, const Line &b) { return start(a) < start(b); });
    std::vector<Gap> out;
    double reach = end(region.front());
    for (size_t i = 1; i < region.size(); ++i) {
        const double gap = start(region[i]) - reach;
        if (gap > 0)
            out.push_back({gap, i - 1});
        reach = std::max(reach, end(region[i]));
    }
    return out;
}

// Recursive XY cut: split the region at its widest white gaps, across columns before down
// them when the gutter is wider, and read the parts in order. Lines in the parts of a vertical
// cut get a new column number.
void orderRegion(std::vector<Line> region, int column, int &nextColumn, int depth, std::vector<Line> &out)
{
    if (region.size() == 1 || isOneRow(region)) {
        Line l = region.size() == 1 ? region.front() : joinRow(std::move(region));
        l.column = column;
        out.push_back(std::move(l));
        return;
    }
    std::vector<double> sizes;
    sizes.reserve(region.size());
    for (const Line &l : region)
        sizes.push_back(l.fontSize);
    const double minGutter = 0.8 * median(sizes);

    std::vector<Line> byX = region;
    const std::vector<Gap> vertical = gaps(byX, [](const Line &l) { return l.left; }, [](const Line &l) { return l.right; });
    const std::vector<Gap> horizontal = gaps(region, [](const Line &l) { return l.top; }, [](const Line &l) { return l.bottom; });
    auto widest = [](const std::vector<Gap> &g) {
        double w = 0;
        for (const Gap &x : g)
            w = std::max(w, x.size);
        return w;
    };
    const double widestV = widest(vertical);
    const double widestH = widest(horizontal);
    const bool cutAcross = widestV >= minGutter && widestV >= widestH;
    if (depth >= maxCutDepth || (!cutAcross && widestH <= 0)) {
        // Overlapping lines with no gap between them: read them by baseline.
        std::sort(region.begin(), region.end(), [](const Line &a, const Line &b) {
            return a.bottom != b.bottom ? a.bottom < b.bottom : a.left < b.left;
        });
        for (Line &l : region) {
            l.column = column;
            out.push_back(std::move(l));
        }
        return;
    }
    const std::vector<Line> &sorted = cutAcross ? byX : region;
    const std::vector<Gap> &cuts = cutAcross ? vertical : horizontal;
    const double threshold = 0.75 * (cutAcross ? widestV : widestH);
    size_t begin = 0;
    auto readPart = [&](size_t end) {
        std::vector<Line> part(sorted.begin() + qsizetype(begin), sorted.begin() + qsizetype(end));
        orderRegion(std::move(part), cutAcross ? nextColumn++ : column, nextColumn, depth + 1, out);
        begin = end;
    };
    for (const Gap &g : cuts) {
        if (g.size >= threshold)
            readPart(g.after + 1);
    }
    readPart(sorted.size());
}

std::vector<Line> readingOrder(std::vector<Line> lines)
{
    if (lines.empty() || lines.size() > maxLinesForLayout)
        return lines;
    std::vector<Line> out;
    out.reserve(lines.size());
    int nextColumn = 1;
    orderRegion(std::move(lines), 0, nextColumn, 0, out);
    return out;
}

// Drops running headers and footers (lines near the top or bottom edge whose text, numbers
// aside, comes back on most pages) and page numbers.
std::vector<Line> dropFurniture(const std::vector<Line> &lines, const std::vector<double> &pageHeights)
{
    auto inBand = [&](const Line &l) {
        const double h = pageHeights[size_t(l.page)];
        return l.top < h * furnitureBand || l.bottom > h * (1 - furnitureBand);
    };
    QHash<QString, QSet<int>> pagesOfKey;
    QSet<int> pagesWithText;
    for (const Line &l : lines) {
        pagesWithText.insert(l.page);
        if (inBand(l))
            pagesOfKey[furnitureKey(l.text)].insert(l.page);
    }
    const qsizetype repeats = std::max<qsizetype>(2, qsizetype(std::ceil(0.4 * double(pagesWithText.size()))));
    std::vector<Line> out;
    out.reserve(lines.size());
    for (const Line &l : lines) {
        if (inBand(l) && (isPageNumber(l.text) || pagesOfKey.value(furnitureKey(l.text)).size() >= repeats))
            continue;
        out.push_back(l);
    }
    return out;
}

// Words written with a hyphen inside a line somewhere in the document ("well-known"), so a
// line break after their hyphen keeps it.
QSet<QString> hyphenatedWords(const std::vector<Line> &lines)
{
    static const QRegularExpression re(uR"(\w+(?:-\w+)+)"_s, QRegularExpression::UseUnicodePropertiesOption);
    QSet<QString> words;
    for (const Line &l : lines) {
        auto it = re.globalMatch(l.text);
        while (it.hasNext())
            words.insert(it.next().captured().toLower());
    }
    return words;
}

class ParagraphBuilder
{
public:
    explicit ParagraphBuilder(std::vector<Line> lines) : m_lines(std::move(lines)), m_hyphenated(hyphenatedWords(m_lines))
    {
        measureBodyFont();
        measureColumns();
        measurePitches();
    }

    std::vector<TextBlock> build()
    {
        std::vector<TextBlock> blocks;
        for (size_t i = 0; i < m_lines.size(); ++i) {
            const Line &l = m_lines[i];
            const BlockKind kind = isLarge(l) ? BlockKind::Heading : l.bullet ? BlockKind::ListItem : BlockKind::Paragraph;
            if (i == 0 || startsBlock(i)) {
                if (!blocks.empty() && blocks.back().text.isEmpty())
                    blocks.pop_back();
                blocks.push_back({l.text, kind});
            } else {
                appendLine(blocks.back().text, l.text);
            }
        }
        if (!blocks.empty() && blocks.back().text.isEmpty())
            blocks.pop_back();
        return blocks;
    }

private:
    struct Column
    {
        double left = 1e9;
        double right = -1e9;
    };

    static qint64 columnKey(const Line &l) { return (qint64(l.page) << 32) | quint32(l.column); }
    static int sizeKey(double fontSize) { return int(std::lround(fontSize * 2)); }

    void measureBodyFont()
    {
        std::map<int, qsizetype> chars;
        for (const Line &l : m_lines)
            chars[sizeKey(l.fontSize)] += l.text.size();
        qsizetype best = -1;
        for (const auto &[key, n] : chars) {
            if (n > best) {
                best = n;
                m_bodyFontSize = key / 2.0;
            }
        }
    }

    // Each column's left edge from its own lines; its right edge from every column on any page
    // that starts at the same place, since a page with a few short lines does not show how
    // wide its column is.
    void measureColumns()
    {
        for (const Line &l : m_lines) {
            if (isLarge(l))
                continue;
            Column &c = m_columns[columnKey(l)];
            c.left = std::min(c.left, l.contentLeft);
            c.right = std::max(c.right, l.right);
        }
        QHash<int, double> rightOfLeftEdge;
        auto edgeKey = [](const Column &c) { return int(std::lround(c.left / 4)); };
        for (const Column &c : std::as_const(m_columns)) {
            double &right = rightOfLeftEdge[edgeKey(c)];
            right = std::max(right, c.right);
        }
        for (Column &c : m_columns)
            c.right = rightOfLeftEdge.value(edgeKey(c));
    }

    // The usual distance between baselines for each font size, from lines that follow each
    // other in one column.
    void measurePitches()
    {
        std::map<int, std::vector<double>> pitches;
        for (size_t i = 1; i < m_lines.size(); ++i) {
            const Line &a = m_lines[i - 1];
            const Line &b = m_lines[i];
            if (sameFlow(a, b) && sizeKey(a.fontSize) == sizeKey(b.fontSize))
                pitches[sizeKey(a.fontSize)].push_back(b.bottom - a.bottom);
        }
        for (const auto &[key, values] : pitches)
            m_pitch[key] = median(values);
    }

    static bool sameFlow(const Line &a, const Line &b)
    {
        return a.page == b.page && a.column == b.column && b.top >= a.bottom - 0.5 * a.height();
    }

    bool isLarge(const Line &l) const
    {
        return l.fontSize >= m_bodyFontSize * 1.15 && l.fontSize - m_bodyFontSize >= 1.5;
    }

    Column columnOf(const Line &l) const
    {
        const auto it = m_columns.constFind(columnKey(l));
        return it == m_columns.constEnd() ? Column{l.left, l.right} : *it;
    }

    // The line before `next` ended before the column's edge for a reason other than width:
    // the first word of `next` would have fitted after it.
    bool endsEarly(const Line &prev, const Line &next) const
    {
        return prev.right + 0.3 * prev.fontSize + next.firstWordWidth <= columnOf(prev).right + 0.5;
    }

    bool isShort(const Line &l) const
    {
        const Column c = columnOf(l);
        return l.right - c.left < 0.6 * (c.right - c.left);
    }

    // A first line indented against the lines of its paragraph.
    bool indented(size_t i) const
    {
        const Line &l = m_lines[i];
        const double step = 0.8 * l.fontSize;
        const bool hasPrev = i > 0 && sameFlow(m_lines[i - 1], l) && !m_lines[i - 1].bullet;
        const bool hasNext = i + 1 < m_lines.size() && sameFlow(l, m_lines[i + 1]) && !m_lines[i + 1].bullet;
        if (!hasPrev && !hasNext)
            return false;
        return (!hasPrev || l.contentLeft > m_lines[i - 1].contentLeft + step)
            && (!hasNext || l.contentLeft > m_lines[i + 1].contentLeft + step);
    }

    bool startsBlock(size_t i) const
    {
        const Line &prev = m_lines[i - 1];
        const Line &l = m_lines[i];
        if (l.bullet)
            return true;
        const bool heading = isLarge(l);
        if (heading != isLarge(prev) || std::abs(l.fontSize - prev.fontSize) > 0.15 * std::max(l.fontSize, prev.fontSize))
            return true;
        const bool flow = sameFlow(prev, l);
        if (heading)
            return !flow || l.bottom - prev.bottom > 1.6 * l.fontSize;
        if (!flow) {
            // A page or column break: the paragraph runs on unless the last line closed it. A
            // sentence that ends flush with the column's edge says nothing; often the paragraph
            // goes on.
            const bool flush = prev.right >= columnOf(prev).right - 0.5 * prev.fontSize;
            return endsSentence(prev.text) && (!flush || indented(i));
        }
        const auto pitch = m_pitch.find(sizeKey(prev.fontSize));
        if (pitch != m_pitch.end()) {
            const double usual = pitch->second;
            if (l.bottom - prev.bottom > usual + std::max(0.2 * usual, 0.25 * l.fontSize))
                return true;
        }
        if (indented(i))
            return true;
        return endsEarly(prev, l) && (endsSentence(prev.text) || isShort(prev));
    }

    void appendLine(QString &text, const QString &line) const
    {
        if (text.isEmpty()) {
            text = line;
            return;
        }
        if (line.isEmpty())
            return;
        const QChar last = text.back();
        const bool afterLetter = text.size() >= 2 && text.at(text.size() - 2).isLetter();
        if (afterLetter && (last == u'-' || last == QChar(0x00AD) || last == QChar(0x2010))) {
            // "exam-" + "ple" was one word broken by the typesetter; "North-" + "East" and
            // words written with a hyphen elsewhere keep it.
            const qsizetype wordStart = text.lastIndexOf(u' ') + 1;
            static const QRegularExpression trailingPunctuation(uR"(\W+$)"_s, QRegularExpression::UseUnicodePropertiesOption);
            QString joined = QStringView(text).mid(wordStart).chopped(1).toString() + u'-' + line.section(u' ', 0, 0);
            joined.remove(trailingPunctuation);
            const bool keep = !line.front().isLower() || m_hyphenated.contains(joined.toLower());
            text.chop(1);
            if (keep)
                text.append(u'-');
            text.append(line);
            return;
        }
        if (afterLetter && last == QChar(0x2014) && line.front().isLetter()) {
            text.append(line); // "word—" + "next": the dash was set without spaces
            return;
        }
        text.append(u' ');
        text.append(line);
    }

    std::vector<Line> m_lines;
    QSet<QString> m_hyphenated;
    double m_bodyFontSize = 0;
    QHash<qint64, Column> m_columns;
    std::map<int, double> m_pitch;
};

void silencePoppler(const std::string &, void *) { }

// The smallest document Poppler opens: a catalog and no pages (its cross-reference table is
// rebuilt by scanning).
constexpr char kEmptyPdf[] = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                             "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

} // namespace

Extraction PdfImporter::extract(const QByteArray &data, const QString &, const ImportLimits &limits) const
{
    // Poppler reports every damaged object on stderr; the reason we return says enough.
    [[maybe_unused]] static const bool silenced = (poppler::set_debug_error_function(silencePoppler, nullptr), true);
    // Poppler sets up its global parameters (fonts, encodings) when the first document opens and
    // frees them when the last one closes: a fifth of importing a one-page PDF
    // (BM_ImportSmallPdf). One empty document kept open for the life of the process keeps them;
    // it is never closed, as Poppler's own globals may be gone by the time statics are freed.
    [[maybe_unused]] static const poppler::document *const keepsGlobals
        = poppler::document::load_from_raw_data(kEmptyPdf, int(sizeof kEmptyPdf - 1));

    if (data.size() > INT_MAX)
        return Extraction::failure(QCoreApplication::translate("PdfImporter", "the PDF is too large to read"));
    // Poppler reads `data` in place; it outlives the document.
    const std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(data.constData(), int(data.size())));
    if (!doc)
        return Extraction::failure(QCoreApplication::translate("PdfImporter", "the file is not a valid PDF document (corrupt or truncated)"));
    if (doc->is_locked())
        return Extraction::failure(QCoreApplication::translate("PdfImporter", "the PDF is password-protected"));
    const int pageCount = doc->pages();
    if (pageCount > limits.maxPdfPages)
        return Extraction::failure(QCoreApplication::translate("PdfImporter", "the PDF has %1 pages, more than the limit of %2").arg(pageCount).arg(limits.maxPdfPages));

    std::vector<Line> lines;
    std::vector<double> pageHeights(size_t(std::max(pageCount, 0)), 0.0);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < pageCount; ++i) {
        // A page can take poppler seconds; past the budget the user gets a reason, not a hang.
        if (clock.elapsed() > limits.maxPdfMilliseconds) {
            return Extraction::failure(QCoreApplication::translate("PdfImporter", "reading the PDF took longer than the %1 s limit (stopped at page %2 of %3)")
                                           .arg(double(limits.maxPdfMilliseconds) / 1000.0)
                                           .arg(i + 1)
                                           .arg(pageCount));
        }
        const std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page)
            continue;
        const poppler::rectf box = page->page_rect();
        const bool sideways = page->orientation() == poppler::page::landscape || page->orientation() == poppler::page::seascape;
        pageHeights[size_t(i)] = sideways ? box.width() : box.height();
        for (Line &l : readingOrder(pageLines(*page, i)))
            lines.push_back(std::move(l));
        if (limits.progress && !limits.progress(i + 1, pageCount))
            return Extraction::failure(QCoreApplication::translate("PdfImporter", "the import was cancelled at page %1 of %2").arg(i + 1).arg(pageCount));
    }
    if (lines.empty())
        return Extraction::failure(QCoreApplication::translate("PdfImporter", "the PDF contains no text (it may be scanned images without a text layer)"));

    Extraction e;
    const QString title = fromUstring(doc->get_title()).simplified();
    if (isUsefulTitle(title))
        e.text.title = title;
    e.text.blocks = ParagraphBuilder(dropFurniture(lines, pageHeights)).build();
    return e;
}
