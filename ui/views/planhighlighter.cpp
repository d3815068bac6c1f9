#include "ui/views/planhighlighter.h"

#include <QTextBlock>

#include <algorithm>

PlanHighlighter::PlanHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) { }

void PlanHighlighter::setPlan(PresentedComparisonPtr comparison, int doc, const ViewPalette &palette)
{
    m_presented = std::move(comparison);
    m_doc = doc;
    m_palette = palette;
    m_longest = 0;
    if (m_presented && doc >= 0 && doc < int(m_presented->plan().highlights.size())) {
        for (const Highlight &h : m_presented->plan().highlights[size_t(doc)])
            m_longest = std::max(m_longest, h.span.length());
    }
    rehighlight();
}

void PlanHighlighter::setViewPalette(const ViewPalette &palette)
{
    m_palette = palette;
    rehighlight();
}

void PlanHighlighter::highlightBlock(const QString &text)
{
    if (!m_presented || m_doc < 0 || m_doc >= int(m_presented->plan().highlights.size()) || text.isEmpty())
        return;
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();
    const std::vector<Highlight> &all = m_presented->plan().highlights[size_t(m_doc)];
    // Sorted by start: begin with the first highlight that could still reach this block.
    auto it = std::lower_bound(all.begin(), all.end(), blockStart - m_longest,
                               [](const Highlight &h, qsizetype pos) { return h.span.start < pos; });
    for (; it != all.end() && it->span.start < blockEnd; ++it) {
        const qsizetype start = std::max(it->span.start, blockStart);
        const qsizetype end = std::min(it->span.end, blockEnd);
        if (end <= start)
            continue;
        // Later ranges add to earlier ones: word and fact marks lie on the passage colour.
        const int from = int(start - blockStart);
        const int count = int(end - start);
        const QTextCharFormat add = m_palette.textFormat(*it);
        for (int i = from; i < from + count;) {
            QTextCharFormat merged = format(i);
            int run = 1;
            while (i + run < from + count && format(i + run) == merged)
                ++run;
            merged.merge(add);
            setFormat(i, run, merged);
            i += run;
        }
    }
}
