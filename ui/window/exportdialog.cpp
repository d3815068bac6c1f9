#include "ui/window/exportdialog.h"

#include "ui/session/appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace {

struct FormatInfo
{
    QString suffix;
    QString title;
    QString filter;
};

// A class, not a helper function, so that lupdate finds the context of the free functions' texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportDialog)
};

FormatInfo infoFor(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Html: return {u"html"_s, Tr::tr("Export HTML"), Tr::tr("Web page (*.html *.htm)")};
    case ExportFormat::Json: return {u"json"_s, Tr::tr("Export JSON Report"), Tr::tr("JSON report (*.json)")};
    case ExportFormat::Pdf: return {u"pdf"_s, Tr::tr("Export PDF"), Tr::tr("PDF document (*.pdf)")};
    case ExportFormat::Redline: return {u"html"_s, Tr::tr("Export Redline"), Tr::tr("Web page (*.html *.htm)")};
    }
    return {};
}

} // namespace

QString ExportDialog::askForPath(QWidget *parent, AppSettings &settings, ExportFormat format,
                                 const Comparison &comparison)
{
    if (comparison.documents.empty())
        return {};
    const FormatInfo info = infoFor(format);
    const Document &first = comparison.documents.front();
    const QString base = first.path.isEmpty() ? u"comparison"_s : QFileInfo(first.path).completeBaseName();
    const QString folder = settings.lastFolder().isEmpty() ? QDir::homePath() : settings.lastFolder();
    const QString suggestion = QDir(folder).filePath(u"%1-comparison.%2"_s.arg(base, info.suffix));
    QString path = QFileDialog::getSaveFileName(parent, info.title, suggestion, info.filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + info.suffix;
    settings.setLastFolder(QFileInfo(path).absolutePath());
    return path;
}

void ExportDialog::showFailure(QWidget *parent, const Failure &failure)
{
    auto *box = new QMessageBox(QMessageBox::Critical, Tr::tr("Export Failed"),
                                Tr::tr("Could not save %1.").arg(QDir::toNativeSeparators(failure.path)),
                                QMessageBox::Ok, parent);
    box->setInformativeText(failure.reason);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"exportError"_s);
    box->open();
}
