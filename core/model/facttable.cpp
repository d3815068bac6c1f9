#include "core/model/facttable.h"

#include <algorithm>

using namespace Qt::StringLiterals;

std::vector<int> FactTableEntry::articles() const
{
    std::vector<int> docs;
    for (const FactMention &m : mentions)
        docs.push_back(m.doc);
    std::sort(docs.begin(), docs.end());
    docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
    return docs;
}

std::vector<QString> FactTableEntry::values() const
{
    std::vector<QString> out;
    for (const FactMention &m : mentions) {
        if (std::find(out.begin(), out.end(), m.value) == out.end())
            out.push_back(m.value);
    }
    return out;
}

int FactTable::conflictCount() const
{
    return int(std::count_if(entries.begin(), entries.end(),
                             [](const FactTableEntry &e) { return e.status == FactTableEntry::Status::Conflict; }));
}

QString nameOf(FactTableEntry::Status status)
{
    return status == FactTableEntry::Status::Conflict ? u"conflict"_s : u"agree"_s;
}
