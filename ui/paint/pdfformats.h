#pragma once

#include "core/present/highlightplan.h"
#include "core/present/legend.h"
#include "ui/paint/viewpalette.h"

#include <QTextCharFormat>

/// The character formats of the PDF export, in the window's light colours (ViewPalette::light():
/// print is always light): plain and dimmed text, headings, passages by unit status, the marks
/// inside passages and the legend's swatches.
class PdfFormats
{
public:
    /// Marks the characters of a changed fact: Qt's own wave underline is a hairline at print
    /// resolution, so the exporter paints a visible wave under them itself (TextDecoration).
    static constexpr int FactProperty = QTextFormat::UserProperty + 1;

    explicit PdfFormats(qreal bodyPoints) : m_bodyPoints(bodyPoints) {}

    const ViewPalette &colors() const { return m_colors; }
    QTextCharFormat plain() const;
    QTextCharFormat dim() const;
    /// Bold, at `points` (0: the body size).
    QTextCharFormat bold(qreal points = 0) const;
    /// A passage by the status of its unit.
    QTextCharFormat unit(UnitStatus status) const;
    /// Adds a Changed, Inserted or Fact mark to `f`; other roles leave it as it is.
    void mark(QTextCharFormat &f, HighlightRole role) const;
    /// A legend sample, painted like what it explains.
    QTextCharFormat swatch(LegendEntry::Swatch swatch) const;

private:
    const ViewPalette m_colors = ViewPalette::light();
    qreal m_bodyPoints;
};
