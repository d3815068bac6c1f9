#pragma once

#include "core/model/comparison.h"
#include "core/present/highlightplan.h"
#include "ui/paint/celltext.h"
#include "ui/paint/viewpalette.h"

#include <QCache>
#include <QFont>

#include <vector>

/// The synoptic view's cell texts: one CellText per (row, document), laid out to the current
/// text width with the palette's formats and cached, and the heights of rows measured from them
/// or estimated without laying out. Heights here are of the text alone, in pixels; the pane adds
/// its paddings.
class CellTextCache
{
public:
    CellTextCache();

    /// A new comparison (both may be null): forgets every layout. The pointees must outlive
    /// their use here (SynopticPane holds them).
    void setComparison(const Comparison *comparison, const HighlightPlan *plan);
    /// Formats carry colours: forgets every layout.
    void setPalette(const ViewPalette &palette);
    /// A new font or column: forgets every layout.
    void setMetrics(const QFont &font, int textWidth);

    /// Hidden columns (`hidden[doc]`) count for no row's height.
    void setHidden(std::vector<bool> hidden) { m_hidden = std::move(hidden); }
    int lineSpacing() const { return m_lineSpacing; }
    /// From one line of a passage to the next: the spacing and the extra leading cells add.
    int lineStep() const { return m_lineSpacing + m_lineExtra; }

    /// The laid-out text of a cell that has a passage, cached.
    const CellText *cell(int row, int doc) const;
    /// The tallest cell of `row`; `keep` puts the layouts in the cache (rows on screen), else
    /// only cached ones are reused (idle-time measuring would push out what is on screen).
    qreal measuredHeight(int row, bool keep) const;
    /// A guess from the characters per line, paragraph breaks included.
    int estimatedHeight(int row) const;
    /// Extra space above `row` where the base document starts a paragraph.
    int paragraphGap(int row) const;

private:
    std::unique_ptr<CellText> build(int row, int doc) const;
    void findParagraphStarts();

    const Comparison *m_comparison = nullptr;
    const HighlightPlan *m_plan = nullptr;
    ViewPalette m_palette;
    QFont m_font;
    int m_textWidth = 0;
    int m_lineExtra = 0;
    double m_avgCharWidth = 7;
    int m_lineSpacing = 16;
    std::vector<bool> m_startsParagraph; ///< per row
    std::vector<bool> m_hidden;          ///< per document; shorter means shown
    bool hidden(size_t doc) const { return doc < m_hidden.size() && m_hidden[doc]; }
    mutable QCache<quint64, CellText> m_cache; ///< by (row, document)
};
