#include "ui/session/comparisonsession.h"

#include "core/align/aligner.h"
#include "core/import/documentloader.h"
#include "core/pipeline/memorybudget.h"
#include "core/session/sessionloader.h"
#include "ui/session/documentwatcher.h"
#include "ui/session/noteedits.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <future>
#include <memory>
#include <new>

using namespace Qt::StringLiterals;

namespace {

// The files of one import, in the order given. Shared, so that the window moves the documents
// out instead of copying them word by word (8 ms for two long articles), and not taken from the
// future: QFuture::takeResult resets it, and the session still waits on it when it closes.
using ImportedFiles = std::shared_ptr<std::vector<LoadResult>>;

struct AlignOutcome
{
    PresentedComparisonPtr comparison; ///< null when it failed
    bool outOfMemory = false;
};

// Runs on the thread pool, every file at once on its own thread as the CLI's are: the window
// waited for the files one after the other (two Frankenstein editions: 90-125 ms of the 280-350
// from launch to the comparison on screen). Cancel stops a long PDF at the page it is on; the
// results arrive in the order the files were given.
void importInBackground(QPromise<ImportedFiles> &promise, const std::vector<ComparisonSession::ImportSource> &sources)
{
    // Each file is a thousand steps, so that a long PDF moves the bar page by page.
    constexpr int FileSteps = 1000;
    promise.setProgressRange(0, int(sources.size()) * FileSteps);
    const DocumentLoader loader;
    std::vector<std::atomic<int>> steps(sources.size()); // each file's, the bar shows their sum
    const auto report = [&promise, &steps] {
        int sum = 0;
        for (const std::atomic<int> &s : steps)
            sum += s.load();
        promise.setProgressValue(sum);
    };
    const auto loadOne = [&](size_t i) {
        const ComparisonSession::ImportSource &source = sources[i];
        const DocumentLoader::Progress pages = [&, i](int page, int total) {
            steps[i] = int(qint64(page) * (FileSteps - 1) / std::max(total, 1));
            report();
            return !promise.isCanceled();
        };
        LoadResult result;
        try {
            result = source.path.isEmpty() ? loader.loadData(source.data, source.name, source.mimeHint, pages)
                                           : loader.load(source.path, pages);
        } catch (const std::bad_alloc &) {
            // One file too large for the memory there is must not end the program: the
            // comparisons already open stay.
            result.failure = {source.path.isEmpty() ? source.name : source.path,
                              ComparisonSession::tr("there is not enough memory to open it")};
        }
        steps[i] = FileSteps;
        report();
        return result;
    };
    std::vector<std::future<LoadResult>> others;
    for (size_t i = 1; i < sources.size(); ++i)
        others.push_back(std::async(std::launch::async, loadOne, i));
    std::vector<LoadResult> results;
    if (!sources.empty())
        results.push_back(loadOne(0));
    for (std::future<LoadResult> &f : others)
        results.push_back(f.get());
    if (!promise.isCanceled())
        promise.addResult(std::make_shared<std::vector<LoadResult>>(std::move(results)));
}

// Runs on the thread pool: the alignment, then the highlight plan as one last step.
void alignInBackground(QPromise<AlignOutcome> &promise, std::vector<Document> documents, const AlignOptions &options)
{
    bool rangeSet = false;
    const auto progress = [&](int done, int total) {
        if (!rangeSet) {
            promise.setProgressRange(0, total + 1);
            rangeSet = true;
        }
        promise.setProgressValue(done);
        return !promise.isCanceled();
    };
    AlignOutcome outcome;
    try {
        std::optional<Comparison> comparison = Aligner::align(std::move(documents), options, progress);
        if (!comparison || promise.isCanceled())
            return;
        outcome.comparison = PresentedComparison::make(std::move(*comparison));
        outcome.comparison->plan(); // built here, off the UI thread
    } catch (const std::bad_alloc &) {
        outcome = {};
        outcome.outOfMemory = true;
    }
    promise.setProgressValue(promise.future().progressMaximum());
    promise.addResult(std::move(outcome));
}

QString displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

// Manual links count documents by column: when columns close or move, each end follows its
// document (`newColumn` maps an old column to its new one), and a link losing a document goes.
template<typename NewColumn>
bool remapLinks(std::vector<LinkConstraint> &links, NewColumn newColumn)
{
    const size_t before = links.size();
    std::vector<LinkConstraint> kept;
    for (LinkConstraint l : links) {
        for (TextAnchor &end : l.ends)
            end.doc = newColumn(end.doc);
        if (l.ends[0].doc >= 0 && l.ends[1].doc >= 0)
            kept.push_back(l);
    }
    links = std::move(kept);
    return links.size() != before;
}

} // namespace

