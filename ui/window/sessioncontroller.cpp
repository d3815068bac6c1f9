#include "ui/window/sessioncontroller.h"

#include "core/session/sessionfile.h"
#include "ui/session/appsettings.h"
#include "ui/session/autosave.h"
#include "ui/session/comparisonsession.h"
#include "ui/session/sessionopener.h"
#include "ui/window/messagebar.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

QString sessionFilter()
{
    return SessionController::tr("Synoptic comparisons (*.synoptic);;All files (*)");
}

QString nameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

SessionController::SessionController(ComparisonSession *session, MessageBar *messages, AppSettings *settings,
                                     QWidget *window)
    : QObject(window), m_session(session), m_messages(messages), m_settings(settings), m_window(window),
      m_opener(new SessionOpener(this))
{
    connect(m_opener, &SessionOpener::articleProblem, this, &SessionController::askAbout);
    connect(m_opener, &SessionOpener::opened, this,
            [this](const QString &path, const std::vector<Document> &documents, const Session &saved) {
                m_session->replaceAll(documents, saved.alignOptions());
                std::vector<OpenNote> notes;
                for (const ComparisonNote &n : saved.comparisonNotes())
                    notes.push_back({n, {}});
                m_session->setNotes(notes);
                onOpened(path, saved);
            });
    connect(m_opener, &SessionOpener::abandoned, this, [this](const QString &path) {
        if (m_autosave)
            m_autosave->setHeld(false);
        m_messages->showMessage(MessageWidget::Type::Information,
                                tr("Did not open %1. The comparison shown is unchanged.").arg(nameOf(path)));
    });
}

bool SessionController::isSessionFile(const QString &path)
{
    return path.endsWith(u".synoptic"_s, Qt::CaseInsensitive);
}

bool SessionController::open(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const SessionReadResult read = SessionFile::read(absolute);
    if (!read.ok()) {
        m_messages->showMessage(MessageWidget::Type::Error,
                                tr("Could not open the comparison %1").arg(read.failure.message()));
        m_settings->removeRecentFile(absolute);
        emit openFailed(read.failure.message());
        return false;
    }
    m_opener->open(*read.session, absolute);
    return true;
}

bool SessionController::save(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (const std::optional<Failure> failure = SessionFile::write(m_session->toSession(true), absolute)) {
        m_messages->showMessage(MessageWidget::Type::Error,
                                tr("Could not save the comparison %1").arg(failure->message()));
        return false;
    }
    m_settings->addRecentFile(absolute);
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(absolute)));
    return true;
}

void SessionController::openWithDialog()
{
    const QString folder = m_settings->lastFolder().isEmpty() ? QDir::homePath() : m_settings->lastFolder();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Comparison"), folder, sessionFilter());
    if (path.isEmpty())
        return;
    m_settings->setLastFolder(QFileInfo(path).absolutePath());
    open(path);
}

void SessionController::saveWithDialog()
{
    if (m_session->documentCount() == 0)
        return;
    const QString folder = m_settings->lastFolder().isEmpty() ? QDir::homePath() : m_settings->lastFolder();
    const QString suggested = QDir(folder).filePath(tr("comparison.synoptic"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Comparison"), suggested, sessionFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".synoptic"_s;
    m_settings->setLastFolder(QFileInfo(path).absolutePath());
    save(path);
}

void SessionController::startAutosave(const QString &directory, bool restore)
{
    m_autosave = new Autosave(m_session, directory, this);
    connect(m_autosave, &Autosave::failed, this, [this](const Failure &failure) {
        m_messages->showMessage(MessageWidget::Type::Warning,
                                tr("The comparison could not be saved automatically: %1").arg(failure.message()));
    });
    if (!m_autosave->start())
        return; // another window saves its own comparison there
    if (!restore || !QFileInfo::exists(m_autosave->path()))
        return;
    m_restoringAfterCrash = m_autosave->previousRunCrashed();
    // Until the articles are back, saving the empty window would discard them.
    m_autosave->setHeld(true);
    if (!open(m_autosave->path()))
        m_autosave->setHeld(false);
}

void SessionController::finish()
{
    if (m_autosave)
        m_autosave->finish();
}

void SessionController::onOpened(const QString &path, const Session &session)
{
    if (m_autosave && path == m_autosave->path()) {
        m_autosave->setHeld(false);
        m_messages->showMessage(MessageWidget::Type::Information,
                                m_restoringAfterCrash
                                    ? tr("Restored the comparison that was open when Synoptic stopped unexpectedly.")
                                    : tr("Reopened the comparison that was open when Synoptic was last closed."));
        return;
    }
    m_settings->addRecentFile(path);
    emit statusMessage(tr("Opened %1 (%n articles)", nullptr, int(session.articles.size())).arg(nameOf(path)));
}

void SessionController::askAbout(int article, const ArticleLoad &load)
{
    const Session *session = m_opener->session();
    if (!session)
        return;
    const SessionArticle &a = session->articles[size_t(article)];
    const QString text = tr("Opening %1: %2. Nothing is aligned against other text until you choose.")
                             .arg(nameOf(m_opener->sessionPath()), load.failure.message());
    auto *item = m_messages->showMessage(MessageWidget::Type::Warning, text);
    if (a.embedded) {
        auto *embedded = new QAction(tr("Use Embedded Copy"), item);
        connect(embedded, &QAction::triggered, this, [this, article] { m_opener->useEmbedded(article); });
        item->addButton(embedded);
    }
    auto *locateAction = new QAction(tr("Locate…"), item);
    connect(locateAction, &QAction::triggered, this, [this, article] { locate(article); });
    item->addButton(locateAction);
    if (load.state == ArticleLoad::State::Changed) {
        auto *changed = new QAction(tr("Use Changed File"), item);
        connect(changed, &QAction::triggered, this,
                [this, article, path = load.path] { m_opener->useFile(article, path, true); });
        item->addButton(changed);
    }
    emit openFailed(text);
    // Closed without a choice: the session is not opened.
    connect(item, &MessageWidget::closed, this, [this, article] {
        if (m_opener->waitingArticle() == article)
            m_opener->abandon();
    });
}

void SessionController::locate(int article)
{
    const Session *session = m_opener->session();
    if (!session)
        return;
    const SessionArticle &a = session->articles[size_t(article)];
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Locate %1").arg(a.displayName),
        QFileInfo(a.path.isEmpty() ? m_opener->sessionPath() : a.path).absolutePath());
    if (path.isEmpty())
        m_opener->abandon();
    else
        m_opener->useFile(article, path, false);
}
