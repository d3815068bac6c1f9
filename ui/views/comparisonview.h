#pragma once

#include "core/present/presentedcomparison.h"
#include "core/model/unitref.h"
#include "ui/paint/viewpalette.h"
#include "ui/views/findmatches.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <utility>
#include <vector>

class QMenu;
class QScrollArea;
class QStackedWidget;
class ColumnHeaderBar;
class ContinuousPane;
class OverviewStrip;
class RedlinePane;
class SynopticPane;

/// The comparison itself: the documents side by side, highlighted from a HighlightPlan.
///
/// Two modes share one state (comparison, current row, hover, find hit): Synoptic shows one
/// levelled row per synoptic row, Continuous shows each document as running text with the links
/// drawn as bands between adjacent columns. A third, Redline, shows the reference article's text
/// with one other article's changes marked inline (RedlinePane); it has no rows, columns or
/// overview, so row navigation and find keep working on the state the other two modes show. The view never computes alignments: the caller
/// builds the Comparison and its plan off the UI thread and hands both over.
class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Synoptic, Continuous, Redline };

    explicit ComparisonView(QWidget *parent = nullptr);
    ~ComparisonView() override;

    /// Shows `comparison`, built off the UI thread by the session. `previousToNew` is the session's
    /// old-to-new document mapping (ComparisonSession::comparisonReady): the passage at the top and
    /// the current one stay on screen through a document that is still there; empty starts at the top.
    void setComparison(PresentedComparisonPtr comparison, const std::vector<int> &previousToNew = {});
    void clear();
    PresentedComparisonPtr presented() const;

    void setMode(Mode mode);
    Mode mode() const;
    /// Fold runs of identical rows (context: 1 row each side).
    void setDifferencesOnly(bool on);
    bool differencesOnly() const;
    /// Hides or shows document `doc`'s column in both modes (the header's "Hide Column"). The
    /// last column shown cannot be hidden. Remembered while the comparison is open: through a
    /// realignment or a moved column, not into a comparison of other documents.
    void setColumnHidden(int doc, bool hidden);
    bool isColumnHidden(int doc) const;
    void showAllColumns();
    /// -1 when none.
    int currentRow() const;

    // Inspection, for the window and for tests.
    /// The cell of `doc` in synoptic row `row`, in this widget's coordinates; empty when the
    /// document has nothing in that row, the row is folded or scrolled out of view, or the view
    /// is in continuous mode.
    QRect cellRect(int row, int doc) const;
    /// The passage of `ref` in this widget's coordinates (its cell in synoptic mode, its text in
    /// continuous mode); empty when not on screen.
    QRect unitRect(UnitRef ref) const;
    /// The line showing synoptic row `row` across the columns (the fold line when the row is
    /// folded away), in this widget's coordinates; empty when off screen or in continuous mode.
    QRect rowRect(int row) const;
    /// Synoptic rows shown (not folded away) in differences-only mode; all rows otherwise.
    int visibleRowCount() const;
    /// Whether differences-only mode folds `row` away (into a "⋯ n identical passages ⋯" line).
    bool isRowFolded(int row) const;
    /// Expands the fold hiding `row`; false when the row is not folded.
    bool expandFoldAt(int row);
    /// The row under the mouse in synoptic mode, -1 for none.
    int hoveredRow() const;
    /// The passage under the mouse and its counterparts, lit up; empty when nothing is hovered.
    std::vector<UnitRef> highlightedUnits() const;
    /// The last find hit: document and UTF-16 span in its text; doc -1 for none.
    std::pair<int, TextSpan> findHit() const;
    /// Which hit of how many the last find landed on ("3 of 17"), in reading order; {0, 0} when
    /// there was none.
    std::pair<int, int> findPosition() const { return m_findPosition; }
    /// Every hit of the last find, in the columns shown, and the current one.
    const FindMatches &findMatches() const { return m_find; }
    /// Where the current row stands among the rows that differ ("Difference 3 of 17"): {n, N},
    /// n 0 when the current row is not one of them or there is none; {0, 0} without a comparison.
    std::pair<int, int> differencePosition() const;
    /// The text the user selected inside a passage (synoptic mode: dragged over in one column;
    /// continuous mode: selected in a column): document and UTF-16 span; doc -1 for none.
    std::pair<int, TextSpan> textSelection() const;
    /// The passage the user chose in the mode shown (a clicked passage, or text selected in
    /// continuous mode): document and UTF-16 span in its text; doc -1 for none, and always in
    /// redline mode.
    std::pair<int, TextSpan> selectedPassage() const;
    /// Marks a passage as waiting to be linked, in both modes: `span` of document `doc`; doc -1
    /// clears the mark. It stays through new comparisons until set again.
    void setPendingPassage(int doc, const TextSpan &span);
    /// Passage text followed by "— Title (file name)", for the clipboard.
    QString passageWithSource(UnitRef first, int count = 1) const;
    const ViewPalette &viewPalette() const { return m_palette; }
    /// The redline mode's pane (its article choice and text), for the window and tests.
    RedlinePane *redlinePane() const { return m_redline; }

