#pragma once

#include "core/present/presentedcomparison.h"
#include "core/model/unitref.h"
#include "ui/paint/viewpalette.h"
#include "ui/views/findmatches.h"

#include <QWidget>

#include <memory>
#include <vector>

class LinkGutter;
class QFontMetrics;
class QMenu;
class PlanHighlighter;
class TextColumn;

/// Continuous mode: each document as running text in its own order, selectable, with the links
/// drawn as bands between adjacent columns. Scrolling one column scrolls the others through
/// the links so corresponding passages stay side by side.
class ContinuousPane : public QWidget
{
    Q_OBJECT

public:
    explicit ContinuousPane(QWidget *parent = nullptr);
    ~ContinuousPane() override;

    void setComparison(PresentedComparisonPtr comparison);
    void setViewPalette(const ViewPalette &palette);

    void setCurrentRow(int row);
    /// Scrolls every column to its passage of `row` (or, where it has none, to the place the
    /// links put it).
    void scrollToRow(int row);
    void scrollToUnit(UnitRef ref);
    /// Highlights every find hit, the current one stronger, and scrolls the current one into view.
    void setFindMatches(const FindMatches &matches);
    /// Marks the passage waiting to be linked: `span` in document `doc`'s text; doc -1 clears it.
    void setPendingPassage(int doc, const TextSpan &span);
    /// The passage the user chose: the text selected in the column last clicked, widened to
    /// whole sentences by the engine, else the passage clicked; doc -1 for none.
    std::pair<int, TextSpan> selectedPassage() const;
    /// Columns the user hid (`hidden[doc]`; shorter means shown), with the bands beside them.
    void setHiddenColumns(std::vector<bool> hidden);
    /// The narrowest a column of `text` gets: its widest word fits on a line (within limits: a
    /// URL or a chemical name may still break), so continuous mode never breaks inside a word
    /// and the pane scrolls sideways instead. In pixels of `metrics`' font, margins included.
    static int minimumColumnWidth(const QString &text, const QFontMetrics &metrics);

    int columnCount() const;
    TextColumn *column(int doc) const;
    LinkGutter *gutter(int index) const;
    /// A document's column in this widget's coordinates.
    QRect columnRect(int doc) const;
    QRect unitRect(UnitRef ref) const;
    UnitRef hoveredUnit() const { return m_hoverUnit; }
    const std::vector<UnitRef> &highlightedUnits() const { return m_highlighted; }
    /// The synoptic row shown at the top of the first column's screen, -1 for none.
    int topRow() const;
    std::vector<std::pair<double, double>> visibleFractions() const;
    void scrollToFraction(int doc, double fraction);
    /// Where `pos` in document `from` corresponds to in document `to`, through the links.
    qsizetype mapPosition(int from, qsizetype pos, int to) const;

signals:
    /// The user picked `row`; `scroll` when the view should bring it into view (a click on
    /// text that is on screen does not).
    void rowActivated(int row, bool scroll);
    void viewChanged();
    void geometryChanged();
    /// A context menu for `unit` is about to open: the receiver may add to `menu`.
    void passageMenuRequested(QMenu *menu, UnitRef unit);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// Puts the texts into the columns; deferred until the pane is first needed, since a
    /// book-length text costs tens of milliseconds that synoptic mode does not need to pay.
    void populate();
    void ensurePopulated() const;

    void syncFrom(int doc);
    void onHovered(int doc, qsizetype pos);
    void onClicked(int doc, qsizetype pos);
    void onMenu(QMenu *menu, int doc, qsizetype pos);
    void updateOutlines();
    void updateGutters();
    void updateWaves();
    void applyHidden();
    void updateMinimumWidths();

    PresentedComparisonPtr m_presented;
    ViewPalette m_palette;
    std::vector<TextColumn *> m_columns;
    std::vector<PlanHighlighter *> m_highlighters;
    std::vector<LinkGutter *> m_gutters;
    std::vector<bool> m_hidden; ///< per document, see setHiddenColumns
    bool m_syncing = false;
    bool m_populated = false;
    int m_currentRow = -1;
    int m_pendingDoc = -1;
    TextSpan m_pendingSpan;
    UnitRef m_selectedUnit; ///< the passage last clicked
    UnitRef m_hoverUnit;
    std::vector<UnitRef> m_highlighted;
};
