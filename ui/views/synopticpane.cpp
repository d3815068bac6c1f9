#include "ui/views/synopticpane.h"

#include "ui/paint/celltext.h"
#include "ui/views/passage.h"
#include "ui/paint/textdecoration.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMargin = 8;      // content edge to the first and last column
constexpr int kGutter = 16;     // between columns; holds the moved-passage marker
constexpr int kBar = 4;         // status marker at a cell's leading edge
constexpr int kPadX = 8;
constexpr int kPadRight = 18;   // room for the changed-fact badge
constexpr int kPadY = 6;
constexpr int kRowGap = 6;      // below every row
constexpr int kParagraphGap = 8; // more above a row that starts a paragraph
constexpr int kMinColumn = 170;
constexpr int kRefineSliceMs = 8;

quint64 cacheKey(int row, int doc)
{
    return (quint64(quint32(row)) << 16) | quint64(quint16(doc));
}

} // namespace

SynopticPane::SynopticPane(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_cache.setMaxCost(4000);
    m_refineTimer.setSingleShot(true);
    m_refineTimer.setInterval(0);
    connect(&m_refineTimer, &QTimer::timeout, this, &SynopticPane::refineSome);
    m_layout.clear();
}

SynopticPane::~SynopticPane() = default;

void SynopticPane::setComparison(PresentedComparisonPtr comparison)
{
    m_presented = std::move(comparison);
    m_expandedFolds.clear();
    m_currentRow = -1;
    m_findDoc = -1;
    findParagraphStarts();
    m_hoverRow = m_hoverDoc = m_hoverFold = -1;
    m_hoverUnit = {};
    m_highlighted.clear();
    m_layout.clear();
    rebuildLines();
    // A new comparison opens at its top; the view puts back the place it had in the last one
    // when the documents are the same.
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    relayout();
}

void SynopticPane::setViewPalette(const ViewPalette &palette)
{
    m_palette = palette;
    m_cache.clear(); // formats carry colours
    viewport()->update();
}

void SynopticPane::setDifferencesOnly(bool on)
{
    if (on == m_differencesOnly)
        return;
    int offset = 0;
    const int row = topRow(&offset);
    m_differencesOnly = on;
    m_expandedFolds.clear();
    rebuildLines();
    updateScrollBars();
    if (row >= 0)
        scrollToRowOffset(row, offset);
    viewport()->update();
    emit layoutChanged();
}

bool SynopticPane::expandFoldAt(int row)
{
    const int line = m_layout.lineOfRow(row);
    if (line < 0 || !m_layout.line(line).fold)
        return false;
    const int y = scrollY();
    m_expandedFolds.insert(m_layout.line(line).firstRow);
    rebuildLines();
    updateScrollBars();
    verticalScrollBar()->setValue(y);
    prepareVisible();
    viewport()->update();
    emit layoutChanged();
    return true;
}

void SynopticPane::rebuildLines()
{
    m_layout.setFoldHeight(m_lineSpacing + 2 * kPadY + kRowGap);
    m_layout.setTopMargin(kRowGap);
    m_layout.reset(m_presented ? &m_presented->plan() : nullptr, m_differencesOnly, m_expandedFolds);
}

// Rows follow sentences; a little more space where the base document starts a paragraph keeps
// the paragraphs visible. At paragraph granularity every row is one, so none gets it.
void SynopticPane::findParagraphStarts()
{
    m_startsParagraph.clear();
    if (!m_presented || m_presented->comparison().granularity == Granularity::Paragraph)
        return;
    const Comparison &c = m_presented->comparison();
    m_startsParagraph.resize(c.rows.size(), false);
    for (size_t r = 1; r < c.rows.size(); ++r) {
        const std::vector<UnitRange> &cells = c.rows[r].cells;
        int doc = cells[size_t(c.baseDocument)].isEmpty() ? -1 : c.baseDocument;
        for (int d = 0; d < int(cells.size()) && doc < 0; ++d) {
            if (!cells[size_t(d)].isEmpty())
                doc = d;
        }
        if (doc < 0)
            continue;
        const qsizetype start = c.unitSpan(doc, cells[size_t(doc)].first).start;
        const QString &text = c.documents[size_t(doc)].text;
        m_startsParagraph[r] = start > 0 && text.at(start - 1) == u'\n';
    }
}

