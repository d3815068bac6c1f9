#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

#include <gumbo.h>

#include <cstddef>

/// Owns every allocation gumbo makes, so the tree is freed in one sweep (gumbo frees it
/// recursively, which overflows the stack on deep trees) and a parse can be abandoned by
/// throwing out of the allocator.
class GumboArena
{
public:
    /// Thrown out of gumbo_parse_with_options() once the parse has run past its deadline.
    struct DeadlineExceeded
    {
    };

    /// `deadlineMs`: how long, from construction, a parse may run before DeadlineExceeded.
    explicit GumboArena(qint64 deadlineMs);
    ~GumboArena();
    GumboArena(const GumboArena &) = delete;
    GumboArena &operator=(const GumboArena &) = delete;

    /// Gumbo's defaults with this arena as the allocator and error recording off.
    GumboOptions options();

private:
    struct alignas(std::max_align_t) Block
    {
        Block *prev;
        Block *next;
    };

    static void *allocate(void *userdata, size_t size);
    static void deallocate(void *, void *ptr);

    Block m_head;
    QElapsedTimer m_timer;
    qint64 m_deadlineMs = 0;
    quint64 m_allocations = 0;
};
