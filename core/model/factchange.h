#pragma once

#include "core/model/textspan.h"

#include <QString>

#include <array>

/// A difference inside a divergent link that matters to a fact-checker.
struct FactChange
{
    enum class Kind {
        Number,      ///< numbers and quantities: "12,000" vs "about 10,000", "thousands"
        Date,        ///< dates and times: "this week" vs "Oct. 28"
        Name,        ///< capitalised names changed, added or dropped
        Quote,       ///< quoted text changed or dropped
        Attribution, ///< "Lee said", "according to ..." dropped or changed
    };
    Kind kind = Kind::Number;
    /// Indexed by side like Link::ends. spans[0] is empty when the fact is absent from side 0
    /// (added on side 1), spans[1] when it is absent from side 1 (dropped).
    std::array<TextSpan, 2> spans;
    /// Indexed by side: the fact's normalised value, empty when the side has none or it has no
    /// normal form. Numbers: the value ("12000", "1e+09"; "~1000" for "thousands"); dates:
    /// "2024-10-28", "--10-28" without a year, "weekday 3" (ICU: Sunday = 1), "relative +1"
    /// ("tomorrow"), or the folded words of a period ("this week"); names, attributions and
    /// quotations: their folded words.
    std::array<QString, 2> values;
    /// Indexed by side: the number is approximate ("about 10,000", "thousands"). Numbers only.
    std::array<bool, 2> approximate{};

    friend bool operator==(const FactChange &, const FactChange &) = default;
};

QString nameOf(FactChange::Kind kind);
