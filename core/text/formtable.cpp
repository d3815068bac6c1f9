#include "core/text/formtable.h"

#include "core/text/formhash.h"

FormTable::FormTable() : m_slots(1024, -1) { }

int FormTable::find(const QString &form) const
{
    const size_t hash = FormHash()(form);
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const int f = m_slots[slot];
        if (f < 0)
            return -1;
        if (m_hashes[size_t(f)] == hash && m_forms[size_t(f)] == form)
            return f;
    }
}

int FormTable::add(const QString &form)
{
    const size_t hash = FormHash()(form);
    const size_t mask = m_slots.size() - 1;
    size_t slot = hash & mask;
    for (;; slot = (slot + 1) & mask) {
        const int f = m_slots[slot];
        if (f < 0)
            break;
        if (m_hashes[size_t(f)] == hash && m_forms[size_t(f)] == form)
            return f;
    }
    const int added = int(m_forms.size());
    m_forms.push_back(form);
    m_hashes.push_back(hash);
    if (m_forms.size() * 2 <= m_slots.size())
        m_slots[slot] = added;
    else
        grow();
    return added;
}

void FormTable::grow()
{
    m_slots.assign(m_slots.size() * 2, -1);
    const size_t mask = m_slots.size() - 1;
    for (size_t f = 0; f < m_forms.size(); ++f) {
        size_t s = m_hashes[f] & mask;
        while (m_slots[s] >= 0)
            s = (s + 1) & mask;
        m_slots[s] = int(f);
    }
}
