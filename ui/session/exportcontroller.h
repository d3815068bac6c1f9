#pragma once

#include "core/present/presentedcomparison.h"

#include <QObject>
#include <QString>

#include <memory>

class AppSettings;
class QWidget;

/// File ▸ Export: asks where to save, builds the file on the thread pool (a PDF of two books
/// takes a while), writes it whole or not at all (QSaveFile), and reports a failure in a
/// message box that names the file. Exports the comparison on screen.
class ExportController : public QObject
{
    Q_OBJECT

public:
    enum class Format { Html, Json, Pdf };

    ExportController(AppSettings *settings, QWidget *window);

    void setComparison(PresentedComparisonPtr comparison);
    /// Exports fold identical rows as the view does.
    void setDifferencesOnly(bool on) { m_differencesOnly = on; }

    /// Starts writing the comparison to `path`; exported() or failed() follows. False when there
    /// is nothing to export.
    bool exportTo(Format format, const QString &path);

public slots:
    /// Asks for a file name, then exportTo().
    void exportInteractively(Format format);

signals:
    void exported(const QString &path);
    /// Also shown to the user in a message box.
    void failed(const QString &path, const QString &reason);

private:
    QString askForPath(Format format);
    void reportFailure(const QString &path, const QString &reason);

    AppSettings *m_settings;
    QWidget *m_window;
    PresentedComparisonPtr m_presented;
    bool m_differencesOnly = false;
};
