#pragma once

#include <QColor>
#include <QImage>
#include <QWidget>

#include <utility>
#include <vector>

/// The whole comparison in miniature beside the scroll bar: one thin lane per document with the
/// colour of every passage at its place, ticks for changed facts, and the part on screen
/// outlined. Click or drag to jump. Positions are fractions of the content, so the strip knows
/// nothing about rows or documents: the panes feed it.
class OverviewStrip : public QWidget
{
    Q_OBJECT

public:
    struct Segment
    {
        double top = 0;    ///< fraction of the content, in [0,1]
        double bottom = 0;
        QColor colour;
    };

    explicit OverviewStrip(QWidget *parent = nullptr);

    /// One list of segments per lane; `ticks` are fractions marked across all lanes.
    void setLanes(std::vector<std::vector<Segment>> lanes, std::vector<double> ticks, QColor tickColour);
    /// The visible part per lane; a single entry applies to every lane.
    void setVisibleParts(std::vector<std::pair<double, double>> parts);
    QSize sizeHint() const override;

signals:
    /// The user clicked or dragged at `fraction` of the content, over `lane`.
    void jumpRequested(double fraction, int lane);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QRect laneRect(int lane) const;
    void jumpTo(const QPoint &pos);

    std::vector<std::vector<Segment>> m_lanes;
    std::vector<double> m_ticks;
    QColor m_tickColour;
    std::vector<std::pair<double, double>> m_visible;
    QImage m_image; ///< the lanes rendered at the current size
};
