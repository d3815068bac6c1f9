#pragma once

#include "core/import/importer.h"
#include "core/model/document.h"
#include "core/model/failure.h"

#include <QString>

#include <functional>
#include <optional>

/// The outcome of loading one file: a document, or the failure naming the file and the reason.
struct LoadResult
{
    std::optional<Document> document;
    Failure failure; ///< e.g. {"a.docx", "the file is empty"}; empty on success

    bool ok() const { return document.has_value(); }
};

/// The import stage's entry point: checks the file, picks an importer by content and extension
/// (QMimeDatabase), extracts and segments. Thread-safe; never throws.
class DocumentLoader
{
public:
    explicit DocumentLoader(ImportLimits limits = {}) : m_limits(limits) { }

    /// Told the pages read and their number as a paged document (PDF) imports; returning false
    /// cancels the import within a page. Called on the loading thread.
    using Progress = std::function<bool(int done, int total)>;

    LoadResult load(const QString &path, const Progress &progress = {}) const;
    /// Loads bytes that have no file: standard input ("-") or the clipboard. `mimeHint` names
    /// the format when known (e.g. "text/html" from the clipboard); otherwise it is sniffed.
    LoadResult loadData(const QByteArray &data, const QString &name, const QString &mimeHint = {},
                        const Progress &progress = {}) const;

    const ImportLimits &limits() const { return m_limits; }

    /// Off: Document::language is left empty, for callers that give the engine every document's
    /// language themselves (AlignOptions::language). On a short text identification is half of
    /// the import, align and report together (BM_FuzzEngineInput): the engine fuzzers skip it
    /// for most inputs. On by default.
    void setIdentifiesLanguage(bool on) { m_identifiesLanguage = on; }

private:
    LoadResult extract(const QByteArray &data, const QString &path, const QString &mimeName, const Progress &progress) const;

    ImportLimits m_limits;
    bool m_identifiesLanguage = true;
};
