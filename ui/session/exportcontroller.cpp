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

// Runs on the thread pool: builds the file and writes it; returns why it failed, or nothing.
QString exportInBackground(ExportController::Format format, const std::shared_ptr<const Comparison> &comparison,
                           const std::shared_ptr<const HighlightPlan> &plan, const ExportOptions &options,
                           const QString &path)
{
    const std::optional<Failure> failure = Exporter::exportTo(path, formatOf(format), *comparison, *plan, options);
    return failure ? failure->reason : QString();
}

} // namespace

ExportController::ExportController(AppSettings *settings, QWidget *window)
    : QObject(window), m_settings(settings), m_window(window)
{
    Exporter::registerRenderer(ExportFormat::Pdf, &PdfExporter::toPdf);
}

void ExportController::setComparison(std::shared_ptr<const Comparison> comparison,
                                     std::shared_ptr<const HighlightPlan> plan)
{
    m_comparison = std::move(comparison);
    m_plan = std::move(plan);
}

bool ExportController::exportTo(Format format, const QString &path)
{
    if (!m_comparison || !m_plan)
        return false;
    ExportOptions options;
    options.differencesOnly = m_differencesOnly;
    options.exportedAt = QDateTime::currentDateTime();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString reason = watcher->result();
        if (reason.isEmpty())
            emit exported(path);
        else
            reportFailure(path, reason);
    });
    watcher->setFuture(QtConcurrent::run(exportInBackground, format, m_comparison, m_plan, options, path));
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
    if (!m_comparison)
        return {};
    const FormatInfo info = infoFor(format);
    // Named after the first article, in the folder of the last export or open.
    const Document &first = m_comparison->documents.front();
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
