#pragma once

#include <QtGlobal>

/// A half-open range [start, end) into a document's text.
/// Units are UTF-16 code units (QString indices), so spans can be handed to
/// QTextLayout directly; the JSON report converts them to code points.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    bool contains(qsizetype pos) const { return pos >= start && pos < end; }
    bool overlaps(const TextSpan &other) const { return start < other.end && other.start < end; }

    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};
