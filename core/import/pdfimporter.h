#pragma once

#include "core/import/importer.h"

/// PDF through poppler. Poppler's word boxes are grouped into lines, put in reading order by
/// cutting each page at its widest white gaps (so columns are read one after the other), and
/// rejoined into paragraphs from the geometry: a larger line gap, an indented first line, or a
/// line that ends a sentence well before the column edge starts a new one. End-of-line
/// hyphenation is undone, running headers and footers (lines near the top or bottom of most
/// pages with the same text up to a number) and page numbers are dropped, and paragraphs run
/// on across page and column breaks. Lines set clearly larger than the body text are headings.
class PdfImporter : public Importer
{
public:
    Extraction extract(const QByteArray &data, const QString &path, const ImportLimits &limits) const override;
};
