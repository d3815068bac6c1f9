#include "ui/paint/viewpalette.h"

ViewPalette ViewPalette::light()
{
    ViewPalette p;
    p.m_dark = false;
    p.m_text = QColor(0x1a, 0x1a, 0x1a);
    p.m_dimmed = QColor(0x70, 0x70, 0x70);
    p.m_match = QColor(0xd9, 0xec, 0xf9);     // sky blue, light
    p.m_divergent = QColor(0xfd, 0xeb, 0xc8); // orange, light
    p.m_unique = QColor(0xf5, 0xdc, 0xec);    // reddish purple, light
    p.m_furniture = QColor(0xef, 0xef, 0xef);
    p.m_changed = QColor(0xf6, 0xc1, 0x64);   // orange, strong
    p.m_inserted = QColor(0xf6, 0xc1, 0x64);
    p.m_changedLine = QColor(0xa8, 0x6b, 0x00);
    p.m_fact = QColor(0xc9, 0x4f, 0x00);      // vermillion, darkened to show on orange
    p.m_factText = QColor(0x80, 0x2a, 0x00);
    p.m_moved = QColor(0x00, 0x9e, 0x73);     // bluish green
    p.m_matchMarker = QColor(0x56, 0xb4, 0xe9);
    p.m_divergentMarker = QColor(0xe6, 0x9f, 0x00);
    p.m_uniqueMarker = QColor(0xcc, 0x79, 0xa7);
    p.m_bandMatch = QColor(0xa9, 0xd0, 0xee, 200);
    p.m_bandDivergent = QColor(0xf2, 0xc7, 0x7c, 200);
    p.m_hover = QColor(0x00, 0x72, 0xb2);     // blue
    p.m_focus = QColor(0x33, 0x33, 0x33);
    p.m_find = QColor(0xf0, 0xe4, 0x42);      // yellow
    p.m_findText = QColor(0x00, 0x00, 0x00);
    return p;
}

ViewPalette ViewPalette::dark()
{
    ViewPalette p;
    p.m_dark = true;
    p.m_text = QColor(0xe8, 0xe8, 0xe8);
    p.m_dimmed = QColor(0x9a, 0x9a, 0x9a);
    p.m_match = QColor(0x1f, 0x3d, 0x57);
    p.m_divergent = QColor(0x56, 0x41, 0x15);
    p.m_unique = QColor(0x51, 0x29, 0x4a);
    p.m_furniture = QColor(0x33, 0x33, 0x33);
    p.m_changed = QColor(0x8f, 0x63, 0x00);
    p.m_inserted = QColor(0x8f, 0x63, 0x00);
    p.m_changedLine = QColor(0xf0, 0xb5, 0x4a);
    p.m_fact = QColor(0xff, 0x8c, 0x42);
    p.m_factText = QColor(0xff, 0xc8, 0x9c);
    p.m_moved = QColor(0x3f, 0xc1, 0x9a);
    p.m_matchMarker = QColor(0x56, 0xb4, 0xe9);
    p.m_divergentMarker = QColor(0xe6, 0x9f, 0x00);
    p.m_uniqueMarker = QColor(0xcc, 0x79, 0xa7);
    p.m_bandMatch = QColor(0x3b, 0x6f, 0x99, 190);
    p.m_bandDivergent = QColor(0x9a, 0x73, 0x26, 190);
    p.m_hover = QColor(0x8f, 0xd0, 0xff);
    p.m_focus = QColor(0xe0, 0xe0, 0xe0);
    p.m_find = QColor(0xf0, 0xe4, 0x42);
    p.m_findText = QColor(0x00, 0x00, 0x00);
    return p;
}

ViewPalette ViewPalette::forPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? dark() : light();
}

QColor ViewPalette::background(HighlightRole role) const
{
    switch (role) {
    case HighlightRole::Match: return m_match;
    case HighlightRole::Divergent: return m_divergent;
    case HighlightRole::Unique: return m_unique;
    case HighlightRole::Furniture: return m_furniture;
    case HighlightRole::Inserted: return m_inserted;
    case HighlightRole::Changed: return m_changed;
    case HighlightRole::Fact: return m_changed;
    }
    return {};
}

QColor ViewPalette::background(UnitStatus status) const
{
    switch (status) {
    case UnitStatus::Match: return m_match;
    case UnitStatus::Divergent: return m_divergent;
    case UnitStatus::Unique: return m_unique;
    case UnitStatus::Furniture: return m_furniture;
    }
    return {};
}

QColor ViewPalette::marker(UnitStatus status) const
{
    switch (status) {
    case UnitStatus::Match: return m_matchMarker;
    case UnitStatus::Divergent: return m_divergentMarker;
    case UnitStatus::Unique: return m_uniqueMarker;
    case UnitStatus::Furniture: return m_dimmed;
    }
    return {};
}

QColor ViewPalette::factColor(FactChange::Kind) const
{
    return m_fact;
}

QColor ViewPalette::band(bool match, bool moved) const
{
    if (moved) {
        QColor c = m_moved;
        c.setAlpha(200);
        return c;
    }
    return match ? m_bandMatch : m_bandDivergent;
}

QTextCharFormat ViewPalette::format(const Highlight &h) const
{
    QTextCharFormat f;
    switch (h.role) {
    case HighlightRole::Match:
    case HighlightRole::Divergent:
    case HighlightRole::Unique:
        f.setBackground(background(h.role));
        break;
    case HighlightRole::Furniture:
        f.setForeground(m_dimmed);
        f.setFontItalic(true);
        break;
    case HighlightRole::Changed:
        f.setBackground(m_changed);
        f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        f.setUnderlineColor(m_changedLine);
        break;
    case HighlightRole::Inserted:
        f.setBackground(m_inserted);
        f.setUnderlineStyle(QTextCharFormat::DashUnderline);
        f.setUnderlineColor(m_changedLine);
        break;
    case HighlightRole::Fact:
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(m_fact);
        f.setForeground(m_factText);
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
