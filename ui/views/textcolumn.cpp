#include "ui/views/textcolumn.h"

#include "ui/paint/textdecoration.h"
#include "ui/views/chainmark.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>
#include <memory>

TextColumn::TextColumn(int doc, QWidget *parent) : QPlainTextEdit(parent), m_doc(doc)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    document()->setDocumentMargin(8);
    connect(this, &QPlainTextEdit::updateRequest, this, [this] { m_firstVisible = -1; });
}

const std::vector<qreal> &TextColumn::visibleTops() const
{
    QTextBlock block = firstVisibleBlock();
    if (m_firstVisible == block.blockNumber() && m_topsOffset == contentOffset() && m_topsSize == viewport()->size())
        return m_tops;
    m_tops.clear();
    m_firstVisible = block.blockNumber();
    m_topsOffset = contentOffset();
    m_topsSize = viewport()->size();
    const qreal h = viewport()->height();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    for (; block.isValid() && top <= h; block = block.next()) {
        m_tops.push_back(top);
        top += blockBoundingRect(block).height();
    }
    m_tops.push_back(top);
    return m_tops;
}

void TextColumn::setDocumentText(const QString &text)
{
    setPlainText(text);
    int rightToLeft = 0, paragraphs = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (block.text().isEmpty())
            continue;
        ++paragraphs;
        rightToLeft += block.text().isRightToLeft() ? 1 : 0;
    }
    QTextOption option = document()->defaultTextOption();
    option.setTextDirection(Qt::LayoutDirectionAuto);
    option.setAlignment(2 * rightToLeft > paragraphs ? Qt::AlignRight | Qt::AlignAbsolute : Qt::AlignLeft | Qt::AlignAbsolute);
    document()->setDefaultTextOption(option);
}

std::pair<qreal, qreal> TextColumn::spanExtent(const TextSpan &span) const
{
    const qreal h = viewport()->height();
    const std::vector<qreal> &tops = visibleTops();
    const int first = m_firstVisible;
    const int last = first + int(tops.size()) - 2; // last block with a known top
    auto yOf = [&](qsizetype pos, bool bottom) -> qreal {
        const QTextBlock block = document()->findBlock(int(pos));
        if (!block.isValid())
            return bottom ? h * 1.5 : -h * 0.5;
        const int number = block.blockNumber();
        // Off screen: somewhere above or below, clamped, keeping the order of blocks.
        if (number < first)
            return -h * 0.5 - std::min(first - number, 1000) * 1e-3;
        if (number > last)
            return h * 1.5 + std::min(number - last, 1000) * 1e-3;
        const qreal top = tops[size_t(number - first)];
        const QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() == 0)
            return bottom ? tops[size_t(number - first) + 1] : top;
        const QTextLine line = layout->lineForTextPosition(int(pos - block.position()));
        if (!line.isValid())
            return bottom ? tops[size_t(number - first) + 1] : top;
        return top + (bottom ? line.y() + line.height() : line.y());
    };
    return {yOf(span.start, false), yOf(std::max(span.start, span.end - 1), true)};
}

bool TextColumn::isSpanVisible(const TextSpan &span) const
{
    const auto [top, bottom] = spanExtent(span);
    return bottom > 0 && top < viewport()->height();
}

qsizetype TextColumn::positionAt(int y) const
{
    return cursorForPosition(QPoint(viewport()->width() / 2, y)).position();
}

qsizetype TextColumn::positionAt(const QPoint &viewportPos, bool *overText) const
{
    const QTextCursor c = cursorForPosition(viewportPos);
    if (overText) {
        const QRect r = cursorRect(c);
        const QTextBlock block = c.block();
        *overText = !block.text().isEmpty() && std::abs(r.center().y() - viewportPos.y()) <= r.height();
    }
    return c.position();
}

// QPlainTextEdit scrolls by lines and counts a block it has not laid out yet as one line, so
// a line number computed far from the screen is only a guess. Walk up from the target line,
// laying out blocks as we go, until `y` pixels are above it: that line goes on top, and its
// number is read after the layout that could change it.
void TextColumn::scrollPositionTo(qsizetype pos, int y)
{
    QTextBlock block = document()->findBlock(int(pos));
    if (!block.isValid())
        return;
    auto ensureLayout = [this](const QTextBlock &b) {
        blockBoundingRect(b); // lays the block out on demand
        return b.layout();
    };
    const QTextLayout *layout = ensureLayout(block);
    int line = 0;
    if (layout && layout->lineCount() > 0) {
        const QTextLine tl = layout->lineForTextPosition(int(pos - block.position()));
        line = tl.isValid() ? tl.lineNumber() : 0;
    }
    const qreal fallback = fontMetrics().lineSpacing();
    qreal remaining = y;
    while (remaining > 0) {
        if (line > 0) {
            --line;
        } else {
            const QTextBlock previous = block.previous();
            if (!previous.isValid())
                break;
            block = previous;
            layout = ensureLayout(block);
            line = layout && layout->lineCount() > 0 ? layout->lineCount() - 1 : 0;
        }
        remaining -= layout && layout->lineCount() > line ? layout->lineAt(line).height() : fallback;
    }
    verticalScrollBar()->setValue(block.firstLineNumber() + line);
}

