#pragma once

#include "core/model/comparison.h"
#include "ui/paint/viewpalette.h"

#include <QWidget>

/// One article's words split into matching, divergent and unique, as a stacked bar in the
/// view's passage colours.
class ShareBar : public QWidget
{
    Q_OBJECT

public:
    explicit ShareBar(QWidget *parent = nullptr);

    /// `moved`: the article's passages that another article has in another place.
    void setStats(const DocumentStats &stats, int moved = 0);
    void setViewPalette(const ViewPalette &palette);
    /// "62% same, 30% edited, 8% only here, 1 moved", also the accessible description. The
    /// shares count words wherever they stand, so a moved passage still counts as same; the
    /// moves are named apart.
    static QString describe(const DocumentStats &stats, int moved = 0);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    DocumentStats m_stats;
    int m_moved = 0;
    ViewPalette m_palette = ViewPalette::light();
};
