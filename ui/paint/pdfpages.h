#pragma once

#include "ui/paint/viewpalette.h"

#include <QFont>
#include <QPainter>
#include <QString>

#include <functional>
#include <memory>

class QPdfWriter;
class QTextDocument;

/// The pages of the PDF export and the blocks placed on them, top to bottom. Units are device
/// pixels at the writer's resolution. A block goes whole onto a page when it fits, else onto a
/// new page, and is sliced across pages only when it is taller than one. Every page has a
/// footer (title and page number); once repeatHeads() is called, every page also starts with
/// the column heads.
class PdfPages
{
public:
    /// `dpi`: the writer's resolution. `title` goes into every footer.
    PdfPages(QPdfWriter &writer, int dpi, const QString &title, const QFont &font, const ViewPalette &colors);
    ~PdfPages();

    /// Starts the first page; false when the writer cannot be painted on.
    bool begin();
    void end();

    QPainter &painter() { return m_painter; }
    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    /// QTextDocument takes margins and paddings in screen pixels and scales them to the paint
    /// device itself (fonts it scales by their point size), so those lengths go in this unit.
    qreal framePx(qreal points) const { return points * m_screenDpi / 72.0; }
    qreal width() const { return m_width; }
    /// Room for a block below the column heads on a fresh page.
    qreal roomBelowHeads() const { return m_bottom - m_headsHeight; }

    /// A document `width` wide in the body font, laid out for the writer.
    std::unique_ptr<QTextDocument> document(qreal width) const;
    /// Places a block `height` tall: `paint` draws it with its top at y 0. `gap` follows it.
    void place(qreal height, const std::function<void()> &paint, qreal gap);
    void placeDocument(QTextDocument &doc, qreal gap = 0);
    /// Leaves `height` empty below the last block.
    void skip(qreal height) { m_y += height; }
    /// From the next block on, every page starts with `paint` (drawn with its top at y 0),
    /// `height` tall.
    void repeatHeads(std::function<void()> paint, qreal height);

private:
    void startPage();
    void paintHeads();

    QPdfWriter &m_writer;
    QPainter m_painter;
    const int m_dpi;
    const QString m_title;
    const QFont m_font;
    QFont m_small;
    const ViewPalette &m_colors;
    qreal m_screenDpi = 96;
    qreal m_width = 0, m_bottom = 0;
    qreal m_y = 0;
    int m_page = 0;
    std::function<void()> m_heads; ///< empty until the rows start
    qreal m_headsHeight = 0;
    bool m_headsPending = false; ///< the heads go above the next block placed
};
