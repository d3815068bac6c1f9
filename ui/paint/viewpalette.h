#pragma once

#include "core/present/highlightplan.h"

#include <QColor>
#include <QPalette>
#include <QTextCharFormat>

/// The viewer's colours, in one place. Derived from the Okabe–Ito palette, which stays
/// distinguishable with every common colour-vision deficiency; each role also has a non-colour
/// cue (underline or strike style) so colour is never the only signal.
class ViewPalette
{
public:
    /// Light or dark, chosen from the application palette's window colour.
    static ViewPalette forPalette(const QPalette &palette);
    static ViewPalette light();
    static ViewPalette dark();

    bool isDark() const { return m_dark; }
    /// Background of a whole passage with this role (Match, Divergent, Unique, Furniture).
    QColor background(HighlightRole role) const;
    /// The character format for a highlight: passage background, or stronger marking for
    /// changed words and facts.
    QTextCharFormat format(const Highlight &h) const;
    /// format() as the comparison view applies it: facts without the wave, which the view
    /// paints itself, bolder than QTextCharFormat's (see factColor()).
    QTextCharFormat textFormat(const Highlight &h) const;
    QColor text() const { return m_text; }
    QColor dimmedText() const { return m_dimmed; }
    QColor factColor(FactChange::Kind kind) const;
    /// Colour of a connecting band for a link of this kind.
    QColor band(bool match, bool moved) const;
    /// Strong colour of a unit status: the margin marker of a passage and the overview strip.
    QColor marker(UnitStatus status) const;
    /// Passage background of a unit status.
    QColor background(UnitStatus status) const;
    QColor moved() const { return m_moved; }
    /// Outline of the hovered passage and its counterparts.
    QColor hover() const { return m_hover; }
    /// Frame of the current row.
    QColor focus() const { return m_focus; }
    /// Background and text of the find hit.
    QColor findBackground() const { return m_find; }
    QColor findText() const { return m_findText; }

private:
    bool m_dark = false;
    QColor m_text, m_dimmed;
    QColor m_match, m_divergent, m_unique, m_furniture, m_changed, m_inserted, m_fact, m_moved;
    QColor m_matchMarker, m_divergentMarker, m_uniqueMarker;
    QColor m_hover, m_focus, m_find, m_findText, m_factText, m_changedLine;
    QColor m_bandMatch, m_bandDivergent;
};
