#pragma once

#include "core/model/failure.h"
#include "core/session/session.h"

#include <QByteArray>
#include <QString>

#include <optional>

/// The outcome of reading a `.synoptic` file: a session, or the failure naming the file and
/// what is wrong with it.
struct SessionReadResult
{
    std::optional<Session> session;
    Failure failure; ///< e.g. {"a.synoptic", "article 2 has no \"sha256\""}; empty on success

    bool ok() const { return session.has_value(); }
};

/// Reads and writes `.synoptic` files: JSON, described by resources/schema/session.schema.json.
/// Reading validates everything the schema says and what it cannot (a permutation, indices in
/// range, embedded bytes matching their hash), so a session that reads is safe to open.
class SessionFile
{
public:
    /// Larger files are refused unread: embedded articles are limited to the import size limit,
    /// and a handful of them is far below this.
    static constexpr qint64 MaxFileBytes = qint64{512} * 1024 * 1024;

    static SessionReadResult read(const QString &path);
    /// `path` only names the source in failures.
    static SessionReadResult parse(const QByteArray &json, const QString &path);
    static QByteArray serialize(const Session &session);
    /// Through QSaveFile: the old file stays whole until the new one is complete, so a process
    /// killed mid-write leaves either the old session or the new one, never half of one.
    static std::optional<Failure> write(const Session &session, const QString &path);
    /// Lower-case hex SHA-256 of `bytes`, as SessionArticle::sha256 holds it.
    static QString sha256(const QByteArray &bytes);
};
