#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

/// Watches the files of open documents and reports, once things settle, that one changed or
/// disappeared. Editors save in several steps (truncate, write, or write elsewhere and rename),
/// and a rename drops the file from QFileSystemWatcher, so a changed file is re-armed, and a
/// removed one is watched through its folder until it comes back.
class DocumentWatcher : public QObject
{
    Q_OBJECT

public:
    explicit DocumentWatcher(QObject *parent = nullptr);

    void watch(const QString &path);
    void unwatch(const QString &path);
    /// Quiet time after the last event before a signal, in milliseconds. Default 300.
    void setSettleTime(int ms) { m_settle.setInterval(ms); }

signals:
    /// The file exists and its content may have changed (or it came back after a removal).
    void changed(const QString &path);
    /// The file was deleted or moved away.
    void removed(const QString &path);

private:
    void noteEvent(const QString &path);
    void onDirectoryChanged(const QString &directory);
    void settle();
    void unwatchDirectoryIfUnused(const QString &directory);

    QFileSystemWatcher m_watcher;
    QSet<QString> m_files;   ///< every path asked for, present or not
    QSet<QString> m_missing; ///< paths whose file is gone; their folder is watched instead
    QSet<QString> m_pending; ///< paths with events since the last settle
    QTimer m_settle;
};
