#include "ui/paint/pdflayout.h"

#include "core/model/version.h"
#include "core/present/legend.h"
#include "core/present/wording.h"
#include "ui/paint/textdecoration.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qreal kBodyPoints = 8.5;
constexpr qreal kRowGap = 4; // points between two rows
constexpr qreal kLoneGap = 1.5; // points between a linked passage's card and the lone one below
// Marks the block where a cell's lone tail (CellPlan::lone) starts.
constexpr int kLoneBlock = QTextFormat::UserProperty;

QFont bodyFont()
{
    QFont font(u"DejaVu Sans"_s);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(kBodyPoints);
    // Any letter spacing turns ligatures off: "fi" stays two letters, so the PDF's text can be
    // searched and copied as typed.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

} // namespace

PdfLayout::PdfLayout(QPdfWriter &writer, const Comparison &c, const HighlightPlan &plan, const ExportOptions &options)
    : m_writer(writer)
    , m_c(c)
    , m_plan(plan)
    , m_options(options)
    , m_n(int(c.documents.size()))
    , m_title(ExportOutline::title(c, options.title))
    , m_formats(kBodyPoints)
    , m_font(bodyFont())
    , m_small(m_font)
    , m_pages(writer, Dpi, m_title, m_font, m_formats.colors())
{
    m_small.setPointSizeF(kBodyPoints - 1.5);
    m_columnWidth = (m_pages.width() - gutterWidth() - (m_n - 1) * pt(5)) / m_n;
}

bool PdfLayout::run()
{
    if (!m_pages.begin())
        return true;
    header();
    legend();
    facts();
    const bool finished = rows();
    m_pages.end();
    return finished;
}

QString PdfLayout::articleTitle(int d) const
{
    const Document &doc = m_c.documents[size_t(d)];
    return Wording::quote(doc.title.isEmpty() ? Wording::sourceName(doc) : doc.title, 200);
}

void PdfLayout::header()
{
    auto doc = m_pages.document(m_pages.width());
    QTextCursor cur(doc.get());
    cur.insertText(m_title, m_formats.bold(15));
    QString meta = u"%1 articles · %2 alignment"_s.arg(m_n).arg(m_c.granularity == Granularity::Sentence ? u"sentence"_s
                                                                                                      : u"paragraph"_s);
    if (m_n == 2)
        meta += u" · similarity "_s + ExportOutline::percent(m_c.similarity[0][1]);
    if (m_options.differencesOnly)
        meta += u" · differences only, %1"_s.arg(ExportOutline::contextRows(m_options.context));
    if (m_options.exportedAt.isValid())
        meta += u" · exported "_s + m_options.exportedAt.toString(u"yyyy-MM-dd HH:mm"_s);
    cur.insertBlock();
    cur.insertText(meta + u" · Synoptic "_s + synopticVersion(), m_formats.dim());
    if (!m_c.notice.isEmpty()) {
        cur.insertBlock();
        cur.insertText(Wording::displayText(m_c.notice), m_formats.plain());
    }
    cur.insertBlock();

    QTextTableFormat tf;
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    tf.setCellPadding(m_pages.framePx(2.5));
    tf.setCellSpacing(0);
    tf.setHeaderRowCount(1);
    tf.setTopMargin(m_pages.framePx(6));
    articleTable(cur, tf);
    if (m_n > 2)
        similarityTable(cur, tf);
    m_pages.placeDocument(*doc, pt(6));
}

void PdfLayout::articleTable(QTextCursor &cur, const QTextTableFormat &format) const
{
    QTextTable *table = cur.insertTable(m_n + 1, 7, format);
    const QStringList heads = Wording::articleTableHeadings();
    for (int col = 0; col < heads.size(); ++col)
        put(table, 0, col, heads[col], m_formats.bold(), col >= 3);
    for (int d = 0; d < m_n; ++d) {
        const DocumentStats &s = m_c.stats[size_t(d)];
        put(table, d + 1, 0, QString::number(d + 1), m_formats.bold(), false);
        put(table, d + 1, 1, articleTitle(d), m_formats.plain(), false);
        put(table, d + 1, 2, Wording::quote(Wording::sourceName(m_c.documents[size_t(d)]), 60), m_formats.dim(), false);
        put(table, d + 1, 3, QString::number(s.words), m_formats.plain(), true);
        put(table, d + 1, 4, ExportOutline::percent(s.share(s.matchingWords)), m_formats.plain(), true);
        put(table, d + 1, 5, ExportOutline::percent(s.share(s.divergentWords)), m_formats.plain(), true);
        put(table, d + 1, 6, ExportOutline::percent(s.share(s.uniqueWords)), m_formats.plain(), true);
    }
}

