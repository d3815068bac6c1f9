#include "core/text/codepointindex.h"

#include <algorithm>

CodePointIndex::CodePointIndex(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            m_lowSurrogates.push_back(i + 1);
            ++i;
        }
    }
}

qsizetype CodePointIndex::toCodePoints(qsizetype utf16Offset) const
{
    // Every low surrogate before the offset is a code unit that is not a code point.
    const auto before = std::lower_bound(m_lowSurrogates.begin(), m_lowSurrogates.end(), utf16Offset);
    return utf16Offset - (before - m_lowSurrogates.begin());
}

qsizetype CodePointIndex::toUtf16(qsizetype codePointOffset) const
{
    // The pair with low surrogate m_lowSurrogates[i] starts at code point m_lowSurrogates[i] - 1 - i
    // (one fewer for every pair before it), a sequence that only grows: every pair starting before
    // the offset adds one code unit.
    qsizetype lo = 0, hi = qsizetype(m_lowSurrogates.size());
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_lowSurrogates[size_t(mid)] - 1 - mid < codePointOffset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return codePointOffset + lo;
}
