#pragma once

#include "core/present/highlightplan.h"
#include "core/present/palette.h"

#include <QColor>
#include <QPalette>
#include <QTextCharFormat>

/// The window's and the PDF's colours as QColor and character formats, read from the one colour
/// source, Palette::standard() (core/present/palette.h), which the HTML export reads too.
class ViewPalette
{
public:
    /// The light colours.
    ViewPalette() : m_colors(Palette::standard().light) {}
    /// Light or dark, chosen from the application palette's window colour.
    static ViewPalette forPalette(const QPalette &palette);
    static ViewPalette light();
    static ViewPalette dark();

    bool isDark() const { return m_dark; }
    /// Background of a whole passage with this role (Match, Divergent, Unique, Related, Furniture).
    QColor background(HighlightRole role) const;
    /// The character format for a highlight: passage background, or stronger marking for
    /// changed words and facts.
    QTextCharFormat format(const Highlight &h) const;
    /// format() as the comparison view applies it: facts without the wave, which the view
    /// paints itself, bolder than QTextCharFormat's (see factColor()).
    QTextCharFormat textFormat(const Highlight &h) const;
    QColor text() const { return color(m_colors.text); }
    QColor dimmedText() const { return color(m_colors.dimmed); }
    /// Rules between rows and table borders of the PDF.
    QColor line() const { return color(m_colors.line); }
    QColor factColor(FactChange::Kind kind) const;
    /// Colour of a connecting band for a link of this kind.
    QColor band(LinkKind kind, bool moved) const;
    /// Strong colour of a unit status: the margin marker of a passage and the overview strip.
    QColor marker(UnitStatus status) const;
    /// Passage background of a unit status.
    QColor background(UnitStatus status) const;
    QColor moved() const { return color(m_colors.moved); }
    /// Outline of the hovered passage and its counterparts.
    QColor hover() const { return color(m_colors.hover); }
    /// Frame of the current row.
    QColor focus() const { return color(m_colors.focus); }
    /// Background and text of the find hit.
    QColor findBackground() const { return color(m_colors.find); }
    QColor findText() const { return color(m_colors.findText); }
    /// Background of the other find hits: the hit's yellow, faint enough that the current one
    /// stands out and the passage's own colour shows through.
    QColor findOtherBackground() const
    {
        QColor c = findBackground();
        c.setAlpha(m_dark ? 110 : 140);
        return c;
    }
    /// A find hit's format in both modes: the current hit in full yellow and underlined (told
    /// apart by more than a shade), the others faint.
    QTextCharFormat findFormat(bool current) const
    {
        QTextCharFormat f;
        f.setBackground(current ? findBackground() : findOtherBackground());
        if (current) {
            f.setForeground(findText());
            f.setFontUnderline(true);
        }
        return f;
    }
    /// Background of a passage whose counterparts agree only under the folding options (a
    /// different case, say): the matching colour, faded, so it reads as agreement but quieter.
    QColor foldedBackground() const
    {
        QColor c = background(UnitStatus::Match);
        c.setAlpha(110);
        return c;
    }

private:
    ViewPalette(const Palette::Colors &colors, bool dark) : m_dark(dark), m_colors(colors) {}
    static QColor color(const Rgb &c) { return QColor(c.r, c.g, c.b, c.a); }

    bool m_dark = false;
    Palette::Colors m_colors;
};