void PdfLayout::similarityTable(QTextCursor &cur, const QTextTableFormat &format) const
{
    cur.movePosition(QTextCursor::End);
    QTextBlockFormat heading;
    heading.setTopMargin(m_pages.framePx(8));
    cur.insertBlock(heading);
    cur.insertText(u"Similarity"_s, m_formats.bold(10));
    QTextTable *sim = cur.insertTable(m_n + 1, m_n + 1, format);
    for (int a = 0; a < m_n; ++a) {
        put(sim, 0, a + 1, QString::number(a + 1), m_formats.bold(), true);
        put(sim, a + 1, 0, QString::number(a + 1), m_formats.bold(), false);
        for (int b = 0; b < m_n; ++b) {
            put(sim, a + 1, b + 1, a == b ? u"—"_s : ExportOutline::percent(m_c.similarity[size_t(a)][size_t(b)]),
                a == b ? m_formats.dim() : m_formats.plain(), true);
        }
    }
}

void PdfLayout::put(QTextTable *table, int row, int col, const QString &text, const QTextCharFormat &format, bool right)
{
    QTextCursor c = table->cellAt(row, col).firstCursorPosition();
    QTextBlockFormat bf;
    bf.setAlignment(right ? Qt::AlignRight : Qt::AlignLeft);
    c.setBlockFormat(bf);
    c.insertText(text, format);
}

void PdfLayout::legend()
{
    auto doc = m_pages.document(m_pages.width());
    QTextCursor cur(doc.get());
    cur.insertText(u"Legend"_s, m_formats.bold(10));
    cur.insertBlock();
    for (const LegendEntry &e : Legend::entries(m_c.options.relatedLinks)) {
        cur.insertText(u" "_s + e.label + u" "_s, m_formats.swatch(e.swatch));
        cur.insertText(e.description.isEmpty() ? u"    "_s : u" "_s + e.description + u"    "_s, m_formats.plain());
    }
    cur.insertBlock();
    for (const RowSign &sign : ExportOutline::allSigns())
        cur.insertText(sign.symbol + u" "_s + sign.label + u"    "_s, m_formats.plain());
    const QString reference = Legend::reference(m_c);
    if (!reference.isEmpty()) {
        cur.insertBlock();
        cur.insertText(reference, m_formats.bold());
    }
    m_pages.placeDocument(*doc, pt(6));
}

void PdfLayout::facts()
{
    const std::vector<FactEntry> entries = ExportOutline::facts(m_c);
    auto head = m_pages.document(m_pages.width());
    QTextCursor(head.get()).insertText(u"Changed facts (%1)"_s.arg(entries.size()), m_formats.bold(10));
    m_pages.placeDocument(*head);
    for (const FactEntry &e : entries) {
        auto doc = m_pages.document(m_pages.width());
        doc->setDocumentMargin(m_pages.framePx(1));
        QTextCursor cur(doc.get());
        cur.insertText(u"Row %1: "_s.arg(e.row + 1), m_formats.dim());
        const Link &link = m_c.links[size_t(e.link)];
        const FactChange &fact = link.facts[size_t(e.fact)];
        cur.insertText(Wording::factKind(fact.kind) + u" "_s, m_formats.bold());
        cur.insertText(Wording::factSides(m_c, link, fact), m_formats.plain());
        m_pages.placeDocument(*doc);
    }
    m_pages.skip(pt(10));
}

// False when cancelled (ExportOptions::progress).
bool PdfLayout::rows()
{
    QFont font = m_font;
    font.setBold(true);
    m_pages.repeatHeads([this] { columnHeads(); }, QFontMetricsF(font, &m_writer).height() + pt(9));
    const int total = int(m_plan.rows.size());
    const auto going = [this, total](int done) { return !m_options.progress || m_options.progress(done, total); };
    if (!going(0))
        return false;
    for (const RowRun &run : RowFolding::runs(m_plan, m_options.differencesOnly, m_options.context)) {
        if (run.folded) {
            fold(run);
        } else {
            for (int r = run.first; r < run.first + run.count; ++r) {
                row(r);
                // A row is a few milliseconds at most: cancelling is prompt.
                if (!going(r + 1))
                    return false;
            }
        }
    }
    return going(total);
}

