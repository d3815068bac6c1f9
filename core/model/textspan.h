#pragma once

#include <QtGlobal>

/// A half-open range [start, end) into a document's text.
/// Units are UTF-16 code units (QString indices), so spans can be handed to
/// QTextLayout directly; the JSON report converts them to code points.
template<typename Index>
struct BasicTextSpan
{
    Index start = 0;
    Index end = 0;

    Index length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    bool contains(qsizetype pos) const { return pos >= start && pos < end; }
    bool overlaps(const BasicTextSpan &other) const { return start < other.end && other.start < end; }

    /// A narrower span widens without loss.
    template<typename Wider>
        requires(sizeof(Wider) > sizeof(Index))
    operator BasicTextSpan<Wider>() const { return {start, end}; }

    friend bool operator==(const BasicTextSpan &, const BasicTextSpan &) = default;
};

using TextSpan = BasicTextSpan<qsizetype>;
/// A word's span in 32 bits: words are the most numerous values of a comparison, and import
/// limits keep every document far below 2^31 code units.
using WordSpan = BasicTextSpan<qint32>;
