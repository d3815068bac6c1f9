#pragma once

// Fixture files and scratch files for the tests. A file that cannot be read or written is a
// broken test setup, not a finding, so these stop the run with qFatal.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace TestFiles {

/// The absolute path of a file under tests/data, e.g. fixture(u"import/pdf/groff-article.pdf"_s).
inline QString fixture(const QString &relative)
{
    return QStringLiteral(SYNOPTIC_TEST_DATA "/") + relative;
}

inline QByteArray read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

inline QByteArray readFixture(const QString &relative)
{
    return read(fixture(relative));
}

/// Writes `bytes` to `name` in `dir` and returns the file's path.
inline QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace TestFiles
