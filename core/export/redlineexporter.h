#pragma once

#include "core/export/exportoptions.h"
#include "core/present/presentedcomparison.h"

#include <QByteArray>

/// A redline as one self-contained HTML file (UTF-8): the reference article's running text
/// (Comparison::baseDocument) with another article's changes marked inline, as newsroom and
/// word-processor compare tools show them: <del> for words and passages only in the reference,
/// <ins> for those only in the other article (where they stand in its order), moved passages
/// marked at both places and linked to each other. With more than two articles, one section per
/// other article, each against the reference. Reads only the Comparison (through
/// RedlinePlanner, which the window's redline mode shares).
///
/// The safety rules are the HTML export's: everything escaped, bidi controls shown, a
/// Content-Security-Policy that allows the one inline style block (by hash) and nothing else;
/// there is no script. Prints (A4 portrait, the title and page numbers in the margins) and
/// follows the reader's dark scheme on screen.
class RedlineExporter
{
public:
    static QByteArray toHtml(const PresentedComparison &comparison, const ExportOptions &options);
};
