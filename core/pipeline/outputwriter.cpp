#include "core/pipeline/outputwriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

std::optional<Failure> OutputWriter::write(const QString &path, const QByteArray &bytes, const QStringList &inputs)
{
    if (path == u"-"_s)
        return writeStream(STDOUT_FILENO, path, bytes);
    if (isOneOf(path, inputs))
        return Failure{path, QCoreApplication::translate("OutputWriter", "this is one of the articles being compared; choose another output file")};
    struct stat st{};
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode)))
        return writeSpecial(path, bytes);
    return writeAtomically(path, bytes);
}

bool OutputWriter::isOneOf(const QString &path, const QStringList &inputs)
{
    const QFileInfo out(path);
    if (!out.exists())
        return false;
    const QString target = out.canonicalFilePath();
    for (const QString &input : inputs) {
        if (input == u"-"_s)
            continue;
        const QFileInfo in(input);
        if (in.exists() && in.canonicalFilePath() == target)
            return true;
    }
    return false;
}

std::optional<Failure> OutputWriter::writeStream(int fd, const QString &path, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Failure{path == u"-"_s ? QCoreApplication::translate("OutputWriter", "standard output") : path, systemReason(errno)};
        }
        data += n;
        left -= n;
    }
    return std::nullopt;
}

std::optional<Failure> OutputWriter::writeSpecial(const QString &path, const QByteArray &bytes)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return Failure{path, systemReason(errno)};
    std::optional<Failure> failure = writeStream(fd, path, bytes);
    if (::close(fd) != 0 && !failure)
        failure = Failure{path, systemReason(errno)};
    return failure;
}

std::optional<Failure> OutputWriter::writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Failure{path, file.errorString()};
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Failure{path, reason};
    }
    if (!file.commit())
        return Failure{path, file.errorString()};
    return std::nullopt;
}
