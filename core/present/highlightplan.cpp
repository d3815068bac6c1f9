#include "core/present/highlightplan.h"

#include "core/text/normalizer.h"

#include <algorithm>
#include <utility>

namespace {

HighlightRole roleOf(UnitStatus s)
{
    switch (s) {
    case UnitStatus::Match: return HighlightRole::Match;
    case UnitStatus::Divergent: return HighlightRole::Divergent;
    case UnitStatus::Unique: return HighlightRole::Unique;
    case UnitStatus::Related: return HighlightRole::Related;
    case UnitStatus::Furniture: return HighlightRole::Furniture;
    }
    return HighlightRole::Unique;
}

// Weakest first: a row whose cells hold a unique unit is not identical.
int rank(UnitStatus s)
{
    switch (s) {
    case UnitStatus::Unique: return 0;
    case UnitStatus::Related: return 1;
    case UnitStatus::Divergent: return 2;
    case UnitStatus::Match: return 3;
    case UnitStatus::Furniture: return 4;
    }
    return 0;
}

// The link whose word edits a unit shows.
int primaryLink(const Comparison &c, int doc, const UnitInfo &info)
{
    int best = -1;
    double bestScore = -1;
    for (int k : info.links) {
        const Link &l = c.links[size_t(k)];
        const int other = l.other(doc);
        const double score = l.similarity + (other == c.baseDocument ? 10.0 : 0.0);
        if (score > bestScore) {
            bestScore = score;
            best = k;
        }
    }
    return best;
}

// How a unit is shown: against the passages level with it in its synoptic row. For N documents
// a unit identical to one version but edited in another row-mate is shown as divergent, with
// the words changed against that row-mate; a unit matches only when it matches all of them.
// From three articles on, the reference article (Comparison::baseDocument) decides instead,
// as a textual scholar's base text does: see shownStatus.
struct Shown
{
    UnitStatus status = UnitStatus::Unique;
    int link = -1; ///< whose edits and facts it shows
    /// The unit is the reference's, in a row where another article edits it: only the words
    /// some row-mate lacks are marked, never the ones it replaces (those show in the row-mate).
    bool asReference = false;
};

bool inRow(const Comparison &c, const Link &l, int other, int row)
{
    return c.unit(other, l.end(other).units.first).row == row;
}

// Among row-mates, the unit is divergent when any of them edits it, matching when all match.
Shown againstRowMates(const Comparison &c, int doc, const UnitInfo &info, Shown shown)
{
    int bestDivergent = -1;
    double bestScore = -1;
    bool anyInRow = false;
    for (int k : info.links) {
        const Link &l = c.links[size_t(k)];
        const int other = l.other(doc);
        if (!inRow(c, l, other, info.row))
            continue;
        anyInRow = true;
        if (l.kind == LinkKind::Divergent) {
            const double score = l.similarity + (other == c.baseDocument ? 10.0 : 0.0);
            if (score > bestScore) {
                bestScore = score;
                bestDivergent = k;
            }
        }
    }
    if (!anyInRow)
        return shown;
    if (bestDivergent >= 0)
        return {UnitStatus::Divergent, bestDivergent};
    return {UnitStatus::Match, shown.link};
}

// The reference rule, for three articles and more. Variants are recorded against the base text:
// - an article's unit linked to the reference's passage in its row is shown as that link says:
//   word for word the reference's is plain (a "Match", whatever a third article did), edited
//   shows the words changed against the reference;
// - the reference's own unit is divergent when any row-mate edits it, but its words are marked
//   only where some row-mate lacks them (omitted there): a replaced word is the row-mate's
//   variant and is marked in the row-mate's column, not twice;
// - a unit the reference has no counterpart for in the row falls back to its row-mates.
// Two articles keep the symmetric diff: there each is the other's only reference.
Shown shownStatus(const Comparison &c, int doc, const UnitInfo &info)
{
    Shown shown{info.status, primaryLink(c, doc, info)};
    if (info.status != UnitStatus::Match && info.status != UnitStatus::Divergent)
        return shown;
    const int reference = c.baseDocument;
    if (c.documents.size() < 3)
        return againstRowMates(c, doc, info, shown);
    if (doc == reference) {
        Shown mine = againstRowMates(c, doc, info, shown);
        mine.asReference = mine.status == UnitStatus::Divergent;
        return mine;
    }
    for (int k : info.links) {
        const Link &l = c.links[size_t(k)];
        if (l.other(doc) == reference && inRow(c, l, reference, info.row))
            return {l.kind == LinkKind::Match ? UnitStatus::Match : UnitStatus::Divergent, k};
    }
    return againstRowMates(c, doc, info, shown);
}

void addClipped(std::vector<Highlight> &hl, const TextSpan &s, const UnitInfo &info, HighlightRole role, int link)
{
    Highlight h;
    h.span = {std::max(s.start, info.span.start), std::min(s.end, info.span.end)};
    h.role = role;
    h.link = link;
    hl.push_back(h);
}

// The reference's words that a row-mate omits, each once however many row-mates omit it.
void addOmissions(std::vector<Highlight> &hl, const Comparison &c, int d, const UnitInfo &info)
{
    std::vector<std::pair<TextSpan, int>> spans;
    for (int k : info.links) {
        const Link &l = c.links[size_t(k)];
        const int other = l.other(d);
        if (l.kind != LinkKind::Divergent || !inRow(c, l, other, info.row))
            continue;
        const size_t side = size_t(l.side(d));
        for (const WordEdit &e : l.edits) {
            const TextSpan mine = e.spans[side];
            if (e.spans[1 - side].isEmpty() && !mine.isEmpty() && mine.overlaps(info.span))
                spans.emplace_back(mine, k);
        }
    }
    std::sort(spans.begin(), spans.end(), [](const auto &x, const auto &y) { return x.first.start < y.first.start; });
    qsizetype covered = info.span.start;
    for (const auto &[span, link] : spans) {
        if (span.end <= covered)
            continue;
        addClipped(hl, {std::max(span.start, covered), span.end}, info, HighlightRole::Inserted, link);
        covered = span.end;
    }
}

// The unit's own highlight, then, when it is shown as divergent, the changed words and facts
// of the link it shows, clipped to the unit.
void addUnitHighlights(std::vector<Highlight> &hl, const Comparison &c, int d, const UnitInfo &info, const Shown &shown)
{
    const int primary = shown.link;
    Highlight base;
    base.span = info.span;
    base.role = roleOf(shown.status);
    base.link = primary;
    base.moved = info.moved;
    hl.push_back(base);
    if (shown.asReference) {
        addOmissions(hl, c, d, info);
        return;
    }
    if (shown.status != UnitStatus::Divergent || primary < 0)
        return;
    const Link &l = c.links[size_t(primary)];
    const size_t side = size_t(l.side(d));
    for (const WordEdit &e : l.edits) {
        if (e.op == WordEdit::Op::Equal)
            continue;
        const TextSpan s = e.spans[side];
        if (s.isEmpty() || !s.overlaps(info.span))
            continue;
        addClipped(hl, s, info, e.op == WordEdit::Op::Replace ? HighlightRole::Changed : HighlightRole::Inserted, primary);
    }
    for (const FactChange &f : l.facts) {
        const TextSpan s = f.spans[side];
        if (s.isEmpty() || !s.overlaps(info.span))
            continue;
        addClipped(hl, s, info, HighlightRole::Fact, primary);
        hl.back().factKind = f.kind;
    }
}

// Whether the row's links connect every present cell into one group.
bool joinsAll(const Comparison &c, const SynopticRow &row)
{
    std::vector<int> group(row.cells.size());
    for (size_t d = 0; d < group.size(); ++d)
        group[d] = int(d);
    const auto root = [&](int d) {
        while (group[size_t(d)] != d)
            d = group[size_t(d)];
        return d;
    };
    for (int k : row.links) {
        const Link &l = c.links[size_t(k)];
        group[size_t(root(l.ends[0].doc))] = root(l.ends[1].doc);
    }
    int groups = 0;
    for (size_t d = 0; d < group.size(); ++d)
        groups += !row.cells[d].isEmpty() && root(int(d)) == int(d);
    return groups <= 1;
}

// The unlinked units ending a cell that starts with a linked one (see CellPlan::lone).
UnitRange loneTail(const Comparison &c, int d, const UnitRange &cell)
{
    const std::vector<UnitInfo> &units = c.units[size_t(d)];
    // A related unit is as alone as a unique one: its related link lays out nothing.
    const auto alone = [&units](int u) {
        const UnitInfo &info = units[size_t(u)];
        return (info.links.empty() && info.status == UnitStatus::Unique) || info.status == UnitStatus::Related;
    };
    if (units[size_t(cell.first)].links.empty() || alone(cell.first))
        return {};
    int first = cell.end();
    while (first > cell.first && alone(first - 1))
        --first;
    return {first, cell.end() - first};
}

RowPlan rowPlan(const Comparison &c, const SynopticRow &row, const std::vector<std::vector<Shown>> &shownOf)
{
    const int n = int(c.documents.size());
    RowPlan rp;
    rp.cells.resize(size_t(n));
    int present = 0;
    bool allMatch = true, allFurniture = true;
    for (int d = 0; d < n; ++d) {
        const UnitRange &r = row.cells[size_t(d)];
        CellPlan &cell = rp.cells[size_t(d)];
        cell.units = r;
        if (r.isEmpty()) {
            continue;
        }
        ++present;
        cell.span = c.rangeSpan(d, r);
        cell.lone = loneTail(c, d, r);
        if (!cell.lone.isEmpty()) {
            cell.loneSpan = c.rangeSpan(d, cell.lone);
            const bool related = std::all_of(c.units[size_t(d)].begin() + cell.lone.first,
                                             c.units[size_t(d)].begin() + cell.lone.end(),
                                             [](const UnitInfo &u) { return u.status == UnitStatus::Related; });
            cell.loneStatus = related ? UnitStatus::Related : UnitStatus::Unique;
        }
        cell.status = UnitStatus::Furniture;
        for (int u = r.first; u < r.end() - cell.lone.count; ++u) {
            const UnitInfo &info = c.units[size_t(d)][size_t(u)];
            const UnitStatus status = shownOf[size_t(d)][size_t(u)].status;
            if (rank(status) < rank(cell.status))
                cell.status = status;
            cell.sharedWith = std::max(cell.sharedWith, info.sharedWith);
        }
        allMatch = allMatch && cell.lone.isEmpty() && (cell.status == UnitStatus::Match || cell.status == UnitStatus::Furniture);
        allFurniture = allFurniture && cell.status == UnitStatus::Furniture;
        rp.hasUnique = rp.hasUnique || cell.status == UnitStatus::Unique || cell.status == UnitStatus::Related
                    || !cell.lone.isEmpty();
    }
    // Identical: every document has the passage, all of them match and the row's links join
    // them all (packed rows put unlinked passages side by side). Furniture alone is never a
    // difference worth showing, so "differences only" folds it too.
    rp.identical = (allMatch && present == n && joinsAll(c, row)) || (present > 0 && allFurniture);
    const AlignOptions &o = c.options;
    if (rp.identical && !allFurniture && (o.ignoreCase || o.ignorePunctuation || o.ignoreDigits || o.ignoreDiacritics)) {
        QString first;
        bool seen = false;
        for (int d = 0; d < n && !rp.folded; ++d) {
            const CellPlan &cell = rp.cells[size_t(d)];
            if (cell.units.isEmpty() || cell.status == UnitStatus::Furniture)
                continue;
            QString text = HighlightPlanner::asWritten(c, d, cell.span);
            rp.folded = seen && text != first;
            if (!seen)
                first = std::move(text);
            seen = true;
        }
    }
    for (int k : row.links) {
        if (!c.links[size_t(k)].facts.empty())
            rp.hasFact = true;
    }
    return rp;
}

} // namespace

