#pragma once

#include "core/facts/fact.h"
#include "core/facts/factpassage.h"

#include <QString>

#include <vector>

/// A fact one passage of a link states and the other passage leaves out, with no fact of its
/// kind to pair it with. Most such facts are what a reader wants shown ("Oct. 28" that one outlet
/// gives and the other does not). These are not: the fact has no value the other passage could
/// contradict, or the other passage gives the same slot in a form the fact cannot be compared
/// with.
class LoneFact
{
public:
    /// `f` of `mine`, unpaired, against `other`: true when no reader could call it a change.
    static bool undecidable(const Fact &f, const FactPassage &mine, const FactPassage &other);

private:
    static bool presentDay(const Fact &f);
    static bool anaphoricPair(const Fact &f, const FactPassage &mine, const FactPassage &other);
    static bool enumeratedCount(const Fact &f, const FactPassage &mine, const FactPassage &other);
    static bool relativeTime(const FactPassage &other);
    static bool unnamedSpeaker(const FactPassage &mine, const FactPassage &other);
    static std::vector<QString> unnamedReportingVerbs(const FactPassage &p);
    static bool titlePortfolio(const Fact &f, const FactPassage &mine, const FactPassage &other);
};
