#include "ui/views/synopticpane.h"

#include "core/present/movedplaces.h"
#include "core/present/rowfolding.h"
#include "ui/paint/celltext.h"
#include "ui/views/passage.h"
#include "ui/views/synopticpainter.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int kRefineSliceMs = 8;

} // namespace

SynopticPane::SynopticPane(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_measurer.setPadding([this](int row) { return m_geometry.rowPadding(row); });
    m_measurer.setTextLimit([this](int row) {
        return m_presented ? m_clamp.limit(m_presented->plan().rows[size_t(row)], row, m_hidden, m_cells.lineStep()) : 0.0;
    });
    m_refineTimer.setSingleShot(true);
    m_refineTimer.setInterval(0);
    connect(&m_refineTimer, &QTimer::timeout, this, &SynopticPane::refineSome);
    m_layout.clear();
}

SynopticPane::~SynopticPane() = default;

void SynopticPane::setHiddenColumns(std::vector<bool> hidden)
{
    if (hidden == m_hidden)
        return;
    m_hidden = std::move(hidden);
    relayout();
}

void SynopticPane::setComparison(PresentedComparisonPtr comparison)
{
    m_presented = std::move(comparison);
    m_expandedFolds.clear();
    m_clamp.reset();
    m_currentRow = -1;
    m_find = {};
    m_selectionDoc = -1;
    m_selecting = false;
    m_cells.setComparison(m_presented ? &m_presented->comparison() : nullptr, m_presented ? &m_presented->plan() : nullptr);
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
    m_cells.setPalette(palette);
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

bool SynopticPane::isRowCapped(int row) const
{
    const int line = m_layout.lineOfRow(row);
    if (line < 0 || m_layout.line(line).fold || !m_presented)
        return false;
    const auto &cells = m_presented->plan().rows[size_t(row)].cells;
    for (int d = 0; d < int(cells.size()); ++d) {
        if (!cells[size_t(d)].units.isEmpty() && !m_geometry.isHidden(d)
            && m_geometry.overflows(row, d, m_geometry.cellRect(line, d)))
            return true;
    }
    return false;
}

QRect SynopticPane::moreRect(int row, int doc) const
{
    const QRect cell = cellRect(row, doc);
    return !cell.isEmpty() && m_geometry.overflows(row, doc, cell) ? m_geometry.moreRect(cell) : QRect();
}

bool SynopticPane::expandRow(int row)
{
    if (!m_presented || row < 0 || row >= int(m_presented->plan().rows.size()) || m_clamp.isExpanded(row))
        return false;
    const bool capped = isRowCapped(row);
    m_clamp.expand(row);
    if (!capped)
        return false;
    m_layout.setExactHeight(row, m_measurer.measure(row, true));
    m_layout.updateTops();
    updateScrollBars();
    viewport()->update();
    emit layoutChanged();
    return true;
}

void SynopticPane::rebuildLines()
{
    m_layout.setFoldHeight(m_geometry.foldHeight());
    m_layout.setTopMargin(SynopticGeometry::RowGap);
    m_layout.reset(m_presented ? &m_presented->plan() : nullptr, m_differencesOnly, m_expandedFolds);
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
    m_cells.setHidden(m_hidden);
    m_cells.setMetrics(font(), m_geometry.fit(columnCount(), viewport()->width(), m_hidden));
    rebuildLines();
    m_layout.setEstimates([this](int row) { return m_measurer.estimate(row); });
    m_measurer.restart();
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
    v->setSingleStep(m_cells.lineSpacing() * 3);
    QScrollBar *h = horizontalScrollBar();
    h->setRange(0, std::max(0, m_geometry.contentWidth() - viewport()->width()));
    h->setPageStep(viewport()->width());
    h->setSingleStep(m_cells.lineSpacing() * 2);
}

void SynopticPane::prepareVisible()
{
    if (!m_presented || m_layout.lineCount() == 0)
        return;
    if (m_measurer.measureRange(scrollY(), scrollY() + viewport()->height())) {
        updateScrollBars();
        emit layoutChanged();
    }
}

// Measures the rows within a screen of `line` either way, so scrolling there lands exactly.
void SynopticPane::makeExactAround(int line)
{
    if (m_measurer.measureAround(line, viewport()->height(), m_cells.lineSpacing()))
        updateScrollBars();
}

// Idle-time measuring of the rows not yet on screen. Rows above the top line shift the content,
// so the scroll value moves with them and what the user reads stays still.
void SynopticPane::refineSome()
{
    if (!m_presented)
        return;
    const int topLine = m_layout.lineAt(scrollY());
    const int oldTop = topLine >= 0 ? m_layout.lineTop(topLine) : 0;
    if (m_measurer.refine(kRefineSliceMs) == 0)
        return;
    const int shift = topLine >= 0 ? m_layout.lineTop(topLine) - oldTop : 0;
    const int y = scrollY();
    updateScrollBars();
    if (shift != 0)
        verticalScrollBar()->setValue(y + shift);
    if (m_measurer.hasInexactRows())
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
    // Going to a row means reading it: all of it.
    expandRow(row);
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

std::vector<int> SynopticPane::visibleRows() const
{
    std::vector<int> rows;
    if (m_layout.lineCount() == 0)
        return rows;
    const int y = scrollY();
    const int bottom = y + viewport()->height();
    for (int line = m_layout.lineAt(y); line < m_layout.lineCount() && m_layout.lineTop(line) < bottom; ++line) {
        if (!m_layout.line(line).fold)
            rows.push_back(m_layout.line(line).firstRow);
    }
    return rows;
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

void SynopticPane::setFindMatches(const FindMatches &matches)
{
    m_find = matches;
    viewport()->update();
}

std::pair<int, TextSpan> SynopticPane::textSelection() const
{
    if (m_selectionDoc < 0 || m_selectionAnchor == m_selectionCursor)
        return {-1, {}};
    return {m_selectionDoc, {std::min(m_selectionAnchor, m_selectionCursor), std::max(m_selectionAnchor, m_selectionCursor)}};
}

void SynopticPane::clearTextSelection()
{
    if (m_selectionDoc < 0)
        return;
    m_selectionDoc = -1;
    viewport()->update();
}

void SynopticPane::setPendingPassage(int doc, const TextSpan &span)
{
    m_pendingDoc = doc;
    m_pendingSpan = span;
    viewport()->update();
}

std::pair<int, TextSpan> SynopticPane::selectedPassage() const
{
    if (!m_presented || m_currentRow < 0 || m_currentRow >= int(m_presented->plan().rows.size()) || m_currentDoc < 0)
        return {-1, {}};
    const CellPlan &cell = m_presented->plan().rows[size_t(m_currentRow)].cells[size_t(m_currentDoc)];
    if (cell.units.isEmpty())
        return {-1, {}};
    return {m_currentDoc, cell.span};
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
    const QRect r = m_geometry.cellRect(line, doc).translated(-scrollX(), -scrollY());
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
    for (const QRectF &r : m_cells.cell(row, ref.doc)->rangeRects(int(span.start - cp.span.start), int(span.end - cp.span.start), {}))
        box = box.united(r);
    if (box.isEmpty())
        return cell;
    return box.translated(SynopticGeometry::textOrigin(cell)).toAlignedRect().adjusted(-2, 0, 2, 0);
}

QRect SynopticPane::rowRect(int row) const
{
    const int line = m_layout.lineOfRow(row);
    if (line < 0)
        return {};
    const QRect r = m_geometry.lineRect(line).translated(-scrollX(), -scrollY());
    return r.intersects(viewport()->rect()) ? r : QRect();
}

QRect SynopticPane::columnRect(int doc) const
{
    return QRect(m_geometry.columnX(doc) - scrollX(), 0, m_geometry.isHidden(doc) ? 0 : m_geometry.columnWidth(),
                 viewport()->height());
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
        const QRect cell = m_geometry.cellRect(hit.line, d).translated(-scrollX(), -scrollY());
        if (!cell.contains(pos) || m_presented->plan().rows[size_t(hit.row)].cells[size_t(d)].units.isEmpty())
            continue;
        hit.doc = d;
        if (m_geometry.overflows(hit.row, d, cell) && m_geometry.moreRect(cell).contains(pos)) {
            hit.more = true;
            break;
        }
        const CellPlan &cp = m_presented->plan().rows[size_t(hit.row)].cells[size_t(d)];
        bool overText = false;
        const int offset = m_cells.cell(hit.row, d)->offsetAt(QPointF(pos) - SynopticGeometry::textOrigin(cell), &overText);
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

qsizetype SynopticPane::cursorIn(int doc, const QPoint &pos) const
{
    if (!m_presented || m_layout.lineCount() == 0)
        return -1;
    const int y = std::clamp(pos.y() + scrollY(), 0, m_layout.totalHeight() - 1);
    const int line = m_layout.lineAt(y);
    if (m_layout.line(line).fold)
        return -1;
    const int row = m_layout.line(line).firstRow;
    const CellPlan &cp = m_presented->plan().rows[size_t(row)].cells[size_t(doc)];
    if (cp.units.isEmpty())
        return -1;
    const QRect cell = m_geometry.cellRect(line, doc).translated(-scrollX(), -scrollY());
    // Beside the column still selects in it: the drag need not stay inside the card.
    const QPoint inside(std::clamp(pos.x(), cell.left(), cell.right()), pos.y());
    return cp.span.start + m_cells.cell(row, doc)->cursorAt(QPointF(inside) - SynopticGeometry::textOrigin(cell));
}

void SynopticPane::setHover(const Hit &hit)
{
    const int fold = hit.line >= 0 && m_layout.line(hit.line).fold ? hit.line : -1;
    if (hit.row == m_hoverRow && hit.doc == m_hoverDoc && hit.unit == m_hoverUnit && fold == m_hoverFold
        && hit.more == m_hoverMore)
        return;
    m_hoverMore = hit.more;
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
    viewport()->setCursor(fold >= 0 || hit.more ? Qt::PointingHandCursor
                          : hit.pos >= 0        ? Qt::IBeamCursor
                                                : Qt::ArrowCursor);
    viewport()->update();
}

void SynopticPane::mouseMoveEvent(QMouseEvent *event)
{
    if (m_selecting && (event->buttons() & Qt::LeftButton)) {
        const qsizetype at = cursorIn(m_selectionDoc, event->position().toPoint());
        if (at >= 0 && at != m_selectionCursor) {
            m_selectionCursor = at;
            viewport()->update();
        }
    }
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
    if (hit.more) {
        if (event->button() == Qt::LeftButton)
            expandRow(hit.row);
        return;
    }
    if (event->button() == Qt::LeftButton) {
        // A press starts a selection in the article under it (a click alone selects nothing).
        m_selectionDoc = hit.doc;
        m_selecting = hit.doc >= 0;
        if (m_selecting)
            m_selectionAnchor = m_selectionCursor = cursorIn(hit.doc, event->position().toPoint());
        viewport()->update();
    }
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

void SynopticPane::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_selecting = false;
    QAbstractScrollArea::mouseReleaseEvent(event);
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
    if (textSelection().first >= 0)
        menu.addAction(tr("Copy Selection"), this, [this] { emit copySelectionRequested(); });
    menu.addAction(tr("Copy Passage"), this, [this, row, doc] { emit copyRequested(row, doc, false); });
    menu.addAction(tr("Copy Passage with Source"), this, [this, row, doc] { emit copyRequested(row, doc, true); });
    if (hit.unit.isValid()) {
        const Comparison &c = m_presented->comparison();
        for (const UnitRef &other : MovedPlaces::otherEnds(c, hit.unit.doc, {hit.unit.unit, 1})) {
            menu.addAction(tr("Go to Where Article %1 Has It").arg(other.doc + 1), this,
                           [this, other] { goToUnit(other); });
        }
        emit passageMenuRequested(&menu, hit.unit);
    }
    menu.exec(event->globalPos());
}

void SynopticPane::goToUnit(const UnitRef &unit)
{
    const int row = m_presented->comparison().unit(unit.doc, unit.unit).row;
    m_currentDoc = unit.doc;
    ensureRowVisible(row);
    emit rowActivated(row, true);
}

bool SynopticPane::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const Hit hit = hitTest(help->pos());
        QString tip;
        if (hit.line >= 0 && m_layout.line(hit.line).fold)
            tip = tr("Click to show %1").arg(foldLabel(m_layout.line(hit.line)));
        else if (hit.more)
            tip = tr("Click to show the whole passage");
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

QString SynopticPane::foldLabel(const RowLayout::Line &fold) const
{
    return RowFolding::label(m_presented->plan(), {fold.firstRow, fold.rowCount, true});
}

void SynopticPane::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    p.fillRect(event->rect(), palette().color(QPalette::Base));
    if (!m_presented || m_layout.lineCount() == 0)
        return;
    const auto [selectionDoc, selection] = textSelection();
    const SynopticPainter::Marks marks{m_currentRow, m_hoverFold, m_hoverMore ? m_hoverRow : -1,
                                       m_hoverMore ? m_hoverDoc : -1, &m_highlighted, &m_find, m_pendingDoc, m_pendingSpan,
                                       selectionDoc, selection, palette().color(QPalette::Highlight),
                                       palette().color(QPalette::HighlightedText)};
    SynopticPainter(m_presented->comparison(), m_presented->plan(), m_layout, m_cells, m_geometry, m_palette, font())
        .paint(p, {scrollX(), scrollY()}, viewport()->height(), event->rect(), marks);
}