int SynopticPane::rowGap(int row) const
{
    return row >= 0 && row < int(m_startsParagraph.size()) && m_startsParagraph[size_t(row)] ? kParagraphGap : 0;
}

int SynopticPane::columnCount() const
{
    return m_presented ? int(m_presented->comparison().documents.size()) : 0;
}

int SynopticPane::scrollY() const
{
    return verticalScrollBar()->value();
}

int SynopticPane::scrollX() const
{
    return horizontalScrollBar()->value();
}

// Column width changed (or the font, or the comparison): estimates for every row, exact
// heights for what is on screen, the rest measured in idle time. The top row stays put.
void SynopticPane::relayout()
{
    int offset = 0;
    const int anchor = topRow(&offset);
    const int n = columnCount();
    const QFontMetricsF fm(font());
    m_lineSpacing = qCeil(fm.lineSpacing());
    m_lineExtra = qRound(fm.height() * 0.2);
    m_avgCharWidth = fm.horizontalAdvance(u"The quick brown fox jumps over the lazy dog, said 12 of them."_s) / 61.0;
    const int vw = viewport()->width();
    m_contentWidth = n > 0 ? std::max(vw, 2 * kMargin + n * kMinColumn + (n - 1) * kGutter) : vw;
    const int columnWidth = n > 0 ? (m_contentWidth - 2 * kMargin - (n - 1) * kGutter) / n : 0;
    const int textWidth = std::max(20, columnWidth - kBar - kPadX - kPadRight);
    m_columnWidth = columnWidth;
    m_textWidth = textWidth;
    m_cache.clear();
    rebuildLines();
    m_layout.setEstimates([this](int row) { return estimateRow(row); });
    m_refineCursor = 0;
    updateScrollBars();
    if (anchor >= 0)
        scrollToRowOffset(anchor, offset);
    else
        prepareVisible();
    if (m_presented && !m_presented->plan().rows.empty())
        m_refineTimer.start();
    viewport()->update();
    emit geometryChanged();
    emit layoutChanged();
}

void SynopticPane::updateScrollBars()
{
    const int vh = viewport()->height();
    QScrollBar *v = verticalScrollBar();
    v->setRange(0, std::max(0, m_layout.totalHeight() - vh));
    v->setPageStep(vh);
    v->setSingleStep(m_lineSpacing * 3);
    QScrollBar *h = horizontalScrollBar();
    h->setRange(0, std::max(0, m_contentWidth - viewport()->width()));
    h->setPageStep(viewport()->width());
    h->setSingleStep(m_lineSpacing * 2);
}

int SynopticPane::estimateRow(int row) const
{
    const RowPlan &rp = m_presented->plan().rows[size_t(row)];
    const double perLine = std::max(1.0, m_textWidth / m_avgCharWidth);
    const int lineHeight = m_lineSpacing + m_lineExtra;
    int lines = 1;
    for (size_t d = 0; d < rp.cells.size(); ++d) {
        const CellPlan &cell = rp.cells[d];
        if (cell.units.isEmpty())
            continue;
        // Paragraph breaks inside a cell start new lines.
        const QStringView text = m_presented->comparison().documents[d].slice(cell.span);
        int cellLines = 0;
        qsizetype start = 0;
        while (start <= text.size()) {
            qsizetype end = text.indexOf(u'\n', start);
            if (end < 0)
                end = text.size();
            cellLines += std::max(1, int(std::ceil(double(end - start) * 1.08 / perLine)));
            start = end + 1;
        }
        lines = std::max(lines, cellLines);
    }
    return lines * lineHeight + 2 * kPadY + kRowGap + rowGap(row);
}

