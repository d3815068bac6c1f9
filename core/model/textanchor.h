#pragma once

#include <QtGlobal>

/// A place in one document of a comparison: the half-open range [start, end) of Unicode code
/// points (not UTF-16 units, so it means what a session file or the JSON report says) in
/// documents[doc].text. The engine maps it to the units (sentences or paragraphs) it overlaps.
struct TextAnchor
{
    int doc = -1; ///< index into the documents aligned (a column), -1 for none
    qint64 start = 0;
    qint64 end = 0;

    friend bool operator==(const TextAnchor &, const TextAnchor &) = default;
};
