#pragma once

#include "core/export/exportoptions.h"
#include "core/present/presentedcomparison.h"

#include <QByteArray>

/// A comparison as one self-contained HTML file (UTF-8): the synoptic rows side by side with
/// the viewer's highlights, a header with the articles, their shares, the similarity matrix,
/// a legend and the changed facts. Style and script are inline; a Content-Security-Policy
/// allows only those two blocks (by hash), so nothing else can run or load, whatever the
/// articles contain. Reads without JavaScript; the script only adds hover-linking and the
/// keys j/k (n/p) for the next/previous difference.
class HtmlExporter
{
public:
    static QByteArray toHtml(const PresentedComparison &comparison, const ExportOptions &options);
};
