#include "core/facts/factcomparer.h"

#include "core/facts/factextractor.h"
#include "core/facts/factwords.h"
#include "core/facts/lonefact.h"
#include "core/facts/spelling.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool inside(const TextSpan &s, const TextSpan &edit) { return s.start >= edit.start && s.end <= edit.end; }

bool allCapitals(QStringView text)
{
    return text.size() >= 2 && std::none_of(text.begin(), text.end(), [](QChar c) { return c.isLower(); });
}

} // namespace

FactComparer::FactComparer(const std::array<FactPassage, 2> &passages, std::array<const FactLexicon *, 2> lexicons,
                           const std::array<FactPassageList, 2> *alsoLinked,
                           const std::array<FactPassageList, 2> *neighbours)
    : m_passages(passages)
    , m_lexicons(lexicons)
    , m_alsoLinked(alsoLinked)
    , m_neighbours(neighbours)
{ }

std::vector<FactChange> FactComparer::compare(const std::vector<WordEdit> &edits) const
{
    std::vector<FactChange> facts;
    // Full names (two words or more) of either side that the other passage lacks, over all
    // edits: the word diff may put "Volodymyr Zelenskyy" in a deletion and "Ursula von der Leyen",
    // "Mark Rutte" in the next replacement, and yet one person was swapped for others.
    BySide people;
    for (const WordEdit &e : edits) {
        if (e.op == WordEdit::Op::Equal)
            continue;
        BySide changed = changedFacts(e, people);
        dropDescribedNames(e, changed);
        dropIncidentalNames(e, changed);
        pairByKind(changed, facts);
    }
    addSwappedPeople(people, facts);
    // One change met in two edits ("12" deleted in one, "at least 12" inserted in the next, each
    // paired with the other) is reported once.
    // So is a fact of several words the diff edits in two places ("an hundred and seven and
    // twenty" / "one hundred twenty-eight"): paired in one edit, it is not also alone in the other.
    const auto sameSide = [](const FactChange &f, const FactChange &o) {
        for (size_t side = 0; side < 2; ++side) {
            if (!f.spans[side].isEmpty() && f.spans[1 - side].isEmpty() && o.spans[side] == f.spans[side]
                && !o.spans[1 - side].isEmpty())
                return true;
        }
        return false;
    };
    std::vector<FactChange> once;
    for (const FactChange &f : facts) {
        const bool seen = std::any_of(
            once.begin(), once.end(), [&f](const FactChange &o) { return o.kind == f.kind && o.spans == f.spans; });
        const bool paired = std::any_of(
            facts.begin(), facts.end(), [&](const FactChange &o) { return o.kind == f.kind && sameSide(f, o) && &o != &f; });
        if (!seen && !paired)
            once.push_back(f);
    }
    return once;
}

// The facts of each side the edit touches, minus those the other passage states too; the full
// names among them added to `people`.
FactComparer::BySide FactComparer::changedFacts(const WordEdit &e, BySide &people) const
{
    BySide changed;
    for (size_t side = 0; side < 2; ++side) {
        const FactPassage &mine = m_passages[side], &other = m_passages[1 - side];
        for (const Fact &f : mine.facts()) {
            // A fact belongs to the edit when one of its words was edited.
            bool touched = false;
            for (size_t k = f.first; k <= f.last && !touched; ++k)
                touched = inside(mine.tokens()[k].span, e.spans[side]) && !e.spans[side].isEmpty();
            if (touched && !present(f, mine, other, *m_lexicons[1 - side]) && !statedByOtherSide(f, side)) {
                changed[side].push_back(f);
                if (f.kind == FactChange::Kind::Name && f.value.contains(u' '))
                    people[side].push_back(f);
            }
        }
    }
    return changed;
}

