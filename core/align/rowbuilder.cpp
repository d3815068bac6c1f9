#include "core/align/rowbuilder.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <queue>

namespace {

// Two unrelated articles would otherwise become two cells of a whole article each, one row
// taller than any screen: a joined cell (or the lone part of one) stops at about a screenful.
constexpr int kMaxJoinedUnits = 12;

struct Builder
{
    int docCount = 0;
    const std::vector<std::vector<int>> &paragraphOf;
    const std::vector<Link> &links;
    std::vector<std::vector<std::vector<int>>> linksOfUnit; // [doc][unit] -> link indices
    std::vector<std::vector<int>> placed;                    // [doc][unit] -> row, -1
    std::vector<SynopticRow> rows;
    std::vector<std::pair<int, int>> keys; // per row: (major, minor) sort key
    int counter = 0;

    Builder(const std::vector<std::vector<int>> &paragraphs, const std::vector<Link> &l)
        : docCount(int(paragraphs.size())), paragraphOf(paragraphs), links(l)
    {
        std::vector<int> unitCounts;
        for (const std::vector<int> &p : paragraphs)
            unitCounts.push_back(int(p.size()));
        linksOfUnit.resize(size_t(docCount));
        placed.resize(size_t(docCount));
        for (int d = 0; d < docCount; ++d) {
            linksOfUnit[size_t(d)].resize(size_t(unitCounts[size_t(d)]));
            placed[size_t(d)].assign(size_t(unitCounts[size_t(d)]), -1);
        }
        // A moved link does not pull its counterpart level: each end stays where it stands in its
        // own article (the moved marker and its jump join them), so every column reads in order.
        for (size_t k = 0; k < links.size(); ++k) {
            const Link &lk = links[k];
            if (lk.moved)
                continue;
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

    // A unit and the units its links claim together with it on its own side (a merge); a unit
    // without links and the unlinked units after it in its paragraph (a unique passage).
    UnitRange passageAt(int doc, int unit) const
    {
        UnitRange r{unit, 1};
        const auto unlinked = [&](int u) { return linksOfUnit[size_t(doc)][size_t(u)].empty(); };
        if (unlinked(unit)) {
            const std::vector<int> &paragraph = paragraphOf[size_t(doc)];
            while (r.end() < int(paragraph.size()) && unlinked(r.end()) && placed[size_t(doc)][size_t(r.end())] < 0
                   && paragraph[size_t(r.end())] == paragraph[size_t(unit)])
                ++r.count;
            return r;
        }
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

// Positions (into `firsts`) of a longest strictly increasing subsequence.
std::vector<size_t> increasingRun(const std::vector<int> &firsts)
{
    std::vector<size_t> tails, previous(firsts.size(), SIZE_MAX);
    for (size_t i = 0; i < firsts.size(); ++i) {
        const auto it = std::lower_bound(tails.begin(), tails.end(), firsts[i],
                                         [&](size_t t, int v) { return firsts[t] < v; });
        if (it != tails.begin())
            previous[i] = *(it - 1);
        if (it == tails.end())
            tails.push_back(i);
        else
            *it = i;
    }
    std::vector<size_t> out;
    for (size_t i = tails.empty() ? SIZE_MAX : tails.back(); i != SIZE_MAX; i = previous[i])
        out.push_back(i);
    std::reverse(out.begin(), out.end());
    return out;
}

// Reorders the rows (kept whole) so that every column reads in order, staying as close to the
// given order as the columns allow: a topological sort of "row x holds a passage of some
// article before one in row y", ties by the given order. Rows caught in a cycle (pairwise
// orders that disagree) keep the given order and are left to restoreReadingOrder.
void sortByColumns(std::vector<SynopticRow> &rows)
{
    const size_t docCount = rows.empty() ? 0 : rows.front().cells.size();
    std::vector<std::vector<size_t>> after(rows.size());
    std::vector<int> pending(rows.size(), 0);
    for (size_t d = 0; d < docCount; ++d) {
        std::vector<size_t> column;
        for (size_t r = 0; r < rows.size(); ++r) {
            if (!rows[r].cells[d].isEmpty())
                column.push_back(r);
        }
        std::sort(column.begin(), column.end(), [&](size_t x, size_t y) { return rows[x].cells[d].first < rows[y].cells[d].first; });
        for (size_t i = 1; i < column.size(); ++i) {
            after[column[i - 1]].push_back(column[i]);
            ++pending[column[i]];
        }
    }
    std::priority_queue<size_t, std::vector<size_t>, std::greater<>> ready;
    for (size_t r = 0; r < rows.size(); ++r) {
        if (pending[r] == 0)
            ready.push(r);
    }
    std::vector<size_t> order;
    std::vector<bool> emitted(rows.size(), false);
    while (!ready.empty()) {
        const size_t r = ready.top();
        ready.pop();
        order.push_back(r);
        emitted[r] = true;
        for (size_t next : after[r]) {
            if (--pending[next] == 0)
                ready.push(next);
        }
    }
    for (size_t r = 0; r < rows.size(); ++r) {
        if (!emitted[r])
            order.push_back(r);
    }
    std::vector<SynopticRow> sorted;
    sorted.reserve(rows.size());
    for (size_t r : order)
        sorted.push_back(std::move(rows[r]));
    rows = std::move(sorted);
}

// With three or more documents, counterparts of counterparts can drag a passage ahead of its
// own article's order (pairwise orders need not agree). Every column keeps its longest run in
// order; the other passages leave their rows for rows of their own, after their predecessor.
void restoreReadingOrder(std::vector<SynopticRow> &rows)
{
    const size_t docCount = rows.empty() ? 0 : rows.front().cells.size();
    for (size_t d = 0; d < docCount; ++d) {
        std::vector<size_t> at;
        std::vector<int> firsts;
        for (size_t r = 0; r < rows.size(); ++r) {
            if (!rows[r].cells[d].isEmpty()) {
                at.push_back(r);
                firsts.push_back(rows[r].cells[d].first);
            }
        }
        const std::vector<size_t> keep = increasingRun(firsts);
        if (keep.size() == at.size())
            continue;
        std::vector<UnitRange> loose;
        for (size_t i = 0, k = 0; i < at.size(); ++i) {
            if (k < keep.size() && keep[k] == i) {
                ++k;
                continue;
            }
            loose.push_back(rows[at[i]].cells[d]);
            rows[at[i]].cells[d] = {};
        }
        std::sort(loose.begin(), loose.end(), [](const UnitRange &x, const UnitRange &y) { return x.first < y.first; });
        for (const UnitRange &cell : loose) {
            size_t after = 0; // the row below the last one holding an earlier passage of d
            for (size_t r = 0; r < rows.size(); ++r) {
                if (!rows[r].cells[d].isEmpty() && rows[r].cells[d].first < cell.first)
                    after = r + 1;
            }
            SynopticRow lone{std::vector<UnitRange>(docCount), {}};
            lone.cells[d] = cell;
            rows.insert(rows.begin() + std::ptrdiff_t(after), std::move(lone));
        }
    }
    std::erase_if(rows, [](const SynopticRow &r) {
        return std::all_of(r.cells.begin(), r.cells.end(), [](const UnitRange &c) { return c.isEmpty(); });
    });
}

// The one document with a passage in `row`; the document count when none or several have one.
size_t onlyDocument(const SynopticRow &row)
{
    const size_t docCount = row.cells.size();
    size_t only = docCount;
    for (size_t d = 0; d < docCount; ++d) {
        if (row.cells[d].isEmpty())
            continue;
        if (only != docCount)
            return docCount;
        only = d;
    }
    return only;
}

// A run of passages only one article has, each a row of its own between the same two passages
// of that article, becomes one cell: eight paragraphs the newest edition added take one row
// beside the others' gaps, not a staircase of eight. Passages of different kinds stay apart.
void joinLoneRuns(std::vector<SynopticRow> &rows, const std::vector<std::vector<bool>> &linked,
                  const std::vector<std::vector<int>> &kindOfUnit)
{
    const size_t docCount = rows.empty() ? 0 : rows.front().cells.size();
    const auto loneDoc = [&](const SynopticRow &row) {
        const size_t only = onlyDocument(row);
        if (only == docCount)
            return docCount;
        const UnitRange &cell = row.cells[only];
        for (int u = cell.first; u < cell.end(); ++u) {
            if (linked[only][size_t(u)])
                return docCount;
        }
        return only;
    };
    // Joining adds unlinked passages to a lone row, so a row's lone article, found once, holds.
    std::vector<size_t> lone(rows.size());
    for (size_t r = 0; r < rows.size(); ++r)
        lone[r] = loneDoc(rows[r]);
    std::vector<size_t> previous(docCount, SIZE_MAX); // the row of d's passage before
    for (size_t r = 0; r < rows.size(); ++r) {
        const size_t d = lone[r];
        if (d != docCount && previous[d] != SIZE_MAX && lone[previous[d]] == d) {
            UnitRange &before = rows[previous[d]].cells[d];
            const UnitRange cell = rows[r].cells[d];
            const auto kind = [&](const UnitRange &c) { return kindOfUnit[d][size_t(c.first)]; };
            if (before.end() == cell.first && kind(before) == kind(cell) && before.count + cell.count <= kMaxJoinedUnits) {
                before.count += cell.count;
                rows[r].cells[d] = {};
                continue;
            }
        }
        for (size_t e = 0; e < docCount; ++e) {
            if (!rows[r].cells[e].isEmpty())
                previous[e] = r;
        }
    }
    std::erase_if(rows, [](const SynopticRow &r) {
        return std::all_of(r.cells.begin(), r.cells.end(), [](const UnitRange &c) { return c.isEmpty(); });
    });
}

} // namespace

std::vector<SynopticRow> RowBuilder::build(const std::vector<std::vector<int>> &paragraphOfUnit,
                                           const std::vector<std::vector<int>> &kindOfUnit,
                                           const std::vector<Link> &links, int base,
                                           std::vector<std::vector<int>> *rowOfUnit)
{
    Builder b(paragraphOfUnit, links);
    const int docCount = int(paragraphOfUnit.size());
    std::vector<int> unitCounts;
    for (const std::vector<int> &p : paragraphOfUnit)
        unitCounts.push_back(int(p.size()));

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

    // Order rows by their keys, then let lone passages between the same anchors sit side by side.
    std::vector<int> order(b.rows.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return b.keys[size_t(x)] < b.keys[size_t(y)]; });
    std::vector<SynopticRow> rows;
    rows.reserve(b.rows.size());
    for (int i : order)
        rows.push_back(std::move(b.rows[size_t(i)]));
    sortByColumns(rows);
    restoreReadingOrder(rows);
    std::vector<std::vector<bool>> linked(static_cast<size_t>(docCount));
    for (int d = 0; d < docCount; ++d)
        linked[size_t(d)].assign(size_t(unitCounts[size_t(d)]), false);
    std::vector<std::vector<bool>> movedUnit = linked;
    for (const Link &l : links) {
        for (const LinkEnd &e : l.ends) {
            for (int u = e.units.first; u < e.units.end(); ++u) {
                linked[size_t(e.doc)][size_t(u)] = true;
                if (l.moved)
                    movedUnit[size_t(e.doc)][size_t(u)] = true;
            }
        }
    }
    joinLoneRuns(rows, linked, kindOfUnit);
    collectRowLinks(rows, links);
    // Issue #13: where another article's passage lies between two linked passages of the
    // article with the most, its own cell beside the first is taken, so it opened a row of its
    // own. A paragraph only its article has, that would open a row right below that article's
    // linked passage, joins that cell instead, below it (the views draw it as a card of its
    // own, CellPlan::lone). A new paragraph only, so it starts on a line of its own; never
    // below a moved passage, whose marker is for the whole cell; one kind per cell.
    const auto tuck = [&](size_t d, const UnitRange &above, const UnitRange &lone) {
        if (above.end() != lone.first || !linked[d][size_t(above.first)])
            return false;
        if (paragraphOfUnit[d][size_t(lone.first)] == paragraphOfUnit[d][size_t(lone.first - 1)])
            return false;
        if (kindOfUnit[d][size_t(lone.first)] != kindOfUnit[d][size_t(above.end() - 1)])
            return false;
        int tail = 0;
        for (int u = above.first; u < above.end(); ++u) {
            if (movedUnit[d][size_t(u)])
                return false;
            tail = linked[d][size_t(u)] ? 0 : tail + 1;
        }
        for (int u = lone.first; u < lone.end(); ++u) {
            if (linked[d][size_t(u)])
                return false;
        }
        return tail + lone.count <= kMaxJoinedUnits;
    };
    rows = pack(rows, tuck);
    collectRowLinks(rows, links);

    rowOfUnit->assign(size_t(docCount), {});
    for (int d = 0; d < docCount; ++d)
        (*rowOfUnit)[size_t(d)].assign(size_t(unitCounts[size_t(d)]), -1);
    for (size_t r = 0; r < rows.size(); ++r) {
        for (int d = 0; d < docCount; ++d) {
            const UnitRange &cell = rows[r].cells[size_t(d)];
            for (int u = cell.first; u < cell.end(); ++u)
                (*rowOfUnit)[size_t(d)][size_t(u)] = int(r);
        }
    }
    return rows;
}

void RowBuilder::collectRowLinks(std::vector<SynopticRow> &rows, const std::vector<Link> &links)
{
    // The row of every unit first, so that each link is placed in constant time: searching the
    // rows for each link was quadratic (85% of a two-book comparison's run time).
    std::vector<std::vector<int>> rowOf;
    for (size_t r = 0; r < rows.size(); ++r) {
        SynopticRow &row = rows[r];
        row.links.clear();
        rowOf.resize(std::max(rowOf.size(), row.cells.size()));
        for (size_t d = 0; d < row.cells.size(); ++d) {
            const UnitRange &cell = row.cells[d];
            std::vector<int> &rowOfUnit = rowOf[d];
            if (cell.isEmpty())
                continue;
            if (rowOfUnit.size() < size_t(cell.end()))
                rowOfUnit.resize(size_t(cell.end()), -1);
            for (int u = cell.first; u < cell.end(); ++u) {
                // The first row holding a unit wins, as the search from the top did.
                if (rowOfUnit[size_t(u)] < 0)
                    rowOfUnit[size_t(u)] = int(r);
            }
        }
    }
    const auto rowOfStart = [&rowOf](const LinkEnd &end) {
        const size_t d = size_t(end.doc);
        const int u = end.units.first;
        return d < rowOf.size() && u >= 0 && size_t(u) < rowOf[d].size() ? rowOf[d][size_t(u)] : -1;
    };
    for (size_t k = 0; k < links.size(); ++k) {
        const int ra = rowOfStart(links[k].ends[0]);
        if (ra >= 0 && ra == rowOfStart(links[k].ends[1]))
            rows[size_t(ra)].links.push_back(int(k));
    }
}

std::vector<SynopticRow> RowBuilder::pack(const std::vector<SynopticRow> &rows, const Tuck &tuck)
{
    std::vector<SynopticRow> out;
    out.reserve(rows.size());
    const size_t docCount = rows.empty() ? 0 : rows.front().cells.size();
    // next[d]: the first row below everything of document d placed so far.
    std::vector<size_t> next(docCount, 0);
    // The one document of a block of one cell without links; docCount for any other block.
    const auto loneDoc = [docCount](const SynopticRow &row) { return row.links.empty() ? onlyDocument(row) : docCount; };
    struct Tucked
    {
        size_t row, doc;
        UnitRange lone;
    };
    std::vector<Tucked> tucked;
    for (size_t i = 0; i < rows.size(); ++i) {
        const SynopticRow &row = rows[i];
        size_t at = 0;
        for (size_t d = 0; d < docCount; ++d) {
            if (!row.cells[d].isEmpty())
                at = std::max(at, next[d]);
        }
        const size_t only = loneDoc(row);
        if (tuck && only != docCount && at == out.size() && at > 0) {
            // Another article's lone passage would share the new row: two articles' own
            // paragraphs side by side (one replaced by the other) read better than two tails.
            const size_t following = i + 1 < rows.size() ? loneDoc(rows[i + 1]) : docCount;
            const bool shared = following != docCount && following != only && next[following] == at;
            UnitRange &above = out[at - 1].cells[only];
            if (!shared && !above.isEmpty() && tuck(only, above, row.cells[only])) {
                above.count += row.cells[only].count;
                tucked.push_back({at - 1, only, row.cells[only]});
                continue;
            }
        }
        if (at == out.size())
            out.push_back({std::vector<UnitRange>(docCount), {}});
        SynopticRow &target = out[at];
        for (size_t d = 0; d < docCount; ++d) {
            if (row.cells[d].isEmpty())
                continue;
            target.cells[d] = row.cells[d];
            next[d] = at + 1;
        }
        target.links.insert(target.links.end(), row.links.begin(), row.links.end());
    }
    // Where other articles' blocks then rose into the row below, leaving the tucked passage's
    // article empty there, the passage moves down into that cell, as any lone passage would
    // stand: the row count stays and no cell mixes linked and lone. Last first, so a passage
    // tucked below a tucked one leaves first.
    for (auto it = tucked.rbegin(); it != tucked.rend(); ++it) {
        UnitRange &above = out[it->row].cells[it->doc];
        if (it->row + 1 < out.size() && out[it->row + 1].cells[it->doc].isEmpty() && above.end() == it->lone.end()) {
            above.count -= it->lone.count;
            out[it->row + 1].cells[it->doc] = it->lone;
        }
    }
    return out;
}
