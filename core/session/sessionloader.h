#pragma once

#include "core/import/documentloader.h"
#include "core/model/document.h"
#include "core/model/failure.h"
#include "core/session/session.h"

#include <QString>

#include <optional>
#include <vector>

/// One article of a session brought back: the document, or why it is not the one compared.
struct ArticleLoad
{
    enum class State {
        Unchanged, ///< the file holds the very bytes compared (or the embedded copy was used)
        Changed,   ///< the file is there but its content differs: it is not loaded
        Missing,   ///< no file at the saved path, nor by its name next to the session
        Failed,    ///< the bytes are the right ones but could not be imported (failure says why)
    };
    State state = State::Missing;
    std::optional<Document> document; ///< set when Unchanged
    QString path;    ///< the file looked at; empty for an embedded copy
    Failure failure; ///< names the article's file and what is wrong; empty when Unchanged

    bool ok() const { return document.has_value(); }
};

/// Turns a session's articles back into documents through the DocumentLoader, checking each
/// file's SHA-256 so a comparison is never silently aligned against different text; and
/// describes open documents as a session. Thread-safe: holds only the loader.
class SessionLoader
{
public:
    explicit SessionLoader(DocumentLoader loader = DocumentLoader()) : m_loader(std::move(loader)) { }

    /// From the article's file. A file missing at its saved path is looked for by name in the
    /// folder of `sessionPath` (articles that travelled with their session); its hash decides.
    ArticleLoad loadFile(const SessionArticle &article, const QString &sessionPath) const;
    /// From a file the user pointed at (Locate…). `acceptChanged`: load it even when its content
    /// is not the one compared, because the user chose so.
    ArticleLoad loadFileAt(const SessionArticle &article, const QString &path, bool acceptChanged) const;
    /// From the embedded copy: a document with no file (nothing on disk can replace it later).
    ArticleLoad loadEmbedded(const SessionArticle &article) const;

    /// The session of these documents, in this column order, with these options (their manual
    /// links become the session's, by article) and these notes (in columns, as
    /// Session::comparisonNotes() gives them). Documents without
    /// a file (pasted, standard input) are always embedded; the others when `embed` is set.
    static Session describe(const std::vector<Document> &documents, const AlignOptions &options, bool embed,
                            const std::vector<ComparisonNote> &notes = {});

private:
    ArticleLoad import(const SessionArticle &article, const QByteArray &bytes, const QString &path) const;

    DocumentLoader m_loader;
};
