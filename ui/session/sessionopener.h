#pragma once

#include "core/session/session.h"
#include "core/session/sessionloader.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

/// Opens a saved comparison: brings back its articles on the thread pool, checking that each is
/// the very content compared, and hands over the documents only once every one is settled. An
/// article that changed or is missing stops there: articleProblem() asks the window, which answers
/// with useEmbedded(), useFile() or abandon(). Until then the comparison on screen is untouched,
/// so nothing is ever aligned against different text without the user's say.
class SessionOpener : public QObject
{
    Q_OBJECT

public:
    explicit SessionOpener(QObject *parent = nullptr);
    ~SessionOpener() override;

    /// Starts opening `session`, read from `sessionPath`; drops one still pending.
    void open(const Session &session, const QString &sessionPath);
    bool isPending() const { return m_pending.has_value(); }
    /// The article articleProblem() last asked about, -1 when none waits for an answer.
    int waitingArticle() const { return m_waiting; }
    QString sessionPath() const { return m_pending ? m_pending->path : QString(); }
    /// The session being opened; null when none.
    const Session *session() const { return m_pending ? &m_pending->session : nullptr; }

public slots:
    /// The waiting article from the copy the session embeds.
    void useEmbedded(int article);
    /// The waiting article from `path` (Locate…); `acceptChanged` takes it even if its content is
    /// not the one compared, because the user said so.
    void useFile(int article, const QString &path, bool acceptChanged);
    /// Gives up opening; the comparison on screen stays as it is.
    void abandon();

signals:
    /// Article `article` (an index into Session::articles) is not the one compared; `load` says
    /// why and where it was looked for. Asked one article at a time.
    void articleProblem(int article, const ArticleLoad &load);
    /// Every article is back: the documents in column order, and the session's options.
    void opened(const QString &sessionPath, const std::vector<Document> &documents, const Session &session);
    void abandoned(const QString &sessionPath);

private:
    struct Pending
    {
        Session session;
        QString path;
        std::vector<ArticleLoad> loads; ///< per article; state Missing until first loaded
        int running = 0;                ///< jobs still out
    };

    void start(int article, std::function<ArticleLoad(const SessionLoader &)> job);
    void settle();

    std::optional<Pending> m_pending;
    int m_waiting = -1;
    /// Bumped by every open() and abandon(), so late results of a dropped session are ignored.
    quint64 m_generation = 0;
};
