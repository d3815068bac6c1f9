#include "ui/session/sessionopener.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

SessionOpener::SessionOpener(QObject *parent) : QObject(parent)
{
}

// The jobs hold no pointer to this object; waiting here keeps them from outliving the window.
SessionOpener::~SessionOpener()
{
    for (auto *watcher : findChildren<QFutureWatcher<ArticleLoad> *>())
        watcher->waitForFinished();
}

void SessionOpener::open(const Session &session, const QString &sessionPath)
{
    ++m_generation;
    m_waiting = -1;
    m_pending = Pending{session, sessionPath, std::vector<ArticleLoad>(session.articles.size()), 0};
    for (size_t i = 0; i < session.articles.size(); ++i) {
        const SessionArticle &article = session.articles[i];
        start(int(i), [article, sessionPath](const SessionLoader &loader) {
            return article.path.isEmpty() ? loader.loadEmbedded(article) : loader.loadFile(article, sessionPath);
        });
    }
}

void SessionOpener::useEmbedded(int article)
{
    if (!m_pending || article != m_waiting)
        return;
    m_waiting = -1;
    const SessionArticle a = m_pending->session.articles[size_t(article)];
    start(article, [a](const SessionLoader &loader) { return loader.loadEmbedded(a); });
}

void SessionOpener::useFile(int article, const QString &path, bool acceptChanged)
{
    if (!m_pending || article != m_waiting)
        return;
    m_waiting = -1;
    const SessionArticle a = m_pending->session.articles[size_t(article)];
    start(article, [a, path, acceptChanged](const SessionLoader &loader) {
        return loader.loadFileAt(a, path, acceptChanged);
    });
}

void SessionOpener::abandon()
{
    if (!m_pending)
        return;
    const QString path = m_pending->path;
    ++m_generation;
    m_pending.reset();
    m_waiting = -1;
    emit abandoned(path);
}

void SessionOpener::start(int article, std::function<ArticleLoad(const SessionLoader &)> job)
{
    auto *watcher = new QFutureWatcher<ArticleLoad>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, article, generation] {
        watcher->deleteLater();
        if (generation != m_generation || !m_pending || watcher->future().resultCount() == 0)
            return;
        m_pending->loads[size_t(article)] = watcher->result();
        --m_pending->running;
        settle();
    });
    ++m_pending->running;
    watcher->setFuture(QtConcurrent::run([job = std::move(job)] { return job(SessionLoader()); }));
}

// Once no job is out: the first article still unsettled is asked about; with none, it is open.
void SessionOpener::settle()
{
    if (m_pending->running > 0 || m_waiting >= 0)
        return;
    for (const int index : m_pending->session.columnOrder) {
        const ArticleLoad &load = m_pending->loads[size_t(index)];
        if (!load.ok()) {
            m_waiting = index;
            emit articleProblem(index, load);
            return;
        }
    }
    std::vector<Document> documents;
    for (const int index : m_pending->session.columnOrder)
        documents.push_back(*m_pending->loads[size_t(index)].document);
    const Pending done = std::move(*m_pending);
    m_pending.reset();
    emit opened(done.path, documents, done.session);
}