// The article of each column, repeated at the top of every page of rows.
void PdfLayout::columnHeads()
{
    QPainter &p = m_pages.painter();
    QFont font = m_font;
    font.setBold(true);
    const QFontMetricsF fm(font, &m_writer);
    const qreal h = fm.height() + pt(6);
    p.setFont(font);
    p.setPen(m_formats.colors().text());
    for (int d = 0; d < m_n; ++d) {
        const QRectF r(columnX(d) + pt(3), 0, m_columnWidth - pt(3), h);
        p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(u"%1  "_s.arg(d + 1) + articleTitle(d), Qt::ElideRight, r.width()));
    }
    p.setPen(QPen(m_formats.colors().line(), pt(1)));
    p.drawLine(QPointF(0, h), QPointF(m_pages.width(), h));
}

void PdfLayout::fold(const RowRun &run)
{
    auto doc = m_pages.document(m_pages.width() - gutterWidth());
    QTextCharFormat f = m_formats.dim();
    f.setFontItalic(true);
    const QString rows = u"(rows %1–%2)"_s.arg(run.first + 1).arg(run.first + run.count);
    QTextCursor(doc.get()).insertText(RowFolding::label(m_plan, run) + u" "_s + rows, f);
    m_pages.place(doc->size().height(), [&] {
        rule();
        m_pages.painter().translate(gutterWidth(), 0);
        doc->drawContents(&m_pages.painter());
    }, pt(kRowGap));
}

// The line between two rows, in the gap above this one.
void PdfLayout::rule()
{
    QPainter &p = m_pages.painter();
    p.setPen(QPen(m_formats.colors().line(), pt(0.5)));
    p.drawLine(QPointF(0, -pt(kRowGap) / 2), QPointF(m_pages.width(), -pt(kRowGap) / 2));
}

std::unique_ptr<QTextDocument> PdfLayout::cellDocument(int d, const CellPlan &cell) const
{
    auto doc = m_pages.document(m_columnWidth - pt(2));
    QTextCursor cur(doc.get());
    const Document &text = m_c.documents[size_t(d)];
    for (const TextPiece &piece : ExportOutline::pieces(m_c, m_plan, d, cell.units)) {
        // The lone tail (CellPlan::lone) starts a block of its own, which paintCell finds by
        // its mark and gives its own card.
        if (!cell.lone.isEmpty() && piece.unit < 0 && piece.span.end == cell.loneSpan.start)
            continue;
        if (!cell.lone.isEmpty() && piece.unit == cell.lone.first && piece.span.start == cell.loneSpan.start) {
            QTextBlockFormat lone;
            lone.setProperty(kLoneBlock, true);
            lone.setTopMargin(pt(kLoneGap) * 2);
            cur.insertBlock(lone);
        }
        QTextCharFormat f = piece.unit >= 0 ? m_formats.unit(m_c.units[size_t(d)][size_t(piece.unit)].status) : m_formats.plain();
        // Facts last, so their wave replaces a changed word's straight underline.
        for (const Highlight &h : piece.marks) {
            if (h.role != HighlightRole::Fact)
                m_formats.mark(f, h.role);
        }
        for (const Highlight &h : piece.marks) {
            if (h.role == HighlightRole::Fact)
                m_formats.mark(f, h.role);
        }
        cur.insertText(Wording::displayText(text.slice(piece.span)), f);
    }
    return doc;
}

void PdfLayout::row(int r)
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
    // Taller than a page: paginate every cell to the height place() slices by, so no line is
    // cut in half.
    const qreal page = m_pages.roomBelowHeads();
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
    m_pages.place(height, [&] {
        rule();
        gutter(r, signs);
        for (int d = 0; d < m_n; ++d) {
            if (docs[size_t(d)])
                paintCell(d, rp.cells[size_t(d)], *docs[size_t(d)], height);
        }
    }, pt(kRowGap));
}

