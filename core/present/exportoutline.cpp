#include "core/present/exportoutline.h"

#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool isMark(HighlightRole role)
{
    return role == HighlightRole::Changed || role == HighlightRole::Inserted || role == HighlightRole::Fact;
}

bool isBidiControl(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
}

// Where the counterpart of a highlight lives, for "... in article 3" (only said for N >= 3:
// with two articles there is one other).
QString inOther(const Comparison &c, int other)
{
    return c.documents.size() > 2 ? u" in article %1"_s.arg(other + 1) : QString();
}

QString quoted(const Comparison &c, int doc, const TextSpan &span)
{
    return u"'"_s + ExportOutline::quote(c.documents[size_t(doc)].slice(span)) + u"'"_s;
}

} // namespace

std::vector<RowRun> ExportOutline::rowRuns(const HighlightPlan &plan, bool differencesOnly)
{
    const int n = int(plan.rows.size());
    std::vector<bool> folded(size_t(n), false);
    if (differencesOnly) {
        for (int i = 0; i < n;) {
            if (!plan.rows[size_t(i)].identical) {
                ++i;
                continue;
            }
            int j = i;
            while (j < n && plan.rows[size_t(j)].identical)
                ++j;
            // One identical row of context stays next to each difference.
            const int from = i > 0 ? i + 1 : i;
            const int to = j < n ? j - 1 : j;
            for (int k = from; k < to; ++k)
                folded[size_t(k)] = true;
            i = j;
        }
    }
    std::vector<RowRun> runs;
    for (int i = 0; i < n; ++i) {
        if (runs.empty() || runs.back().folded != folded[size_t(i)])
            runs.push_back({i, 0, folded[size_t(i)]});
        ++runs.back().count;
    }
    return runs;
}

std::vector<FactEntry> ExportOutline::facts(const Comparison &c)
{
    std::vector<FactEntry> out;
    for (size_t r = 0; r < c.rows.size(); ++r) {
        for (int k : c.rows[r].links) {
            const Link &l = c.links[size_t(k)];
            for (size_t f = 0; f < l.facts.size(); ++f)
                out.push_back({int(r), k, int(f)});
        }
    }
    return out;
}

std::vector<TextPiece> ExportOutline::pieces(const Comparison &c, const HighlightPlan &plan, int doc, const UnitRange &units)
{
    std::vector<TextPiece> out;
    if (units.isEmpty())
        return out;
    const std::vector<Highlight> &all = plan.highlights[size_t(doc)];
    qsizetype pos = c.unitSpan(doc, units.first).start;
    for (int u = units.first; u < units.end(); ++u) {
        const TextSpan us = c.unitSpan(doc, u);
        if (pos < us.start)
            out.push_back({{pos, us.start}, -1, {}});
        // Marks lie inside their unit (the planner clips them), so they start at or after it.
        auto it = std::lower_bound(all.begin(), all.end(), us.start,
                                   [](const Highlight &h, qsizetype start) { return h.span.start < start; });
        std::vector<Highlight> marks;
        std::vector<qsizetype> cuts{us.start, us.end};
        for (; it != all.end() && it->span.start < us.end; ++it) {
            if (!isMark(it->role) || !it->span.overlaps(us))
                continue;
            marks.push_back(*it);
            cuts.push_back(std::max(it->span.start, us.start));
            cuts.push_back(std::min(it->span.end, us.end));
        }
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        for (size_t i = 0; i + 1 < cuts.size(); ++i) {
            TextPiece piece{{cuts[i], cuts[i + 1]}, u, {}};
            for (const Highlight &h : marks) {
                if (h.span.start <= piece.span.start && h.span.end >= piece.span.end)
                    piece.marks.push_back(h);
            }
            out.push_back(std::move(piece));
        }
        pos = us.end;
    }
    return out;
}

std::vector<LegendEntry> ExportOutline::legend()
{
    using S = LegendEntry::Swatch;
    return {
        {S::Match, u"Matching"_s, u"identical wording"_s},
        {S::Divergent, u"Divergent"_s, u"edited or paraphrased"_s},
        {S::Unique, u"Unique"_s, u"no counterpart"_s},
        {S::Furniture, u"Furniture"_s, u"page furniture, not compared"_s},
        {S::Changed, u"Changed words"_s, {}},
        {S::Inserted, u"Inserted words"_s, {}},
        {S::Fact, u"Changed fact"_s, {}},
        {S::Moved, u"moved"_s, u"moved passage"_s},
    };
}

std::vector<RowSign> ExportOutline::allSigns()
{
    using K = RowSign::Kind;
    return {
        {K::Identical, u"="_s, u"identical row"_s, u"Identical in every article"_s},
        {K::Furniture, u"·"_s, u"furniture"_s, u"Page furniture, not compared"_s},
        {K::Divergent, u"≈"_s, u"edited"_s, u"Edited or paraphrased"_s},
        {K::Unique, u"+"_s, u"unique"_s, u"Has a passage no other article has"_s},
        {K::Missing, u"−"_s, u"missing somewhere"_s, u"Missing from some articles"_s},
        {K::Moved, u"↕"_s, u"moved"_s, u"Moved: in another place in another article"_s},
        {K::Fact, u"!"_s, u"changed fact"_s, u"Changed fact"_s},
    };
}