std::unique_ptr<CellText> SynopticPane::buildCell(int row, int doc) const
{
    const CellPlan &cell = m_presented->plan().rows[size_t(row)].cells[size_t(doc)];
    const QString text = m_presented->comparison().documents[size_t(doc)].slice(cell.span).toString();
    auto cellText = std::make_unique<CellText>(text, font(), Passage::formats(m_presented->plan(), m_palette, doc, cell.span),
                                               m_textWidth, m_lineExtra);
    cellText->facts = Passage::factSpans(m_presented->plan(), doc, cell.span);
    return cellText;
}

const CellText *SynopticPane::cellText(int row, int doc) const
{
    const quint64 key = cacheKey(row, doc);
    if (const CellText *cached = m_cache.object(key))
        return cached;
    CellText *built = buildCell(row, doc).release();
    m_cache.insert(key, built);
    return built;
}

int SynopticPane::measureRow(int row, bool keep) const
{
    const RowPlan &rp = m_presented->plan().rows[size_t(row)];
    qreal height = m_lineSpacing + m_lineExtra;
    for (int d = 0; d < int(rp.cells.size()); ++d) {
        if (rp.cells[size_t(d)].units.isEmpty())
            continue;
        // Idle-time measuring does not fill the cache: it would push out what is on screen.
        const CellText *cached = keep ? cellText(row, d) : m_cache.object(cacheKey(row, d));
        height = std::max(height, cached ? cached->height() : buildCell(row, d)->height());
    }
    return qCeil(height) + 2 * kPadY + kRowGap + rowGap(row);
}

void SynopticPane::prepareVisible()
{
    if (!m_presented || m_layout.lineCount() == 0)
        return;
    const int y = scrollY();
    const int bottom = y + viewport()->height();
    bool changed = false;
    for (int line = m_layout.lineAt(y); line < m_layout.lineCount() && m_layout.lineTop(line) < bottom; ++line) {
        const RowLayout::Line &l = m_layout.line(line);
        if (l.fold || m_layout.isExact(l.firstRow))
            continue;
        m_layout.setExactHeight(l.firstRow, measureRow(l.firstRow, true));
        m_layout.updateTops();
        changed = true;
    }
    if (changed) {
        updateScrollBars();
        emit layoutChanged();
    }
}

// Measures the rows within a screen of `line` either way, so scrolling there lands exactly.
void SynopticPane::makeExactAround(int line)
{
    const int vh = viewport()->height();
    bool changed = false;
    for (int dir : {-1, 1}) {
        int covered = 0;
        for (int i = dir < 0 ? line - 1 : line; i >= 0 && i < m_layout.lineCount() && covered < vh; i += dir) {
            const RowLayout::Line &l = m_layout.line(i);
            if (!l.fold && !m_layout.isExact(l.firstRow)) {
                m_layout.setExactHeight(l.firstRow, measureRow(l.firstRow, true));
                changed = true;
            }
            covered += l.fold ? m_lineSpacing : m_layout.lineHeight(i);
        }
    }
    if (changed) {
        m_layout.updateTops();
        updateScrollBars();
    }
}

// Idle-time measuring of the rows not yet on screen. Rows above the top line shift the content,
// so the scroll value moves with them and what the user reads stays still.
void SynopticPane::refineSome()
{
    if (!m_presented)
        return;
    QElapsedTimer timer;
    timer.start();
    const int topLine = m_layout.lineAt(scrollY());
    const int oldTop = topLine >= 0 ? m_layout.lineTop(topLine) : 0;
    int measured = 0;
    while (timer.elapsed() < kRefineSliceMs) {
        const int row = m_layout.nextInexactRow(m_refineCursor);
        if (row < 0)
            break;
        m_refineCursor = row;
        m_layout.setExactHeight(row, measureRow(row, false));
        ++measured;
    }
    if (measured == 0)
        return;
    m_layout.updateTops();
    const int shift = topLine >= 0 ? m_layout.lineTop(topLine) - oldTop : 0;
    const int y = scrollY();
    updateScrollBars();
    if (shift != 0)
        verticalScrollBar()->setValue(y + shift);
    if (m_layout.nextInexactRow(m_refineCursor) >= 0)
        m_refineTimer.start();
    emit layoutChanged();
}

