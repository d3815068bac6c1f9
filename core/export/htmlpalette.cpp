#include "core/export/htmlpalette.h"

using namespace Qt::StringLiterals;

// Keep in step with ui/viewpalette.cpp: an export should look like the window it came from.
HtmlPalette HtmlPalette::defaults()
{
    HtmlPalette p;
    p.light = {
        .background = u"#ffffff"_s,
        .text = u"#1a1a1a"_s,
        .dimmed = u"#6e6e6e"_s,
        .line = u"#d0d0d0"_s,
        .match = u"#d6eaf8"_s,
        .divergent = u"#fce8c3"_s,
        .unique = u"#f3d9e9"_s,
        .furniture = u"#eeeeee"_s,
        .matchMarker = u"#56b4e9"_s,
        .divergentMarker = u"#e69f00"_s,
        .uniqueMarker = u"#cc79a7"_s,
        .changed = u"#f5b94a"_s,
        .inserted = u"#f5b94a"_s,
        .fact = u"#d55e00"_s,
        .moved = u"#009e73"_s,
        .hover = u"#0072b2"_s,
        .focus = u"#333333"_s,
    };
    p.dark = {
        .background = u"#1e1e1e"_s,
        .text = u"#e8e8e8"_s,
        .dimmed = u"#9a9a9a"_s,
        .line = u"#444444"_s,
        .match = u"#1d3b55"_s,
        .divergent = u"#554014"_s,
        .unique = u"#4f2a45"_s,
        .furniture = u"#333333"_s,
        .matchMarker = u"#56b4e9"_s,
        .divergentMarker = u"#e69f00"_s,
        .uniqueMarker = u"#cc79a7"_s,
        .changed = u"#8a5e00"_s,
        .inserted = u"#8a5e00"_s,
        .fact = u"#ff8c42"_s,
        .moved = u"#3fc19a"_s,
        .hover = u"#8fd0ff"_s,
        .focus = u"#e0e0e0"_s,
    };
    return p;
}
