#pragma once

#include <QElapsedTimer>
#include <QString>

#include <cstdio>
#include <mutex>

/// One self-overwriting status line on the terminal ("reading book.pdf: page 120 of 1575",
/// "writing comparison.pdf: row 800 of 3189") for
/// work long enough to need it. Silent when the stream is not a terminal, so scripts and logs
/// get only the results and real messages. Thread-safe: files import on threads of their own.
class TerminalProgress
{
public:
    explicit TerminalProgress(std::FILE *stream);
    ~TerminalProgress();

    /// At most ten updates a second reach the terminal; the last page always does.
    void pages(const QString &path, int done, int total);
    /// The same for the rows of an export being laid out.
    void rows(const QString &path, int done, int total);
    /// Clears the line, so that what is printed next starts on a clean one.
    void finish();

private:
    /// `what` names the file (%1) and counts done (%2) of total (%3).
    void count(const char *what, const QString &path, int done, int total);
    void show(const QString &line, bool last);

    std::FILE *m_stream;
    bool m_terminal;
    bool m_shown = false;
    QElapsedTimer m_sinceLast;
    std::mutex m_mutex;
};
