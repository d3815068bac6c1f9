#include "ui/paint/viewpalette.h"

ViewPalette ViewPalette::light()
{
    return {Palette::standard().light, false};
}

ViewPalette ViewPalette::dark()
{
    return {Palette::standard().dark, true};
}

ViewPalette ViewPalette::forPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? dark() : light();
}

QColor ViewPalette::background(HighlightRole role) const
{
    switch (role) {
    case HighlightRole::Match: return color(m_colors.match);
    case HighlightRole::Divergent: return color(m_colors.divergent);
    case HighlightRole::Unique: return color(m_colors.unique);
    case HighlightRole::Related: return color(m_colors.related);
    case HighlightRole::Furniture: return color(m_colors.furniture);
    case HighlightRole::Inserted: return color(m_colors.inserted);
    case HighlightRole::Changed: return color(m_colors.changed);
    case HighlightRole::Fact: return color(m_colors.changed);
    }
    return {};
}

QColor ViewPalette::background(UnitStatus status) const
{
    switch (status) {
    case UnitStatus::Match: return color(m_colors.match);
    case UnitStatus::Divergent: return color(m_colors.divergent);
    case UnitStatus::Unique: return color(m_colors.unique);
    case UnitStatus::Related: return color(m_colors.related);
    case UnitStatus::Furniture: return color(m_colors.furniture);
    }
    return {};
}

QColor ViewPalette::marker(UnitStatus status) const
{
    switch (status) {
    case UnitStatus::Match: return color(m_colors.matchMarker);
    case UnitStatus::Divergent: return color(m_colors.divergentMarker);
    case UnitStatus::Unique: return color(m_colors.uniqueMarker);
    case UnitStatus::Related: return color(m_colors.relatedMarker);
    case UnitStatus::Furniture: return color(m_colors.dimmed);
    }
    return {};
}

QColor ViewPalette::factColor(FactChange::Kind) const
{
    return color(m_colors.fact);
}

QColor ViewPalette::band(LinkKind kind, bool moved) const
{
    if (moved) {
        QColor c = color(m_colors.moved);
        c.setAlpha(200);
        return c;
    }
    // Related passages are no edit of each other: their band is theirs, not the edited colour.
    if (kind == LinkKind::Related) {
        QColor c = color(m_colors.relatedMarker);
        c.setAlpha(140);
        return c;
    }
    return color(kind == LinkKind::Match ? m_colors.bandMatch : m_colors.bandDivergent);
}

QTextCharFormat ViewPalette::format(const Highlight &h) const
{
    QTextCharFormat f;
    switch (h.role) {
    case HighlightRole::Match:
    case HighlightRole::Divergent:
    case HighlightRole::Unique:
    case HighlightRole::Related:
        f.setBackground(background(h.role));
        break;
    case HighlightRole::Furniture:
        f.setForeground(dimmedText());
        f.setFontItalic(true);
        break;
    case HighlightRole::Changed:
        f.setBackground(color(m_colors.changed));
        f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        f.setUnderlineColor(color(m_colors.changedLine));
        break;
    case HighlightRole::Inserted:
        f.setBackground(color(m_colors.inserted));
        f.setUnderlineStyle(QTextCharFormat::DashUnderline);
        f.setUnderlineColor(color(m_colors.changedLine));
        break;
    case HighlightRole::Fact:
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(color(m_colors.fact));
        f.setForeground(color(m_colors.factText));
        f.setFontWeight(QFont::DemiBold);
        break;
    }
    return f;
}

QTextCharFormat ViewPalette::textFormat(const Highlight &h) const
{
    QTextCharFormat f = format(h);
    if (h.role == HighlightRole::Fact)
        f.setUnderlineStyle(QTextCharFormat::NoUnderline);
    return f;
}
