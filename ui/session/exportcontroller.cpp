#include "ui/session/exportcontroller.h"

#include "ui/paint/pdfexporter.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace {

// Runs on the thread pool: builds the file and writes it; says why it failed, if it did.
std::optional<Failure> exportInBackground(ExportFormat format, const PresentedComparisonPtr &comparison,
                                          const ExportOptions &options, const QString &path)
{
    return Exporter::exportTo(path, format, *comparison, options);
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
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const std::optional<Failure> failure = watcher->result();
        if (failure)
            emit failed(*failure);
        else
            emit exported(path);
    });
    watcher->setFuture(QtConcurrent::run(exportInBackground, format, m_presented, options, path));
    return true;
}
