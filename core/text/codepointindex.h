#pragma once

#include <QString>

#include <vector>

/// Converts UTF-16 offsets (QString indices, what TextSpan holds) into Unicode code point
/// offsets and back (what the JSON report and Python's str indices use). Built once per text; lookups
/// are O(log n) in the number of supplementary-plane characters, O(1) for BMP-only text.
class CodePointIndex
{
public:
    explicit CodePointIndex(const QString &text);

    qsizetype toCodePoints(qsizetype utf16Offset) const;
    /// The inverse: the UTF-16 offset of a code point offset (anchors in sessions are code points).
    qsizetype toUtf16(qsizetype codePointOffset) const;

private:
    /// UTF-16 offsets of the low surrogate of every surrogate pair, ascending.
    std::vector<qsizetype> m_lowSurrogates;
};
