#pragma once

#include "core/present/presentedcomparison.h"
#include "ui/paint/viewpalette.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTextBrowser;

/// The comparison view's redline mode: the reference article's text (Comparison::baseDocument)
/// with a chosen other article's insertions and deletions marked inline, read-only. The plan is
/// the redline export's (RedlinePlanner), painted by RedlineText.
class RedlinePane : public QWidget
{
    Q_OBJECT

public:
    explicit RedlinePane(QWidget *parent = nullptr);

    /// Shows `comparison`'s redline against the article chosen before when it is still there,
    /// else against the first other article; null clears.
    void setComparison(PresentedComparisonPtr comparison);
    void setViewPalette(const ViewPalette &palette);
    /// The article compared with the reference; -1 when nothing is shown.
    int otherArticle() const;
    /// Shows the redline against document `doc` (not the reference).
    void setOtherArticle(int doc);
    /// The text, built first if it was left for when the pane is shown.
    QTextBrowser *browser();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void build();

    PresentedComparisonPtr m_presented;
    ViewPalette m_palette;
    QLabel *m_reference = nullptr;
    QComboBox *m_other = nullptr;
    QTextBrowser *m_text = nullptr;
    /// The text no longer shows the comparison, palette and article chosen: a book's redline
    /// took a twentieth of the window's time to its first comparison, in a mode not shown.
    bool m_stale = false;
};
