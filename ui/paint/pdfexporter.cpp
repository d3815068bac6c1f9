#include "ui/paint/pdfexporter.h"

#include "core/present/exportoutline.h"
#include "core/present/legend.h"
#include "core/present/rowfolding.h"
#include "core/present/wording.h"
#include "ui/paint/viewpalette.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QScreen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kDpi = 300;
constexpr qreal kBodyPoints = 8.5;
constexpr qreal kRowGap = 4; // points between two rows
// Marks the characters of a changed fact: Qt's own wave underline is a hairline at print
// resolution, so the exporter paints a visible wave under them itself.
constexpr int kFactProperty = QTextFormat::UserProperty + 1;

// Lays the export out page by page. Units are device pixels at kDpi; every block is placed
// whole on a page when it fits, and sliced across pages only when it is taller than one.
class PdfLayout
{
public:
    PdfLayout(QPdfWriter &writer, const Comparison &c, const HighlightPlan &plan, const ExportOptions &options)
        : m_writer(writer)
        , m_c(c)
        , m_plan(plan)
        , m_options(options)
        , m_n(int(c.documents.size()))
        , m_title(ExportOutline::title(c, options.title))
    {
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            m_screenDpi = screen->logicalDotsPerInchY();
        m_font = QFont(u"DejaVu Sans"_s);
        m_font.setStyleHint(QFont::SansSerif);
        m_font.setPointSizeF(kBodyPoints);
        // Any letter spacing turns ligatures off: "fi" stays two letters, so the PDF's text can
        // be searched and copied as typed.
        m_font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
        m_small = m_font;
        m_small.setPointSizeF(kBodyPoints - 1.5);
        const QRectF paper = writer.pageLayout().paintRectPixels(kDpi);
        m_width = paper.width();
        m_bottom = paper.height() - pt(14); // the footer lives below
        m_columnWidth = (m_width - gutterWidth() - (m_n - 1) * pt(5)) / m_n;
    }

    void run()
    {
        if (!m_painter.begin(&m_writer))
            return;
        startPage();
        header();
        legend();
        facts();
        rows();
        m_painter.end();
    }

private:
    qreal pt(qreal points) const { return points * kDpi / 72.0; }
    // QTextDocument takes margins and paddings in screen pixels and scales them to the paint
    // device itself (fonts it scales by their point size), so those lengths go in this unit.
    qreal framePx(qreal points) const { return points * m_screenDpi / 72.0; }
    qreal gutterWidth() const { return pt(24); }
    qreal columnX(int d) const { return gutterWidth() + d * (m_columnWidth + pt(5)); }

    std::unique_ptr<QTextDocument> document(qreal width) const
    {
        auto doc = std::make_unique<QTextDocument>();
        doc->setUndoRedoEnabled(false);
        doc->documentLayout()->setPaintDevice(&m_writer);
        doc->setDefaultFont(m_font);
        QTextOption option = doc->defaultTextOption();
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        doc->setDefaultTextOption(option);
        doc->setDocumentMargin(framePx(4));
        doc->setTextWidth(width);
        return doc;
    }

    QTextCharFormat plain() const
    {
        QTextCharFormat f;
        f.setForeground(m_colors.text());
        return f;
    }

    QTextCharFormat dim() const
    {
        QTextCharFormat f;
        f.setForeground(m_colors.dimmedText());
        return f;
    }

    QTextCharFormat bold(qreal points = kBodyPoints) const
    {
        QTextCharFormat f = plain();
        f.setFontWeight(QFont::Bold);
        f.setFontPointSize(points);
        return f;
    }

    // The style of a passage (by the status of its unit) or of a legend swatch.
    QTextCharFormat unitFormat(UnitStatus status) const
    {
        QTextCharFormat f = plain();
        f.setBackground(m_colors.background(status));
        if (status == UnitStatus::Furniture) {
            f.setForeground(m_colors.dimmedText());
            f.setFontItalic(true);
        }
        return f;
    }

    void mark(QTextCharFormat &f, HighlightRole role) const
    {
        switch (role) {
        case HighlightRole::Changed:
            f.setBackground(m_colors.background(HighlightRole::Changed));
            f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            break;
        case HighlightRole::Inserted:
            f.setBackground(m_colors.background(HighlightRole::Inserted));
            f.setUnderlineStyle(QTextCharFormat::DashUnderline);
            break;
        case HighlightRole::Fact:
            f.setUnderlineStyle(QTextCharFormat::NoUnderline);
            f.setProperty(kFactProperty, true);
            f.setFontWeight(QFont::DemiBold);
            break;
        default: break;
        }
    }

