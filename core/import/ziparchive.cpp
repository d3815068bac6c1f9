#include "core/import/ziparchive.h"

#include <QCoreApplication>

#include <zip.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Entries are inflated in slices this big so the buffer grows with what the entry really holds,
// not with what its header claims.
constexpr qint64 readChunkBytes = qint64{256} * 1024;

struct FileCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};

ZipArchive::Status statusFor(const zip_error_t *error)
{
    switch (zip_error_code_zip(error)) {
    case ZIP_ER_NOENT:
        return ZipArchive::Status::Missing;
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD:
    case ZIP_ER_ENCRNOTSUPP:
        return ZipArchive::Status::Encrypted;
    case ZIP_ER_COMPNOTSUPP:
        return ZipArchive::Status::Unsupported;
    default:
        return ZipArchive::Status::Corrupt;
    }
}

QString formatLimit(qint64 bytes)
{
    if (bytes >= qint64{1024} * 1024)
        return QCoreApplication::translate("ZipArchive", "%1 MiB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
    return QCoreApplication::translate("ZipArchive", "%1 KiB").arg(double(bytes) / 1024, 0, 'f', 1);
}

} // namespace

void ZipArchive::Closer::operator()(zip *archive) const
{
    zip_discard(archive); // read-only: nothing to write back
}

ZipArchive::ZipArchive(const QByteArray &data, qint64 maxUnpackedBytes)
    : m_data(data)
    , m_maxUnpackedBytes(maxUnpackedBytes)
    , m_remainingBytes(maxUnpackedBytes)
{
    if (m_data.isEmpty()) {
        m_openStatus = Status::NotZip; // libzip would open zero bytes as a new, empty archive
        return;
    }
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(m_data.constData(), zip_uint64_t(m_data.size()), 0, &error);
    if (source) {
        m_zip.reset(zip_open_from_source(source, ZIP_RDONLY, &error));
        if (!m_zip)
            zip_source_free(source); // on success the archive owns the source
    }
    if (!m_zip) {
        if (zip_error_code_zip(&error) == ZIP_ER_NOZIP)
            m_openStatus = m_data.startsWith("PK\x03\x04") ? Status::Truncated : Status::NotZip;
        else
            m_openStatus = Status::Corrupt;
    }
    zip_error_fini(&error);
}

ZipArchive::~ZipArchive() = default;

bool ZipArchive::contains(const QString &name) const
{
    return m_zip && zip_name_locate(m_zip.get(), name.toUtf8().constData(), 0) >= 0;
}

ZipArchive::Entry ZipArchive::read(const QString &name)
{
    if (!m_zip)
        return {{}, m_openStatus};
    const zip_int64_t index = zip_name_locate(m_zip.get(), name.toUtf8().constData(), 0);
    if (index < 0)
        return {{}, Status::Missing};

    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_zip.get(), zip_uint64_t(index), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
        return {{}, Status::Corrupt};
    if (st.size > zip_uint64_t(m_remainingBytes))
        return {{}, Status::OverLimit};
    if (qint64(st.size) > ratioCheckBytes && (st.valid & ZIP_STAT_COMP_SIZE)
        && st.size / std::max<zip_uint64_t>(st.comp_size, 1) > zip_uint64_t(maxCompressionRatio))
        return {{}, Status::Bomb};

    const std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(m_zip.get(), zip_uint64_t(index), 0));
    if (!file)
        return {{}, statusFor(zip_get_error(m_zip.get()))};

    // The declared size can lie: read one byte past it at most, and refuse the entry if that
    // byte exists.
    const qint64 declared = qint64(st.size);
    QByteArray data;
    for (;;) {
        const qint64 want = std::min(readChunkBytes, declared + 1 - data.size());
        if (want <= 0)
            break;
        const qsizetype offset = data.size();
        data.resize(offset + want);
        const zip_int64_t got = zip_fread(file.get(), data.data() + offset, zip_uint64_t(want));
        if (got < 0)
            return {{}, statusFor(zip_file_get_error(file.get()))};
        data.resize(offset + got);
        if (got == 0)
            break;
    }
    if (data.size() != declared)
        return {{}, Status::Corrupt};
    m_remainingBytes -= declared;
    return {data, Status::Ok};
}

QString ZipArchive::reason(Status status, const QString &format, const QString &entry) const
{
    const QString invalid = QCoreApplication::translate("ZipArchive", "the file is not a valid %1 document (%2)");
    switch (status) {
    case Status::Ok:
        break;
    case Status::NotZip:
        return invalid.arg(format, QCoreApplication::translate("ZipArchive", "not a ZIP archive"));
    case Status::Truncated:
        return invalid.arg(format, QCoreApplication::translate("ZipArchive", "truncated or corrupt ZIP archive"));
    case Status::Corrupt:
        return invalid.arg(format, QCoreApplication::translate("ZipArchive", "corrupt ZIP archive"));
    case Status::Missing:
        return invalid.arg(format, QCoreApplication::translate("ZipArchive", "%1 is missing").arg(entry));
    case Status::Encrypted:
        return QCoreApplication::translate("ZipArchive", "the document is password-protected");
    case Status::Unsupported:
        return invalid.arg(format, QCoreApplication::translate("ZipArchive", "unsupported ZIP compression method"));
    case Status::OverLimit:
        return QCoreApplication::translate("ZipArchive", "the document unpacks to more than the %1 size limit").arg(formatLimit(m_maxUnpackedBytes));
    case Status::Bomb:
        return QCoreApplication::translate("ZipArchive", "the document is compressed over %1:1, which no real document is (a \"zip bomb\")")
            .arg(maxCompressionRatio);
    }
    return {};
}
