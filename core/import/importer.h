#pragma once

#include "core/model/extractedtext.h"

#include <QByteArray>
#include <QString>

#include <functional>

/// What an importer returns: the extracted text, or a reason it could not read the file.
/// The reason is a short sentence for users ("the file is encrypted"); the loader adds the path.
struct Extraction
{
    ExtractedText text;
    QString error;

    bool ok() const { return error.isEmpty(); }
    static Extraction failure(const QString &reason)
    {
        Extraction e;
        e.error = reason;
        return e;
    }
};

/// Limits every importer honours so no file can exhaust memory or time.
struct ImportLimits
{
    /// Largest input file accepted, in bytes. Default 64 MiB.
    qint64 maxFileBytes = 64ll * 1024 * 1024;
    /// Largest total of uncompressed bytes read out of a DOCX/ODT container. Default 256 MiB.
    qint64 maxUnpackedBytes = 256ll * 1024 * 1024;
    /// Most PDF pages read. Default 5000.
    int maxPdfPages = 5000;
    /// Longest time spent reading the pages of one PDF, in milliseconds; past it the import
    /// fails saying so. Default 60 s (a 1,575-page PDF takes about 12 s on a 2-core machine).
    qint64 maxPdfMilliseconds = 60'000;
    /// Told the pages read so far and their number after each page of a paged format (PDF),
    /// on the importing thread; returning false stops the import, which then fails as
    /// cancelled. Set by DocumentLoader for one load (see DocumentLoader::load). Default none.
    std::function<bool(int done, int total)> progress;
};

/// One file format. Importers are stateless; extract() may be called from any thread.
class Importer
{
public:
    virtual ~Importer() = default;
    /// Extracts the blocks of `data`. `path` is only for format sniffing and messages.
    virtual Extraction extract(const QByteArray &data, const QString &path, const ImportLimits &limits) const = 0;
};
