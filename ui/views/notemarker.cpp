#include "ui/views/notemarker.h"

#include "ui/paint/viewpalette.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::StringLiterals;

NoteMarker::NoteMarker(int note, QWidget *parent) : QWidget(parent), m_note(note)
{
    setFixedSize(Size, Size);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_TranslucentBackground);
}

void NoteMarker::setNote(int note, NoteVerdict verdict, const QColor &colour, const QString &toolTip)
{
    m_note = note;
    m_verdict = verdict;
    m_colour = colour;
    setToolTip(toolTip);
    setAccessibleName(toolTip);
    update();
}

QColor NoteMarker::colour(const ViewPalette &palette, NoteVerdict verdict)
{
    // The HTML export's choice: confirmed in the moved-passage colour, disputed in the fact colour.
    switch (verdict) {
    case NoteVerdict::Confirmed:
        return palette.moved();
    case NoteVerdict::Disputed:
        return palette.factColor(FactChange::Kind::Number);
    case NoteVerdict::Unclear:
        return palette.marker(UnitStatus::Divergent);
    case NoteVerdict::None:
        break;
    }
    return palette.dimmedText();
}

void NoteMarker::paintShape(QPainter &p, const QRectF &box, NoteVerdict verdict, const QColor &colour)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = box.adjusted(1, 1, -1, -1);
    QPainterPath shape;
    QString sign;
    switch (verdict) {
    case NoteVerdict::Confirmed:
        shape.addRoundedRect(r, 2, 2);
        sign = u"✓"_s;
        break;
    case NoteVerdict::Disputed:
        shape.moveTo(r.center().x(), r.top());
        shape.lineTo(r.right(), r.bottom());
        shape.lineTo(r.left(), r.bottom());
        shape.closeSubpath();
        sign = u"!"_s;
        break;
    case NoteVerdict::Unclear:
        shape.moveTo(r.center().x(), r.top());
        shape.lineTo(r.right(), r.center().y());
        shape.lineTo(r.center().x(), r.bottom());
        shape.lineTo(r.left(), r.center().y());
        shape.closeSubpath();
        sign = u"?"_s;
        break;
    case NoteVerdict::None:
        shape.addEllipse(r);
        break;
    }
    p.setPen(QPen(colour.darker(130), 1));
    p.setBrush(colour);
    p.drawPath(shape);
    if (!sign.isEmpty()) {
        QFont f = p.font();
        f.setPixelSize(int(r.height() * 0.7));
        f.setBold(true);
        p.setFont(f);
        p.setPen(colour.lightnessF() > 0.6 ? Qt::black : Qt::white);
        // A triangle's room is low down.
        const QRectF text = verdict == NoteVerdict::Disputed ? r.adjusted(0, r.height() * 0.25, 0, 0) : r;
        p.drawText(text, Qt::AlignCenter, sign);
    }
    p.restore();
}

QIcon NoteMarker::icon(NoteVerdict verdict, const QColor &colour)
{
    QPixmap pixmap(Size, Size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    paintShape(p, QRectF(0, 0, Size, Size), verdict, colour);
    p.end();
    return QIcon(pixmap);
}

QString NoteMarker::plainToolTip(const QString &heading, const QString &text)
{
    return u"<p><b>%1</b></p><p style=\"white-space:pre-wrap\">%2</p>"_s.arg(heading.toHtmlEscaped(),
                                                                             text.toHtmlEscaped());
}

void NoteMarker::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paintShape(p, QRectF(rect()), m_verdict, m_colour);
}

void NoteMarker::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("&Edit Note…"), this, [this] { emit editRequested(m_note); });
    menu.addAction(tr("&Delete Note"), this, [this] { emit deleteRequested(m_note); });
    menu.exec(event->globalPos());
}

void NoteMarker::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated(m_note);
}