public slots:
    /// false (and a beep-free no-op) at the end
    bool nextDifference();
    bool previousDifference();
    bool nextUnique();
    bool previousUnique();
    bool nextFact();
    bool previousFact();
    /// Across all columns, wraps. Case-insensitive unless asked.
    bool find(const QString &text, bool backward = false, bool caseSensitive = false);
    void scrollToRow(int row);
    void scrollToUnit(int doc, int unit);
    /// Copies the selected text as it is; without a selection, the current (or hovered) passage
    /// with its source line.
    void copyPassage();
    /// Takes the find highlights away (the find bar closed).
    void clearFind();

signals:
    void currentRowChanged(int row);
    /// differencePosition() may have changed: the current row moved or the comparison changed.
    void differencePositionChanged();
    /// The user dragged a column header.
    void columnMoveRequested(int from, int to);
    /// "Compare Others with This One" on a column header.
    void referenceRequested(int column);
    /// A language chosen in a column header's "Language" menu; empty: the identified one.
    void languageRequested(int column, const QString &language);
    /// Close button in a column header.
    void closeDocumentRequested(int doc);
    /// A column was hidden or shown.
    void hiddenColumnsChanged();
    /// e.g. "No more differences", "Not found: …"
    void statusMessage(const QString &text);
    /// A passage's context menu is about to open (either mode): the receiver may add commands
    /// to `menu`, which act on selectedPassage(), now `unit`'s.
    void passageMenuRequested(QMenu *menu, UnitRef unit);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class RowKind { Difference, Unique, Fact };
    bool step(RowKind kind, bool forward);
    void setCurrentRow(int row, bool scroll = true);
    void applyPalette();
    /// The headers' contents (a new comparison) and then their geometry.
    void updateHeaderColumns();
    /// Hands the hidden columns to both panes and the headers.
    void applyHiddenColumns();
    /// The headers' positions over the columns (resize, scroll, mode).
    void updateHeaders();
    /// Rebuilds the overview's lanes (the content changed) and its visible part.
    void updateOverview();
    void updateFocusProxy();
    /// Moves the overview's frame (the view scrolled).
    void updateOverviewFrame();
    int anchorRowForNavigation(bool forward) const;
    /// Hands the find hits to the panes shown.
    void applyFind();

    PresentedComparisonPtr m_presented;
    std::pair<int, int> m_findPosition{0, 0};
    ViewPalette m_palette;
    Mode m_mode = Mode::Synoptic;
    int m_currentRow = -1;
    FindMatches m_find;
    QString m_findText;
    bool m_differencesOnly = false;
    std::vector<bool> m_hidden; ///< per document of the comparison shown

    ColumnHeaderBar *m_header = nullptr;
    QStackedWidget *m_stack = nullptr;
    SynopticPane *m_synoptic = nullptr;
    ContinuousPane *m_continuous = nullptr;
    /// Holds the continuous pane: too narrow for its columns' minimum widths, it scrolls sideways.
    QScrollArea *m_continuousScroll = nullptr;
    RedlinePane *m_redline = nullptr;
    OverviewStrip *m_overview = nullptr;
    QTimer m_overviewTimer;
};
