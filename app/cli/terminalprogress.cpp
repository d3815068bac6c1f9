#include "terminalprogress.h"

#include <QFileInfo>

#include <unistd.h>

using namespace Qt::StringLiterals;

TerminalProgress::TerminalProgress(std::FILE *stream) : m_stream(stream), m_terminal(isatty(fileno(stream)) == 1) { }

TerminalProgress::~TerminalProgress()
{
    finish();
}

void TerminalProgress::pages(const QString &path, int done, int total)
{
    count("reading %1: page %2 of %3", path, done, total);
}

void TerminalProgress::rows(const QString &path, int done, int total)
{
    count("writing %1: row %2 of %3", path, done, total);
}

void TerminalProgress::count(const char *what, const QString &path, int done, int total)
{
    if (m_terminal)
        show(u"synoptic-cli: "_s + QString::fromLatin1(what).arg(QFileInfo(path).fileName()).arg(done).arg(total),
             done >= total);
}

void TerminalProgress::show(const QString &line, bool last)
{
    const std::lock_guard lock(m_mutex);
    if (m_sinceLast.isValid() && m_sinceLast.elapsed() < 100 && !last)
        return;
    m_sinceLast.start();
    // \r back to the line's start, ESC[K clears what a longer earlier line left.
    std::fprintf(m_stream, "\r%s\033[K", line.toLocal8Bit().constData());
    std::fflush(m_stream);
    m_shown = true;
}

void TerminalProgress::finish()
{
    const std::lock_guard lock(m_mutex);
    if (!m_shown)
        return;
    std::fputs("\r\033[K", m_stream);
    std::fflush(m_stream);
    m_shown = false;
}
