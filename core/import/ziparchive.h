#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

struct zip;

/// A ZIP archive read in place from memory, for the office importers. Every entry read counts
/// against one budget of uncompressed bytes, and no read inflates past it whatever sizes the
/// archive's headers declare, so a crafted archive (a "zip bomb") cannot exhaust memory.
class ZipArchive
{
public:
    enum class Status {
        Ok,
        NotZip,      ///< the bytes are not a ZIP archive at all
        Truncated,   ///< starts like a ZIP archive but its central directory is missing
        Corrupt,     ///< damaged headers, bad CRC, or an entry larger than it declares
        Missing,     ///< no entry of that name
        Encrypted,   ///< the entry is password-protected
        Unsupported, ///< a compression method libzip cannot inflate
        OverLimit,   ///< reading the entry would go over the unpacked-bytes budget
        Bomb,        ///< a big entry compressed far beyond what real documents reach
    };

    struct Entry
    {
        QByteArray data;
        Status status = Status::Ok;

        bool ok() const { return status == Status::Ok; }
    };

    /// `data` is shared, not copied, and kept alive as long as the archive.
    ZipArchive(const QByteArray &data, qint64 maxUnpackedBytes);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    /// Ok when the archive opened; otherwise why not (NotZip, Truncated or Corrupt).
    Status openStatus() const { return m_openStatus; }
    bool contains(const QString &name) const;
    /// The uncompressed bytes of entry `name` (case-sensitive, "word/document.xml").
    Entry read(const QString &name);

    /// A sentence for users explaining `status`, e.g. "the file is not a valid DOCX document
    /// (corrupt ZIP archive)". `format` names the document type, `entry` the missing entry.
    QString reason(Status status, const QString &format, const QString &entry = {}) const;

    /// Entries bigger than this (uncompressed) are refused above `maxCompressionRatio`.
    static constexpr qint64 ratioCheckBytes = 4ll * 1024 * 1024;
    /// Deflate tops out near 1032:1 on runs of one byte; real XML stays under 100:1.
    static constexpr qint64 maxCompressionRatio = 1000;

private:
    struct Closer
    {
        void operator()(zip *archive) const;
    };

    QByteArray m_data;
    std::unique_ptr<zip, Closer> m_zip;
    Status m_openStatus = Status::Ok;
    qint64 m_maxUnpackedBytes;
    qint64 m_remainingBytes;
};
