#include "ui/session/autosave.h"

#include "core/session/sessionfile.h"
#include "ui/session/comparisonsession.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
const QString FileName = u"autosave.synoptic"_s;
const QString LockName = u"autosave.lock"_s;
} // namespace

Autosave::Autosave(ComparisonSession *session, const QString &directory, QObject *parent)
    : QObject(parent), m_session(session), m_directory(directory)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::saveNow);
}

Autosave::~Autosave() = default;

QString Autosave::path() const
{
    return QDir(m_directory).filePath(FileName);
}

bool Autosave::start()
{
    if (m_lock)
        return true;
    if (!QDir().mkpath(m_directory)) {
        emit failed({m_directory, tr("the folder for the automatic save cannot be created")});
        return false;
    }
    const QString lockPath = QDir(m_directory).filePath(LockName);
    const bool lockLeftBehind = QFileInfo::exists(lockPath);
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0); // only a dead owner makes it stale, however long a session runs
    if (!lock->tryLock(0))
        return false;
    m_previousCrashed = lockLeftBehind;
    m_lock = std::move(lock);
    removeStaleTemporaries();
    const auto schedule = [this] {
        if (!m_held)
            m_timer.start();
    };
    connect(m_session, &ComparisonSession::documentsChanged, this, schedule);
    connect(m_session, &ComparisonSession::optionsChanged, this, schedule);
    connect(m_session, &ComparisonSession::notesChanged, this, schedule);
    return true;
}

void Autosave::saveNow()
{
    m_timer.stop();
    if (!m_lock || m_held)
        return;
    if (m_session->documentCount() == 0) {
        QFile::remove(path());
        return;
    }
    // Embedded, so the restored comparison is the one left even if an article changed since.
    if (const std::optional<Failure> failure = SessionFile::write(m_session->toSession(true), path()))
        emit failed(*failure);
}

void Autosave::finish()
{
    if (!m_lock)
        return;
    saveNow();
    m_lock->unlock();
    m_lock.reset();
}

// QSaveFile writes "autosave.synoptic.XXXXXX" and renames it; a process killed before the rename
// leaves that temporary, never a damaged autosave.synoptic. This run holds the lock, so no other
// one is writing: any found is litter.
void Autosave::removeStaleTemporaries() const
{
    const QDir dir(m_directory);
    for (const QString &name : dir.entryList({FileName + u".*"_s}, QDir::Files | QDir::Hidden))
        QFile::remove(dir.filePath(name));
}