void TextColumn::ensureSpanVisible(const TextSpan &span)
{
    const auto [top, bottom] = spanExtent(span);
    const int h = viewport()->height();
    if (top >= 0 && bottom <= h)
        return;
    const int height = int(bottom - top);
    scrollPositionTo(span.start, height >= h || top < -h || bottom > 2 * h ? h / 4 : std::max(0, (h - height) / 2));
}

void TextColumn::setOutlines(std::vector<Outline> outlines)
{
    m_outlines = std::move(outlines);
    viewport()->update();
}

std::pair<double, double> TextColumn::visibleFraction() const
{
    const QScrollBar *v = verticalScrollBar();
    const double total = v->maximum() + v->pageStep();
    if (total <= 0)
        return {0, 1};
    return {v->value() / total, (v->value() + v->pageStep()) / total};
}

std::vector<QRectF> TextColumn::lineRects(const TextSpan &span) const
{
    std::vector<QRectF> out;
    const qreal h = viewport()->height();
    QTextBlock block = firstVisibleBlock();
    QRectF r = blockBoundingGeometry(block).translated(contentOffset());
    for (; block.isValid() && r.top() < h; block = block.next()) {
        r = blockBoundingGeometry(block).translated(contentOffset());
        const qsizetype bs = block.position();
        const qsizetype be = bs + block.length() - 1;
        if (be < span.start || bs >= span.end || !block.layout())
            continue;
        const QTextLayout *layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const qsizetype ls = bs + line.textStart();
            const qsizetype le = ls + line.textLength();
            if (le <= span.start || ls >= span.end)
                continue;
            const qreal x0 = line.cursorToX(int(std::max(ls, span.start) - bs));
            const qreal x1 = line.cursorToX(int(std::min(le, span.end) - bs));
            out.emplace_back(QPointF(std::min(x0, x1), line.y()) + r.topLeft(), QSizeF(std::abs(x1 - x0), line.height()));
        }
    }
    return out;
}

void TextColumn::setWaves(std::vector<TextSpan> spans, const QColor &colour)
{
    m_waves = std::move(spans);
    m_waveColour = colour;
    viewport()->update();
}

void TextColumn::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (m_outlines.empty() && m_waves.empty())
        return;
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    // Waves only for the text on screen: from the first visible block to the last.
    const std::vector<qreal> &tops = visibleTops();
    const QTextBlock firstBlock = document()->findBlockByNumber(m_firstVisible);
    const QTextBlock lastBlock = document()->findBlockByNumber(m_firstVisible + int(tops.size()) - 2);
    if (firstBlock.isValid() && lastBlock.isValid()) {
        const qsizetype from = firstBlock.position();
        const qsizetype to = lastBlock.position() + lastBlock.length();
        auto it = std::lower_bound(m_waves.begin(), m_waves.end(), from,
                                   [](const TextSpan &s, qsizetype pos) { return s.end <= pos; });
        for (; it != m_waves.end() && it->start < to; ++it) {
            for (const QRectF &line : lineRects(*it))
                TextDecoration::paintWave(p, line, m_waveColour);
        }
    }
    for (const Outline &o : m_outlines) {
        const std::vector<QRectF> rects = lineRects(o.span);
        if (rects.empty())
            continue;
        if (o.chain) {
            const QRectF &last = rects.back();
            ChainMark::paint(p, QPointF(last.right() + 3, last.center().y() - ChainMark::Size / 2.0), o.colour);
            continue;
        }
        if (o.marginBar) {
            const qreal top = rects.front().top();
            const qreal bottom = rects.back().bottom();
            p.fillRect(QRectF(1, top, 3, bottom - top), o.colour);
            continue;
        }
        // One outline around the passage's lines: a path through the union of line boxes.
        QPainterPath path;
        for (const QRectF &r : rects)
            path.addRect(r.adjusted(-3, -1, 3, 1));
        p.setPen(QPen(o.colour, o.width, o.style));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path.simplified());
    }
}

void TextColumn::mouseMoveEvent(QMouseEvent *event)
{
    bool overText = false;
    const qsizetype pos = positionAt(event->position().toPoint(), &overText);
    emit hovered(m_doc, overText ? pos : -1);
    QPlainTextEdit::mouseMoveEvent(event);
}

void TextColumn::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QPlainTextEdit::mousePressEvent(event);
}

void TextColumn::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    // A click, not the end of a selection drag.
    if (event->button() == Qt::LeftButton
        && (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance()) {
        bool overText = false;
        const qsizetype pos = positionAt(event->position().toPoint(), &overText);
        if (overText)
            emit clicked(m_doc, pos);
    }
}

void TextColumn::leaveEvent(QEvent *event)
{
    emit hovered(m_doc, -1);
    QPlainTextEdit::leaveEvent(event);
}

void TextColumn::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    emit viewportResized();
}

void TextColumn::contextMenuEvent(QContextMenuEvent *event)
{
    const std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    bool overText = false;
    const qsizetype pos = positionAt(event->pos(), &overText);
    if (overText)
        emit menuRequested(menu.get(), pos);
    menu->exec(event->globalPos());
}