// The other side states `f` of `side` in another passage linked to this one, or in the passage
// next to its own ("August 19. | 17—.": a split sentence). Small numbers recur in every few
// sentences ("três pontes de safena" / "três cálculos renais"): a number counts as stated next
// door only with the word it counts ("and the third day he shall rise" / "…. The third day").
bool FactComparer::statedByOtherSide(const Fact &f, size_t side) const
{
    const FactPassage &mine = m_passages[side];
    const FactLexicon &lex = *m_lexicons[1 - side];
    const auto states = [&](const std::array<FactPassageList, 2> *passages, const QString &counted) {
        return passages && (*passages)[1 - side].anyOf([&](const FactPassage &p) {
            return present(f, mine, p, lex)
                && (counted.isEmpty()
                    || std::any_of(p.tokens().begin(), p.tokens().end(), [&](const FactToken &t) { return t.norm == counted; }));
        });
    };
    if (states(m_alsoLinked, {}))
        return true;
    if (f.kind != FactChange::Kind::Number)
        return states(m_neighbours, {});
    size_t at = 0;
    const QString counted = mine.countedWord(f.last, &at);
    return !counted.isEmpty() && states(m_neighbours, counted);
}

// A capitalised word inside `span` of the side's passage, not the first of its sentence. A word
// in capitals that is no name ("the LORD" / "Yahweh") is a description set in capitals; a
// capitalised function word or interjection opens unmarked speech ("said unto the reapers, The
// LORD be with you", "O LORD").
bool FactComparer::hasCapitalisedWord(size_t side, const TextSpan &span) const
{
    const Document &d = m_passages[side].document();
    for (const FactToken &t : m_passages[side].tokens()) {
        if (inside(t.span, span) && t.capitalised && !t.sentenceStart && t.kind == WordKind::Letter
            && (t.name
                || (!allCapitals(d.slice(t.span)) && t.span.end - t.span.start >= 2
                    && !FactWords::isFunctionWord(t.norm))))
            return true;
    }
    return false;
}

// A name the other side says in other words ("his Elizabeth" / "his niece", "the spy agency" /
// "the National Intelligence Service") is no changed name: a replacement whose other side has
// no capitalised word is a description of the same person.
void FactComparer::dropDescribedNames(const WordEdit &e, BySide &changed) const
{
    if (e.op != WordEdit::Op::Replace)
        return;
    for (size_t side = 0; side < 2; ++side) {
        if (hasCapitalisedWord(1 - side, e.spans[1 - side]))
            continue;
        std::erase_if(changed[side], [](const Fact &f) { return f.kind == FactChange::Kind::Name; });
    }
}

// A name is a changed fact when another name took its place ("Zelenskyy" / "von der Leyen",
// "Gower" / "Goring") or when it is what was dropped or added, not one of many words of a
// clause that one side added or rewrote.
void FactComparer::dropIncidentalNames(const WordEdit &e, BySide &changed) const
{
    std::array<int, 2> words{0, 0}, nameWords{0, 0};
    for (size_t side = 0; side < 2; ++side) {
        for (const FactToken &t : m_passages[side].tokens())
            words[side] += inside(t.span, e.spans[side]) && t.kind != WordKind::Symbol;
        for (const Fact &f : changed[side])
            nameWords[side] += f.kind == FactChange::Kind::Name ? int(f.value.count(u' ')) + 1 : 0;
    }
    const bool swapped = nameWords[0] > 0 && nameWords[1] > 0 && words[0] <= 15 && words[1] <= 15;
    for (size_t side = 0; side < 2; ++side) {
        const bool alone = nameWords[side] * 2 >= words[side] && words[side] <= 6;
        if (!swapped && !alone)
            std::erase_if(changed[side], [](const Fact &f) { return f.kind == FactChange::Kind::Name; });
    }
}