std::vector<Highlight> HighlightPlan::highlightsIn(int doc, const TextSpan &span) const
{
    std::vector<Highlight> out;
    for (const Highlight &h : highlights[size_t(doc)]) {
        if (h.span.start >= span.end)
            break;
        if (h.span.overlaps(span) || (h.span.isEmpty() && span.contains(h.span.start)))
            out.push_back(h);
    }
    return out;
}

QString HighlightPlanner::asWritten(const Comparison &c, int doc, const TextSpan &span)
{
    QString text = c.documents[size_t(doc)].slice(span).toString().simplified();
    Normalizer::foldPunctuation(text);
    return text;
}

std::vector<int> HighlightPlanner::agreeWithReference(const Comparison &c, int row)
{
    std::vector<int> out;
    const int reference = c.baseDocument;
    if (row < 0 || row >= int(c.rows.size()) || reference < 0 || reference >= int(c.documents.size()))
        return out;
    const SynopticRow &r = c.rows[size_t(row)];
    const UnitRange &mine = r.cells[size_t(reference)];
    if (mine.isEmpty())
        return out;
    for (int d = 0; d < int(c.documents.size()); ++d) {
        if (d == reference || r.cells[size_t(d)].isEmpty())
            continue;
        // Every unit of the reference's passage must be matched word for word in d's passage.
        bool all = true;
        for (int u = mine.first; u < mine.end() && all; ++u) {
            bool found = false;
            for (int k : c.unit(reference, u).links) {
                const Link &l = c.links[size_t(k)];
                found = found || (l.kind == LinkKind::Match && l.other(reference) == d && r.cells[size_t(d)].contains(l.end(d).units.first));
            }
            all = found;
        }
        if (all)
            out.push_back(d);
    }
    return out;
}

HighlightPlan HighlightPlanner::build(const Comparison &c)
{
    HighlightPlan plan;
    const int n = int(c.documents.size());
    plan.highlights.resize(size_t(n));

    // How each unit is shown, worked out once for the highlights and the rows.
    std::vector<std::vector<Shown>> shownOf(static_cast<size_t>(n));
    for (int d = 0; d < n; ++d) {
        for (const UnitInfo &info : c.units[size_t(d)])
            shownOf[size_t(d)].push_back(shownStatus(c, d, info));
    }

    for (int d = 0; d < n; ++d) {
        std::vector<Highlight> &hl = plan.highlights[size_t(d)];
        const std::vector<UnitInfo> &units = c.units[size_t(d)];
        for (size_t u = 0; u < units.size(); ++u)
            addUnitHighlights(hl, c, d, units[u], shownOf[size_t(d)][u]);
        std::stable_sort(hl.begin(), hl.end(), [](const Highlight &x, const Highlight &y) { return x.span.start < y.span.start; });
    }

    plan.rows.reserve(c.rows.size());
    for (const SynopticRow &row : c.rows)
        plan.rows.push_back(rowPlan(c, row, shownOf));
    return plan;
}
