#include "core/align/worddiffer.h"

#include "core/align/sequencediff.h"

#include <algorithm>

namespace {

// A run of the diff before conversion to text spans: `aCount` words of a and `bCount` words
// of b, equal or changed.
struct Segment
{
    bool equal = false;
    int aStart = 0, aCount = 0;
    int bStart = 0, bCount = 0;
};

std::vector<Segment> segments(const std::vector<DiffStep> &steps)
{
    std::vector<Segment> out;
    for (const DiffStep &s : steps) {
        if (s.op == DiffStep::Op::Equal) {
            out.push_back({true, s.aPos, s.count, s.bPos, s.count});
            continue;
        }
        if (out.empty() || out.back().equal)
            out.push_back({false, s.aPos, 0, s.bPos, 0});
        Segment &c = out.back();
        if (s.op == DiffStep::Op::Delete)
            c.aCount += s.count;
        else
            c.bCount += s.count;
    }
    return out;
}

// Folds an equal run into its neighbours when it is no longer than the changes on either side
// of it (as diff-match-patch's semantic clean-up does, counted in words) and says little on its
// own: one or two function words or marks ("the", ", and"), or a single word between long
// changes. A shared phrase such as "the two sides" stays visible between two rewrites.
// `weak[i]`: word i of side a is a function word or a symbol.
void cleanUp(std::vector<Segment> &segs, const std::vector<bool> &weak)
{
    auto weakRun = [&](const Segment &eq) {
        for (int i = eq.aStart; i < eq.aStart + eq.aCount; ++i) {
            if (!weak[size_t(i)])
                return false;
        }
        return true;
    };
    bool changed = true;
    while (changed) {
        changed = false;
        for (size_t k = 1; k + 1 < segs.size(); ++k) {
            const Segment &eq = segs[k];
            if (!eq.equal || segs[k - 1].equal || segs[k + 1].equal)
                continue;
            const int before = std::max(segs[k - 1].aCount, segs[k - 1].bCount);
            const int after = std::max(segs[k + 1].aCount, segs[k + 1].bCount);
            const bool foldable = (eq.aCount <= 2 && weakRun(eq)) || (eq.aCount == 1 && before >= 3 && after >= 3);
            if (foldable && eq.aCount <= before && eq.aCount <= after) {
                Segment merged = segs[k - 1];
                merged.aCount = segs[k + 1].aStart + segs[k + 1].aCount - merged.aStart;
                merged.bCount = segs[k + 1].bStart + segs[k + 1].bCount - merged.bStart;
                segs[k - 1] = merged;
                segs.erase(segs.begin() + long(k), segs.begin() + long(k) + 2);
                changed = true;
                break;
            }
        }
    }
}

} // namespace

std::vector<WordEdit> WordDiffer::diff(const std::vector<Document> &docs, int docA, const UnitRange &a, int docB,
                                       const UnitRange &b) const
{
    // The words taking part, by index into each document's word list.
    auto collect = [&](int doc, const UnitRange &r, std::vector<int> *wordIdx, std::vector<int> *keys) {
        const std::vector<AlignUnit> &units = m_table.units(doc);
        for (int u = r.first; u < r.end(); ++u) {
            for (int w = units[size_t(u)].firstWord; w < units[size_t(u)].wordEnd; ++w) {
                if (m_table.wordCounts(doc, w)) {
                    wordIdx->push_back(w);
                    keys->push_back(m_table.wordKey(doc, w));
                }
            }
        }
    };
    std::vector<int> wa, wb, ka, kb;
    collect(docA, a, &wa, &ka);
    collect(docB, b, &wb, &kb);

    const Document &da = docs[size_t(docA)], &db = docs[size_t(docB)];
    std::vector<bool> weak(wa.size());
    for (size_t i = 0; i < wa.size(); ++i)
        weak[i] = m_table.isWeak(docA, wa[i]);
    std::vector<Segment> segs = segments(SequenceDiff<int>::diff(ka, kb));
    cleanUp(segs, weak);

    // Text span of words [start, start+count) of one side; an empty span sits where the
    // missing words would go (after the previous word, or at the passage start).
    auto spanOf = [](const Document &d, const std::vector<int> &idx, int start, int count, qsizetype fallback) {
        if (count <= 0) {
            const qsizetype pos = start > 0 ? d.words[size_t(idx[size_t(start - 1)])].span.end : fallback;
            return TextSpan{pos, pos};
        }
        return TextSpan{d.words[size_t(idx[size_t(start)])].span.start, d.words[size_t(idx[size_t(start + count - 1)])].span.end};
    };
    const qsizetype aStart = m_table.units(docA)[size_t(a.first)].span.start;
    const qsizetype bStart = m_table.units(docB)[size_t(b.first)].span.start;

    std::vector<WordEdit> edits;
    edits.reserve(segs.size());
    for (const Segment &s : segs) {
        WordEdit e;
        e.spans = {spanOf(da, wa, s.aStart, s.aCount, aStart), spanOf(db, wb, s.bStart, s.bCount, bStart)};
        if (s.equal)
            e.op = WordEdit::Op::Equal;
        else if (s.aCount == 0)
            e.op = WordEdit::Op::Insert;
        else if (s.bCount == 0)
            e.op = WordEdit::Op::Delete;
        else
            e.op = WordEdit::Op::Replace;
        edits.push_back(e);
    }
    return edits;
}
