#pragma once

#include "core/model/comparisonnote.h"

#include <QColor>
#include <QIcon>
#include <QWidget>

class ViewPalette;

/// The mark beside a noted passage (at both ends of a note on a link). The verdict shows by shape
/// and by colour, so it reads without colour too: a circle for a remark, a square with a tick for
/// confirmed, a triangle with "!" for disputed, a diamond with "?" for unclear. Hovering shows the
/// note's text as plain text; the context menu edits or deletes it.
class NoteMarker : public QWidget
{
    Q_OBJECT

public:
    /// Width and height, in pixels.
    static constexpr int Size = 14;

    NoteMarker(int note, QWidget *parent);

    int note() const { return m_note; }
    void setNote(int note, NoteVerdict verdict, const QColor &colour, const QString &toolTip);
    NoteVerdict verdict() const { return m_verdict; }

    /// Paints the verdict's shape in `box` (also the list's icons).
    static void paintShape(QPainter &p, const QRectF &box, NoteVerdict verdict, const QColor &colour);
    static QColor colour(const ViewPalette &palette, NoteVerdict verdict);
    static QIcon icon(NoteVerdict verdict, const QColor &colour);
    /// A tool tip showing `heading` and `text` literally: Qt reads a tool tip that looks like
    /// markup as rich text, so the note's text is escaped inside one that is rich text for sure.
    static QString plainToolTip(const QString &heading, const QString &text);

signals:
    void editRequested(int note);
    void deleteRequested(int note);
    void activated(int note);

protected:
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    int m_note;
    NoteVerdict m_verdict = NoteVerdict::None;
    QColor m_colour;
};
