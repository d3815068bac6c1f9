#pragma once

#include "core/present/presentedcomparison.h"
#include "ui/paint/viewpalette.h"

#include <QWidget>

#include <memory>
#include <vector>

class TextColumn;

/// The space between two adjacent text columns in continuous mode, where every link between
/// their documents is drawn as a band from the passage's top and bottom on the left to its
/// counterpart's on the right (as Meld does), coloured by kind; moved passages in their own
/// colour, so a moved paragraph shows as a crossing band.
class LinkGutter : public QWidget
{
    Q_OBJECT

public:
    LinkGutter(TextColumn *left, TextColumn *right, QWidget *parent = nullptr);

    void setComparison(PresentedComparisonPtr comparison);
    void setViewPalette(const ViewPalette &palette);
    /// Links to draw stronger (the hovered passage's).
    void setEmphasised(std::vector<int> links);
    QSize sizeHint() const override;
    /// Links between the two columns' documents, for tests.
    const std::vector<int> &links() const { return m_links; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    TextColumn *m_left;
    TextColumn *m_right;
    PresentedComparisonPtr m_presented;
    ViewPalette m_palette;
    std::vector<int> m_links; ///< indices into Comparison::links joining the two documents
    std::vector<int> m_emphasised;
};
