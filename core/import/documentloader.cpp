#include "core/import/documentloader.h"

#include "core/import/importerregistry.h"
#include "core/segment/documentbuilder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

#include <algorithm>
#include <exception>

using namespace Qt::StringLiterals;

namespace {

LoadResult failure(const QString &path, const QString &reason)
{
    LoadResult r;
    r.failure = {path, reason};
    return r;
}

QString formatSize(qint64 bytes)
{
    if (bytes >= qint64{1024} * 1024)
        return QCoreApplication::translate("DocumentLoader", "%1 MiB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
    if (bytes >= 1024)
        return QCoreApplication::translate("DocumentLoader", "%1 KiB").arg(double(bytes) / 1024, 0, 'f', 1);
    return QCoreApplication::translate("DocumentLoader", "%1 bytes").arg(bytes);
}

} // namespace

LoadResult DocumentLoader::load(const QString &path, const Progress &progress) const
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(path, QCoreApplication::translate("DocumentLoader", "no such file"));
    if (info.isDir())
        return failure(path, QCoreApplication::translate("DocumentLoader", "is a directory, not a file"));
    if (!info.isFile())
        return failure(path, QCoreApplication::translate("DocumentLoader", "is not a regular file"));
    if (info.size() > m_limits.maxFileBytes)
        return failure(path, QCoreApplication::translate("DocumentLoader", "the file is %1, over the %2 size limit").arg(formatSize(info.size()), formatSize(m_limits.maxFileBytes)));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, QCoreApplication::translate("DocumentLoader", "cannot be read (%1)").arg(file.errorString()));
    // Read one byte past the size stat() gave, so that a file that grew since is seen, and then on
    // to one byte past the limit: reading up to the limit at once would reserve the whole limit
    // (64 MiB) for every file, a short article included.
    QByteArray data = file.read(std::min(info.size(), m_limits.maxFileBytes) + 1);
    if (data.size() > info.size() && file.error() == QFileDevice::NoError)
        data += file.read(m_limits.maxFileBytes + 1 - data.size());
    if (file.error() != QFileDevice::NoError)
        return failure(path, QCoreApplication::translate("DocumentLoader", "cannot be read (%1)").arg(file.errorString()));
    if (data.size() > m_limits.maxFileBytes)
        return failure(path, QCoreApplication::translate("DocumentLoader", "the file is over the %1 size limit").arg(formatSize(m_limits.maxFileBytes)));
    if (data.isEmpty())
        return failure(path, QCoreApplication::translate("DocumentLoader", "the file is empty"));

    const QMimeType mime = QMimeDatabase().mimeTypeForFileNameAndData(path, data);
    LoadResult r = extract(data, path, mime.name(), progress);
    if (r.document)
        r.document->modified = info.lastModified();
    return r;
}

LoadResult DocumentLoader::loadData(const QByteArray &data, const QString &name, const QString &mimeHint,
                                    const Progress &progress) const
{
    if (data.size() > m_limits.maxFileBytes)
        return failure(name, QCoreApplication::translate("DocumentLoader", "the input is over the %1 size limit").arg(formatSize(m_limits.maxFileBytes)));
    if (data.isEmpty())
        return failure(name, QCoreApplication::translate("DocumentLoader", "the input is empty"));
    QString mimeName = mimeHint;
    if (mimeName.isEmpty())
        mimeName = QMimeDatabase().mimeTypeForData(data).name();
    return extract(data, name, mimeName, progress);
}

LoadResult DocumentLoader::extract(const QByteArray &data, const QString &path, const QString &mimeName,
                                   const Progress &progress) const
{
    const QMimeType mime = QMimeDatabase().mimeTypeForName(mimeName);
    const ImporterRegistry &registry = ImporterRegistry::instance();
    const Importer *importer = mime.isValid() ? registry.importerFor(mime) : nullptr;
    if (!importer) {
        // Unknown types that are really text (no extension, odd extension) still import.
        const QMimeType plain = QMimeDatabase().mimeTypeForName(u"text/plain"_s);
        if (mime.name() == u"application/octet-stream"_s || !mime.isValid())
            importer = registry.importerFor(plain);
    }
    if (!importer) {
        const QString comment = mime.comment().isEmpty() ? mime.name() : mime.comment();
        return failure(path, QCoreApplication::translate("DocumentLoader", "unsupported file type (%1)").arg(comment));
    }

    Extraction extraction;
    try {
        ImportLimits limits = m_limits;
        limits.progress = progress;
        extraction = importer->extract(data, path, limits);
    } catch (const std::bad_alloc &) {
        return failure(path, QCoreApplication::translate("DocumentLoader", "the document is too large to import"));
    } catch (const std::exception &e) {
        return failure(path, QCoreApplication::translate("DocumentLoader", "the document could not be read (%1)").arg(QString::fromLocal8Bit(e.what())));
    }
    if (!extraction.ok())
        return failure(path, extraction.error);

    Document doc = DocumentBuilder::build(extraction.text, path, mime.name(), m_identifiesLanguage);
    if (!doc.hasWords())
        return failure(path, QCoreApplication::translate("DocumentLoader", "no text found in the document"));
    doc.source = data;
    LoadResult r;
    r.document = std::move(doc);
    return r;
}