    QTextCharFormat swatchFormat(LegendEntry::Swatch swatch) const
    {
        using S = LegendEntry::Swatch;
        QTextCharFormat f = plain();
        switch (swatch) {
        case S::Match: return unitFormat(UnitStatus::Match);
        case S::Divergent: return unitFormat(UnitStatus::Divergent);
        case S::Unique: return unitFormat(UnitStatus::Unique);
        case S::Furniture: return unitFormat(UnitStatus::Furniture);
        case S::Changed: mark(f, HighlightRole::Changed); break;
        case S::Inserted: mark(f, HighlightRole::Inserted); break;
        case S::Fact: mark(f, HighlightRole::Fact); break;
        case S::Moved:
            f.setBackground(m_colors.moved());
            f.setForeground(Qt::white);
            f.setFontWeight(QFont::Bold);
            break;
        }
        return f;
    }

    QString articleTitle(int d) const
    {
        const Document &doc = m_c.documents[size_t(d)];
        return Wording::quote(doc.title.isEmpty() ? Wording::sourceName(doc) : doc.title, 200);
    }

    void startPage()
    {
        if (m_page > 0)
            m_writer.newPage();
        ++m_page;
        m_y = 0;
        m_painter.setFont(m_small);
        m_painter.setPen(m_colors.dimmedText());
        const QFontMetricsF fm(m_small, &m_writer);
        const QRectF footer(0, m_bottom + pt(4), m_width, pt(10));
        const QString page = u"page %1"_s.arg(m_page);
        m_painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, page);
        const qreal room = m_width - fm.horizontalAdvance(page) - pt(20);
        m_painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(u"Synoptic · "_s + m_title, Qt::ElideRight, room));
        if (m_inRows)
            columnHeads();
    }

    // The article of each column, repeated at the top of every page of rows.
    void columnHeads()
    {
        m_headsPending = false;
        QFont font = m_font;
        font.setBold(true);
        const QFontMetricsF fm(font, &m_writer);
        const qreal h = fm.height() + pt(6);
        m_painter.setFont(font);
        m_painter.setPen(m_colors.text());
        for (int d = 0; d < m_n; ++d) {
            const QRectF r(columnX(d) + pt(3), m_y, m_columnWidth - pt(3), h);
            m_painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                               fm.elidedText(u"%1  "_s.arg(d + 1) + articleTitle(d), Qt::ElideRight, r.width()));
        }
        m_painter.setPen(QPen(m_colors.line(), pt(1)));
        m_painter.drawLine(QPointF(0, m_y + h), QPointF(m_width, m_y + h));
        m_y += h + pt(3);
    }

    // Places a block of `height` at the current position, on a new page if it does not fit.
    // A block taller than a page starts on a new page and is sliced across as many as it needs.
    void place(qreal height, const std::function<void()> &paint, qreal gap)
    {
        const qreal top = m_inRows ? columnHeadsBottom() : 0;
        const qreal heads = m_headsPending ? columnHeadsBottom() : 0;
        if (m_y + heads + height > m_bottom && m_y > top + 1)
            startPage();
        if (m_headsPending)
            columnHeads();
        if (m_y + height <= m_bottom) {
            m_painter.save();
            m_painter.translate(0, m_y);
            paint();
            m_painter.restore();
            m_y += height + gap;
            return;
        }
        // At the top of a page here, so every slice is a page tall.
        const qreal slice = m_bottom - m_y;
        for (qreal done = 0; done < height; done += slice) {
            if (done > 0)
                startPage();
            m_painter.save();
            m_painter.setClipRect(QRectF(0, m_y, m_width, slice));
            m_painter.translate(0, m_y - done);
            paint();
            m_painter.restore();
            m_y += std::min(slice, height - done);
        }
        m_y += gap;
    }

    qreal columnHeadsBottom() const
    {
        QFont font = m_font;
        font.setBold(true);
        return QFontMetricsF(font, &m_writer).height() + pt(9);
    }

    void placeDocument(QTextDocument &doc, qreal gap = 0)
    {
        place(doc.size().height(), [&] { doc.drawContents(&m_painter); }, gap);
    }

    void header()
    {
        auto doc = document(m_width);
        QTextCursor cur(doc.get());
        cur.insertText(m_title, bold(15));
        QString meta = u"%1 articles · %2 alignment"_s.arg(m_n).arg(m_c.granularity == Granularity::Sentence ? u"sentence"_s
                                                                                                          : u"paragraph"_s);
        if (m_n == 2)
            meta += u" · similarity "_s + ExportOutline::percent(m_c.similarity[0][1]);
        if (m_options.differencesOnly)
            meta += u" · differences only"_s;
        if (m_options.exportedAt.isValid())
            meta += u" · exported "_s + m_options.exportedAt.toString(u"yyyy-MM-dd HH:mm"_s);
        cur.insertBlock();
        cur.insertText(meta + u" · Synoptic " SYNOPTIC_VERSION ""_s, dim());
        if (!m_c.notice.isEmpty()) {
            cur.insertBlock();
            cur.insertText(Wording::displayText(m_c.notice), plain());
        }
        cur.insertBlock();

        QTextTableFormat tf;
        tf.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        tf.setCellPadding(framePx(2.5));
        tf.setCellSpacing(0);
        tf.setHeaderRowCount(1);
        tf.setTopMargin(framePx(6));
        QTextTable *table = cur.insertTable(m_n + 1, 7, tf);
        const QStringList heads{u"#"_s, u"Article"_s, u"Source"_s, u"Words"_s, u"Matching"_s, u"Divergent"_s, u"Unique"_s};
        for (int col = 0; col < heads.size(); ++col)
            put(table, 0, col, heads[col], bold(), col >= 3);
        for (int d = 0; d < m_n; ++d) {
            const DocumentStats &s = m_c.stats[size_t(d)];
            put(table, d + 1, 0, QString::number(d + 1), bold(), false);
            put(table, d + 1, 1, articleTitle(d), plain(), false);
            put(table, d + 1, 2, Wording::quote(Wording::sourceName(m_c.documents[size_t(d)]), 60), dim(), false);
            put(table, d + 1, 3, QString::number(s.words), plain(), true);
            put(table, d + 1, 4, ExportOutline::percent(s.share(s.matchingWords)), plain(), true);
            put(table, d + 1, 5, ExportOutline::percent(s.share(s.divergentWords)), plain(), true);
            put(table, d + 1, 6, ExportOutline::percent(s.share(s.uniqueWords)), plain(), true);
        }
        if (m_n > 2) {
            cur.movePosition(QTextCursor::End);
            QTextBlockFormat heading;
            heading.setTopMargin(framePx(8));
            cur.insertBlock(heading);
            cur.insertText(u"Similarity"_s, bold(10));
            QTextTable *sim = cur.insertTable(m_n + 1, m_n + 1, tf);
            for (int a = 0; a < m_n; ++a) {
                put(sim, 0, a + 1, QString::number(a + 1), bold(), true);
                put(sim, a + 1, 0, QString::number(a + 1), bold(), false);
                for (int b = 0; b < m_n; ++b) {
                    put(sim, a + 1, b + 1, a == b ? u"—"_s : ExportOutline::percent(m_c.similarity[size_t(a)][size_t(b)]),
                        a == b ? dim() : plain(), true);
                }
            }
        }
        placeDocument(*doc, pt(6));
    }

    static void put(QTextTable *table, int row, int col, const QString &text, const QTextCharFormat &format, bool right)
    {
        QTextCursor c = table->cellAt(row, col).firstCursorPosition();
        QTextBlockFormat bf;
        bf.setAlignment(right ? Qt::AlignRight : Qt::AlignLeft);
        c.setBlockFormat(bf);
        c.insertText(text, format);
    }

    void legend()
    {
        auto doc = document(m_width);
        QTextCursor cur(doc.get());
        cur.insertText(u"Legend"_s, bold(10));
        cur.insertBlock();
        for (const LegendEntry &e : Legend::entries()) {
            cur.insertText(u" "_s + e.label + u" "_s, swatchFormat(e.swatch));
            cur.insertText(e.description.isEmpty() ? u"    "_s : u" "_s + e.description + u"    "_s, plain());
        }
        cur.insertBlock();
        for (const RowSign &sign : ExportOutline::allSigns())
            cur.insertText(sign.symbol + u" "_s + sign.label + u"    "_s, plain());
        placeDocument(*doc, pt(6));
    }

    void facts()
    {
        const std::vector<FactEntry> entries = ExportOutline::facts(m_c);
        auto head = document(m_width);
        QTextCursor(head.get()).insertText(u"Changed facts (%1)"_s.arg(entries.size()), bold(10));
        placeDocument(*head);
        for (const FactEntry &e : entries) {
            auto doc = document(m_width);
            doc->setDocumentMargin(framePx(1));
            QTextCursor cur(doc.get());
            cur.insertText(u"Row %1: "_s.arg(e.row + 1), dim());
            const Link &link = m_c.links[size_t(e.link)];
            const FactChange &fact = link.facts[size_t(e.fact)];
            cur.insertText(Wording::factKind(fact.kind) + u" "_s, bold());
            cur.insertText(Wording::factSides(m_c, link, fact), plain());
            placeDocument(*doc);
        }
        m_y += pt(10);
    }

    void rows()
    {
        m_inRows = true;
        m_headsPending = true;
        for (const RowRun &run : RowFolding::runs(m_plan, m_options.differencesOnly)) {
            if (run.folded) {
                fold(run);
                continue;
            }
            for (int r = run.first; r < run.first + run.count; ++r)
                row(r);
        }
    }

    void fold(const RowRun &run)
    {
        auto doc = document(m_width - gutterWidth());
        QTextCharFormat f = dim();
        f.setFontItalic(true);
        const QString rows = u"(rows %1–%2)"_s.arg(run.first + 1).arg(run.first + run.count);
        QTextCursor(doc.get()).insertText(RowFolding::label(m_plan, run) + u" "_s + rows, f);
        place(doc->size().height(), [&] {
            rule();
            m_painter.translate(gutterWidth(), 0);
            doc->drawContents(&m_painter);
        }, pt(kRowGap));
    }

    // The line between two rows, in the gap above this one.
    void rule()
    {
        m_painter.setPen(QPen(m_colors.line(), pt(0.5)));
        m_painter.drawLine(QPointF(0, -pt(kRowGap) / 2), QPointF(m_width, -pt(kRowGap) / 2));
    }

    std::unique_ptr<QTextDocument> cellDocument(int d, const CellPlan &cell) const
    {
        auto doc = document(m_columnWidth - pt(2));
        QTextCursor cur(doc.get());
        const Document &text = m_c.documents[size_t(d)];
        for (const TextPiece &piece : ExportOutline::pieces(m_c, m_plan, d, cell.units)) {
            QTextCharFormat f = piece.unit >= 0 ? unitFormat(m_c.units[size_t(d)][size_t(piece.unit)].status) : plain();
            // Facts last, so their wave replaces a changed word's straight underline.
            for (const Highlight &h : piece.marks) {
                if (h.role != HighlightRole::Fact)
                    mark(f, h.role);
            }
            for (const Highlight &h : piece.marks) {
                if (h.role == HighlightRole::Fact)
                    mark(f, h.role);
            }
            cur.insertText(Wording::displayText(text.slice(piece.span)), f);
        }
        return doc;
    }

    void row(int r)
    {
        const RowPlan &rp = m_plan.rows[size_t(r)];
        std::vector<std::unique_ptr<QTextDocument>> docs(static_cast<size_t>(m_n));
        qreal height = 0;
        for (int d = 0; d < m_n; ++d) {
            const CellPlan &cell = rp.cells[size_t(d)];
            if (cell.units.isEmpty())
                continue;
            docs[size_t(d)] = cellDocument(d, cell);
            height = std::max(height, docs[size_t(d)]->size().height());
        }
        // Taller than a page: paginate every cell to the height place() slices by, so no line
        // is cut in half.
        const qreal page = m_bottom - columnHeadsBottom();
        if (height > page) {
            height = 0;
            for (auto &doc : docs) {
                if (!doc)
                    continue;
                doc->setPageSize(QSizeF(m_columnWidth - pt(2), page));
                height = std::max(height, doc->size().height());
            }
        }
        const std::vector<RowSign> signs = ExportOutline::rowSigns(m_c, m_plan, r);
        place(height, [&] {
            rule();
            gutter(r, signs);
            for (int d = 0; d < m_n; ++d) {
                if (docs[size_t(d)])
                    paintCell(d, rp.cells[size_t(d)], *docs[size_t(d)], height);
            }
        }, pt(kRowGap));
    }

    void gutter(int r, const std::vector<RowSign> &signs)
    {
        m_painter.setFont(m_small);
        const QFontMetricsF fm(m_small, &m_writer);
        qreal y = pt(2);
        const QRectF number(0, y, gutterWidth() - pt(4), fm.height());
        m_painter.setPen(m_colors.dimmedText());
        m_painter.drawText(number, Qt::AlignRight | Qt::AlignTop, QString::number(r + 1));
        for (const RowSign &sign : signs) {
            y += fm.height();
            m_painter.setPen(sign.kind == RowSign::Kind::Fact    ? m_colors.factColor(FactChange::Kind::Number)
                             : sign.kind == RowSign::Kind::Moved ? m_colors.moved()
                                                                 : m_colors.text());
            m_painter.drawText(QRectF(0, y, gutterWidth() - pt(4), fm.height()), Qt::AlignRight | Qt::AlignTop, sign.symbol);
        }
    }

    // Background and margin marker by status; the marker's style repeats the status without
    // colour: solid match, dashed divergent, double unique, dotted furniture.
    void paintCell(int d, const CellPlan &cell, QTextDocument &doc, qreal height)
    {
        const qreal x = columnX(d);
        const QRectF box(x, 0, m_columnWidth, height);
        m_painter.fillRect(box, m_colors.background(cell.status));
        QPen pen(m_colors.marker(cell.status), pt(2));
        pen.setCapStyle(Qt::FlatCap);
        switch (cell.status) {
        case UnitStatus::Match: break;
        case UnitStatus::Divergent: pen.setStyle(Qt::DashLine); break;
        case UnitStatus::Furniture: pen.setStyle(Qt::DotLine); break;
        case UnitStatus::Unique:
            pen.setWidthF(pt(0.8));
            m_painter.setPen(pen);
            m_painter.drawLine(QPointF(x + pt(2), box.top()), QPointF(x + pt(2), box.bottom()));
            break;
        }
        m_painter.setPen(pen);
        m_painter.drawLine(QPointF(x + pt(0.5), box.top()), QPointF(x + pt(0.5), box.bottom()));
        if (ExportOutline::isMoved(m_c, d, cell.units)) {
            m_painter.setPen(QPen(m_colors.moved(), pt(1.2)));
            m_painter.drawRect(box.adjusted(pt(0.6), pt(0.6), -pt(0.6), -pt(0.6)));
        }
        m_painter.save();
        m_painter.translate(x + pt(2), 0);
        doc.drawContents(&m_painter);
        paintFactWaves(doc);
        m_painter.restore();
    }

    // A wavy underline under every run of fact characters, line by line.
    void paintFactWaves(const QTextDocument &doc)
    {
        QPen pen(m_colors.factColor(FactChange::Kind::Number), pt(0.7));
        pen.setCapStyle(Qt::RoundCap);
        m_painter.setPen(pen);
        m_painter.setBrush(Qt::NoBrush);
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            const QTextLayout *layout = block.layout();
            const QPointF origin = doc.documentLayout()->blockBoundingRect(block).topLeft();
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (!fragment.charFormat().boolProperty(kFactProperty))
                    continue;
                const int start = fragment.position() - block.position();
                const int end = start + fragment.length();
                for (int i = 0; i < layout->lineCount(); ++i) {
                    const QTextLine line = layout->lineAt(i);
                    const int from = std::max(start, line.textStart());
                    const int to = std::min(end, line.textStart() + line.textLength());
                    if (from >= to)
                        continue;
                    const qreal x1 = line.cursorToX(from), x2 = line.cursorToX(to);
                    const qreal y = origin.y() + line.y() + line.ascent() + pt(1.6);
                    m_painter.drawPath(wave(origin.x() + std::min(x1, x2), origin.x() + std::max(x1, x2), y));
                }
            }
        }
    }

    QPainterPath wave(qreal x1, qreal x2, qreal y) const
    {
        const qreal half = pt(1.5), amplitude = pt(0.8);
        QPainterPath path(QPointF(x1, y));
        qreal sign = -1;
        for (qreal x = x1; x < x2; x += half, sign = -sign)
            path.quadTo(QPointF(x + half / 2, y + sign * amplitude * 2), QPointF(std::min(x + half, x2), y));
        return path;
    }

    QPdfWriter &m_writer;
    const Comparison &m_c;
    const HighlightPlan &m_plan;
    const ExportOptions &m_options;
    // Print is always light, in the window's colours.
    const ViewPalette m_colors = ViewPalette::light();
    const int m_n;
    const QString m_title;
    QPainter m_painter;
    QFont m_font, m_small;
    qreal m_width = 0, m_bottom = 0, m_columnWidth = 0;
    qreal m_y = 0;
    int m_page = 0;
    bool m_inRows = false;
    bool m_headsPending = false; ///< the column heads go above the next row placed
    qreal m_screenDpi = 96;
};

} // namespace

QByteArray PdfExporter::toPdf(const Comparison &comparison, const HighlightPlan &plan, const ExportOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                         QPageLayout::Millimeter));
        writer.setTitle(ExportOutline::title(comparison, options.title));
        writer.setCreator(u"Synoptic " SYNOPTIC_VERSION ""_s);
        PdfLayout(writer, comparison, plan, options).run();
    }
    return buffer.data();
}
