#include "ui/paint/celltext.h"

#include "ui/paint/textdecoration.h"

#include <QPainter>

#include <algorithm>

CellText::CellText(const QString &text, const QFont &font, const QList<QTextLayout::FormatRange> &formats, qreal width,
                   qreal lineExtra)
{
    const qreal paragraphGap = QFontMetricsF(font).lineSpacing() * 0.5;
    qreal y = 0;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        if (end == start) {
            // An empty paragraph: the gap between two paragraphs of one passage.
            if (start > 0 && start < text.size())
                y += paragraphGap;
            start = end + 1;
            continue;
        }
        Paragraph p;
        p.start = int(start);
        p.length = int(end - start);
        p.y = y;
        const QString paragraph = text.mid(start, end - start);
        p.layout = std::make_unique<QTextLayout>(paragraph, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        const bool rtl = paragraph.isRightToLeft();
        option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        option.setAlignment(rtl ? Qt::AlignRight : Qt::AlignLeft);
        p.layout->setTextOption(option);
        p.layout->setFormats(clip(formats, p.start, p.length));
        p.layout->setCacheEnabled(true);
        p.layout->beginLayout();
        qreal ly = lineExtra / 2;
        for (QTextLine line = p.layout->createLine(); line.isValid(); line = p.layout->createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, ly));
            ly += line.height() + lineExtra;
        }
        p.layout->endLayout();
        y += ly;
        m_paragraphs.push_back(std::move(p));
        start = end + 1;
    }
    m_height = y;
}

CellText::~CellText() = default;

qreal CellText::lineBottomAbove(qreal y) const
{
    qreal bottom = 0;
    for (const Paragraph &p : m_paragraphs) {
        for (int i = 0; i < p.layout->lineCount(); ++i) {
            const QTextLine line = p.layout->lineAt(i);
            const qreal lineBottom = p.y + line.y() + line.height();
            if (lineBottom > y)
                return bottom;
            bottom = lineBottom;
        }
    }
    return bottom;
}

QList<QTextLayout::FormatRange> CellText::clip(const QList<QTextLayout::FormatRange> &ranges, int start, int length)
{
    QList<QTextLayout::FormatRange> out;
    for (const QTextLayout::FormatRange &r : ranges) {
        const int s = std::max(r.start, start);
        const int e = std::min(r.start + r.length, start + length);
        if (e > s)
            out.append({s - start, e - s, r.format});
    }
    return out;
}

void CellText::draw(QPainter &painter, const QPointF &origin, const QList<QTextLayout::FormatRange> &selections,
                    const QRectF &clipRect) const
{
    for (const Paragraph &p : m_paragraphs) {
        const QPointF at = origin + QPointF(0, p.y);
        const QRectF box = p.layout->boundingRect().translated(at);
        if (box.bottom() < clipRect.top() || box.top() > clipRect.bottom())
            continue;
        p.layout->draw(&painter, at, clip(selections, p.start, p.length), clipRect);
    }
}

int CellText::offsetAt(const QPointF &local, bool *overText) const
{
    return position(local, overText, false);
}

int CellText::cursorAt(const QPointF &local) const
{
    return position(local, nullptr, true);
}

int CellText::position(const QPointF &local, bool *overText, bool betweenCharacters) const
{
    if (overText)
        *overText = false;
    const Paragraph *best = nullptr;
    for (const Paragraph &p : m_paragraphs) {
        if (!best || local.y() >= p.y)
            best = &p;
    }
    if (!best)
        return -1;
    const QTextLayout &layout = *best->layout;
    const qreal y = local.y() - best->y;
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (y < line.y() + line.height() || i == layout.lineCount() - 1) {
            const QRectF glyphs = line.naturalTextRect();
            if (overText)
                *overText = y >= line.y() - 2 && y <= line.y() + line.height() + 2 && local.x() >= glyphs.left() - 2
                            && local.x() <= glyphs.right() + 2;
            return best->start + std::min(line.xToCursor(local.x()), best->length - (betweenCharacters ? 0 : 1));
        }
    }
    return best->start;
}

std::vector<QRectF> CellText::rangeRects(int start, int end, const QPointF &origin) const
{
    std::vector<QRectF> out;
    for (const Paragraph &p : m_paragraphs) {
        if (p.start + p.length <= start || p.start >= end)
            continue;
        const std::vector<QRectF> rects =
            TextDecoration::rangeRects(*p.layout, start - p.start, end - p.start, origin + QPointF(0, p.y));
        out.insert(out.end(), rects.begin(), rects.end());
    }
    return out;
}
