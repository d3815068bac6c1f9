#include "ui/paint/pdfpages.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QScreen>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

PdfPages::PdfPages(QPdfWriter &writer, int dpi, const QString &title, const QFont &font, const ViewPalette &colors)
    : m_writer(writer), m_dpi(dpi), m_title(title), m_font(font), m_small(font), m_colors(colors)
{
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        m_screenDpi = screen->logicalDotsPerInchY();
    m_small.setPointSizeF(font.pointSizeF() - 1.5);
    const QRectF paper = writer.pageLayout().paintRectPixels(dpi);
    m_width = paper.width();
    m_bottom = paper.height() - pt(14); // the footer lives below
}

PdfPages::~PdfPages() = default;

bool PdfPages::begin()
{
    if (!m_painter.begin(&m_writer))
        return false;
    startPage();
    return true;
}

void PdfPages::end()
{
    m_painter.end();
}

std::unique_ptr<QTextDocument> PdfPages::document(qreal width) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    doc->documentLayout()->setPaintDevice(&m_writer);
    doc->setDefaultFont(m_font);
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    doc->setDocumentMargin(framePx(4));
    doc->setTextWidth(width);
    return doc;
}

void PdfPages::startPage()
{
    if (m_page > 0)
        m_writer.newPage();
    ++m_page;
    m_y = 0;
    m_painter.setFont(m_small);
    m_painter.setPen(m_colors.dimmedText());
    const QFontMetricsF fm(m_small, &m_writer);
    const QRectF footer(0, m_bottom + pt(4), m_width, pt(10));
    const QString page = u"page %1"_s.arg(m_page);
    m_painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, page);
    const qreal room = m_width - fm.horizontalAdvance(page) - pt(20);
    m_painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(u"Synoptic · "_s + m_title, Qt::ElideRight, room));
    if (m_heads)
        paintHeads();
}

void PdfPages::repeatHeads(std::function<void()> paint, qreal height)
{
    m_heads = std::move(paint);
    m_headsHeight = height;
    m_headsPending = true;
}

void PdfPages::paintHeads()
{
    m_headsPending = false;
    m_painter.save();
    m_painter.translate(0, m_y);
    m_heads();
    m_painter.restore();
    m_y += m_headsHeight;
}

void PdfPages::place(qreal height, const std::function<void()> &paint, qreal gap)
{
    const qreal top = m_heads ? m_headsHeight : 0;
    const qreal heads = m_headsPending ? m_headsHeight : 0;
    if (m_y + heads + height > m_bottom && m_y > top + 1)
        startPage();
    if (m_headsPending)
        paintHeads();
    if (m_y + height <= m_bottom) {
        m_painter.save();
        m_painter.translate(0, m_y);
        paint();
        m_painter.restore();
        m_y += height + gap;
        return;
    }
    // At the top of a page here, so every slice is a page tall.
    const qreal slice = m_bottom - m_y;
    for (qreal done = 0; done < height; done += slice) {
        if (done > 0)
            startPage();
        m_painter.save();
        m_painter.setClipRect(QRectF(0, m_y, m_width, slice));
        m_painter.translate(0, m_y - done);
        paint();
        m_painter.restore();
        m_y += std::min(slice, height - done);
    }
    m_y += gap;
}

void PdfPages::placeDocument(QTextDocument &doc, qreal gap)
{
    place(doc.size().height(), [&] { doc.drawContents(&m_painter); }, gap);
}