int SynopticPane::topRow(int *offset) const
{
    if (m_layout.lineCount() == 0)
        return -1;
    const int y = scrollY();
    const int line = m_layout.lineAt(y);
    if (offset)
        *offset = y - m_layout.lineTop(line);
    return m_layout.line(line).firstRow;
}

void SynopticPane::scrollToRowOffset(int row, int offset)
{
    const int line = m_layout.lineOfRow(row);
    if (line < 0)
        return;
    makeExactAround(line);
    offset = std::clamp(offset, 0, std::max(0, m_layout.lineHeight(line) - 1));
    verticalScrollBar()->setValue(m_layout.lineTop(line) + offset);
    prepareVisible();
    viewport()->update();
}

void SynopticPane::ensureRowVisible(int row)
{
    int line = m_layout.lineOfRow(row);
    if (line < 0)
        return;
    if (m_layout.line(line).fold) {
        expandFoldAt(row);
        line = m_layout.lineOfRow(row);
    }
    makeExactAround(line);
    const int top = m_layout.lineTop(line);
    const int height = m_layout.lineHeight(line);
    const int vh = viewport()->height();
    const int y = scrollY();
    if (top >= y && top + height <= y + vh)
        return;
    // Centre it; a row taller than the screen shows from its top.
    const int target = height >= vh ? top : top - (vh - height) / 2;
    verticalScrollBar()->setValue(target);
    prepareVisible();
    viewport()->update();
}

std::pair<double, double> SynopticPane::visibleFraction() const
{
    const int total = m_layout.totalHeight();
    if (total <= 0)
        return {0, 1};
    const int y = scrollY();
    return {double(y) / total, std::min(1.0, double(y + viewport()->height()) / total)};
}

void SynopticPane::scrollToFraction(double fraction)
{
    const int total = m_layout.totalHeight();
    const int target = qRound(fraction * total - viewport()->height() / 2.0);
    const int line = m_layout.lineAt(std::max(0, target));
    if (line < 0)
        return;
    makeExactAround(line);
    verticalScrollBar()->setValue(qRound(fraction * m_layout.totalHeight() - viewport()->height() / 2.0));
}

void SynopticPane::setCurrentRow(int row)
{
    m_currentRow = row;
    if (row < 0 || !m_presented || row >= int(m_presented->plan().rows.size()))
        m_currentDoc = -1;
    else if (m_currentDoc < 0 || m_presented->plan().rows[size_t(row)].cells[size_t(m_currentDoc)].units.isEmpty()) {
        m_currentDoc = -1;
        const auto &cells = m_presented->plan().rows[size_t(row)].cells;
        for (int d = 0; d < int(cells.size()) && m_currentDoc < 0; ++d) {
            if (!cells[size_t(d)].units.isEmpty())
                m_currentDoc = d;
        }
    }
    viewport()->update();
}

void SynopticPane::setFindHit(int doc, const TextSpan &span)
{
    m_findDoc = doc;
    m_findSpan = span;
    viewport()->update();
}

QRect SynopticPane::contentCellRect(int line, int doc) const
{
    const int x = kMargin + doc * (m_columnWidth + kGutter);
    const int gap = m_layout.line(line).fold ? 0 : rowGap(m_layout.line(line).firstRow);
    return QRect(x, m_layout.lineTop(line) + gap, m_columnWidth, m_layout.lineHeight(line) - kRowGap - gap);
}

