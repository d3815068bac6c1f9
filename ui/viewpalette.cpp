#include "ui/viewpalette.h"

ViewPalette ViewPalette::light()
{
    ViewPalette p;
    p.m_dark = false;
    p.m_text = QColor(0x1a, 0x1a, 0x1a);
    p.m_dimmed = QColor(0x8a, 0x8a, 0x8a);
    p.m_match = QColor(0xd6, 0xea, 0xf8);     // sky blue, light
    p.m_divergent = QColor(0xfc, 0xe8, 0xc3); // orange, light
    p.m_unique = QColor(0xf3, 0xd9, 0xe9);    // reddish purple, light
    p.m_furniture = QColor(0xee, 0xee, 0xee);
    p.m_changed = QColor(0xf5, 0xb9, 0x4a);   // orange, strong
    p.m_inserted = QColor(0xf5, 0xb9, 0x4a);
    p.m_fact = QColor(0xd5, 0x5e, 0x00);      // vermillion
    p.m_moved = QColor(0x00, 0x9e, 0x73);     // bluish green
    return p;
}

ViewPalette ViewPalette::dark()
{
    ViewPalette p;
    p.m_dark = true;
    p.m_text = QColor(0xe8, 0xe8, 0xe8);
    p.m_dimmed = QColor(0x80, 0x80, 0x80);
    p.m_match = QColor(0x1d, 0x3b, 0x55);
    p.m_divergent = QColor(0x55, 0x40, 0x14);
    p.m_unique = QColor(0x4f, 0x2a, 0x45);
    p.m_furniture = QColor(0x33, 0x33, 0x33);
    p.m_changed = QColor(0x8a, 0x5e, 0x00);
    p.m_inserted = QColor(0x8a, 0x5e, 0x00);
    p.m_fact = QColor(0xff, 0x8c, 0x42);
    p.m_moved = QColor(0x3f, 0xc1, 0x9a);
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

QColor ViewPalette::factColor(FactChange::Kind) const
{
    return m_fact;
}

QColor ViewPalette::band(bool match, bool moved) const
{
    QColor c = moved ? m_moved : (match ? m_match.darker(115) : m_divergent.darker(115));
    c.setAlpha(170);
    return c;
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
        f.setFontUnderline(true);
        f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        break;
    case HighlightRole::Inserted:
        f.setBackground(m_inserted);
        f.setUnderlineStyle(QTextCharFormat::DashUnderline);
        break;
    case HighlightRole::Fact:
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(m_fact);
        f.setFontWeight(QFont::DemiBold);
        break;
    }
    return f;
}
