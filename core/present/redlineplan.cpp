#include "core/present/redlineplan.h"

#include <algorithm>
#include <array>

namespace {

using Kind = RedlineRun::Kind;

// Whether a unit begins a paragraph: the text since the previous unit holds a line break.
bool startsParagraph(const Comparison &c, int doc, int unit)
{
    const TextSpan span = c.unitSpan(doc, unit);
    const qsizetype from = unit > 0 ? c.unitSpan(doc, unit - 1).end : 0;
    return unit == 0 || c.documents[size_t(doc)].slice({from, span.start}).contains(u'\n');
}

class Builder
{
public:
    Builder(const Comparison &c, int reference, int other) : m_c(c), m_ref(reference), m_other(other)
    {
        m_plan.reference = reference;
        m_plan.other = other;
        m_refLink.assign(c.units[size_t(reference)].size(), -1);
        m_otherLink.assign(c.units[size_t(other)].size(), -1);
        for (size_t k = 0; k < c.links.size(); ++k) {
            const Link &l = c.links[k];
            if (l.side(reference) < 0 || l.other(reference) != other)
                continue;
            m_links.push_back(int(k));
            for (int u = l.end(reference).units.first; u < l.end(reference).units.end(); ++u)
                m_refLink[size_t(u)] = int(k);
            for (int u = l.end(other).units.first; u < l.end(other).units.end(); ++u)
                m_otherLink[size_t(u)] = int(k);
        }
        std::sort(m_links.begin(), m_links.end(), [&](int a, int b) {
            return c.links[size_t(a)].end(reference).units.first < c.links[size_t(b)].end(reference).units.first;
        });
    }

    RedlinePlan run()
    {
        // The links in both articles' common order are the anchors the rest is placed between.
        // The engine flags the others as moved; a link that still runs against the order so
        // far (it should not) is shown as moved too rather than shown twice.
        int r = 0, q = 0;
        for (int k : m_links) {
            const Link &l = m_c.links[size_t(k)];
            const UnitRange a = l.end(m_ref).units, b = l.end(m_other).units;
            if (l.moved || a.first < r || b.first < q)
                continue;
            m_anchor.push_back(k);
            r = a.end();
            q = b.end();
        }
        r = 0;
        q = 0;
        for (int k : m_anchor) {
            const Link &l = m_c.links[size_t(k)];
            referenceGap(r, l.end(m_ref).units.first);
            otherGap(q, l.end(m_other).units.first);
            anchor(k);
            r = l.end(m_ref).units.end();
            q = l.end(m_other).units.end();
        }
        referenceGap(r, int(m_refLink.size()));
        otherGap(q, int(m_otherLink.size()));
        return std::move(m_plan);
    }

private:
    bool isAnchor(int link) const { return std::find(m_anchor.begin(), m_anchor.end(), link) != m_anchor.end(); }

    // Reference units with no counterpart in the other article here: deleted, or moved away.
    void referenceGap(int from, int to)
    {
        for (int u = from; u < to; ++u) {
            const int k = m_refLink[size_t(u)];
            RedlineRun run;
            run.kind = k >= 0 && !isAnchor(k) ? Kind::MovedAway : Kind::Deleted;
            run.reference = m_c.unitSpan(m_ref, u);
            run.link = run.kind == Kind::MovedAway ? k : -1;
            run.furniture = m_c.unit(m_ref, u).status == UnitStatus::Furniture;
            place(run, startsParagraph(m_c, m_ref, u));
        }
    }

    void otherGap(int from, int to)
    {
        for (int u = from; u < to; ++u) {
            const int k = m_otherLink[size_t(u)];
            RedlineRun run;
            run.kind = k >= 0 && !isAnchor(k) ? Kind::MovedHere : Kind::Inserted;
            run.other = m_c.unitSpan(m_other, u);
            run.link = run.kind == Kind::MovedHere ? k : -1;
            run.furniture = m_c.unit(m_other, u).status == UnitStatus::Furniture;
            place(run, startsParagraph(m_c, m_other, u));
        }
    }

