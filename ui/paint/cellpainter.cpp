#include "ui/paint/cellpainter.h"

#include "ui/paint/celltext.h"
#include "ui/paint/textdecoration.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

void CellPainter::card(const QRect &r, UnitStatus status, int bar) const
{
    QPainterPath card;
    card.addRoundedRect(QRectF(r), 4, 4);
    m_painter.fillPath(card, m_palette.background(status));
    if (status == UnitStatus::Furniture)
        return;
    if (status == UnitStatus::Related) {
        // A dashed frame: a unique passage with a counterpart of sorts, never read as an edit.
        m_painter.setPen(QPen(m_palette.marker(status), 1, Qt::DashLine));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawPath(card);
    }
    QPen pen(m_palette.marker(status), bar, Qt::SolidLine, Qt::FlatCap);
    if (status == UnitStatus::Divergent)
        pen.setDashPattern({2.0, 1.0});
    else if (status == UnitStatus::Unique || status == UnitStatus::Related)
        pen.setDashPattern({1.0, 1.0});
    m_painter.setPen(pen);
    const qreal x = r.left() + bar / 2.0;
    m_painter.drawLine(QPointF(x, r.top() + 2), QPointF(x, r.bottom() - 1));
}

void CellPainter::foldedCard(const QRect &r, int bar) const
{
    QPainterPath card;
    card.addRoundedRect(QRectF(r), 4, 4);
    m_painter.fillPath(card, m_palette.foldedBackground());
    m_painter.setPen(QPen(m_palette.marker(UnitStatus::Match), 1));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(QRectF(r.left() + 0.5, r.top() + 2.5, bar - 1, r.height() - 4));
}

void CellPainter::factWaves(const CellText &text, const QPointF &origin) const
{
    for (const TextSpan &fact : text.facts) {
        for (const QRectF &line : text.rangeRects(int(fact.start), int(fact.end), origin))
            TextDecoration::paintWave(m_painter, line, m_palette.factColor(FactChange::Kind::Number));
    }
}

void CellPainter::factBadge(const QRectF &badge, const QFont &font) const
{
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(m_palette.factColor(FactChange::Kind::Number));
    m_painter.drawEllipse(badge);
    QFont f = font;
    f.setBold(true);
    f.setPixelSize(int(badge.height() * 0.75));
    m_painter.setFont(f);
    m_painter.setPen(m_palette.isDark() ? QColor(Qt::black) : QColor(Qt::white));
    m_painter.drawText(badge, Qt::AlignCenter, u"!"_s);
    m_painter.restore();
}

void CellPainter::movedMarker(const QRect &r) const
{
    const qreal x = r.right() + 4.5;
    m_painter.setPen(QPen(m_palette.moved(), 3, Qt::SolidLine, Qt::FlatCap));
    m_painter.drawLine(QPointF(x, r.top() + 10), QPointF(x, r.bottom() - 2));
    QPolygonF head;
    head << QPointF(x - 4, r.top() + 10) << QPointF(x + 4, r.top() + 10) << QPointF(x, r.top() + 2);
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(m_palette.moved());
    m_painter.drawPolygon(head);
    m_painter.setBrush(Qt::NoBrush);
}

void CellPainter::hoverOutline(const QRectF &box) const
{
    m_painter.setPen(QPen(m_palette.hover(), 2));
    m_painter.drawRoundedRect(box, 4, 4);
}

void CellPainter::currentFrame(const QRect &frame) const
{
    m_painter.setPen(QPen(m_palette.focus(), 2));
    m_painter.drawRoundedRect(QRectF(frame).adjusted(1, 1, -1, -1), 6, 6);
}

void CellPainter::more(const QRect &r, const QString &text, bool hovered, const QFont &font) const
{
    QFont f = font;
    f.setUnderline(hovered);
    m_painter.setFont(f);
    // The text above runs on: a dotted edge says so without a second colour to learn.
    m_painter.setPen(QPen(m_palette.dimmedText(), 1, Qt::DotLine));
    m_painter.drawLine(r.left() + 4, r.top(), r.right() - 4, r.top());
    m_painter.setPen(m_palette.hover());
    m_painter.drawText(r.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetrics(f).elidedText(text, Qt::ElideRight, r.width() - 8));
    m_painter.setFont(font);
}

void CellPainter::fold(const QRect &r, const QString &text, bool hovered, const QFont &font) const
{
    QFont f = font;
    f.setUnderline(hovered);
    m_painter.setFont(f);
    const QColor colour = hovered ? m_palette.hover() : m_palette.dimmedText();
    const int textWidth = QFontMetrics(f).horizontalAdvance(text) + 24;
    m_painter.setPen(QPen(colour, 1, Qt::DashLine));
    const int mid = r.center().y();
    m_painter.drawLine(r.left(), mid, r.center().x() - textWidth / 2, mid);
    m_painter.drawLine(r.center().x() + textWidth / 2, mid, r.right(), mid);
    m_painter.setPen(colour);
    m_painter.drawText(r, Qt::AlignCenter, text);
    m_painter.setFont(font);
}