// Pair by kind, in text order: the i-th number of one side against the i-th of the other.
void FactComparer::pairByKind(const BySide &changed, std::vector<FactChange> &out) const
{
    for (const FactChange::Kind kind :
        {FactChange::Kind::Attribution, FactChange::Kind::Date, FactChange::Kind::Number, FactChange::Kind::Name}) {
        std::array<std::vector<const Fact *>, 2> of;
        for (size_t side = 0; side < 2; ++side) {
            for (const Fact &f : changed[side]) {
                if (f.kind == kind)
                    of[side].push_back(&f);
            }
        }
        for (size_t i = 0; i < std::max(of[0].size(), of[1].size()); ++i) {
            FactChange c{kind, {}, {}, {}};
            std::array<const Fact *, 2> pair{
                i < of[0].size() ? of[0][i] : nullptr, i < of[1].size() ? of[1][i] : nullptr};
            // A number dropped here whose value the other side gives with another qualifier
            // ("12" / "at least 12") is that change, reported once, from the side that has it.
            if (!pair[0] || !pair[1]) {
                const size_t side = pair[0] ? 0 : 1;
                if (const Fact *o = sameValueOtherQualifier(*pair[side], m_passages[1 - side])) {
                    const bool reportedFromSide0 = side == 1
                        && std::any_of(
                            changed[0].begin(), changed[0].end(), [o](const Fact &x) { return x.span == o->span; });
                    if (reportedFromSide0)
                        continue;
                    pair[1 - side] = o;
                } else if (LoneFact::undecidable(*pair[side], m_passages[side], m_passages[1 - side])) {
                    continue;
                }
            }
            for (size_t side = 0; side < 2; ++side) {
                if (pair[side]) {
                    c.spans[side] = pair[side]->span;
                    c.values[side] = pair[side]->value;
                    c.approximate[side] = pair[side]->approximate;
                }
            }
            out.push_back(c);
        }
    }
}

// People swapped across edits, when no edit reported a name: all full names of each side in
// one change.
void FactComparer::addSwappedPeople(const BySide &people, std::vector<FactChange> &out)
{
    const bool namesReported
        = std::any_of(out.begin(), out.end(), [](const FactChange &f) { return f.kind == FactChange::Kind::Name; });
    if (namesReported || people[0].empty() || people[1].empty())
        return;
    FactChange c{FactChange::Kind::Name, {}, {}, {}};
    for (size_t side = 0; side < 2; ++side) {
        QStringList values;
        for (const Fact &f : people[side]) {
            c.spans[side] = Fact::unite(c.spans[side], f.span);
            values << f.value;
        }
        c.values[side] = values.join(u", "_s);
    }
    out.push_back(c);
}

bool FactComparer::present(const Fact &f, const FactPassage &mine, const FactPassage &other, const FactLexicon &lex)
{
    switch (f.kind) {
    case FactChange::Kind::Name:
        return namePresent(f.value, other) || acronymPresent(f, mine, other);
    case FactChange::Kind::Attribution:
        // The same speaker anywhere in the other passage: another verb or order is no change.
        return namePresent(f.value, other);
    default:
        for (const Fact &o : other.facts()) {
            if (o.kind == f.kind
                && (o.value == f.value
                    || (f.kind == FactChange::Kind::Date
                        && (Fact::compatibleDates(f.value, o.value) || sameDayUnknown(f.value, o.value)))))
                return true;
        }
        if (f.kind == FactChange::Kind::Number && (designationPresent(f, mine, other) || designationUnnumbered(f, mine, other)))
            return true;
        if (f.kind == FactChange::Kind::Date && yearInDesignation(f, other))
            return true;
        // "kills 6" / "kills six in": a number word that counts nothing the extractor can see is
        // still that number.
        // Words of the other side's numbers are theirs: "três" of "quase três" is no bare 3.
        if (f.kind == FactChange::Kind::Number) {
            for (size_t k = 0; k < other.tokens().size(); ++k) {
                const bool inFact = std::any_of(other.facts().begin(), other.facts().end(),
                    [k](const Fact &o) { return o.kind == FactChange::Kind::Number && o.first <= k && k <= o.last; });
                if (!inFact && unreadNumber(other.tokens(), k, lex, f.approximate ? f.value.mid(1) : f.value))
                    return true;
            }
        }
        return false;
    }
}

