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

    void setStats(const DocumentStats &stats);
    void setViewPalette(const ViewPalette &palette);
    /// "62% same, 30% edited, 8% only here", also the accessible description.
    static QString describe(const DocumentStats &stats);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    DocumentStats m_stats;
    ViewPalette m_palette = ViewPalette::light();
};
