#pragma once

#include "core/export/htmlpalette.h"
#include "core/model/comparisonnote.h"
#include "core/present/rowfolding.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <vector>

/// What an exported comparison shows; shared by the HTML and PDF exporters. A plain value;
/// each field documents its default.
struct ExportOptions
{
    /// Fold every run of identical rows into one line ("12 identical passages"), keeping
    /// `context` rows of context on each side of a difference. Default off: every row is shown.
    bool differencesOnly = false;
    /// With `differencesOnly`, the identical rows left unfolded on each side of a difference,
    /// 0 to RowFolding::kMaxContext (`synoptic-cli --context`). Default 1, as in the window.
    int context = RowFolding::kDefaultContext;
    /// Heading of the export. Default empty: the article titles, "A vs B".
    QString title;
    /// When the export was made, printed in the header. Default invalid: no date is printed
    /// (callers pass QDateTime::currentDateTime(); tests pass a fixed one).
    QDateTime exportedAt;
    /// Colours of the HTML export. Default: HtmlPalette::defaults(), the window's. The PDF is
    /// painted like the window, with ViewPalette::light().
    HtmlPalette palette = HtmlPalette::defaults();
    /// The JSON report indented for reading (`synoptic-cli compare --pretty`). Default off:
    /// compact, a third of the size of the indented form of a long report.
    bool indentedJson = false;
    /// The fact-checker's notes (Session::comparisonNotes()), shown beside their passages and
    /// listed, in this order, by every export. Default empty: no notes, and no notes section.
    std::vector<ComparisonNote> notes;
    /// Told, by the exporters that take long (the PDF lays out a book's rows for seconds), how
    /// many of `total` rows are done; called on the exporting thread, often, so it must be quick.
    /// Returning false cancels: the export produces nothing and Exporter::render() reports the
    /// cancellation. Default empty: no reports, no cancelling.
    std::function<bool(int done, int total)> progress;
};