void PdfLayout::gutter(int r, const std::vector<RowSign> &signs)
{
    QPainter &p = m_pages.painter();
    const ViewPalette &colors = m_formats.colors();
    p.setFont(m_small);
    const QFontMetricsF fm(m_small, &m_writer);
    qreal y = pt(2);
    const QRectF number(0, y, gutterWidth() - pt(4), fm.height());
    p.setPen(colors.dimmedText());
    p.drawText(number, Qt::AlignRight | Qt::AlignTop, QString::number(r + 1));
    for (const RowSign &sign : signs) {
        y += fm.height();
        p.setPen(sign.kind == RowSign::Kind::Fact    ? colors.factColor(FactChange::Kind::Number)
                 : sign.kind == RowSign::Kind::Moved ? colors.moved()
                                                     : colors.text());
        p.drawText(QRectF(0, y, gutterWidth() - pt(4), fm.height()), Qt::AlignRight | Qt::AlignTop, sign.symbol);
    }
}

// Background and margin marker by status; the marker's style repeats the status without
// colour: solid match, dashed divergent, double unique, dotted furniture.
void PdfLayout::paintCell(int d, const CellPlan &cell, QTextDocument &doc, qreal height)
{
    QPainter &p = m_pages.painter();
    const ViewPalette &colors = m_formats.colors();
    const qreal x = columnX(d);
    qreal loneTop = height;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().boolProperty(kLoneBlock)) {
            loneTop = doc.documentLayout()->blockBoundingRect(block).top() + pt(kLoneGap);
            break;
        }
    }
    paintCard(QRectF(x, 0, m_columnWidth, loneTop < height ? loneTop - pt(kLoneGap) : height), cell.status);
    if (loneTop < height)
        paintCard(QRectF(x, loneTop, m_columnWidth, height - loneTop), UnitStatus::Unique);
    if (ExportOutline::isMoved(m_c, d, cell.units)) {
        p.setPen(QPen(colors.moved(), pt(1.2)));
        p.drawRect(QRectF(x, 0, m_columnWidth, height).adjusted(pt(0.6), pt(0.6), -pt(0.6), -pt(0.6)));
    }
    p.save();
    p.translate(x + pt(2), 0);
    doc.drawContents(&p);
    paintFactWaves(doc);
    p.restore();
}

// A passage's background and the bar at its left, drawn as the window's cards are.
void PdfLayout::paintCard(const QRectF &box, UnitStatus status)
{
    QPainter &p = m_pages.painter();
    const ViewPalette &colors = m_formats.colors();
    const qreal x = box.left();
    p.fillRect(box, colors.background(status));
    QPen pen(colors.marker(status), pt(2));
    pen.setCapStyle(Qt::FlatCap);
    switch (status) {
    case UnitStatus::Match: break;
    case UnitStatus::Divergent: pen.setStyle(Qt::DashLine); break;
    case UnitStatus::Furniture: pen.setStyle(Qt::DotLine); break;
    case UnitStatus::Related:
        // The window's cue: a dashed frame round the whole passage, then the unique double bar.
        p.setPen(QPen(colors.marker(status), pt(0.6), Qt::DashLine));
        p.drawRect(box.adjusted(pt(0.3), pt(0.3), -pt(0.3), -pt(0.3)));
        [[fallthrough]];
    case UnitStatus::Unique:
        pen.setWidthF(pt(0.8));
        p.setPen(pen);
        p.drawLine(QPointF(x + pt(2), box.top()), QPointF(x + pt(2), box.bottom()));
        break;
    }
    p.setPen(pen);
    p.drawLine(QPointF(x + pt(0.5), box.top()), QPointF(x + pt(0.5), box.bottom()));
}

// The window's wave (TextDecoration) under every run of fact characters, line by line, at the
// size of a screen pixel seen at print resolution.
void PdfLayout::paintFactWaves(const QTextDocument &doc)
{
    const QColor colour = m_formats.colors().factColor(FactChange::Kind::Number);
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QPointF origin = doc.documentLayout()->blockBoundingRect(block).topLeft();
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().boolProperty(PdfFormats::FactProperty))
                continue;
            const int start = fragment.position() - block.position();
            for (const QRectF &line : TextDecoration::rangeRects(*block.layout(), start, start + fragment.length(), origin))
                TextDecoration::paintWave(m_pages.painter(), line, colour, pt(0.5));
        }
    }
}