    void anchor(int k)
    {
        const Link &l = m_c.links[size_t(k)];
        const bool paragraph = startsParagraph(m_c, m_ref, l.end(m_ref).units.first);
        if (l.kind == LinkKind::Match || l.edits.empty()) {
            place({Kind::Equal, l.end(m_ref).span, l.end(m_other).span, k}, paragraph);
            return;
        }
        const size_t rs = size_t(l.side(m_ref)), os = 1 - rs;
        // Each side's position: the text between word edits (white space) is a gap of its own.
        std::array<qsizetype, 2> pos{l.end(m_ref).span.start, l.end(m_other).span.start};
        bool first = true;
        bool space = false; // white space only the other article has, before the next run
        const auto add = [&](RedlineRun run) {
            run.link = k;
            if (first) {
                place(run, paragraph);
            } else {
                run.spaceBefore = space;
                m_plan.runs.push_back(run);
            }
            first = false;
            space = false;
        };
        const auto gap = [&](qsizetype refEnd, qsizetype otherEnd) {
            const TextSpan a{pos[0], std::max(pos[0], refEnd)}, b{pos[1], std::max(pos[1], otherEnd)};
            if (a.isEmpty() && b.isEmpty())
                return;
            const Document &ra = m_c.documents[size_t(m_ref)], &ob = m_c.documents[size_t(m_other)];
            if (ra.slice(a).toString().simplified() == ob.slice(b).toString().simplified()) {
                // Words inserted after "reporters" need the other article's space in front.
                if (a.isEmpty())
                    space = !first;
                else
                    add({Kind::Equal, a, b});
                return;
            }
            if (!a.isEmpty())
                add({Kind::Deleted, a, {}});
            if (!b.isEmpty())
                add({Kind::Inserted, {}, b});
        };
        for (const WordEdit &e : l.edits) {
            const TextSpan a = e.spans[rs], b = e.spans[os];
            gap(a.start, b.start);
            if (e.op == WordEdit::Op::Equal) {
                add({Kind::Equal, a, b});
            } else {
                // Deleted before inserted, as word processors show a replacement.
                if (!a.isEmpty())
                    add({Kind::Deleted, a, {}});
                if (!b.isEmpty())
                    add({Kind::Inserted, {}, b});
            }
            pos = {std::max(pos[0], a.end), std::max(pos[1], b.end)};
        }
        gap(l.end(m_ref).span.end, l.end(m_other).span.end);
    }

    // Appends a run that begins a passage; a passage continuing the previous run's (the next
    // deleted sentence after a deleted sentence) joins it, so renderers mark it once.
    void place(RedlineRun run, bool paragraph)
    {
        run.paragraphStart = paragraph || m_plan.runs.empty();
        run.spaceBefore = !run.paragraphStart;
        if (!m_plan.runs.empty() && !run.paragraphStart) {
            RedlineRun &last = m_plan.runs.back();
            const bool joinable = run.kind != Kind::Equal && last.kind == run.kind && last.link == run.link
                && last.furniture == run.furniture;
            if (joinable) {
                if (!run.reference.isEmpty())
                    last.reference.end = run.reference.end;
                if (!run.other.isEmpty())
                    last.other.end = run.other.end;
                return;
            }
        }
        m_plan.runs.push_back(run);
    }

    const Comparison &m_c;
    const int m_ref;
    const int m_other;
    RedlinePlan m_plan;
    std::vector<int> m_refLink;   ///< per reference unit: its link to the other article, -1 for none
    std::vector<int> m_otherLink; ///< per unit of the other article: its link to the reference
    std::vector<int> m_links;     ///< links between the two, by reference position
    std::vector<int> m_anchor;    ///< those in both articles' order
};

} // namespace

RedlinePlan RedlinePlanner::build(const Comparison &comparison, int reference, int other)
{
    return Builder(comparison, reference, other).run();
}

std::vector<int> RedlinePlanner::othersOf(const Comparison &comparison)
{
    std::vector<int> out;
    for (int d = 0; d < int(comparison.documents.size()); ++d) {
        if (d != comparison.baseDocument)
            out.push_back(d);
    }
    return out;
}
