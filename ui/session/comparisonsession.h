#pragma once

#include "core/model/alignoptions.h"
#include "core/model/document.h"
#include "core/present/presentedcomparison.h"
#include "core/session/session.h"
#include "ui/session/opennote.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class DocumentWatcher;
class QFutureWatcherBase;
class QUndoStack;
struct LoadResult;

/// The open comparison: the documents in column order, the options, and the latest result.
///
/// Everything slow (importing, aligning, building the highlight plan) runs on the thread pool;
/// this object only starts the work and takes in the results on the UI thread. A newer request
/// supersedes a running alignment, and cancel() stops everything that is running. Files are
/// watched and reloaded when they change on disk; a reload that fails keeps the last good
/// version open, so nothing the user had open is lost.
class ComparisonSession : public QObject
{
    Q_OBJECT

public:
    /// One thing to import: a file, or bytes that have no file (`path` empty).
    struct ImportSource
    {
        QString path;
        QByteArray data;
        QString name;     ///< title of a document without a file
        QString mimeHint; ///< format of `data` when known, e.g. "text/html"
    };

    explicit ComparisonSession(QObject *parent = nullptr);
    /// Cancels the running work and waits for it: the workers hold no pointer to the session,
    /// but nothing should outlive the window that started it.
    ~ComparisonSession() override;

    int documentCount() const { return int(m_documents.size()); }
    /// The open documents in column order. Pasted documents have an empty path.
    const std::vector<Document> &documents() const { return m_documents; }
    QStringList paths() const;
    const AlignOptions &options() const { return m_options; }
    bool isBusy() const { return m_busy; }
    /// The latest finished comparison with its highlight plan; null while fewer than two
    /// documents are open.
    PresentedComparisonPtr presented() const { return m_presented; }
    /// The open comparison as a session (column order, options, notes); `embed` carries each article's
    /// content. Pasted articles are always embedded: they have no file.
    Session toSession(bool embed) const;
    /// The fact-checker's notes, in list order, counted by column: they follow their articles when
    /// columns move. Closing an article drops the notes on it (and on links to it), as it drops
    /// its manual links; a reload that changes the text under a note keeps the note but marks it
    /// unplaced (OpenNote::unplaced) rather than move it onto other text.
    const std::vector<OpenNote> &notes() const { return m_notes; }
    /// Replaces the notes (an undo command, or a session opened); nothing is aligned again.
    void setNotes(const std::vector<OpenNote> &notes);
    /// Quiet time before a changed file is reloaded, in milliseconds (tests shorten it).
    void setReloadDelay(int ms);
    /// Comparisons estimated to need more memory than this many bytes are not started (the
    /// articles stay open, with a warning); 0 (default): MemoryBudget::defaultLimit().
    void setMemoryLimit(qint64 bytes) { m_memoryLimit = bytes; }
    /// The history of the user's changes to this comparison (manual links; notes push their own
    /// commands here too), for Edit ▸ Undo and Redo. Commands address articles by column and
    /// text by code point, so the history is cleared whenever those could mean something else:
    /// another comparison replaces this one (replaceAll, closeAll), an article is closed or
    /// moved, or a reload changes an article's text. Opening another article keeps it: the
    /// columns there were stay where they are.
    QUndoStack *undoStack() const { return m_undoStack; }

public slots:
    /// Imports the files and appends them as new columns. Files already open are skipped.
    void openFiles(const QStringList &paths);
    /// Imports bytes that have no file, e.g. the clipboard; `name` titles the column.
    void openData(const QByteArray &data, const QString &name, const QString &mimeHint = {});
    void closeDocument(int column);
    void closeAll();
    /// Moves a column and aligns again: the rows follow the document order only through the
    /// choice of base document, so a fresh alignment is exact and fast enough.
    void moveDocument(int from, int to);
    /// The options panel knows nothing of the reference article, each article's language or the
    /// manual links: its reference, languages and manualLinks are ignored and the current ones
    /// kept. setReference, setLanguage, setManualLinks and replaceAll change them.
    void setOptions(const AlignOptions &options);
    /// Replaces the manual links and unlinks (anchors by column, code points; see LinkConstraint)
    /// and aligns again, without importing anything: the new comparison maps every column to
    /// itself, so the views keep their place. Links the engine cannot honour are left out and
    /// listed in the comparison's rejectedLinks (and its notice). The links follow their
    /// documents when columns move, go with a closed document, and go when a reload changes a
    /// document's text (their code points meant the old one).
    void setManualLinks(const std::vector<LinkConstraint> &links);
    /// Makes the document in `column` the reference article the others are compared with (-1:
    /// let the engine choose) and aligns again. The documents are not imported again, and the
    /// new comparison maps every column to itself, so the views keep their place.
    void setReference(int column);
    /// Reads the document in `column` as `language` (BCP-47) instead of the one identified on
    /// import, or as the identified one again when `language` is empty, and aligns again. Like
    /// setReference, the documents are not imported again: the choice goes to the engine in
    /// AlignOptions::languages, and documents() keeps what was identified.
    void setLanguage(int column, const QString &language);
    /// Replaces everything open with these documents (in column order) and options, e.g. from a
    /// saved comparison, and aligns them.
    void replaceAll(std::vector<Document> documents, const AlignOptions &options);
    /// Aligns the open documents again, e.g. after a cancel.
    void refresh();
    /// Stops importing and aligning; the last comparison stays shown.
    void cancel();

signals:
    /// The notes changed: edited, or following their articles.
    void notesChanged();
    /// The list of documents changed (opened, closed, moved or reloaded).
    void documentsChanged();
    /// The options changed (setOptions, setReference, setManualLinks or replaceAll).
    void optionsChanged(const AlignOptions &options);
    /// A file the user asked for was opened (for the recent files list).
    void fileOpened(const QString &path);
    /// A new comparison is shown. `previousToNew` says where each document of the comparison shown
    /// before went: its column in the new one, or -1 when it was closed or its text changed (a
    /// reload). Empty when nothing was shown before.
    void comparisonReady(PresentedComparisonPtr comparison, const std::vector<int> &previousToNew);
    /// Fewer than two documents are open: there is nothing to compare.
    void comparisonCleared();
    /// `total` 0 means the amount of work is not known yet.
    void progress(const QString &task, int done, int total);
    void busyChanged(bool busy);
    void cancelled();
    /// A file could not be opened; `message` names it and says why.
    void importFailed(const QString &path, const QString &message);
    /// Something happened to an open file (failed reload, deletion) that the user should know;
    /// the document stays open as last loaded.
    void warning(const QString &path, const QString &message);
    /// Information worth a line: an engine notice, a reload.
    void notice(const QString &message);

private:
    enum class ImportPurpose { Open, Reload };