ComparisonSession::ComparisonSession(QObject *parent) : QObject(parent), m_watcher(new DocumentWatcher(this)),
      m_undoStack(new QUndoStack(this))
{
    connect(m_watcher, &DocumentWatcher::changed, this, &ComparisonSession::reload);
    connect(m_watcher, &DocumentWatcher::removed, this, &ComparisonSession::onFileRemoved);
}

ComparisonSession::~ComparisonSession()
{
    for (QFuture<void> &job : m_jobs)
        job.cancel();
    for (QFuture<void> &job : m_jobs)
        job.waitForFinished();
}

QStringList ComparisonSession::paths() const
{
    QStringList result;
    for (const Document &d : m_documents)
        result.append(d.path);
    return result;
}

Session ComparisonSession::toSession(bool embed) const
{
    Session s = SessionLoader::describe(m_documents, m_options, embed);
    // describe() lists the articles in column order, so a column is its article's index. An
    // unplaced note is saved as written: the file has no field saying so (see OpenNote).
    for (const OpenNote &n : m_notes) {
        s.notes.push_back(n.note.withAnchors<SessionAnchor>(
            [](const TextAnchor &a) { return SessionAnchor{a.doc, a.start, a.end}; }));
    }
    return s;
}

void ComparisonSession::setNotes(const std::vector<OpenNote> &notes)
{
    if (notes == m_notes)
        return;
    m_notes = notes;
    emit notesChanged();
}

void ComparisonSession::setReloadDelay(int ms)
{
    m_watcher->setSettleTime(ms);
}

void ComparisonSession::openFiles(const QStringList &paths)
{
    std::vector<ImportSource> sources;
    for (const QString &given : paths) {
        const QString path = QFileInfo(given).absoluteFilePath();
        if (columnOf(path) >= 0) {
            emit notice(tr("%1 is already open.").arg(displayName(path)));
            continue;
        }
        if (m_pendingPaths.contains(path))
            continue;
        m_pendingPaths.append(path);
        sources.push_back({path, {}, {}, {}});
    }
    if (sources.empty())
        return;
    startImport(sources, ImportPurpose::Open,
                sources.size() == 1 ? tr("Opening %1").arg(displayName(sources.front().path))
                                    : tr("Opening %n files", nullptr, int(sources.size())));
}

void ComparisonSession::openData(const QByteArray &data, const QString &name, const QString &mimeHint)
{
    const QString title = name.isEmpty() ? tr("Pasted article %1").arg(++m_pasteCount) : name;
    startImport({{QString(), data, title, mimeHint}}, ImportPurpose::Open, tr("Reading %1").arg(title));
}

void ComparisonSession::closeDocument(int column)
{
    if (column < 0 || column >= documentCount())
        return;
    m_watcher->unwatch(m_documents[size_t(column)].path);
    // The reference follows its document; closing it lets the engine choose again.
    int &reference = m_options.reference;
    reference = reference == column ? -1 : reference > column ? reference - 1 : reference;
    std::vector<QString> &languages = m_options.languages;
    if (column < int(languages.size()))
        languages.erase(languages.begin() + column);
    const auto newColumn = [column](int doc) { return doc == column ? -1 : doc > column ? doc - 1 : doc; };
    remapLinks(m_options.manualLinks, newColumn);
    // The notes go with their article, as its links do; the history that could bring them back
    // is cleared below with everything else counted by column.
    const QString closed = m_documents[size_t(column)].title;
    std::vector<OpenNote> notes = m_notes;
    if (const int dropped = NoteEdits::remap(notes, newColumn))
        emit notice(tr("The notes on %1 were removed with it (%n).", nullptr, dropped).arg(closed));
    setNotes(notes);
    m_documents.erase(m_documents.begin() + column);
    m_serials.erase(m_serials.begin() + column);
    m_undoStack->clear();
    emit documentsChanged();
    realign();
}