// Whether the words at k say the number `value` although the extractor read no count there:
// a number word alone, a run of them ("about two thousand;" before a stop), "an hundred",
// "thirtyfold", "thrice".
bool FactComparer::unreadNumber(const std::vector<FactToken> &t, size_t k, const FactLexicon &lex, const QString &value)
{
    if (t[k].kind != WordKind::Letter)
        return false;
    const auto is = [&value](std::optional<double> v) { return v && QString::number(*v, 'g', 12) == value; };
    const QString &w = t[k].norm;
    if (is(lex.spelledNumberWord(t[k].word)))
        return true;
    if ((w == u"twice"_s && value == u"2"_s) || (w == u"thrice"_s && value == u"3"_s))
        return true;
    if (w.size() > 4 && w.endsWith(u"fold"_s)) {
        const QString stem = w.chopped(4);
        if (is(lex.spelledNumber(stem)) || (FactWords::scaleOf(stem) > 0 && is(FactWords::scaleOf(stem))))
            return true;
    }
    if (const double scale = FactWords::scaleOf(w);
        scale > 0 && k > 0 && FactWords::inSet(t[k - 1].norm, {u"a", u"an"}) && is(scale))
        return true;
    size_t end = k;
    if (is(FactExtractor::spelledRun(t, k, lex, &end)))
        return true;
    end = k;
    return is(FactExtractor::additiveNumber(t, k, lex, &end));
}

// "hoje" / "nesta terça-feira", "yesterday" / "on Monday": a day counted from the article's date
// against a weekday. Without the dates the articles were written on nobody can tell them apart,
// and outlets write the same day both ways; such a pair is no changed fact.
//
// Likewise a month or a year counted from the story ("the next month", "last year") against a
// date of the same precision ("in February 2004", "in 2003"). Against a day ("this week" /
// "Oct. 28") one side is more precise, which a reader wants shown; durations ("several weeks",
// "within days") are no reference to a date and stay compared.
bool FactComparer::sameDayUnknown(const QString &a, const QString &b)
{
    const auto relative = [](const QString &v) { return v.startsWith(u"relative "_s); };
    const auto weekday = [](const QString &v) { return v.startsWith(u"weekday "_s); };
    static const QString lead = u"^(this|last|next|coming|nesta|neste|próxima|próximo|última|último|diese|letzte|nächste) "_s;
    static const QRegularExpression countedMonth(lead + u"(month|mês|monat)$"_s);
    static const QRegularExpression countedYear(lead + u"(year|ano|jahr)$"_s);
    static const QRegularExpression month(u"^(\\d{4}|-)-\\d{2}---$"_s);
    const auto periodAgainstDate = [&](const QString &x, const QString &y) {
        return (countedMonth.match(x).hasMatch() && month.match(y).hasMatch())
            || (countedYear.match(x).hasMatch() && Fact::isYear(y));
    };
    return (relative(a) && weekday(b)) || (weekday(a) && relative(b)) || periodAgainstDate(a, b)
        || periodAgainstDate(b, a);
}

// A name (its skeleton words) is in the passage: one of its words, a spelling variant of it,
// the place it is made from ("Gazans" / "Gaza"), or its initials as an acronym ("NYC" / "New
// York").
bool FactComparer::namePresent(const QString &value, const FactPassage &other)
{
    const QStringList words = value.split(u' ');
    for (const QString &w : words) {
        if (w.size() < 3 && words.size() > 1)
            continue;
        const std::vector<QString> &theirs = other.skeletonList();
        // The word itself first (sorted list); then its spelling variants.
        if (std::binary_search(theirs.begin(), theirs.end(), w))
            return true;
        for (const QString &o : theirs) {
            if (Spelling::same(w, o) || Spelling::sameStem(w, o) || Spelling::sameTransliterated(w, o))
                return true;
        }
    }
    // Written as one word or in parts: "Beth-lehem" / "Bethlehem", "Bethlehem Judah".
    QString joined = value;
    joined.remove(u' ');
    if (words.size() > 1 && std::binary_search(other.skeletonList().begin(), other.skeletonList().end(), joined))
        return true;
    for (const Fact &f : other.facts()) {
        if (f.kind == FactChange::Kind::Name && f.value.contains(u' ') && QString(f.value).remove(u' ') == joined)
            return true;
    }
    // Hyphenated there, whether or not its parts were read as a name ("Beth-lehem": "beth" is a
    // word).
    const std::vector<FactToken> &t = other.tokens();
    for (size_t k = 0; k < t.size(); ++k) {
        QString parts = t[k].skeleton;
        for (size_t j = k; j <= k + 4 && FactToken::joinsWords(t, j + 1); j += 2) {
            parts += t[j + 2].skeleton;
            if (parts == joined)
                return true;
        }
    }
    // Acronyms both ways; a word of one or two letters ("US", "de") is kept whole.
    QString initials;
    for (const QString &w : words)
        initials += w.size() <= 2 ? w : w.left(1);
    for (const Fact &f : other.facts()) {
        if (f.kind != FactChange::Kind::Name)
            continue;
        QString theirs;
        for (const QString &w : f.value.split(u' '))
            theirs += w.size() <= 2 ? w : w.left(1);
        if ((words.size() == 1 && value.size() >= 2 && theirs.startsWith(value.left(2)) && f.value.contains(u' '))
            || (f.value.indexOf(u' ') < 0 && initials.size() >= 2 && f.value.startsWith(initials) && words.size() > 1))
            return true;
    }
    return false;
}

