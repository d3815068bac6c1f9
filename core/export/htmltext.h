#pragma once

#include "core/export/htmlpalette.h"

#include <QString>
#include <QStringView>

/// Article text and colours made safe for an HTML export: escaping, bidi controls shown as
/// badges, CSS values that cannot break out of their rule, and the hash a Content-Security-Policy
/// needs to allow one inline block, shared by the HTML and redline exports.
class HtmlText
{
public:
    /// `text` with & < > " ' escaped, fit for element content and quoted attributes.
    static QString escaped(QStringView text);
    /// Appends escaped article text with every bidi control character shown as a small badge
    /// (as code hosts flag hidden Unicode), so a U+202E spoof shows its trick.
    static void appendText(QString &out, QStringView text);
    /// "--bg:#fff;--fg:...;" for the palette's colours; an entry that is not a CSS hex colour is
    /// replaced by its default, so a palette cannot inject CSS. The names are the HTML export's.
    static QString cssVariables(const HtmlPalette::Colors &colors, const HtmlPalette::Colors &fallback);
    /// `text` for an attribute (a tooltip, an aria-label), where no badge can show a bidi control:
    /// they are dropped.
    static QString withoutBidiControls(QString text);
    /// A CSS string literal that cannot close the string, the rule or the style element.
    static QString cssString(QStringView text);
    /// "'sha256-...'" for a Content-Security-Policy source list.
    static QString cspHash(const QString &block);
};
