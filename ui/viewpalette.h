#pragma once

#include "core/render/highlightplan.h"

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
    QColor text() const { return m_text; }
    QColor dimmedText() const { return m_dimmed; }
    QColor factColor(FactChange::Kind kind) const;
    /// Colour of a connecting band for a link of this kind.
    QColor band(bool match, bool moved) const;

private:
    bool m_dark = false;
    QColor m_text, m_dimmed;
    QColor m_match, m_divergent, m_unique, m_furniture, m_changed, m_inserted, m_fact, m_moved;
};