// A name written as an acronym on one side and spelled out on the other, whether or not the
// spelled-out words were read as a name: "USGS" / "US Geological Survey", "InCor" / "Instituto
// do Coração".
bool FactComparer::acronymPresent(const Fact &f, const FactPassage &mine, const FactPassage &other)
{
    if (f.first == f.last && isAcronym(mine, f.first)) {
        const QString &acronym = mine.tokens()[f.first].skeleton;
        for (size_t i = 0; i < other.tokens().size(); ++i) {
            if (spells(acronym, other.tokens(), i, other.tokens().size(), 0))
                return true;
        }
        return false;
    }
    for (size_t k = 0; k < other.tokens().size(); ++k) {
        if (isAcronym(other, k) && spells(other.tokens()[k].skeleton, mine.tokens(), f.first, f.last + 1, 0))
            return true;
    }
    return false;
}

// A word of two capitals or more, lower case letters allowed between ("USGS", "InCor").
bool FactComparer::isAcronym(const FactPassage &p, size_t i)
{
    const FactToken &t = p.tokens()[i];
    if (t.kind != WordKind::Letter || t.skeleton.size() < 2 || t.skeleton.size() > 8)
        return false;
    const QStringView text = p.document().slice(t.span);
    return std::count_if(text.begin(), text.end(), [](QChar c) { return c.isUpper(); }) >= 2;
}

// `acronym` spelled by the leading letters of consecutive capitalised words of `t` from i on
// (before `end`), each word giving one letter or more, lower-case particles between them
// skipped; two words at least, and the last letter may be left over.
bool FactComparer::spells(QStringView acronym, const std::vector<FactToken> &t, size_t i, size_t end, int words)
{
    // The last letter may stand for a word the other side leaves out ("NYC" / "New York").
    if (acronym.size() <= 1 && words >= 2)
        return true;
    if (acronym.isEmpty())
        return false;
    if (i >= std::min(end, t.size()) || t[i].kind != WordKind::Letter)
        return false;
    const FactToken &w = t[i];
    if (!w.capitalised)
        return words > 0 && w.skeleton.size() <= 3 && spells(acronym, t, i + 1, end, words);
    for (qsizetype n = std::min(acronym.size(), w.skeleton.size()); n >= 1; --n) {
        if (QStringView(w.skeleton).startsWith(acronym.left(n)) && spells(acronym.mid(n), t, i + 1, end, words + 1))
            return true;
    }
    return false;
}

namespace {

// 1..39 in Roman numerals ("I", "XII"), 0 for anything else: the numerals that follow names.
int romanValue(QStringView s)
{
    if (s.isEmpty() || s.size() > 6)
        return 0;
    static const QStringList numerals = [] {
        QStringList l{QString()};
        const char16_t *units[] = {u"", u"i", u"ii", u"iii", u"iv", u"v", u"vi", u"vii", u"viii", u"ix"};
        const char16_t *tens[] = {u"", u"x", u"xx", u"xxx"};
        for (int n = 1; n < 40; ++n)
            l << QString::fromUtf16(tens[n / 10]) + QString::fromUtf16(units[n % 10]);
        return l;
    }();
    return int(std::max<qsizetype>(0, numerals.indexOf(s.toString().toLower())));
}

} // namespace

