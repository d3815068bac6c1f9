#pragma once

#include "core/present/presentedcomparison.h"
#include "ui/views/celltextcache.h"
#include "ui/views/findmatches.h"
#include "ui/views/rowclamp.h"
#include "ui/views/rowlayout.h"
#include "ui/views/rowmeasurer.h"
#include "ui/views/synopticgeometry.h"
#include "core/model/unitref.h"
#include "ui/paint/viewpalette.h"

#include <QAbstractScrollArea>
#include <QTextLayout>
#include <QTimer>

#include <memory>
#include <set>
#include <vector>

/// Synoptic mode: one levelled row per synoptic row, one column per document, all scrolled by
/// one vertical bar. Paints only the visible lines from text layouts cached per (row, document)
/// for the current column width; row heights are estimated, then measured lazily (visible rows
/// at once, the rest in idle time) so a book-length comparison opens and scrolls without a
/// stall. A row's cells all take the row's height, which keeps corresponding passages level.
class QMenu;

class SynopticPane : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit SynopticPane(QWidget *parent = nullptr);
    ~SynopticPane() override;

    void setComparison(PresentedComparisonPtr comparison);
    void setViewPalette(const ViewPalette &palette);

    void setDifferencesOnly(bool on);
    /// Columns the user hid (`hidden[doc]`; shorter means shown): they take no room.
    void setHiddenColumns(std::vector<bool> hidden);
    bool expandFoldAt(int row);
    /// Shows the whole of a row capped in height (RowClamp); false when it was not capped.
    bool expandRow(int row);
    /// Whether `row` is capped: some of its text is behind a "more" line.
    bool isRowCapped(int row) const;
    /// The "more" line of `doc`'s cell on `row` in viewport coordinates; empty when that cell
    /// shows all its text or is off screen.
    QRect moreRect(int row, int doc) const;
    int visibleRowCount() const { return m_layout.visibleRowCount(); }
    const RowLayout &rowLayout() const { return m_layout; }

    void setCurrentRow(int row);
    /// Highlights every find hit, the current one stronger; empty matches clear them.
    void setFindMatches(const FindMatches &matches);
    /// Marks the passage waiting to be linked: `span` in document `doc`'s text; doc -1 clears it.
    void setPendingPassage(int doc, const TextSpan &span);
    /// The passage the user chose (the clicked cell of the current row): its document and the
    /// cell's span; doc -1 for none.
    std::pair<int, TextSpan> selectedPassage() const;
    /// Scrolls so the row shows: centred when it was out of view, untouched when fully visible.
    void ensureRowVisible(int row);
    /// Scrolls to `unit`'s row and makes it current: the other place of a moved passage.
    void goToUnit(const UnitRef &unit);
    /// The first row at least partly visible and how many pixels of it are scrolled off.
    int topRow(int *offset = nullptr) const;
    void scrollToRowOffset(int row, int offset);
    /// Rows fully or partly in view, in order (fold lines excluded).
    std::vector<int> visibleRows() const;
    /// Fraction of the content at the top and bottom of the viewport.
    std::pair<double, double> visibleFraction() const;
    void scrollToFraction(double fraction);

    /// Viewport coordinates; empty when absent or not on screen.
    QRect cellRect(int row, int doc) const;
    QRect unitRect(UnitRef ref) const;
    /// The line showing `row` across all columns (the fold line when it is folded away), in
    /// viewport coordinates; empty when off screen.
    QRect rowRect(int row) const;
    /// The horizontal extent of a document's column, in viewport coordinates.
    QRect columnRect(int doc) const;

    int hoveredRow() const { return m_hoverRow; }
    UnitRef hoveredUnit() const { return m_hoverUnit; }
    /// The hovered unit first, then its counterparts.
    const std::vector<UnitRef> &highlightedUnits() const { return m_highlighted; }
    /// The passage Ctrl+C copies: the hovered cell, else the clicked cell of the current row.
    std::pair<int, int> copyCell() const;
    /// The text the user dragged over, within one article (it may run across rows): its
    /// document and UTF-16 span in its text; doc -1 when nothing is selected.
    std::pair<int, TextSpan> textSelection() const;
    void clearTextSelection();

signals:
    /// The user picked `row`; `scroll` when the view should bring it into view (a click on a
    /// row does its own scrolling).
    void rowActivated(int row, bool scroll);
    void geometryChanged();
    /// The scroll position changed.
    void viewChanged();
    /// Row heights or folds changed: the content's geometry (the overview follows).
    void layoutChanged();
    void copyRequested(int row, int doc, bool withSource);
    /// "Copy Selection" in the context menu.
    void copySelectionRequested();
    /// A context menu for `unit` is about to open: the receiver may add to `menu`.
    void passageMenuRequested(QMenu *menu, UnitRef unit);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Hit
    {
        int line = -1;
        int row = -1;
        int doc = -1;
        UnitRef unit;
        qsizetype pos = -1; ///< UTF-16 offset into the document's text, -1 outside the text
        bool more = false;  ///< on the "more" line of a capped cell
    };

    void relayout();
    void rebuildLines();
    void updateScrollBars();
    void prepareVisible();
    void makeExactAround(int line);
    void refineSome();
    Hit hitTest(const QPoint &pos) const;
    /// The cursor position in `doc`'s text nearest viewport point `pos`, within the cell of the
    /// row under it; -1 when `doc` has nothing there.
    qsizetype cursorIn(int doc, const QPoint &pos) const;
    void setHover(const Hit &hit);
    /// What a fold line stands for: "9 identical passages".
    QString foldLabel(const RowLayout::Line &fold) const;
    int scrollY() const;
    int scrollX() const;
    int columnCount() const;

    PresentedComparisonPtr m_presented;
    ViewPalette m_palette;
    RowLayout m_layout;
    bool m_differencesOnly = false;
    std::vector<bool> m_hidden; ///< per document, see setHiddenColumns
    std::set<int> m_expandedFolds;
    RowClamp m_clamp;
    CellTextCache m_cells; ///< laid out for the current column width
    RowMeasurer m_measurer{m_layout, m_cells};
    SynopticGeometry m_geometry{m_layout, m_cells};

    QTimer m_refineTimer;

    int m_currentRow = -1;
    int m_currentDoc = -1;
    FindMatches m_find;
    int m_selectionDoc = -1; ///< -1: no selection
    qsizetype m_selectionAnchor = 0; ///< where the drag started, UTF-16 offset in the text
    qsizetype m_selectionCursor = 0; ///< where it is now
    bool m_selecting = false;        ///< the left button is down and dragging selects
    int m_pendingDoc = -1;
    TextSpan m_pendingSpan;
    int m_hoverRow = -1;
    int m_hoverDoc = -1;
    int m_hoverFold = -1;
    bool m_hoverMore = false;
    UnitRef m_hoverUnit;
    std::vector<UnitRef> m_highlighted;
};