bool ExportOutline::isMoved(const Comparison &c, int doc, const UnitRange &units)
{
    for (int u = units.first; u < units.end(); ++u) {
        if (c.units[size_t(doc)][size_t(u)].moved)
            return true;
    }
    return false;
}

std::vector<RowSign> ExportOutline::rowSigns(const Comparison &c, const HighlightPlan &plan, int row)
{
    const RowPlan &rp = plan.rows[size_t(row)];
    bool moved = false, divergent = false, furniture = true;
    size_t present = 0;
    for (size_t d = 0; d < rp.cells.size(); ++d) {
        const CellPlan &cell = rp.cells[d];
        if (cell.units.isEmpty())
            continue;
        ++present;
        moved = moved || isMoved(c, int(d), cell.units);
        divergent = divergent || cell.status == UnitStatus::Divergent;
        furniture = furniture && cell.status == UnitStatus::Furniture;
    }
    using K = RowSign::Kind;
    const bool has[] = {
        rp.identical && !furniture,
        furniture,
        divergent,
        rp.hasUnique,
        !rp.identical && !rp.hasUnique && present < rp.cells.size(),
        moved,
        rp.hasFact,
    };
    std::vector<RowSign> out;
    for (const RowSign &sign : allSigns()) {
        if (has[int(sign.kind) - int(K::Identical)])
            out.push_back(sign);
    }
    return out;
}

QString ExportOutline::title(const Comparison &c, const QString &asked)
{
    if (!asked.trimmed().isEmpty())
        return asked.trimmed();
    QStringList titles;
    for (const Document &d : c.documents)
        titles << quote(d.title.isEmpty() ? sourceName(d) : d.title, 60);
    return titles.join(u" vs "_s);
}

QString ExportOutline::sourceName(const Document &d)
{
    if (d.path == u"-"_s)
        return u"standard input"_s;
    if (d.path.isEmpty())
        return u"pasted text"_s;
    return QFileInfo(d.path).fileName();
}

QString ExportOutline::percent(double share)
{
    return QString::number(qRound(share * 100)) + u"%"_s;
}

QString ExportOutline::factLabel(FactChange::Kind kind)
{
    QString label = nameOf(kind);
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

QString ExportOutline::describe(const Comparison &c, int doc, const Highlight &h)
{
    if (h.link < 0 || size_t(h.link) >= c.links.size())
        return {};
    const Link &l = c.links[size_t(h.link)];
    const int side = l.side(doc);
    if (side < 0)
        return {};
    const size_t own = size_t(side), theirs = size_t(1 - side);
    const int other = l.ends[theirs].doc;
    const QString where = inOther(c, other);
    switch (h.role) {
    case HighlightRole::Fact:
        for (const FactChange &f : l.facts) {
            if (f.kind != h.factKind || !f.spans[own].overlaps(h.span))
                continue;
            const QString head = u"Changed "_s + factLabel(f.kind).toLower() + u": "_s + quoted(c, doc, f.spans[own]);
            if (f.spans[theirs].isEmpty())
                return head + u", missing"_s + (where.isEmpty() ? u" in the other article"_s : where);
            return head + u" vs "_s + quoted(c, other, f.spans[theirs]) + where;
        }
        return u"Changed "_s + factLabel(h.factKind).toLower();
    case HighlightRole::Changed:
        for (const WordEdit &e : l.edits) {
            if (e.op == WordEdit::Op::Replace && e.spans[own].overlaps(h.span))
                return u"Changed words: "_s + quoted(c, doc, e.spans[own]) + u" vs "_s + quoted(c, other, e.spans[theirs]) + where;
        }
        return u"Changed words"_s + where;
    case HighlightRole::Inserted:
        return where.isEmpty() ? u"Not in the other article"_s : u"Not"_s + where;
    default:
        return {};
    }
}

QString ExportOutline::describeFact(const Comparison &c, const FactEntry &entry)
{
    const Link &l = c.links[size_t(entry.link)];
    const FactChange &f = l.facts[size_t(entry.fact)];
    auto side = [&](int doc, const TextSpan &s) {
        return (s.isEmpty() ? u"nothing"_s : quoted(c, doc, s)) + u" in "_s + QString::number(doc + 1);
    };
    return side(l.ends[0].doc, f.spans[0]) + u", "_s + side(l.ends[1].doc, f.spans[1]);
}

QString ExportOutline::displayText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n') || (c >= 0x7f && c < 0xa0))
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            out.append(text[i]);
            out.append(text[++i]);
        } else if (QChar::isSurrogate(c)) {
            out.append(QChar::ReplacementCharacter);
        } else {
            out.append(QChar(c));
        }
    }
    return out;
}

QString ExportOutline::quote(QStringView text, int maxChars)
{
    QString clean = displayText(text);
    clean.removeIf([](QChar ch) { return isBidiControl(ch.unicode()) || ch == u'\n' || ch == u'\t'; });
    clean = clean.simplified();
    if (clean.size() > maxChars) {
        qsizetype cut = maxChars;
        if (clean[cut - 1].isHighSurrogate())
            --cut;
        clean = clean.left(cut) + u"…"_s;
    }
    return clean;
}
