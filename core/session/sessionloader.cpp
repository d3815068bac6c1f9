#include "core/session/sessionloader.h"

#include "core/session/sessionfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SessionLoader", text);
}

ArticleLoad problem(ArticleLoad::State state, const QString &path, const QString &reason)
{
    ArticleLoad load;
    load.state = state;
    load.path = path;
    load.failure = {path, reason};
    return load;
}

// The file's bytes, or nothing when it cannot be read; limited like any import.
std::optional<QByteArray> readBytes(const QString &path, qint64 limit, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    QByteArray bytes = file.read(limit + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = file.errorString();
        return std::nullopt;
    }
    return bytes;
}

} // namespace

ArticleLoad SessionLoader::loadFile(const SessionArticle &article, const QString &sessionPath) const
{
    if (article.path.isEmpty())
        return problem(ArticleLoad::State::Missing, article.displayName, tr("the comparison holds no file for it"));
    if (QFileInfo(article.path).isFile())
        return loadFileAt(article, article.path, false);
    // Moved together with the session: same name in the session's folder, same content.
    const QString beside = QFileInfo(sessionPath).dir().filePath(QFileInfo(article.path).fileName());
    if (!sessionPath.isEmpty() && QFileInfo(beside).isFile()) {
        ArticleLoad load = loadFileAt(article, beside, false);
        if (load.ok())
            return load;
    }
    return problem(ArticleLoad::State::Missing, article.path, tr("the article was moved or deleted"));
}

ArticleLoad SessionLoader::loadFileAt(const SessionArticle &article, const QString &path, bool acceptChanged) const
{
    QString error;
    const std::optional<QByteArray> bytes = readBytes(path, m_loader.limits().maxFileBytes, &error);
    if (!QFileInfo(path).isFile())
        return problem(ArticleLoad::State::Missing, path, tr("no such file"));
    if (!bytes)
        return problem(ArticleLoad::State::Failed, path, tr("cannot be read (%1)").arg(error));
    if (!acceptChanged && SessionFile::sha256(*bytes) != article.sha256)
        return problem(ArticleLoad::State::Changed, path,
                       tr("the article changed since the comparison was saved (its content is not the one compared)"));
    ArticleLoad load = import(article, *bytes, path);
    if (load.document)
        load.document->modified = QFileInfo(path).lastModified();
    return load;
}

ArticleLoad SessionLoader::loadEmbedded(const SessionArticle &article) const
{
    if (!article.embedded)
        return problem(ArticleLoad::State::Missing, article.path, tr("the comparison holds no copy of the article"));
    ArticleLoad load = import(article, *article.embedded, {});
    if (load.document) {
        load.document->path.clear();
        load.path.clear();
    }
    return load;
}

ArticleLoad SessionLoader::import(const SessionArticle &article, const QByteArray &bytes, const QString &path) const
{
    // Named as the file was, so importers that look at the name see what they saw the first time.
    const QString name = path.isEmpty() ? (article.path.isEmpty() ? article.displayName : article.path) : path;
    const LoadResult result = m_loader.loadData(bytes, name, article.format);
    if (!result.ok())
        return problem(ArticleLoad::State::Failed, path.isEmpty() ? article.displayName : path, result.failure.reason);
    ArticleLoad load;
    load.state = ArticleLoad::State::Unchanged;
    load.path = path;
    load.document = *result.document;
    if (path.isEmpty() && !article.displayName.isEmpty())
        load.document->title = article.displayName;
    return load;
}

Session SessionLoader::describe(const std::vector<Document> &documents, const AlignOptions &options, bool embed,
                               const std::vector<ComparisonNote> &notes)
{
    Session s;
    s.options = options;
    // Articles are listed in column order: the reference's, the languages' and the links'
    // indices carry over. The options keep none of them: the session holds them by article.
    s.reference = options.reference;
    s.options.reference = -1;
    s.options.languages.clear();
    s.options.manualLinks.clear();
    for (const LinkConstraint &c : options.manualLinks) {
        ManualLink l;
        l.linked = c.linked;
        for (size_t side = 0; side < 2; ++side)
            l.ends[side] = {c.ends[side].doc, c.ends[side].start, c.ends[side].end};
        s.manualLinks.push_back(l);
    }
    // Articles are in column order: a column is its article's index.
    for (const ComparisonNote &n : notes)
        s.notes.push_back(n.withAnchors<SessionAnchor>([](const TextAnchor &a) { return SessionAnchor{a.doc, a.start, a.end}; }));
    for (const Document &d : documents) {
        SessionArticle a;
        const bool hasFile = !d.path.isEmpty() && d.path != u"-"_s;
        a.path = hasFile ? QFileInfo(d.path).absoluteFilePath() : QString();
        a.displayName = d.title;
        a.format = d.format;
        a.sha256 = SessionFile::sha256(d.source);
        if (embed || !hasFile)
            a.embedded = d.source;
        if (s.articles.size() < options.languages.size())
            a.language = options.languages[s.articles.size()];
        s.columnOrder.push_back(int(s.articles.size()));
        s.articles.push_back(std::move(a));
    }
    return s;
}