// The capitalised word a number is part of the name of ("ECO-92", "Liga Mundial-06", "Rio +20",
// "Rio 92", "Boeing 737"), as the index of its token; nullopt for a number of its own.
std::optional<size_t> FactComparer::designationWord(const Fact &f, const FactPassage &p)
{
    const std::vector<FactToken> &t = p.tokens();
    if (f.first != f.last || f.first < 1)
        return std::nullopt;
    const auto isNameWord = [&t](size_t k) {
        const bool word = t[k].kind == WordKind::Letter || (t[k].kind == WordKind::Number && t[k].norm.front().isLetter());
        return word && t[k].capitalised && !t[k].sentenceStart
            && (t[k].classes & ~quint16(FactWords::Classified)) == 0;
    };
    size_t k = f.first - 1;
    if ((t[k].norm == u"-"_s || t[k].norm == u"+"_s) && k >= 1) {
        // The sign is written against the number ("-92", "+20").
        if (t[k].span.end != t[f.first].span.start)
            return std::nullopt;
        --k;
    }
    return isNameWord(k) ? std::optional<size_t>(k) : std::nullopt;
}

// A number in a name the other passage names without it, or not at all: "Liga Mundial-06"
// against "Liga Mundial", "a Rio +20" against a sentence that speaks of the conference otherwise.
// The name is what one passage adds, drops or shortens, and a number flag would report its
// digits as a changed quantity. "ECO-92" against "ECO-93" is still a change.
bool FactComparer::designationUnnumbered(const Fact &f, const FactPassage &mine, const FactPassage &other)
{
    const std::optional<size_t> word = designationWord(f, mine);
    if (!word)
        return false;
    const QString &name = mine.tokens()[*word].skeleton;
    const std::vector<FactToken> &o = other.tokens();
    for (size_t k = 0; k < o.size(); ++k) {
        if (o[k].skeleton != name)
            continue;
        size_t n = k + 1;
        if (n < o.size() && (o[n].norm == u"-"_s || o[n].norm == u"+"_s))
            ++n;
        if (n < o.size()
            && (o[n].kind == WordKind::Number || (o[n].capitalised && romanValue(other.document().slice(o[n].span)) > 0)))
            return false;
    }
    return true;
}

// A number that is part of a designation ("Cindacta-1") is the designation the other side
// writes with a Roman numeral ("Cindacta I"): one name, not a dropped count.
bool FactComparer::designationPresent(const Fact &f, const FactPassage &mine, const FactPassage &other)
{
    const std::optional<size_t> word = designationWord(f, mine);
    if (!word)
        return false;
    const QString &designation = mine.tokens()[*word].skeleton;
    const std::vector<FactToken> &o = other.tokens();
    for (size_t k = 0; k + 1 < o.size(); ++k) {
        if (o[k].skeleton != designation)
            continue;
        const size_t numeral = k + 2 < o.size() && o[k + 1].norm == u"-"_s ? k + 2 : k + 1;
        if (o[numeral].capitalised && QString::number(romanValue(other.document().slice(o[numeral].span))) == f.value)
            return true;
    }
    return false;
}

// A year the other passage gives as the two digits in a name ("2006" / "Liga Mundial-06", "1992" /
// "ECO-92"): one edition of one event, written two ways.
bool FactComparer::yearInDesignation(const Fact &f, const FactPassage &other)
{
    if (!Fact::isYear(f.value))
        return false;
    const QString digits = f.value.right(2);
    return std::any_of(other.facts().begin(), other.facts().end(), [&](const Fact &o) {
        return o.kind == FactChange::Kind::Number && o.first == o.last && other.tokens()[o.first].norm == digits
            && designationWord(o, other);
    });
}

// Same value, other approximation: "12" against "at least 12".
const Fact *FactComparer::sameValueOtherQualifier(const Fact &f, const FactPassage &other)
{
    if (f.kind != FactChange::Kind::Number)
        return nullptr;
    const QString bare = f.value.startsWith(u'~') ? f.value.mid(1) : f.value;
    for (const Fact &o : other.facts()) {
        if (o.kind == f.kind && (o.value.startsWith(u'~') ? o.value.mid(1) : o.value) == bare
            && o.approximate != f.approximate)
            return &o;
    }
    return nullptr;
}