QRect SynopticPane::cellRect(int row, int doc) const
{
    if (!m_presented || row < 0 || row >= int(m_presented->plan().rows.size()) || doc < 0 || doc >= columnCount())
        return {};
    if (m_presented->plan().rows[size_t(row)].cells[size_t(doc)].units.isEmpty())
        return {};
    const int line = m_layout.lineOfRow(row);
    if (line < 0 || m_layout.line(line).fold)
        return {};
    const QRect r = contentCellRect(line, doc).translated(-scrollX(), -scrollY());
    return r.intersects(viewport()->rect()) ? r : QRect();
}

QRect SynopticPane::unitRect(UnitRef ref) const
{
    if (!m_presented || !ref.isValid() || ref.doc >= columnCount()
        || ref.unit >= int(m_presented->comparison().units[size_t(ref.doc)].size()))
        return {};
    const int row = m_presented->comparison().units[size_t(ref.doc)][size_t(ref.unit)].row;
    const QRect cell = cellRect(row, ref.doc);
    if (cell.isEmpty())
        return {};
    const CellPlan &cp = m_presented->plan().rows[size_t(row)].cells[size_t(ref.doc)];
    const TextSpan span = m_presented->comparison().unitSpan(ref.doc, ref.unit);
    QRectF box;
    for (const QRectF &r : cellText(row, ref.doc)->rangeRects(int(span.start - cp.span.start), int(span.end - cp.span.start), {}))
        box = box.united(r);
    if (box.isEmpty())
        return cell;
    return box.translated(textOrigin(cell)).toAlignedRect().adjusted(-2, 0, 2, 0);
}

QRect SynopticPane::rowRect(int row) const
{
    const int line = m_layout.lineOfRow(row);
    if (line < 0)
        return {};
    const int gap = m_layout.line(line).fold ? 0 : rowGap(m_layout.line(line).firstRow);
    const QRect r(kMargin - scrollX(), m_layout.lineTop(line) + gap - scrollY(), m_contentWidth - 2 * kMargin,
                  m_layout.lineHeight(line) - kRowGap - gap);
    return r.intersects(viewport()->rect()) ? r : QRect();
}

QRect SynopticPane::columnRect(int doc) const
{
    const int x = kMargin + doc * (m_columnWidth + kGutter) - scrollX();
    return QRect(x, 0, m_columnWidth, viewport()->height());
}

QPointF SynopticPane::textOrigin(const QRect &cell) const
{
    return QPointF(cell.left() + kBar + kPadX, cell.top() + kPadY);
}

std::pair<int, int> SynopticPane::copyCell() const
{
    if (m_hoverRow >= 0 && m_hoverDoc >= 0)
        return {m_hoverRow, m_hoverDoc};
    return {m_currentRow, m_currentDoc};
}

SynopticPane::Hit SynopticPane::hitTest(const QPoint &pos) const
{
    Hit hit;
    if (!m_presented || m_layout.lineCount() == 0)
        return hit;
    const int y = pos.y() + scrollY();
    if (y < 0 || y >= m_layout.totalHeight())
        return hit;
    hit.line = m_layout.lineAt(y);
    const RowLayout::Line &line = m_layout.line(hit.line);
    if (line.fold)
        return hit;
    hit.row = line.firstRow;
    for (int d = 0; d < columnCount(); ++d) {
        const QRect cell = contentCellRect(hit.line, d).translated(-scrollX(), -scrollY());
        if (!cell.contains(pos) || m_presented->plan().rows[size_t(hit.row)].cells[size_t(d)].units.isEmpty())
            continue;
        hit.doc = d;
        const CellPlan &cp = m_presented->plan().rows[size_t(hit.row)].cells[size_t(d)];
        bool overText = false;
        const int offset = cellText(hit.row, d)->offsetAt(QPointF(pos) - textOrigin(cell), &overText);
        if (overText && offset >= 0)
            hit.pos = cp.span.start + offset;
        // Anywhere in the cell means its passage; over the text, the exact unit.
        const qsizetype at = hit.pos >= 0 ? hit.pos : cp.span.start + std::max(0, offset);
        const int unit = Passage::unitAt(m_presented->comparison(), d, std::min(at, cp.span.end - 1));
        hit.unit = {d, std::clamp(unit, cp.units.first, cp.units.end() - 1)};
        break;
    }
    return hit;
}

