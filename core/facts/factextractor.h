#pragma once

#include "core/facts/fact.h"
#include "core/facts/factlexicon.h"
#include "core/facts/facttoken.h"

#include <optional>
#include <vector>

/// Finds the facts of one passage in its tokens: dates first, then numbers, attributions and
/// names, each token in one fact at most (the first kind to claim it), in text order.
///
/// Dates: "Oct. 28", "28 October 2024", "8 de março", weekdays, "tomorrow", "this week", years.
/// Numbers: digits ("12,000", "12.000" in Portuguese and German), spelled-out numbers that
/// count something, "thousands", scales ("1.0 bn"), scores and times as written, with an
/// approximate flag ("about", "at least", "two or more"). Attributions: a reporting verb with
/// its speaker. Names: runs of name tokens, particles ("von der", "da") included.
class FactExtractor
{
public:
    /// Number words at `t[k]` added up the way older English orders them, which the spell-out
    /// rules do not read: "an hundred and seven and twenty" (127), "threescore and fifteen"
    /// (75), "two hundred threescore and sixteen" (276), "a hundred"; `end` is set to the last
    /// word. Nullopt unless two number words or more are read, or "a"/"an" and one.
    /// The longest run of number words from token `i` that the spell-out rules read whole
    /// ("one hundred twenty thousand", "twenty-one", hyphens written tight), up to twelve
    /// tokens; nullopt when none of two words or more is read. `end`: its last token.
    static std::optional<double> spelledRun(const std::vector<FactToken> &t, size_t i, const FactLexicon &lex,
                                            size_t *end);
    static std::optional<double> additiveNumber(
        const std::vector<FactToken> &t, size_t k, const FactLexicon &lex, size_t *end);

    FactExtractor(const std::vector<FactToken> &tokens, const FactLexicon &lex);

    /// `found`: facts already found in the passage's text (IdeographicFacts); they come first,
    /// and the tokens they cover are theirs.
    std::vector<Fact> run(std::vector<Fact> found = {});

private:
    const FactToken *at(long i) const;
    long word(long i, int direction, int reach = 2) const;
    static bool isYear(const FactToken &t);
    static bool isDay(const FactToken &t);
    static int dayOf(const FactToken &t);
    static bool isScorePart(const FactToken &t);
    void mark(Fact &f, size_t i);
    void claim(std::vector<Fact> &found, std::vector<Fact> &out);

    void dates(std::vector<Fact> &out);
    void dateAt(size_t i, std::vector<Fact> &out);
    void monthDate(size_t i, int month, std::vector<Fact> &out);
    int dayAround(size_t i, std::vector<size_t> &parts) const;
    int yearAfter(size_t i, std::vector<size_t> &parts) const;
    void years(std::vector<Fact> &out);

    void numbers(std::vector<Fact> &out);
    size_t numberAt(size_t i, std::vector<Fact> &out);
    std::optional<size_t> numberAsWritten(size_t i, bool hasValue, std::vector<Fact> &out);
    std::optional<double> spelled(size_t i, size_t *end) const;
    static bool isTens(double v) { return v >= 20 && v <= 90 && int(v) % 10 == 0; }
    std::optional<double> countingSpelled(size_t i, size_t *end) const;
    void quantify(Fact &f, size_t i, size_t end, double value);

    enum class Particle { None, Any, AfterFullName };
    static Particle particle(const FactToken &t);
    size_t nameRun(size_t i) const;
    void attributions(std::vector<Fact> &out);
    void names(std::vector<Fact> &out);

    bool isCharacterReference(size_t i) const;
    bool isLabel(size_t i) const;

    const std::vector<FactToken> &m_t;
    const FactLexicon &m_lex;
    std::vector<bool> m_used; ///< by token: already part of a fact
};
