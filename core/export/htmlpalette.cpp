#include "core/export/htmlpalette.h"

#include "core/present/palette.h"

namespace {

HtmlPalette::Colors css(const Palette::Colors &c)
{
    return {
        .background = c.page.hex(),
        .text = c.text.hex(),
        .dimmed = c.dimmed.hex(),
        .line = c.line.hex(),
        .match = c.match.hex(),
        .divergent = c.divergent.hex(),
        .unique = c.unique.hex(),
        .furniture = c.furniture.hex(),
        .related = c.related.hex(),
        .matchMarker = c.matchMarker.hex(),
        .divergentMarker = c.divergentMarker.hex(),
        .uniqueMarker = c.uniqueMarker.hex(),
        .relatedMarker = c.relatedMarker.hex(),
        .changed = c.changed.hex(),
        .inserted = c.inserted.hex(),
        .fact = c.fact.hex(),
        .moved = c.moved.hex(),
        .hover = c.hover.hex(),
        .focus = c.focus.hex(),
    };
}

} // namespace

// The window's colours (Palette::standard()), so an export looks like the window it came from.
HtmlPalette HtmlPalette::defaults()
{
    const Palette p = Palette::standard();
    return {css(p.light), css(p.dark)};
}