void SynopticPane::setHover(const Hit &hit)
{
    const int fold = hit.line >= 0 && m_layout.line(hit.line).fold ? hit.line : -1;
    if (hit.row == m_hoverRow && hit.doc == m_hoverDoc && hit.unit == m_hoverUnit && fold == m_hoverFold)
        return;
    m_hoverRow = hit.row;
    m_hoverDoc = hit.doc;
    m_hoverFold = fold;
    m_hoverUnit = hit.unit;
    m_highlighted.clear();
    if (hit.unit.isValid()) {
        m_highlighted.push_back(hit.unit);
        for (const UnitRef &u : Passage::counterparts(m_presented->comparison(), hit.unit))
            m_highlighted.push_back(u);
    }
    viewport()->setCursor(fold >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    viewport()->update();
}

void SynopticPane::mouseMoveEvent(QMouseEvent *event)
{
    setHover(hitTest(event->position().toPoint()));
    QAbstractScrollArea::mouseMoveEvent(event);
}

void SynopticPane::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const Hit hit = hitTest(event->position().toPoint());
    setHover(hit);
    if (event->button() != Qt::LeftButton && event->button() != Qt::RightButton)
        return;
    if (hit.line >= 0 && m_layout.line(hit.line).fold) {
        if (event->button() == Qt::LeftButton)
            expandFoldAt(m_layout.line(hit.line).firstRow);
        return;
    }
    if (hit.row < 0)
        return;
    m_currentDoc = hit.doc;
    emit rowActivated(hit.row, false);
    if (event->button() != Qt::LeftButton || !hit.unit.isValid())
        return;
    // Bring the first counterpart that is off screen into view (moved passages live elsewhere).
    // A cell taller than the screen counts as in view when its top is.
    for (size_t i = 1; i < m_highlighted.size(); ++i) {
        const UnitRef &u = m_highlighted[i];
        const int row = m_presented->comparison().units[size_t(u.doc)][size_t(u.unit)].row;
        QRect r = cellRect(row, u.doc);
        r.setHeight(std::min(r.height(), viewport()->height()));
        if (r.isEmpty() || !viewport()->rect().contains(r)) {
            ensureRowVisible(row);
            setHover(hitTest(event->position().toPoint()));
            break;
        }
    }
}

void SynopticPane::keyPressEvent(QKeyEvent *event)
{
    if (!m_presented || m_presented->plan().rows.empty())
        return QAbstractScrollArea::keyPressEvent(event);
    const int rows = int(m_presented->plan().rows.size());
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up: {
        const int dir = event->key() == Qt::Key_Down ? 1 : -1;
        int row = m_currentRow < 0 ? topRow() : m_currentRow + dir;
        // Skip rows folded away.
        while (row >= 0 && row < rows && m_layout.line(m_layout.lineOfRow(row)).fold)
            row += dir;
        if (row >= 0 && row < rows)
            emit rowActivated(row, true);
        return;
    }
    case Qt::Key_Home:
        verticalScrollBar()->setValue(0);
        return;
    case Qt::Key_End:
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void SynopticPane::contextMenuEvent(QContextMenuEvent *event)
{
    const Hit hit = hitTest(event->pos());
    if (hit.doc < 0)
        return;
    QMenu menu(this);
    const int row = hit.row, doc = hit.doc;
    menu.addAction(tr("Copy Passage"), this, [this, row, doc] { emit copyRequested(row, doc, false); });
    menu.addAction(tr("Copy Passage with Source"), this, [this, row, doc] { emit copyRequested(row, doc, true); });
    menu.exec(event->globalPos());
}

bool SynopticPane::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const Hit hit = hitTest(help->pos());
        QString tip;
        if (hit.line >= 0 && m_layout.line(hit.line).fold)
            tip = tr("Click to show %n identical passage(s)", nullptr, m_layout.line(hit.line).rowCount);
        else if (hit.unit.isValid())
            tip = Passage::toolTip(m_presented->comparison(), hit.unit, hit.pos);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    case QEvent::Leave:
        setHover({});
        break;
    default:
        break;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void SynopticPane::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void SynopticPane::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        relayout();
}

