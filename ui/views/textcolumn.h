#pragma once

#include "core/model/textspan.h"

#include <QColor>
#include <QPlainTextEdit>

#include <utility>
#include <vector>

class QMenu;

/// One document as running, selectable, read-only text in continuous mode. Adds what the
/// panes need on top of QPlainTextEdit: where a span is on screen (also when it is not), which
/// text position is at a height, scrolling a position to a height, and outlines painted over
/// the text for the hovered and current passages.
class TextColumn : public QPlainTextEdit
{
    Q_OBJECT

public:
    struct Outline
    {
        TextSpan span;
        QColor colour;
        qreal width = 2;
        /// A bar in the left margin beside the passage's lines instead of a box around them.
        bool marginBar = false;
        Qt::PenStyle style = Qt::SolidLine;
        /// A chain mark after the passage's last line (a link the user made) instead of a box.
        bool chain = false;
    };

    explicit TextColumn(int doc, QWidget *parent = nullptr);

    int doc() const { return m_doc; }
    /// Sets the text. Each paragraph runs in its own direction, but QPlainTextEdit aligns every
    /// paragraph alike: to the right when most paragraphs are right-to-left.
    void setDocumentText(const QString &text);
    /// Top and bottom of `span` in viewport coordinates. Spans above the screen come back above
    /// 0 and those below it beyond the viewport's height, clamped to a screen away.
    std::pair<qreal, qreal> spanExtent(const TextSpan &span) const;
    /// Whether some of `span` is on screen.
    bool isSpanVisible(const TextSpan &span) const;
    /// The text position at viewport height `y`.
    qsizetype positionAt(int y) const;
    qsizetype positionAt(const QPoint &viewportPos, bool *overText) const;
    /// Scrolls so that `pos` sits at viewport height `y` (to the nearest line).
    void scrollPositionTo(qsizetype pos, int y);
    /// Scrolls `span` into view (centred) unless it is fully visible.
    void ensureSpanVisible(const TextSpan &span);
    void setOutlines(std::vector<Outline> outlines);
    /// Spans to underline with a bold wave (changed facts), sorted by start.
    void setWaves(std::vector<TextSpan> spans, const QColor &colour);
    /// The visible part as fractions of the document's height.
    std::pair<double, double> visibleFraction() const;

signals:
    void hovered(int doc, qsizetype pos); ///< pos -1 when the mouse left the text
    void clicked(int doc, qsizetype pos);
    /// The text area changed size, also when that happens late: a column made while its pane was
    /// hidden gets its real size only when shown.
    void viewportResized();
    /// The context menu for text position `pos` is about to open: the receiver may add to it.
    void menuRequested(QMenu *menu, qsizetype pos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    /// Top of each block on screen, in viewport coordinates, from the first visible block on;
    /// rebuilt after every scroll or relayout (QPlainTextEdit only knows heights, not tops).
    const std::vector<qreal> &visibleTops() const;
    /// Line rectangles of `span` within its visible blocks, in viewport coordinates.
    std::vector<QRectF> lineRects(const TextSpan &span) const;

    int m_doc = -1;
    std::vector<Outline> m_outlines;
    std::vector<TextSpan> m_waves;
    QColor m_waveColour;
    mutable std::vector<qreal> m_tops; ///< one past the last visible block: its top
    mutable int m_firstVisible = -1;   ///< block number of m_tops[0], -1 when stale
    mutable QPointF m_topsOffset;      ///< contentOffset() when m_tops was built
    mutable QSize m_topsSize;          ///< viewport size then
    QPoint m_pressPos;
};