void ComparisonSession::closeAll()
{
    if (m_documents.empty())
        return;
    for (const Document &d : m_documents)
        m_watcher->unwatch(d.path);
    m_documents.clear();
    m_serials.clear();
    m_options.reference = -1;
    m_options.languages.clear();
    m_options.manualLinks.clear();
    setNotes({});
    m_undoStack->clear();
    emit documentsChanged();
    realign();
}

void ComparisonSession::moveDocument(int from, int to)
{
    const int n = documentCount();
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return;
    const auto move = [from, to](auto &list) {
        const auto first = list.begin();
        if (from < to)
            std::rotate(first + from, first + from + 1, first + to + 1);
        else
            std::rotate(first + to, first + from, first + from + 1);
    };
    move(m_documents);
    move(m_serials);
    // Each article's language follows it.
    if (!m_options.languages.empty()) {
        m_options.languages.resize(size_t(n));
        move(m_options.languages);
    }
    // The reference follows its document to its new column.
    int &reference = m_options.reference;
    if (reference == from)
        reference = to;
    else if (reference >= 0 && from < to && reference > from && reference <= to)
        --reference;
    else if (reference >= 0 && from > to && reference >= to && reference < from)
        ++reference;
    const auto newColumn = [from, to](int doc) {
        if (doc == from)
            return to;
        if (from < to && doc > from && doc <= to)
            return doc - 1;
        if (from > to && doc >= to && doc < from)
            return doc + 1;
        return doc;
    };
    remapLinks(m_options.manualLinks, newColumn);
    std::vector<OpenNote> notes = m_notes;
    NoteEdits::remap(notes, newColumn);
    setNotes(notes);
    m_undoStack->clear();
    emit documentsChanged();
    realign();
}

void ComparisonSession::setOptions(const AlignOptions &options)
{
    AlignOptions kept = options;
    kept.reference = m_options.reference;
    kept.languages = m_options.languages;
    kept.manualLinks = m_options.manualLinks;
    if (kept == m_options)
        return;
    m_options = kept;
    emit optionsChanged(m_options);
    if (documentCount() >= 2)
        realign();
}

void ComparisonSession::setReference(int column)
{
    // A column not open yet is kept: `synoptic --base 3 a b c` sets it before the files arrive
    // (the engine ignores an index past the last document).
    const int reference = column >= 0 ? column : -1;
    if (reference == m_options.reference)
        return;
    m_options.reference = reference;
    emit optionsChanged(m_options);
    if (documentCount() >= 2)
        realign();
}

void ComparisonSession::setLanguage(int column, const QString &language)
{
    if (column < 0 || column >= documentCount())
        return;
    std::vector<QString> &languages = m_options.languages;
    const QString current = column < int(languages.size()) ? languages[size_t(column)] : QString();
    if (language == current)
        return;
    languages.resize(std::max(languages.size(), size_t(documentCount())));
    languages[size_t(column)] = language;
    // No choice left is no list at all, so the options compare equal to ones that never had any.
    if (std::all_of(languages.begin(), languages.end(), [](const QString &l) { return l.isEmpty(); }))
        languages.clear();
    emit optionsChanged(m_options);
    if (documentCount() >= 2)
        realign();
}

void ComparisonSession::setManualLinks(const std::vector<LinkConstraint> &links)
{
    if (links == m_options.manualLinks)
        return;
    m_options.manualLinks = links;
    emit optionsChanged(m_options);
    if (documentCount() >= 2)
        realign();
}

