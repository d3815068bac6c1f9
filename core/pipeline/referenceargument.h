#pragma once

#include <QString>
#include <QStringList>

#include <optional>

/// The value of `--base FILE|N` on both command lines, turned into the index of the reference
/// article. One reading for the viewer and the CLI, so the same words mean the same article.
class ReferenceArgument
{
public:
    /// `value` is an article number counted from 1 in the order given, or one of `files`: as
    /// written, the same file by another path, or a file name that only one of them has. A value
    /// that is both a listed file and a number is the file. Nothing when it names no article;
    /// `error` then says why, naming the value, e.g. "--base 9: there are only 3 articles".
    static std::optional<int> resolve(const QString &value, const QStringList &files, QString *error);
};
