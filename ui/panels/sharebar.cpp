#include "ui/panels/sharebar.h"

#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

ShareBar::ShareBar(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ShareBar::setStats(const DocumentStats &stats, int moved)
{
    m_stats = stats;
    m_moved = moved;
    const QString text = describe(stats, moved);
    setToolTip(text);
    setAccessibleDescription(text);
    update();
}

void ShareBar::setViewPalette(const ViewPalette &palette)
{
    m_palette = palette;
    update();
}

QString ShareBar::describe(const DocumentStats &stats, int moved)
{
    const auto percent = [&](int part) { return QString::number(std::lround(stats.share(part) * 100)); };
    const QString shares = tr("%1% same, %2% edited, %3% only here")
                               .arg(percent(stats.matchingWords), percent(stats.divergentWords), percent(stats.uniqueWords));
    const QString related = stats.relatedWords > 0 ? shares + tr(", %1% related").arg(percent(stats.relatedWords)) : shares;
    return moved > 0 ? related + tr(", %n moved", nullptr, moved) : related;
}

QSize ShareBar::sizeHint() const
{
    return {160, fontMetrics().height() / 2 + 4};
}

void ShareBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const std::pair<int, UnitStatus> parts[] = {{m_stats.matchingWords, UnitStatus::Match},
                                                {m_stats.divergentWords, UnitStatus::Divergent},
                                                {m_stats.uniqueWords, UnitStatus::Unique},
                                                {m_stats.relatedWords, UnitStatus::Related}};
    double x = box.left();
    for (const auto &[words, status] : parts) {
        const double w = m_stats.share(words) * box.width();
        // The strong marker colours, as in the view's margin and overview strip.
        painter.fillRect(QRectF(x, box.top(), w, box.height()), m_palette.marker(status));
        x += w;
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(box);
}
