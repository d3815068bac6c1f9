#pragma once

#include "core/model/failure.h"

#include <QLockFile>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class ComparisonSession;

/// Keeps the open comparison in `autosave.synoptic` in a folder (the application's data location),
/// so a crash, a killed process or a restart loses nothing: written a little after every change and
/// on exit, each time whole through QSaveFile (a write cut short leaves the previous file). A lock
/// file beside it tells a run that did not exit cleanly from one that did, and keeps a second
/// window from overwriting the first one's comparison.
class Autosave : public QObject
{
    Q_OBJECT

public:
    Autosave(ComparisonSession *session, const QString &directory, QObject *parent = nullptr);
    ~Autosave() override;

    /// Takes the lock and starts saving changes; false when another running instance holds it
    /// (this one then saves nothing). Also clears temporary files left by a write cut short.
    bool start();
    bool isActive() const { return m_lock != nullptr; }
    /// The previous run ended without finish(): it crashed or was killed.
    bool previousRunCrashed() const { return m_previousCrashed; }
    QString path() const;
    /// Quiet time after a change before saving, in milliseconds. Default 2000.
    void setDelay(int ms) { m_timer.setInterval(ms); }
    /// While held, nothing is written or removed: a comparison being restored is not yet open, and
    /// saving the empty window would discard it.
    void setHeld(bool held) { m_held = held; }

public slots:
    /// Writes the comparison now; with no article open, removes the file.
    void saveNow();
    /// A clean exit: saves, then releases the lock.
    void finish();

signals:
    void failed(const Failure &failure);

private:
    void removeStaleTemporaries() const;

    ComparisonSession *m_session;
    QString m_directory;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    bool m_previousCrashed = false;
    bool m_held = false;
};
