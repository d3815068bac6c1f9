#pragma once

#include <QString>

/// What went wrong, the one way every stage reports it: the file it concerns (empty when none)
/// and the reason, worded for the user ("No space left on device").
struct Failure
{
    QString path;
    QString reason;

    /// "path: reason", as the CLI prints it and the window's message bar shows it.
    QString message() const { return path.isEmpty() ? reason : path + QStringLiteral(": ") + reason; }

    friend bool operator==(const Failure &, const Failure &) = default;
};
