#pragma once

#include "core/model/comparison.h"

#include <QString>

#include <algorithm>
#include <cstddef>

/// One fact found in a passage's tokens (FactExtractor): where, its kind and normal form.
struct Fact
{
    FactChange::Kind kind;
    TextSpan span; ///< all its tokens, words between them included
    QString value; ///< the normal form, as FactChange::values
    bool approximate = false;
    size_t first = 0, last = 0; ///< indices into the passage's tokens; 0, 0 for facts found in the text

    /// The smallest span holding both; an empty span holds nothing.
    static TextSpan unite(const TextSpan &x, const TextSpan &y)
    {
        if (x.isEmpty())
            return y;
        if (y.isEmpty())
            return x;
        return {std::min(x.start, y.start), std::max(x.end, y.end)};
    }

    /// Two date values that may be one date: every part both know is equal ("2004-10-23" and
    /// "2004-10---" without its day; "2008-03---" and "--03---" without its year). Other values
    /// (weekdays, relative days) compare as written.
    static bool compatibleDates(const QString &x, const QString &y);
    /// Whether a date value is a year alone ("2004").
    static bool isYear(const QString &value);
    /// A Date value on the calendar (a year, a month of a year, a day), not a weekday, a
    /// relative day or a period.
    static bool isCalendarDate(const QString &value);
};
