#include "ui/session/exportcontroller.h"

#include "core/pipeline/exporter.h"
#include "ui/paint/pdfexporter.h"
#include "ui/session/appsettings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {

struct FormatInfo
{
    QString suffix;
    QString title;
    QString filter;
};

FormatInfo infoFor(ExportController::Format format)
{
    switch (format) {
    case ExportController::Format::Html:
        return {u"html"_s, ExportController::tr("Export HTML"), ExportController::tr("Web page (*.html *.htm)")};
    case ExportController::Format::Json:
        return {u"json"_s, ExportController::tr("Export JSON Report"), ExportController::tr("JSON report (*.json)")};
    case ExportController::Format::Pdf:
        return {u"pdf"_s, ExportController::tr("Export PDF"), ExportController::tr("PDF document (*.pdf)")};
    }
    return {};
}

ExportFormat formatOf(ExportController::Format format)
{
    switch (format) {
    case ExportController::Format::Html: return ExportFormat::Html;
    case ExportController::Format::Json: return ExportFormat::Json;
    case ExportController::Format::Pdf: return ExportFormat::Pdf;
    }
    return ExportFormat::Html;
}

// Runs on the thread pool: builds the file and writes it; says why it failed, if it did.
std::optional<Failure> exportInBackground(ExportController::Format format, const PresentedComparisonPtr &comparison,
                                          const ExportOptions &options, const QString &path)
{
    return Exporter::exportTo(path, formatOf(format), *comparison, options);
}

} // namespace

ExportController::ExportController(AppSettings *settings, QWidget *window)
    : QObject(window), m_settings(settings), m_window(window)
{
    Exporter::registerRenderer(ExportFormat::Pdf, &PdfExporter::toPdf);
}

void ExportController::setComparison(PresentedComparisonPtr comparison)
{
    m_presented = std::move(comparison);
}

bool ExportController::exportTo(Format format, const QString &path)
{
    if (!m_presented)
        return false;
    ExportOptions options;
    options.differencesOnly = m_differencesOnly;
    options.exportedAt = QDateTime::currentDateTime();
    auto *watcher = new QFutureWatcher<std::optional<Failure>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const std::optional<Failure> failure = watcher->result();
        if (failure)
            reportFailure(path, failure->reason);
        else
            emit exported(path);
    });
    watcher->setFuture(QtConcurrent::run(exportInBackground, format, m_presented, options, path));
    return true;
}

void ExportController::exportInteractively(Format format)
{
    const QString path = askForPath(format);
    if (!path.isEmpty())
        exportTo(format, path);
}

QString ExportController::askForPath(Format format)
{
    if (!m_presented)
        return {};
    const FormatInfo info = infoFor(format);
    // Named after the first article, in the folder of the last export or open.
    const Document &first = m_presented->comparison().documents.front();
    const QString base = first.path.isEmpty() ? u"comparison"_s : QFileInfo(first.path).completeBaseName();
    const QString folder = m_settings->lastFolder().isEmpty() ? QDir::homePath() : m_settings->lastFolder();
    const QString suggestion = QDir(folder).filePath(u"%1-comparison.%2"_s.arg(base, info.suffix));
    QString path = QFileDialog::getSaveFileName(m_window, info.title, suggestion, info.filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + info.suffix;
    m_settings->setLastFolder(QFileInfo(path).absolutePath());
    return path;
}

void ExportController::reportFailure(const QString &path, const QString &reason)
{
    emit failed(path, reason);
    // Window-modal and opened, not exec()'d: the window keeps painting and tests can close it.
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Export Failed"),
                                tr("Could not save %1.").arg(QDir::toNativeSeparators(path)), QMessageBox::Ok,
                                m_window);
    box->setInformativeText(reason);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"exportError"_s);
    box->open();
}
