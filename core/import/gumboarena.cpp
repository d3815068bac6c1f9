#include "core/import/gumboarena.h"

#include <cstdlib>
#include <new>

GumboArena::GumboArena(qint64 deadlineMs) : m_deadlineMs(deadlineMs)
{
    m_head.prev = m_head.next = &m_head;
    m_timer.start();
}

GumboArena::~GumboArena()
{
    for (Block *b = m_head.next; b != &m_head;) {
        Block *next = b->next;
        std::free(b);
        b = next;
    }
}

GumboOptions GumboArena::options()
{
    GumboOptions o = kGumboDefaultOptions;
    o.allocator = &GumboArena::allocate;
    o.deallocator = &GumboArena::deallocate;
    o.userdata = this;
    // Gumbo copies the whole stack of open elements into every error it records, which is
    // quadratic on deep pages; the errors are of no use here.
    o.max_errors = 0;
    return o;
}

void *GumboArena::allocate(void *userdata, size_t size)
{
    auto *self = static_cast<GumboArena *>(userdata);
    if (++self->m_allocations % 256 == 0 && self->m_timer.hasExpired(self->m_deadlineMs))
        throw DeadlineExceeded{};
    auto *b = static_cast<Block *>(std::malloc(sizeof(Block) + size));
    if (!b)
        throw std::bad_alloc();
    b->prev = &self->m_head;
    b->next = self->m_head.next;
    self->m_head.next->prev = b;
    self->m_head.next = b;
    return b + 1;
}

void GumboArena::deallocate(void *, void *ptr)
{
    if (!ptr)
        return;
    Block *b = static_cast<Block *>(ptr) - 1;
    b->prev->next = b->next;
    b->next->prev = b->prev;
    std::free(b);
}
