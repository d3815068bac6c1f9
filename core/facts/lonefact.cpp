#include "core/facts/lonefact.h"

#include "core/facts/factwords.h"

#include <algorithm>

using namespace Qt::StringLiterals;

bool LoneFact::undecidable(const Fact &f, const FactPassage &mine, const FactPassage &other)
{
    switch (f.kind) {
    case FactChange::Kind::Date:
        return presentDay(f) || (Fact::isCalendarDate(f.value) && relativeTime(other));
    case FactChange::Kind::Number:
        return anaphoricPair(f, mine, other) || enumeratedCount(f, mine, other);
    case FactChange::Kind::Attribution:
        return unnamedSpeaker(mine, other);
    case FactChange::Kind::Name:
        return titlePortfolio(f, mine, other);
    default:
        return false;
    }
}

// "hoje", "today", "this day" alone: the day of writing, or the present age ("o sistema passa
// hoje por um sucateamento", "unto this day"). Either way nothing in the other passage says
// otherwise. Against another day ("today" / "yesterday") it is still paired and compared.
bool LoneFact::presentDay(const Fact &f)
{
    return f.value == u"relative 0"_s;
}

// "os dois times", "the two friends", "they two went": the two already named, counted again
// after an article or a pronoun, not a count the other passage dropped; so is a two the other
// passage says as "both" ("they both went"). "two rockets" and "the 12 miners" stay.
bool LoneFact::anaphoricPair(const Fact &f, const FactPassage &mine, const FactPassage &other)
{
    const std::vector<FactToken> &t = mine.tokens();
    if (f.value != u"2"_s || f.first != f.last || t[f.first].kind != WordKind::Letter)
        return false;
    const bool both = std::any_of(other.tokens().begin(), other.tokens().end(), [](const FactToken &o) {
        return FactWords::inSet(o.norm, {u"both", u"ambos", u"ambas", u"beide", u"beiden", u"beides"});
    });
    return both
        || (f.first >= 1
            && FactWords::inSet(t[f.first - 1].norm,
                {u"the", u"these", u"those", u"they", u"we", u"ye", u"you", u"which", u"os", u"as", u"estes",
                    u"estas", u"esses", u"essas", u"die", u"les", u"los", u"las", u"i", u"le"}));
}

// "a conversation between two old internet friends, Larry Sanger, editor-in-chief of Nupedia,
// and Ben Kovitz" / "between Sanger and computer programmer Ben Kovitz": a small count whose
// members the passage goes on to list, after a comma or a colon, and the other passage names
// too. The other passage states the count by listing them; nothing was dropped.
bool LoneFact::enumeratedCount(const Fact &f, const FactPassage &mine, const FactPassage &other)
{
    bool ok = false;
    const double n = f.value.toDouble(&ok);
    size_t at = 0;
    if (!ok || n < 2 || n > 10 || mine.countedWord(f.last, &at).isEmpty())
        return false;
    // The comma closes the counted noun phrase ("two old internet friends,").
    const std::vector<FactToken> &t = mine.tokens();
    size_t comma = at + 1;
    while (comma < t.size() && comma <= at + 3 && t[comma].kind == WordKind::Letter)
        ++comma;
    if (comma + 1 >= t.size() || (t[comma].norm != u","_s && t[comma].norm != u":"_s))
        return false;
    bool joined = false;
    int shared = 0;
    const std::vector<QString> &theirs = other.skeletonList();
    for (size_t k = comma + 1; k < t.size() && k <= comma + 30; ++k) {
        if (t[k].norm == u"."_s || t[k].norm == u";"_s)
            break;
        joined = joined || FactWords::inSet(t[k].norm, {u"and", u"e", u"und", u"et", u"y"});
        if (t[k].kind == WordKind::Letter && t[k].norm.size() >= 3 && !FactWords::isFunctionWord(t[k].norm)
            && std::binary_search(theirs.begin(), theirs.end(), t[k].skeleton))
            ++shared;
    }
    return joined && shared >= 2;
}

// "o ministro da Defesa, Nelson Jobim" / "o ministro Nelson Jobim": the portfolio of a title the
// other passage gives without it, the office holder named in both or in neither. Another
// portfolio on the other side is paired and compared, not left alone.
bool LoneFact::titlePortfolio(const Fact &f, const FactPassage &mine, const FactPassage &other)
{
    const std::vector<FactToken> &t = mine.tokens();
    if (f.first < 2 || !FactWords::inSet(t[f.first - 1].norm, {u"of", u"da", u"do", u"de", u"das", u"dos", u"für"})
        || !FactWords::isTitle(t[f.first - 2].norm))
        return false;
    const QString &title = t[f.first - 2].norm;
    return std::any_of(other.tokens().begin(), other.tokens().end(), [&title](const FactToken &o) { return o.norm == title; });
}

// "in July 2003" / "a month later", "em 2004" / "três anos depois": the other passage dates the
// same event from the one told before it, which the link does not hold; the two cannot be
// compared. A preposition ("hours after the Pentagon said") dates something else of the
// sentence, and a duration or a relative day alone ("several weeks") is compared as before.
bool LoneFact::relativeTime(const FactPassage &other)
{
    const std::vector<FactToken> &t = other.tokens();
    for (size_t k = 1; k < t.size(); ++k) {
        if (FactWords::inSet(t[k].norm, {u"later", u"earlier", u"depois", u"antes", u"später", u"danach"})
            && (t[k - 1].classes & FactWords::PeriodWord))
            return true;
    }
    return false;
}

// "Lula disse" / "O presidente afirmou": the other passage reports the same statement with a
// speaker it describes instead of naming; whether it is the same person the link cannot tell.
// A reporting verb both passages say without a name ("the agency has confirmed …, Yoon said" /
// "the agency has confirmed …") is another statement: the name is what one side adds.
bool LoneFact::unnamedSpeaker(const FactPassage &mine, const FactPassage &other)
{
    const std::vector<QString> theirs = unnamedReportingVerbs(other), ours = unnamedReportingVerbs(mine);
    return std::any_of(theirs.begin(), theirs.end(),
                       [&ours](const QString &v) { return std::find(ours.begin(), ours.end(), v) == ours.end(); });
}

// Reporting verbs of `p` with no speaker the extractor joined to them and no capitalised word
// just before them: a speaker it could not join ("South Korea's National Intelligence Service has
// confirmed") is a named source. Prepositions of attribution ("segundo", "according") are left
// out: "segundo" is also "second".
std::vector<QString> LoneFact::unnamedReportingVerbs(const FactPassage &p)
{
    std::vector<QString> out;
    const std::vector<FactToken> &t = p.tokens();
    for (size_t k = 0; k < t.size(); ++k) {
        if (t[k].kind != WordKind::Letter || !(t[k].classes & FactWords::AttributionVerb)
            || FactWords::inSet(t[k].norm, {u"segundo", u"according", u"laut"}))
            continue;
        const bool named = std::any_of(p.facts().begin(), p.facts().end(), [k](const Fact &o) {
            return o.kind == FactChange::Kind::Attribution && o.first <= k && k <= o.last;
        });
        bool nameBefore = false;
        for (size_t j = k >= 3 ? k - 3 : 0; j < k; ++j)
            nameBefore = nameBefore || (t[j].capitalised && !t[j].sentenceStart);
        if (!named && !nameBefore)
            out.push_back(t[k].norm);
    }
    return out;
}