void ComparisonSession::replaceAll(std::vector<Document> documents, const AlignOptions &options)
{
    for (const Document &d : m_documents)
        m_watcher->unwatch(d.path);
    m_documents.clear();
    m_serials.clear();
    for (Document &d : documents) {
        if (!d.path.isEmpty())
            m_watcher->watch(d.path);
        insertDocument(std::move(d));
    }
    // A session opened brings its notes after this (setNotes): these were the old comparison's.
    setNotes({});
    m_undoStack->clear();
    const bool optionsDiffer = options != m_options;
    m_options = options;
    if (optionsDiffer)
        emit optionsChanged(m_options);
    emit documentsChanged();
    realign();
}

void ComparisonSession::refresh()
{
    if (documentCount() >= 2)
        realign();
}

void ComparisonSession::cancel()
{
    if (!m_busy)
        return;
    for (QFuture<void> &job : m_jobs)
        job.cancel();
    if (m_alignJob) {
        disconnect(m_alignJob, nullptr, this, nullptr);
        m_alignJob->deleteLater();
        m_alignJob = nullptr;
    }
    updateBusy();
    emit cancelled();
}

void ComparisonSession::startImport(const std::vector<ImportSource> &sources, ImportPurpose purpose,
                                    const QString &task)
{
    auto *watcher = new QFutureWatcher<ImportedFiles>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this, watcher, task](int value) { emit progress(task, value, watcher->progressMaximum()); });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, sources, purpose] {
        watcher->deleteLater();
        --m_importsRunning;
        for (const ImportSource &source : sources)
            m_pendingPaths.removeOne(source.path);
        // Cancelled: the user asked to stop, so even files that did load are dropped.
        if (!watcher->isCanceled() && watcher->future().resultCount() == 1) {
            std::vector<LoadResult> results = std::move(*watcher->future().result());
            if (purpose == ImportPurpose::Open)
                addDocuments(sources, std::move(results));
            else if (results.size() == 1)
                replaceDocument(sources.front().path, results.front());
        }
        updateBusy();
    });
    ++m_importsRunning;
    const QFuture<ImportedFiles> future = QtConcurrent::run(importInBackground, sources);
    watcher->setFuture(future);
    trackJob(QFuture<void>(future));
    updateBusy();
    emit progress(task, 0, 0);
}

// `results` by value: its documents are moved into the session, not copied word by word.
void ComparisonSession::addDocuments(const std::vector<ImportSource> &sources, std::vector<LoadResult> results)
{
    bool added = false;
    for (size_t i = 0; i < results.size() && i < sources.size(); ++i) {
        const ImportSource &source = sources[i];
        LoadResult &result = results[i];
        if (!result.ok()) {
            emit importFailed(result.failure.path, result.failure.message());
            continue;
        }
        Document document = std::move(*result.document);
        if (source.path.isEmpty())
            document.path.clear();
        else if (columnOf(source.path) >= 0)
            continue;
        insertDocument(std::move(document));
        added = true;
        if (!source.path.isEmpty()) {
            m_watcher->watch(source.path);
            emit fileOpened(source.path);
        }
    }
    if (!added)
        return;
    emit documentsChanged();
    realign();
}

void ComparisonSession::replaceDocument(const QString &path, const LoadResult &result)
{
    const int column = columnOf(path);
    if (column < 0)
        return; // closed while it was reloading
    if (!result.ok()) {
        emit warning(path,
                     tr("%1 changed on disk but could not be read again: %2. The article stays open as it was last "
                        "loaded.")
                         .arg(path, result.failure.reason));
        return;
    }
    Document &current = m_documents[size_t(column)];
    if (current.text == result.document->text && current.title == result.document->title) {
        // Touched, not changed; the bytes may differ (markup, encoding), and a saved session
        // must hash the ones on disk.
        current.source = result.document->source;
        return;
    }
    const bool textChanged = current.text != result.document->text;
    if (textChanged) {
        std::vector<OpenNote> notes = m_notes;
        if (const int marked = NoteEdits::markChanged(notes, column, current.text, result.document->text))
            emit notice(tr("Notes on %1 that no longer fit its text are kept in the Notes list, unplaced (%n).",
                           nullptr, marked)
                            .arg(displayName(path)));
        setNotes(notes);
    }
    current = *result.document;
    m_serials[size_t(column)] = m_nextSerial++;
    emit notice(tr("Reloaded %1, which changed on disk.").arg(displayName(path)));
    // Manual links into it counted the old text's code points: kept, they would link whatever
    // stands there now.
    if (textChanged && remapLinks(m_options.manualLinks, [column](int doc) { return doc == column ? -1 : doc; })) {
        emit notice(tr("Its manual links were removed: they pointed into the old text."));
        emit optionsChanged(m_options);
    }
    if (textChanged)
        m_undoStack->clear();
    emit documentsChanged();
    realign();
}