void SynopticPane::scrollContentsBy(int, int)
{
    prepareVisible();
    viewport()->update();
    emit viewChanged();
    if (horizontalScrollBar()->maximum() > 0)
        emit geometryChanged();
}

QList<QTextLayout::FormatRange> SynopticPane::overlays(int row, int doc) const
{
    QList<QTextLayout::FormatRange> out;
    const CellPlan &cp = m_presented->plan().rows[size_t(row)].cells[size_t(doc)];
    if (m_findDoc == doc && m_findSpan.overlaps(cp.span)) {
        QTextCharFormat f;
        f.setBackground(m_palette.findBackground());
        f.setForeground(m_palette.findText());
        const qsizetype start = std::max(m_findSpan.start, cp.span.start);
        const qsizetype end = std::min(m_findSpan.end, cp.span.end);
        out.append({int(start - cp.span.start), int(end - start), f});
    }
    return out;
}

void SynopticPane::paintFold(QPainter &p, int line, int y)
{
    const RowLayout::Line &l = m_layout.line(line);
    const QRect r(kMargin - scrollX(), y, m_contentWidth - 2 * kMargin, m_layout.lineHeight(line) - kRowGap);
    const bool hovered = m_hoverFold == line;
    const QString text = tr("⋯ %n identical passage(s) ⋯", nullptr, l.rowCount);
    QFont f = font();
    f.setUnderline(hovered);
    p.setFont(f);
    const QColor colour = hovered ? m_palette.hover() : m_palette.dimmedText();
    const int textWidth = QFontMetrics(f).horizontalAdvance(text) + 24;
    p.setPen(QPen(colour, 1, Qt::DashLine));
    const int mid = r.center().y();
    p.drawLine(r.left(), mid, r.center().x() - textWidth / 2, mid);
    p.drawLine(r.center().x() + textWidth / 2, mid, r.right(), mid);
    p.setPen(colour);
    p.drawText(r, Qt::AlignCenter, text);
    p.setFont(font());
}

// A small "!" in the cell's top corner: this passage holds a changed fact (the tooltip says
// which), visible while skimming even where the wave is off screen.
void SynopticPane::paintFactBadge(QPainter &p, const QRect &cell)
{
    const qreal size = std::min<qreal>(kPadRight - 4, std::max(12.0, m_lineSpacing * 0.8));
    const QRectF badge(cell.right() - size - 2, cell.top() + kPadY, size, size);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(m_palette.factColor(FactChange::Kind::Number));
    p.drawEllipse(badge);
    QFont f = font();
    f.setBold(true);
    f.setPixelSize(int(size * 0.75));
    p.setFont(f);
    p.setPen(m_palette.isDark() ? QColor(Qt::black) : QColor(Qt::white));
    p.drawText(badge, Qt::AlignCenter, u"!"_s);
    p.restore();
}

