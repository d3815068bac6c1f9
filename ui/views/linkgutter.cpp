#include "ui/views/linkgutter.h"

#include "ui/views/textcolumn.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

LinkGutter::LinkGutter(TextColumn *left, TextColumn *right, QWidget *parent)
    : QWidget(parent), m_left(left), m_right(right)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
}

QSize LinkGutter::sizeHint() const
{
    return QSize(56, 100);
}

void LinkGutter::setComparison(PresentedComparisonPtr comparison)
{
    m_presented = std::move(comparison);
    m_links.clear();
    m_emphasised.clear();
    if (m_presented) {
        const int l = m_left->doc(), r = m_right->doc();
        for (int k = 0; k < int(m_presented->comparison().links.size()); ++k) {
            const Link &link = m_presented->comparison().links[size_t(k)];
            if (link.side(l) >= 0 && link.other(l) == r)
                m_links.push_back(k);
        }
    }
    update();
}

void LinkGutter::setViewPalette(const ViewPalette &palette)
{
    m_palette = palette;
    update();
}

void LinkGutter::setEmphasised(std::vector<int> links)
{
    if (links == m_emphasised)
        return;
    m_emphasised = std::move(links);
    update();
}

void LinkGutter::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    if (!m_presented)
        return;
    p.setRenderHint(QPainter::Antialiasing);
    const int leftDoc = m_left->doc();
    const qreal w = width();
    const qreal h = height();
    // The editors' viewports may sit lower than the gutter's top (frames, margins).
    const qreal leftOffset = m_left->viewport()->mapTo(parentWidget(), QPoint(0, 0)).y() - y();
    const qreal rightOffset = m_right->viewport()->mapTo(parentWidget(), QPoint(0, 0)).y() - y();

    auto drawBand = [&](const Link &link, bool emphasised) {
        const int leftSide = link.side(leftDoc);
        const TextSpan ls = link.ends[size_t(leftSide)].span;
        const TextSpan rs = link.ends[size_t(1 - leftSide)].span;
        auto [lt, lb] = m_left->spanExtent(ls);
        auto [rt, rb] = m_right->spanExtent(rs);
        lt += leftOffset;
        lb += leftOffset;
        rt += rightOffset;
        rb += rightOffset;
        // Only bands with an end on screen: a moved passage far away on both sides would
        // otherwise streak across every screen.
        if (!(lb > 0 && lt < h) && !(rb > 0 && rt < h))
            return;
        QPainterPath path;
        const qreal c = w / 2;
        path.moveTo(0, lt);
        path.cubicTo(c, lt, c, rt, w, rt);
        path.lineTo(w, rb);
        path.cubicTo(c, rb, c, lb, 0, lb);
        path.closeSubpath();
        QColor fill = m_palette.band(link.kind, link.moved);
        QColor edge = fill;
        edge.setAlpha(255);
        edge = m_palette.isDark() ? edge.lighter(130) : edge.darker(130);
        if (emphasised) {
            fill = m_palette.hover();
            fill.setAlpha(200);
            edge = m_palette.hover();
        }
        p.setPen(QPen(edge, emphasised ? 1.5 : 1, link.kind == LinkKind::Match ? Qt::SolidLine : Qt::DashLine));
        p.setBrush(fill);
        p.drawPath(path);
    };

    // Unmoved first, then moved on top (they cross the others), then the emphasised ones.
    for (int pass = 0; pass < 2; ++pass) {
        for (int k : m_links) {
            const Link &link = m_presented->comparison().links[size_t(k)];
            if (link.moved == (pass == 1) && std::find(m_emphasised.begin(), m_emphasised.end(), k) == m_emphasised.end())
                drawBand(link, false);
        }
    }
    for (int k : m_emphasised) {
        if (std::find(m_links.begin(), m_links.end(), k) != m_links.end())
            drawBand(m_presented->comparison().links[size_t(k)], true);
    }
}
