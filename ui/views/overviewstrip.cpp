#include "ui/views/overviewstrip.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace {

constexpr int kInset = 2;

} // namespace

OverviewStrip::OverviewStrip(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to jump"));
}

QSize OverviewStrip::sizeHint() const
{
    return QSize(22, 100);
}

void OverviewStrip::setLanes(std::vector<std::vector<Segment>> lanes, std::vector<double> ticks, QColor tickColour)
{
    m_lanes = std::move(lanes);
    m_ticks = std::move(ticks);
    m_tickColour = tickColour;
    m_image = {};
    update();
}

void OverviewStrip::setVisibleParts(std::vector<std::pair<double, double>> parts)
{
    if (parts == m_visible)
        return;
    m_visible = std::move(parts);
    update();
}

QRect OverviewStrip::laneRect(int lane) const
{
    const int n = std::max<int>(1, int(m_lanes.size()));
    const int inner = width() - 2 * kInset;
    const int x0 = kInset + inner * lane / n;
    const int x1 = kInset + inner * (lane + 1) / n;
    return QRect(x0, kInset, std::max(1, x1 - x0 - (n > 1 ? 1 : 0)), height() - 2 * kInset);
}

void OverviewStrip::resizeEvent(QResizeEvent *event)
{
    m_image = {};
    QWidget::resizeEvent(event);
}

void OverviewStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const qreal dpr = devicePixelRatioF();
    if (m_image.isNull() && width() > 0 && height() > 0) {
        m_image = QImage(size() * dpr, QImage::Format_ARGB32_Premultiplied);
        m_image.setDevicePixelRatio(dpr);
        m_image.fill(Qt::transparent);
        QPainter ip(&m_image);
        for (int lane = 0; lane < int(m_lanes.size()); ++lane) {
            const QRect r = laneRect(lane);
            for (const Segment &s : m_lanes[size_t(lane)]) {
                const qreal top = r.top() + s.top * r.height();
                const qreal h = std::max(1.0 / dpr, (s.bottom - s.top) * r.height());
                ip.fillRect(QRectF(r.left(), top, r.width(), h), s.colour);
            }
        }
        const QRect all(kInset, kInset, width() - 2 * kInset, height() - 2 * kInset);
        for (double t : m_ticks) {
            const qreal y = all.top() + t * all.height();
            ip.fillRect(QRectF(all.left(), y - 1, all.width(), 2), m_tickColour);
        }
    }
    p.fillRect(rect(), palette().color(QPalette::Window));
    p.drawImage(0, 0, m_image);

    // The visible part: a translucent veil outside it and a frame around it.
    p.setRenderHint(QPainter::Antialiasing);
    QColor frame = palette().color(QPalette::WindowText);
    for (int lane = 0; lane < int(m_lanes.size()); ++lane) {
        if (m_visible.empty())
            break;
        const auto &part = m_visible.size() == 1 ? m_visible.front() : m_visible[std::min(size_t(lane), m_visible.size() - 1)];
        if (m_visible.size() == 1 && lane > 0)
            break;
        const QRect lr = m_visible.size() == 1 ? QRect(kInset, kInset, width() - 2 * kInset, height() - 2 * kInset) : laneRect(lane);
        const qreal top = lr.top() + part.first * lr.height();
        const qreal bottom = std::max(top + 4, lr.top() + part.second * lr.height());
        p.setPen(QPen(frame, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(lr.left() - 1.25, top, lr.width() + 2.5, bottom - top), 2, 2);
    }
}

void OverviewStrip::jumpTo(const QPoint &pos)
{
    const int n = std::max<int>(1, int(m_lanes.size()));
    const int lane = std::clamp((pos.x() - kInset) * n / std::max(1, width() - 2 * kInset), 0, n - 1);
    const double fraction = std::clamp(double(pos.y() - kInset) / std::max(1, height() - 2 * kInset), 0.0, 1.0);
    emit jumpRequested(fraction, lane);
}

void OverviewStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        jumpTo(event->position().toPoint());
}

void OverviewStrip::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        jumpTo(event->position().toPoint());
}
