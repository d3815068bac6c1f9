#pragma once

#include "core/facts/fact.h"
#include "core/facts/factlexicon.h"

#include <vector>

/// Dates, weekdays and counted numbers in text written without spaces (Japanese, Chinese),
/// found in the passage's characters: the word breaker cuts "3月8日" and "三人" into units that
/// are no guide to where a fact begins, so FactExtractor's token rules do not apply there.
///
/// Dates: "2024年3月8日", "3月 8日", "三月八日", "8日" (a day of the month, as Japanese news dates
/// a report), normalised like the token rules' dates ("-03-08"), so that "3月8日" and "March 8"
/// are one value. Weekdays: the language's names from ICU (火曜日, 星期二). Numbers: digits or
/// numerals (parsed with ICU's spell-out rules of the language, FactLexicon::spelledNumber)
/// followed by a counter ("3人", "三人", "十二名"), so that a numeral inside a word ("統一",
/// "一般") is no number.
class IdeographicFacts
{
public:
    /// The facts inside `span` of `d`, in text order, none overlapping; `first` and `last` are
    /// 0 (FactExtractor::claim sets them). Empty when the span has no ideographic word.
    static std::vector<Fact> find(const Document &d, const FactLexicon &lex, const TextSpan &span);
};
