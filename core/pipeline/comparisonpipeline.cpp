#include "core/pipeline/comparisonpipeline.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <future>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

LoadResult loadOne(const QString &path, const DocumentLoader &loader, const ComparisonPipeline::PageProgress &progress)
{
    DocumentLoader::Progress pages;
    if (progress) {
        pages = [&path, &progress](int done, int total) {
            progress(path, done, total);
            return true;
        };
    }
    if (path != u"-"_s)
        return loader.load(path, pages);
    Failure failure;
    const std::optional<QByteArray> data = ComparisonPipeline::readStandardInput(loader.limits().maxFileBytes, &failure);
    if (!data) {
        LoadResult r;
        r.failure = {path, failure.reason};
        return r;
    }
    return loader.loadData(*data, path, {}, pages);
}

} // namespace

ComparisonPipeline::Loaded ComparisonPipeline::load(const QStringList &paths, const DocumentLoader &loader,
                                                    const PageProgress &progress)
{
    std::vector<std::future<LoadResult>> pending;
    pending.reserve(size_t(paths.size()));
    for (const QString &path : paths)
        pending.push_back(std::async(std::launch::async, loadOne, path, std::cref(loader), std::cref(progress)));
    Loaded loaded;
    for (std::future<LoadResult> &f : pending) {
        LoadResult r = f.get();
        if (r.ok())
            loaded.documents.push_back(std::move(*r.document));
        else
            loaded.failures.push_back(r.failure);
    }
    return loaded;
}

std::optional<QByteArray> ComparisonPipeline::readStandardInput(qint64 limit, Failure *failure)
{
    QByteArray data;
    char buffer[65536];
    while (data.size() <= limit) {
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n == 0)
            return data;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *failure = {u"-"_s, QCoreApplication::translate("ComparisonPipeline", "cannot read standard input: %1")
                                     .arg(QString::fromLocal8Bit(std::strerror(errno)))};
            return std::nullopt;
        }
        data.append(buffer, qsizetype(n));
    }
    return data; // over the limit: the loader names the sizes
}
