#pragma once

#include <QString>

#include <cstdint>

/// An sRGB colour, 0–255 a channel: a plain value, since core links no Qt Gui.
struct Rgb
{
    std::uint8_t r = 0, g = 0, b = 0;
    std::uint8_t a = 255; ///< opacity, 255 opaque

    /// "#rrggbb", the alpha left out (CSS for the HTML export, which takes opaque roles only).
    QString hex() const;

    friend bool operator==(const Rgb &, const Rgb &) = default;
};

/// Synoptic's colours, the one source for the window and the PDF (ui/paint/viewpalette.h wraps
/// them in QColor) and the HTML export (core/export/htmlpalette.h writes them as CSS). Derived
/// from the Okabe–Ito palette, which stays distinguishable with every common colour-vision
/// deficiency; each role also has a non-colour cue (underline, strike or margin style) so colour
/// is never the only signal.
struct Palette
{
    struct Colors
    {
        Rgb page;   ///< background of an exported page (the window takes the system's)
        Rgb text;
        Rgb dimmed; ///< furniture text, secondary labels
        Rgb line;   ///< rules between exported rows, table borders
        Rgb match;  ///< passage backgrounds by unit status
        Rgb divergent;
        Rgb unique;
        Rgb furniture;
        /// A unique passage with a related one elsewhere (LinkKind::Related): violet, apart from
        /// the three link kinds' hues and from the moved green; its cue besides colour is a
        /// dashed outline.
        Rgb related;
        Rgb matchMarker; ///< strong colours: passage margins, the overview strip, share bars
        Rgb divergentMarker;
        Rgb uniqueMarker;
        Rgb relatedMarker;
        Rgb changed;     ///< background of words replaced in the counterpart
        Rgb inserted;    ///< background of words the counterpart lacks
        Rgb changedLine; ///< underline of changed and inserted words
        Rgb fact;        ///< wavy underline of a changed fact
        Rgb factText;    ///< text of a changed fact
        Rgb moved;       ///< band and margin of a passage out of the other article's order
        Rgb bandMatch;   ///< connecting bands between linked passages (translucent)
        Rgb bandDivergent;
        Rgb hover;       ///< outline of the hovered passage and its counterparts
        Rgb focus;       ///< frame of the current row
        Rgb find;        ///< background of the find hit
        Rgb findText;

        friend bool operator==(const Colors &, const Colors &) = default;
    };

    Colors light; ///< light mode, and always in print
    Colors dark;  ///< dark mode

    static Palette standard();

    friend bool operator==(const Palette &, const Palette &) = default;
};
