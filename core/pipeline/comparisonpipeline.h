#pragma once

#include "core/import/documentloader.h"
#include "core/model/alignoptions.h"
#include "core/model/comparison.h"
#include "core/model/failure.h"

#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

/// "Files to comparison": the first half of the pipeline as one call, for the CLI (the window's
/// session runs the same stages itself, because it keeps documents across re-alignments).
class ComparisonPipeline
{
public:
    struct Loaded
    {
        std::vector<Document> documents; ///< in the order of the paths that loaded
        std::vector<Failure> failures;   ///< one per path that did not, in path order
    };

    /// Told the path, the pages read and their number as a paged document (PDF) imports; called
    /// on the path's thread.
    using PageProgress = std::function<void(const QString &path, int done, int total)>;

    /// Imports every path at once on its own thread ("-" reads standard input to its end).
    static Loaded load(const QStringList &paths, const DocumentLoader &loader, const PageProgress &progress = {});

    /// Reads standard input to the end, or up to `limit` + 1 bytes so the loader can refuse an
    /// oversized input by name. A pipe delivers its data in pieces: one read() is not enough.
    static std::optional<QByteArray> readStandardInput(qint64 limit, Failure *failure);
};
