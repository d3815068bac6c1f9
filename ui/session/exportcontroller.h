#pragma once

#include "core/pipeline/exporter.h"
#include "core/present/presentedcomparison.h"

#include <QList>
#include <QObject>
#include <QString>

#include <vector>

/// Exports the comparison on screen: builds the file on the thread pool (a PDF of two books takes
/// a while) through the same pipeline entry as the CLI, which writes it whole or not at all and
/// never over one of the compared articles. Asking where to save and showing a failure are the
/// window's (ExportDialog): this class has no widgets.
class QFutureWatcherBase;

class ExportController : public QObject
{
    Q_OBJECT

public:
    explicit ExportController(QObject *parent = nullptr);

    void setComparison(PresentedComparisonPtr comparison);
    PresentedComparisonPtr comparison() const { return m_presented; }
    /// Exports fold identical rows as the view does.
    void setDifferencesOnly(bool on) { m_differencesOnly = on; }
    /// The notes every export shows, in columns (Session::comparisonNotes()). Default none.
    void setNotes(std::vector<ComparisonNote> notes) { m_notes = std::move(notes); }

    /// Starts writing the comparison to `path`; exported() or failed() follows. False when there
    /// is nothing to export.
    bool exportTo(ExportFormat format, const QString &path);
    bool isBusy() const { return !m_running.isEmpty(); }

public slots:
    /// Stops every export under way within a row; each ends in cancelled(), with nothing written.
    void cancel();

signals:
    void exported(const QString &path);
    void failed(const Failure &failure);
    void cancelled(const QString &path);
    /// True when the first export starts, false when the last one ends.
    void busyChanged(bool busy);
    /// `done` of `total` rows laid out (PDF); `total` 0 while nothing is counted yet.
    void progress(const QString &task, int done, int total);

private:
    QList<QFutureWatcherBase *> m_running;
    PresentedComparisonPtr m_presented;
    bool m_differencesOnly = false;
    std::vector<ComparisonNote> m_notes;
};
