#include "ui/views/celltextcache.h"

#include "ui/views/passage.h"

#include <QFontMetricsF>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int kParagraphGap = 8; // more above a row that starts a paragraph

quint64 cacheKey(int row, int doc)
{
    return (quint64(quint32(row)) << 16) | quint64(quint16(doc));
}

} // namespace

CellTextCache::CellTextCache()
{
    m_cache.setMaxCost(4000);
}

void CellTextCache::setComparison(const Comparison *comparison, const HighlightPlan *plan)
{
    m_comparison = comparison;
    m_plan = comparison ? plan : nullptr;
    m_cache.clear();
    findParagraphStarts();
}

void CellTextCache::setPalette(const ViewPalette &palette)
{
    m_palette = palette;
    m_cache.clear();
}

void CellTextCache::setMetrics(const QFont &font, int textWidth)
{
    m_font = font;
    m_textWidth = textWidth;
    const QFontMetricsF fm(font);
    m_lineSpacing = qCeil(fm.lineSpacing());
    m_lineExtra = qRound(fm.height() * 0.2);
    m_avgCharWidth = fm.horizontalAdvance(u"The quick brown fox jumps over the lazy dog, said 12 of them."_s) / 61.0;
    m_cache.clear();
}

// Rows follow sentences; a little more space where the base document starts a paragraph keeps
// the paragraphs visible. At paragraph granularity every row is one, so none gets it.
void CellTextCache::findParagraphStarts()
{
    m_startsParagraph.clear();
    if (!m_comparison || m_comparison->granularity == Granularity::Paragraph)
        return;
    const Comparison &c = *m_comparison;
    m_startsParagraph.resize(c.rows.size(), false);
    for (size_t r = 1; r < c.rows.size(); ++r) {
        const std::vector<UnitRange> &cells = c.rows[r].cells;
        int doc = cells[size_t(c.baseDocument)].isEmpty() ? -1 : c.baseDocument;
        for (int d = 0; d < int(cells.size()) && doc < 0; ++d) {
            if (!cells[size_t(d)].isEmpty())
                doc = d;
        }
        if (doc < 0)
            continue;
        const qsizetype start = c.unitSpan(doc, cells[size_t(doc)].first).start;
        const QString &text = c.documents[size_t(doc)].text;
        m_startsParagraph[r] = start > 0 && text.at(start - 1) == u'\n';
    }
}

int CellTextCache::paragraphGap(int row) const
{
    return row >= 0 && row < int(m_startsParagraph.size()) && m_startsParagraph[size_t(row)] ? kParagraphGap : 0;
}

int CellTextCache::estimatedHeight(int row) const
{
    const RowPlan &rp = m_plan->rows[size_t(row)];
    const double perLine = std::max(1.0, m_textWidth / m_avgCharWidth);
    int lines = 1;
    for (size_t d = 0; d < rp.cells.size(); ++d) {
        const CellPlan &cell = rp.cells[d];
        if (cell.units.isEmpty() || hidden(d))
            continue;
        // Paragraph breaks inside a cell start new lines.
        const QStringView text = m_comparison->documents[d].slice(cell.span);
        int cellLines = 0;
        qsizetype start = 0;
        while (start <= text.size()) {
            qsizetype end = text.indexOf(u'\n', start);
            if (end < 0)
                end = text.size();
            cellLines += std::max(1, int(std::ceil(double(end - start) * 1.08 / perLine)));
            start = end + 1;
        }
        lines = std::max(lines, cellLines);
    }
    return lines * (m_lineSpacing + m_lineExtra);
}

std::unique_ptr<CellText> CellTextCache::build(int row, int doc) const
{
    const CellPlan &cell = m_plan->rows[size_t(row)].cells[size_t(doc)];
    const QString text = m_comparison->documents[size_t(doc)].slice(cell.span).toString();
    QList<QTextLayout::FormatRange> formats = Passage::formats(*m_plan, m_palette, doc, cell.span);
    if (m_plan->rows[size_t(row)].folded) {
        // The faded card alone carries "the same wording once folded"; the words' own matching
        // colour would lay a band of the full colour over it.
        for (QTextLayout::FormatRange &range : formats)
            range.format.clearBackground();
    }
    auto cellText = std::make_unique<CellText>(text, m_font, formats, m_textWidth, m_lineExtra);
    cellText->facts = Passage::factSpans(*m_plan, doc, cell.span);
    return cellText;
}

const CellText *CellTextCache::cell(int row, int doc) const
{
    const quint64 key = cacheKey(row, doc);
    if (const CellText *cached = m_cache.object(key))
        return cached;
    CellText *built = build(row, doc).release();
    m_cache.insert(key, built);
    return built;
}

qreal CellTextCache::measuredHeight(int row, bool keep) const
{
    const RowPlan &rp = m_plan->rows[size_t(row)];
    qreal height = m_lineSpacing + m_lineExtra;
    for (int d = 0; d < int(rp.cells.size()); ++d) {
        if (rp.cells[size_t(d)].units.isEmpty() || hidden(size_t(d)))
            continue;
        const CellText *cached = keep ? cell(row, d) : m_cache.object(cacheKey(row, d));
        height = std::max(height, cached ? cached->height() : build(row, d)->height());
    }
    return height;
}