void SynopticPane::paintRow(QPainter &p, int line, int y, const QRect &clip)
{
    const int row = m_layout.line(line).firstRow;
    const RowPlan &rp = m_presented->plan().rows[size_t(row)];
    const Comparison &c = m_presented->comparison();
    for (int d = 0; d < columnCount(); ++d) {
        const CellPlan &cell = rp.cells[size_t(d)];
        if (cell.units.isEmpty())
            continue;
        const QRect r = contentCellRect(line, d).translated(-scrollX(), y - m_layout.lineTop(line));
        if (!r.adjusted(-kGutter, 0, kGutter, 0).intersects(clip))
            continue;
        QPainterPath card;
        card.addRoundedRect(QRectF(r), 4, 4);
        p.fillPath(card, m_palette.background(cell.status));

        // The status marker differs in shape as well as colour: solid (match), dashed
        // (divergent), dotted (unique), none (furniture).
        if (cell.status != UnitStatus::Furniture) {
            QPen pen(m_palette.marker(cell.status), kBar, Qt::SolidLine, Qt::FlatCap);
            if (cell.status == UnitStatus::Divergent)
                pen.setDashPattern({2.0, 1.0});
            else if (cell.status == UnitStatus::Unique)
                pen.setDashPattern({1.0, 1.0});
            p.setPen(pen);
            const qreal x = r.left() + kBar / 2.0;
            p.drawLine(QPointF(x, r.top() + 2), QPointF(x, r.bottom() - 1));
        }

        const CellText *text = cellText(row, d);
        const QPointF origin = textOrigin(r);
        p.setPen(m_palette.text());
        text->draw(p, origin, overlays(row, d), QRectF(clip));
        for (const TextSpan &fact : text->facts) {
            for (const QRectF &line : text->rangeRects(int(fact.start), int(fact.end), origin))
                TextDecoration::paintWave(p, line, m_palette.factColor(FactChange::Kind::Number));
        }
        if (!text->facts.empty())
            paintFactBadge(p, r);

        // Moved passages: a bar with an arrow head in the gutter after the card.
        bool moved = false;
        for (int u = cell.units.first; u < cell.units.end() && !moved; ++u)
            moved = c.units[size_t(d)][size_t(u)].moved;
        if (moved) {
            const qreal x = r.right() + 4.5;
            p.setPen(QPen(m_palette.moved(), 3, Qt::SolidLine, Qt::FlatCap));
            p.drawLine(QPointF(x, r.top() + 10), QPointF(x, r.bottom() - 2));
            QPolygonF head;
            head << QPointF(x - 4, r.top() + 10) << QPointF(x + 4, r.top() + 10) << QPointF(x, r.top() + 2);
            p.setPen(Qt::NoPen);
            p.setBrush(m_palette.moved());
            p.drawPolygon(head);
            p.setBrush(Qt::NoBrush);
        }

        // Hover: the passage and its counterparts outlined.
        for (const UnitRef &u : m_highlighted) {
            if (u.doc != d || !cell.units.contains(u.unit))
                continue;
            QRectF box;
            if (cell.units.count == 1) {
                box = QRectF(r).adjusted(1, 1, -1, -1);
            } else {
                const TextSpan span = c.unitSpan(d, u.unit);
                for (const QRectF &line : text->rangeRects(int(span.start - cell.span.start), int(span.end - cell.span.start), origin))
                    box = box.united(line);
                box.adjust(-3, -1, 3, 1);
            }
            p.setPen(QPen(m_palette.hover(), 2));
            p.drawRoundedRect(box, 4, 4);
        }
    }
    if (row == m_currentRow) {
        const int gap = rowGap(row);
        const QRect frame(kMargin - 4 - scrollX(), y + gap - 3, m_contentWidth - 2 * kMargin + 8,
                          m_layout.lineHeight(line) - kRowGap - gap + 6);
        p.setPen(QPen(m_palette.focus(), 2));
        p.drawRoundedRect(QRectF(frame).adjusted(1, 1, -1, -1), 6, 6);
    }
}

void SynopticPane::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    p.fillRect(event->rect(), palette().color(QPalette::Base));
    if (!m_presented || m_layout.lineCount() == 0)
        return;
    const int y0 = scrollY();
    const int bottom = y0 + viewport()->height();
    for (int line = m_layout.lineAt(y0); line < m_layout.lineCount() && m_layout.lineTop(line) < bottom; ++line) {
        const RowLayout::Line &l = m_layout.line(line);
        const int y = m_layout.lineTop(line) - y0;
        if (l.fold)
            paintFold(p, line, y);
        else
            paintRow(p, line, y, event->rect());
    }
}