void ComparisonSession::reload(const QString &path)
{
    if (columnOf(path) < 0)
        return;
    startImport({{path, {}, {}, {}}}, ImportPurpose::Reload, tr("Reloading %1").arg(displayName(path)));
}

void ComparisonSession::onFileRemoved(const QString &path)
{
    if (columnOf(path) < 0)
        return;
    emit warning(path, tr("%1 was deleted or moved. The article stays open as it was last loaded.").arg(path));
}

void ComparisonSession::realign()
{
    if (m_alignJob) {
        m_alignJob->cancel();
        disconnect(m_alignJob, nullptr, this, nullptr);
        m_alignJob->deleteLater();
        m_alignJob = nullptr;
    }
    if (documentCount() < 2) {
        m_presented.reset();
        m_presentedSerials.clear();
        emit comparisonCleared();
        updateBusy();
        return;
    }

    if (const std::optional<QString> tooLarge = MemoryBudget::check(m_documents, m_memoryLimit)) {
        // Refused before it starts: the articles and the comparison on screen stay as they are.
        emit warning({}, tr("These articles are not compared: %1.").arg(*tooLarge));
        updateBusy();
        return;
    }

    auto *watcher = new QFutureWatcher<AlignOutcome>(this);
    m_alignJob = watcher;
    const QString task = tr("Aligning %n articles", nullptr, documentCount());
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this, watcher, task](int value) { emit progress(task, value, watcher->progressMaximum()); });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serials = m_serials] {
        watcher->deleteLater();
        m_alignJob = nullptr;
        if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
            updateBusy();
            emit cancelled();
            return;
        }
        const AlignOutcome outcome = watcher->result();
        if (outcome.outOfMemory) {
            // The articles stay open and the last comparison on screen stays as it was.
            emit warning({}, tr("There is not enough memory to compare these articles. Close some, or "
                                "align by paragraph in the options."));
            updateBusy();
            return;
        }
        std::vector<int> previousToNew;
        for (const quint64 serial : m_presentedSerials) {
            const auto it = std::find(serials.begin(), serials.end(), serial);
            previousToNew.push_back(it == serials.end() ? -1 : int(it - serials.begin()));
        }
        m_presented = outcome.comparison;
        m_presentedSerials = serials;
        if (!m_presented->comparison().notice.isEmpty())
            emit notice(m_presented->comparison().notice);
        emit comparisonReady(m_presented, previousToNew);
        updateBusy();
    });
    const QFuture<AlignOutcome> future = QtConcurrent::run(alignInBackground, m_documents, m_options);
    watcher->setFuture(future);
    trackJob(QFuture<void>(future));
    updateBusy();
    emit progress(task, 0, 0);
}

void ComparisonSession::insertDocument(Document document)
{
    m_documents.push_back(std::move(document));
    m_serials.push_back(m_nextSerial++);
}

void ComparisonSession::trackJob(const QFuture<void> &future)
{
    m_jobs.removeIf([](const QFuture<void> &job) { return job.isFinished(); });
    m_jobs.append(future);
}

void ComparisonSession::updateBusy()
{
    const bool busy = m_alignJob != nullptr || m_importsRunning > 0;
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

int ComparisonSession::columnOf(const QString &path) const
{
    if (path.isEmpty())
        return -1;
    const auto it
        = std::find_if(m_documents.begin(), m_documents.end(), [&](const Document &d) { return d.path == path; });
    return it == m_documents.end() ? -1 : int(it - m_documents.begin());
}