    void startImport(const std::vector<ImportSource> &sources, ImportPurpose purpose, const QString &task);
    void addDocuments(const std::vector<ImportSource> &sources, std::vector<LoadResult> results);
    void replaceDocument(const QString &path, const LoadResult &result);
    void reload(const QString &path);
    void onFileRemoved(const QString &path);
    void realign();
    void trackJob(const QFuture<void> &future);
    void updateBusy();
    int columnOf(const QString &path) const;

    void insertDocument(Document document);

    std::vector<Document> m_documents;
    /// One per document, in the same order: which version of which article it is. A document keeps
    /// its serial when moved; a reload that changes its text gives it a new one.
    std::vector<quint64> m_serials;
    quint64 m_nextSerial = 1;
    AlignOptions m_options;
    qint64 m_memoryLimit = 0;
    PresentedComparisonPtr m_presented;
    std::vector<quint64> m_presentedSerials; ///< m_serials as they were when m_presented was aligned
    DocumentWatcher *m_watcher = nullptr;
    QUndoStack *m_undoStack = nullptr;
    std::vector<OpenNote> m_notes;
    QStringList m_pendingPaths;   ///< files being imported, so a second request skips them
    int m_importsRunning = 0;
    int m_pasteCount = 0;
    QFutureWatcherBase *m_alignJob = nullptr; ///< the current alignment, null when idle
    QList<QFuture<void>> m_jobs;   ///< every job started and maybe still running
    bool m_busy = false;
};
