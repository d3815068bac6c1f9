#pragma once

#include "core/model/failure.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

/// The last step of every export, shared by the CLI and the window: puts the bytes at `path`
/// whole or reports why not.
///
/// A regular file is written atomically (QSaveFile: a failed write leaves the old file or none).
/// "-" means standard output; FIFOs and character devices are streamed, never replaced by a
/// rename. Every write and the close are checked, so a full disk or a closed pipe is a Failure,
/// not a silent success. An output that resolves to one of `inputs` is refused before anything
/// is written, so an export never destroys an article it compares.
class OutputWriter
{
public:
    static std::optional<Failure> write(const QString &path, const QByteArray &bytes, const QStringList &inputs = {});

    /// True when `path` names the same file as one of `inputs` (after resolving links).
    static bool isOneOf(const QString &path, const QStringList &inputs);

private:
    static std::optional<Failure> writeStream(int fd, const QString &path, const QByteArray &bytes);
    static std::optional<Failure> writeSpecial(const QString &path, const QByteArray &bytes);
    static std::optional<Failure> writeAtomically(const QString &path, const QByteArray &bytes);
};
