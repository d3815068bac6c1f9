#pragma once

#include "core/model/comparison.h"

#include <QString>

#include <vector>

/// Every occurrence of the find text in every article and which one is current: what both modes
/// highlight (all of them quietly, the current one strongly) and what "3 of 17" counts.
class FindMatches
{
public:
    FindMatches() = default;
    /// Every occurrence of `text` in each document of `comparison`, in text order.
    static FindMatches search(const Comparison &comparison, const QString &text, Qt::CaseSensitivity cs);

    int count() const;
    bool isEmpty() const { return count() == 0; }
    /// Document `doc`'s hits in text order (UTF-16 spans in its text); empty for a document
    /// without any or out of range.
    const std::vector<TextSpan> &in(int doc) const;
    /// Document `doc`'s hits that overlap `span`, in text order.
    std::vector<TextSpan> overlapping(int doc, const TextSpan &span) const;

    void setCurrent(int doc, const TextSpan &span);
    /// The hit the user is on: its document, -1 for none.
    int currentDoc() const { return m_currentDoc; }
    const TextSpan &current() const { return m_current; }
    bool isCurrent(int doc, const TextSpan &span) const { return doc == m_currentDoc && span == m_current; }

private:
    std::vector<std::vector<TextSpan>> m_hits; ///< by document
    int m_currentDoc = -1;
    TextSpan m_current;
};
