#include "ui/session/documentwatcher.h"

#include <QFileInfo>

DocumentWatcher::DocumentWatcher(QObject *parent) : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(300);
    connect(&m_settle, &QTimer::timeout, this, &DocumentWatcher::settle);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &DocumentWatcher::noteEvent);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &DocumentWatcher::onDirectoryChanged);
}

void DocumentWatcher::watch(const QString &path)
{
    if (path.isEmpty() || m_files.contains(path))
        return;
    m_files.insert(path);
    m_watcher.addPath(path);
}

void DocumentWatcher::unwatch(const QString &path)
{
    if (!m_files.remove(path))
        return;
    m_pending.remove(path);
    m_watcher.removePath(path);
    if (m_missing.remove(path))
        unwatchDirectoryIfUnused(QFileInfo(path).absolutePath());
}

void DocumentWatcher::noteEvent(const QString &path)
{
    if (!m_files.contains(path))
        return;
    m_pending.insert(path);
    m_settle.start();
}

void DocumentWatcher::onDirectoryChanged(const QString &directory)
{
    for (const QString &path : std::as_const(m_missing)) {
        if (QFileInfo(path).absolutePath() == directory && QFileInfo::exists(path))
            noteEvent(path);
    }
}

void DocumentWatcher::settle()
{
    const QSet<QString> pending = std::exchange(m_pending, {});
    for (const QString &path : pending) {
        if (!m_files.contains(path))
            continue;
        const QString directory = QFileInfo(path).absolutePath();
        if (QFileInfo::exists(path)) {
            // A save by rename leaves the watcher watching nothing: arm it again.
            if (!m_watcher.files().contains(path))
                m_watcher.addPath(path);
            if (m_missing.remove(path))
                unwatchDirectoryIfUnused(directory);
            emit changed(path);
        } else if (!m_missing.contains(path)) {
            m_missing.insert(path);
            m_watcher.removePath(path);
            if (!m_watcher.directories().contains(directory))
                m_watcher.addPath(directory);
            emit removed(path);
        }
    }
}

void DocumentWatcher::unwatchDirectoryIfUnused(const QString &directory)
{
    for (const QString &path : std::as_const(m_missing)) {
        if (QFileInfo(path).absolutePath() == directory)
            return;
    }
    m_watcher.removePath(directory);
}
