#pragma once

#include "core/export/exportoptions.h"
#include "core/present/presentedcomparison.h"

#include <QByteArray>

/// A comparison as a PDF, A4 landscape, laid out like the HTML export (HtmlExporter): a header
/// with the articles, their shares, the similarity matrix (three or more articles), a legend and
/// the changed facts, then the synoptic rows with one column per article and the same
/// highlights, each row kept whole on one page unless it is taller than a page. Text goes
/// through Qt's own layout (QTextDocument) into QPdfWriter, so it stays selectable and
/// searchable. Needs a QGuiApplication (the offscreen platform will do), never widgets.
class PdfExporter
{
public:
    /// Empty when ExportOptions::progress cancelled it.
    static QByteArray toPdf(const PresentedComparison &comparison, const ExportOptions &options);
};
