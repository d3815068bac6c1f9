#pragma once

#include <QString>

/// The colours of the HTML export as CSS "#rrggbb" strings, so a caller may pass any CSS colour.
/// The defaults are the window's, written from Palette::standard() (core/present/palette.h),
/// the one colour source. An entry that is not "#rgb" or "#rrggbb" falls back to its default,
/// so a palette can never inject CSS.
struct HtmlPalette
{
    struct Colors
    {
        QString background; ///< page
        QString text;
        QString dimmed;     ///< furniture text, secondary labels
        QString line;       ///< rules between rows, table borders
        QString match;      ///< passage backgrounds by unit status
        QString divergent;
        QString unique;
        QString furniture;
        QString related;    ///< a passage with a related one elsewhere (LinkKind::Related)
        QString matchMarker; ///< strong colours: passage margins, share bars
        QString divergentMarker;
        QString uniqueMarker;
        QString relatedMarker;
        QString changed;  ///< background of words replaced in the counterpart
        QString inserted; ///< background of words the counterpart lacks
        QString fact;     ///< wavy underline of a changed fact
        QString moved;    ///< margin of a passage out of the other article's order
        QString hover;    ///< outline of the hovered passage's counterparts
        QString focus;    ///< outline of the current row (keys j/k)

        friend bool operator==(const Colors &, const Colors &) = default;
    };

    Colors light; ///< screen in light mode, and always in print
    Colors dark;  ///< screen when the reader's system prefers a dark scheme

    static HtmlPalette defaults();

    friend bool operator==(const HtmlPalette &, const HtmlPalette &) = default;
};
