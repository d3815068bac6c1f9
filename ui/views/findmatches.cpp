#include "ui/views/findmatches.h"

#include <algorithm>

FindMatches FindMatches::search(const Comparison &comparison, const QString &text, Qt::CaseSensitivity cs)
{
    FindMatches out;
    if (text.isEmpty())
        return out;
    out.m_hits.resize(comparison.documents.size());
    for (size_t d = 0; d < comparison.documents.size(); ++d) {
        const QString &t = comparison.documents[d].text;
        for (qsizetype i = t.indexOf(text, 0, cs); i >= 0; i = t.indexOf(text, i + 1, cs))
            out.m_hits[d].push_back({i, i + text.size()});
    }
    return out;
}

int FindMatches::count() const
{
    size_t n = 0;
    for (const std::vector<TextSpan> &hits : m_hits)
        n += hits.size();
    return int(n);
}

const std::vector<TextSpan> &FindMatches::in(int doc) const
{
    static const std::vector<TextSpan> none;
    return doc >= 0 && doc < int(m_hits.size()) ? m_hits[size_t(doc)] : none;
}

std::vector<TextSpan> FindMatches::overlapping(int doc, const TextSpan &span) const
{
    const std::vector<TextSpan> &hits = in(doc);
    // Every hit has the text's length, so ends rise with starts: the first hit ending after the
    // span's start is the first that can overlap it.
    auto it = std::lower_bound(hits.begin(), hits.end(), span.start,
                               [](const TextSpan &hit, qsizetype start) { return hit.end <= start; });
    std::vector<TextSpan> out;
    for (; it != hits.end() && it->start < span.end; ++it)
        out.push_back(*it);
    return out;
}

void FindMatches::setCurrent(int doc, const TextSpan &span)
{
    m_currentDoc = doc;
    m_current = span;
}
