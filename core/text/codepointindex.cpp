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
