#include "core/align/rowbuilder.h"

#include <algorithm>
#include <map>

namespace {

struct Builder
{
    int docCount = 0;
    const std::vector<Link> &links;
    std::vector<std::vector<std::vector<int>>> linksOfUnit; // [doc][unit] -> link indices
    std::vector<std::vector<int>> placed;                    // [doc][unit] -> row, -1
    std::vector<SynopticRow> rows;
    std::vector<std::pair<int, int>> keys; // per row: (major, minor) sort key
    int counter = 0;

    Builder(const std::vector<int> &unitCounts, const std::vector<Link> &l) : docCount(int(unitCounts.size())), links(l)
    {
        linksOfUnit.resize(size_t(docCount));
        placed.resize(size_t(docCount));
        for (int d = 0; d < docCount; ++d) {
            linksOfUnit[size_t(d)].resize(size_t(unitCounts[size_t(d)]));
            placed[size_t(d)].assign(size_t(unitCounts[size_t(d)]), -1);
        }
        for (size_t k = 0; k < links.size(); ++k) {
            const Link &lk = links[k];
            for (const LinkEnd &e : lk.ends)
                for (int u = e.units.first; u < e.units.end(); ++u)
                    linksOfUnit[size_t(e.doc)][size_t(u)].push_back(int(k));
        }
    }

    int newRow(std::pair<int, int> key)
    {
        SynopticRow r;
        r.cells.assign(size_t(docCount), UnitRange{});
        rows.push_back(std::move(r));
        keys.push_back(key);
        return int(rows.size()) - 1;
    }

    void place(int row, int doc, const UnitRange &range)
    {
        UnitRange &cell = rows[size_t(row)].cells[size_t(doc)];
        if (cell.isEmpty()) {
            cell = range;
        } else {
            const int first = std::min(cell.first, range.first), end = std::max(cell.end(), range.end());
            cell = {first, end - first};
        }
        for (int u = range.first; u < range.end(); ++u)
            placed[size_t(doc)][size_t(u)] = row;
    }

    // Takes into `row` the counterparts of the units of `doc` in `range`: per other document,
    // the unplaced linked units contiguous with the first one found.
    void gatherCounterparts(int row, int doc, const UnitRange &range, bool onlyUnplacedDocs)
    {
        std::map<int, std::vector<int>> found; // other doc -> units
        for (int u = range.first; u < range.end(); ++u) {
            for (int k : linksOfUnit[size_t(doc)][size_t(u)]) {
                const Link &l = links[size_t(k)];
                const int other = l.other(doc);
                if (onlyUnplacedDocs && !rows[size_t(row)].cells[size_t(other)].isEmpty())
                    continue;
                const UnitRange r = l.end(other).units;
                for (int v = r.first; v < r.end(); ++v) {
                    if (placed[size_t(other)][size_t(v)] < 0)
                        found[other].push_back(v);
                }
            }
        }
        for (auto &[other, units] : found) {
            if (!rows[size_t(row)].cells[size_t(other)].isEmpty() && onlyUnplacedDocs)
                continue;
            std::sort(units.begin(), units.end());
            units.erase(std::unique(units.begin(), units.end()), units.end());
            int end = units.front() + 1;
            for (size_t i = 1; i < units.size() && units[i] == end; ++i)
                ++end;
            place(row, other, {units.front(), end - units.front()});
        }
    }

    // A unit and the units its links claim together with it on its own side (a merge).
    UnitRange passageAt(int doc, int unit) const
    {
        UnitRange r{unit, 1};
        for (int k : linksOfUnit[size_t(doc)][size_t(unit)]) {
            const UnitRange own = links[size_t(k)].end(doc).units;
            if (own.first == unit && own.count > r.count) {
                bool free = true;
                for (int u = own.first; u < own.end(); ++u)
                    free = free && placed[size_t(doc)][size_t(u)] < 0;
                if (free)
                    r = own;
            }
        }
        return r;
    }
};

} // namespace

std::vector<SynopticRow> RowBuilder::build(const std::vector<int> &unitCounts, const std::vector<Link> &links, int base,
                                           std::vector<std::vector<int>> *rowOfUnit)
{
    Builder b(unitCounts, links);
    const int docCount = int(unitCounts.size());

    // 1. The base document, in order, with its counterparts.
    for (int u = 0; u < unitCounts[size_t(base)]; ++u) {
        if (b.placed[size_t(base)][size_t(u)] >= 0)
            continue;
        const UnitRange passage = b.passageAt(base, u);
        const int row = b.newRow({u, 0});
        b.place(row, base, passage);
        b.gatherCounterparts(row, base, passage, false);
        // Counterparts of counterparts (a passage two other documents share with the base
        // through different links) join the same row.
        for (int d = 0; d < docCount; ++d) {
            if (d != base && !b.rows[size_t(row)].cells[size_t(d)].isEmpty())
                b.gatherCounterparts(row, d, b.rows[size_t(row)].cells[size_t(d)], true);
        }
    }

    // 2. What the base lacks, after the row of the unit preceding it in its own document.
    for (int d = 0; d < docCount; ++d) {
        if (d == base)
            continue;
        for (int u = 0; u < unitCounts[size_t(d)]; ++u) {
            if (b.placed[size_t(d)][size_t(u)] >= 0)
                continue;
            int major = -1;
            for (int p = u - 1; p >= 0; --p) {
                const int r = b.placed[size_t(d)][size_t(p)];
                if (r >= 0) {
                    major = b.keys[size_t(r)].first;
                    break;
                }
            }
            const UnitRange passage = b.passageAt(d, u);
            const int row = b.newRow({major, ++b.counter});
            b.place(row, d, passage);
            b.gatherCounterparts(row, d, passage, false);
        }
    }

    // Order rows by their keys; collect the links inside each row.
    std::vector<int> order(b.rows.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return b.keys[size_t(x)] < b.keys[size_t(y)]; });
    std::vector<int> newIndex(b.rows.size());
    std::vector<SynopticRow> rows;
    rows.reserve(b.rows.size());
    for (size_t i = 0; i < order.size(); ++i) {
        newIndex[size_t(order[i])] = int(i);
        rows.push_back(std::move(b.rows[size_t(order[i])]));
    }
    rowOfUnit->assign(size_t(docCount), {});
    for (int d = 0; d < docCount; ++d) {
        std::vector<int> &r = (*rowOfUnit)[size_t(d)];
        r.resize(b.placed[size_t(d)].size());
        for (size_t u = 0; u < r.size(); ++u)
            r[u] = newIndex[size_t(b.placed[size_t(d)][u])];
    }
    for (size_t k = 0; k < links.size(); ++k) {
        const Link &l = links[k];
        const int ra = (*rowOfUnit)[size_t(l.ends[0].doc)][size_t(l.ends[0].units.first)];
        const int rb = (*rowOfUnit)[size_t(l.ends[1].doc)][size_t(l.ends[1].units.first)];
        if (ra == rb)
            rows[size_t(ra)].links.push_back(int(k));
    }
    return rows;
}
