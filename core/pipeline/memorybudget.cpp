#include "core/pipeline/memorybudget.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <algorithm>
#include <limits>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 ProgramBytes = 34LL << 20;
constexpr double BytesPerCharacter = 13.0;
constexpr double BytesPerCharacterPerFurtherArticle = 0.6;

// The memory limit of the control group the process runs in (cgroup v2, then v1), if any: in a
// container that, not the machine's memory, is what the kernel enforces.
std::optional<qint64> controlGroupLimit()
{
    for (const char *path : {"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"}) {
        QFile f(QString::fromLatin1(path));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        bool ok = false;
        const qint64 bytes = f.readLine(64).trimmed().toLongLong(&ok);
        // "max", or v1's "no limit" (a page-rounded LLONG_MAX), mean none.
        if (ok && bytes > 0 && bytes < (qint64(1) << 60))
            return bytes;
    }
    return std::nullopt;
}

} // namespace

qint64 MemoryBudget::estimate(const std::vector<Document> &documents)
{
    qint64 characters = 0;
    for (const Document &d : documents)
        characters += d.text.size();
    const double perCharacter =
        BytesPerCharacter + BytesPerCharacterPerFurtherArticle * double(std::max<size_t>(documents.size(), 1) - 1);
    return ProgramBytes + qint64(double(characters) * perCharacter);
}

qint64 MemoryBudget::defaultLimit()
{
    qint64 available = qint64(sysconf(_SC_PHYS_PAGES)) * qint64(sysconf(_SC_PAGE_SIZE));
    if (available <= 0)
        available = std::numeric_limits<qint64>::max();
    if (const std::optional<qint64> group = controlGroupLimit())
        available = std::min(available, *group);
    rlimit address{};
    if (getrlimit(RLIMIT_AS, &address) == 0 && address.rlim_cur != RLIM_INFINITY)
        available = std::min(available, qint64(address.rlim_cur));
    return available / 2;
}

std::optional<QString> MemoryBudget::check(const std::vector<Document> &documents, qint64 limit)
{
    if (limit <= 0)
        limit = defaultLimit();
    const qint64 needed = estimate(documents);
    if (needed <= limit)
        return std::nullopt;
    qint64 characters = 0;
    for (const Document &d : documents)
        characters += d.text.size();
    return QCoreApplication::translate("MemoryBudget",
                                       "comparing these %n articles (%1 of text) needs about %2 of memory, more than the "
                                       "%3 allowed here: compare fewer or shorter articles, or raise the limit",
                                       nullptr, int(documents.size()))
        .arg(formatBytes(characters), formatBytes(needed), formatBytes(limit));
}

QString MemoryBudget::formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}
