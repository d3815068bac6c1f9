#include "ui/panels/legendsample.h"

#include <QPainter>
#include <QTextLayout>

namespace {
constexpr int Padding = 3;
} // namespace

LegendSample::LegendSample(const QString &text, const QTextCharFormat &format, QWidget *parent)
    : QWidget(parent), m_text(text), m_format(format)
{
    setAccessibleName(text);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void LegendSample::setText(const QString &text)
{
    m_text = text;
    updateGeometry();
    update();
}

void LegendSample::setFormat(const QTextCharFormat &format)
{
    m_format = format;
    updateGeometry();
    update();
}

void LegendSample::setBand(const QColor &colour)
{
    m_band = colour;
    updateGeometry();
    update();
}

int LegendSample::bandWidth() const
{
    return m_band.isValid() ? 6 + Padding : 0;
}

QSize LegendSample::sizeHint() const
{
    QFont bold = font();
    bold.setWeight(QFont::DemiBold); // room for formats that embolden
    const QFontMetrics metrics(bold);
    return {metrics.horizontalAdvance(m_text) + 2 * Padding + bandWidth(), metrics.height() + 2 * Padding};
}

void LegendSample::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    int x = Padding;
    if (m_band.isValid()) {
        painter.fillRect(QRect(0, 0, 6, height()), m_band);
        x += bandWidth();
    }
    QTextLayout layout(m_text, font());
    QTextLayout::FormatRange range;
    range.start = 0;
    range.length = int(m_text.size());
    range.format = m_format;
    layout.setFormats({range});
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(width());
    layout.endLayout();
    painter.setPen(palette().color(QPalette::WindowText));
    const QRectF box(x - Padding, 0, line.naturalTextWidth() + 2 * Padding, height());
    if (m_format.hasProperty(QTextFormat::BackgroundBrush))
        painter.fillRect(box, m_format.background());
    layout.draw(&painter, QPointF(x, (height() - line.height()) / 2));
}
