#include "ui/session/exportcontroller.h"

#include "ui/paint/pdfexporter.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace {

// Runs on the thread pool: builds the file and writes it; says why it failed, if it did. The
// promise carries the exporter's row count to the window and its Cancel back to the exporter
// (a cancelled export writes nothing).
void exportInBackground(QPromise<std::optional<Failure>> &promise, ExportFormat format,
                        const PresentedComparisonPtr &comparison, ExportOptions options, const QString &path)
{
    options.progress = [&promise](int done, int total) {
        if (done == 0)
            promise.setProgressRange(0, total);
        promise.setProgressValue(done);
        return !promise.isCanceled();
    };
    promise.addResult(Exporter::exportTo(path, format, *comparison, options));
}

} // namespace

ExportController::ExportController(QObject *parent) : QObject(parent)
{
    Exporter::registerRenderer(ExportFormat::Pdf, &PdfExporter::toPdf);
}

void ExportController::setComparison(PresentedComparisonPtr comparison)
{
    m_presented = std::move(comparison);
}

bool ExportController::exportTo(ExportFormat format, const QString &path)
{
    if (!m_presented)
        return false;
    ExportOptions options;
    options.differencesOnly = m_differencesOnly;
    options.exportedAt = QDateTime::currentDateTime();
    options.notes = m_notes;
    auto *watcher = new QFutureWatcher<std::optional<Failure>>(this);
    const QString task = tr("Exporting %1").arg(QFileInfo(path).fileName());
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher, task](int done) {
        emit progress(task, done, watcher->progressMaximum());
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_running.removeOne(watcher);
        if (m_running.isEmpty())
            emit busyChanged(false);
        // A result is what happened, even when Cancel came after the file was written; a
        // cancelled export reports none (QPromise drops it).
        if (watcher->future().resultCount() == 0) {
            emit cancelled(path);
            return;
        }
        const std::optional<Failure> failure = watcher->result();
        if (failure && watcher->isCanceled())
            emit cancelled(path);
        else if (failure)
            emit failed(*failure);
        else
            emit exported(path);
    });
    m_running.append(watcher);
    if (m_running.size() == 1)
        emit busyChanged(true);
    emit progress(task, 0, 0);
    watcher->setFuture(QtConcurrent::run(exportInBackground, format, m_presented, options, path));
    return true;
}

void ExportController::cancel()
{
    for (QFutureWatcherBase *watcher : std::as_const(m_running))
        watcher->cancel();
}
