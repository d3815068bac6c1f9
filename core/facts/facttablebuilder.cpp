#include "core/facts/facttablebuilder.h"

#include "core/facts/factwords.h"
#include "core/facts/quotationcomparer.h"
#include "core/facts/spelling.h"
#include "core/text/stemmer.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// A number's value without the approximate mark; nullopt for scores, times and digits that are
// no number ("3:35", "1-0", "10h40").
std::optional<double> numericValue(const QString &value)
{
    bool ok = false;
    const double v = (value.startsWith(u'~') ? value.mid(1) : value).toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

bool sameNumber(double x, double y)
{
    return std::abs(x - y) <= 1e-9 * std::max(std::abs(x), std::abs(y));
}

// Relative dates ("tomorrow") and periods ("this week") depend on when each article was
// written: two articles saying "today" need not mean one day.
bool isAbsoluteDate(const QString &value)
{
    return !value.startsWith(u"relative"_s) && std::any_of(value.begin(), value.end(), [](QChar ch) { return ch.isDigit(); });
}

int unitAt(const Comparison &c, int doc, qsizetype pos)
{
    const std::vector<UnitInfo> &units = c.units[size_t(doc)];
    const auto it = std::upper_bound(units.begin(), units.end(), pos,
                                     [](qsizetype p, const UnitInfo &u) { return p < u.span.start; });
    return it == units.begin() ? -1 : int(it - units.begin()) - 1;
}

// Whether the words of `span` can give FactExtractor anything: a number, a word the lexicon
// knows as a month, weekday or spelled-out number, a word of a class the date, number and
// attribution detectors start from, or a capitalised word that is a name by the lexicon's
// evidence or follows a title. Most sentences of a long text have none, and tokenizing them
// (a skeleton string per word) was most of the table's cost. It only skips work: a unit it
// rejects yields no fact of FactExtractor, so the table is the same. Ideographic text is always
// read (its detectors are not keyed on words).
bool mayHoldFacts(const Document &d, const FactLexicon &lex, std::vector<quint16> &classes, const TextSpan &span)
{
    constexpr unsigned startClasses = FactWords::RelativeDayWord | FactWords::PeriodWord
        | FactWords::VagueQuantityWord | FactWords::OrdinalWord | FactWords::AttributionVerb;
    auto it = std::lower_bound(d.words.begin(), d.words.end(), span.start,
                               [](const Word &w, qsizetype pos) { return w.span.start < pos; });
    bool prevTitle = false; // the word before is a capitalised title ("President")
    for (; it != d.words.end() && it->span.end <= span.end; ++it) {
        if (it->kind == WordKind::Number || it->kind == WordKind::Ideographic)
            return true;
        if (it->kind != WordKind::Letter) {
            prevTitle = false;
            continue;
        }
        const int index = int(it - d.words.begin());
        const QStringView text = d.slice(it->span);
        const bool capitalised = !text.isEmpty() && text.front().isUpper();
        if (capitalised && (prevTitle || lex.isNameWord(index)))
            return true;
        prevTitle = capitalised && FactWords::isTitle(d.norm(*it));
        quint16 &c = classes[size_t(lex.form(index))];
        if (!c)
            c = FactWords::classify(d.norm(*it));
        if ((c & startClasses) || d.norm(*it) == u"morrow"_s || d.norm(*it) == u"day"_s || lex.monthWord(index)
            || lex.weekdayWord(index) || lex.spelledNumberWord(index))
            return true;
    }
    return false;
}

// The opening words of a passage, to name it as the subject of what differs inside it.
QString openingWords(const Document &d, const TextSpan &span)
{
    const QStringList words = d.slice(span).toString().simplified().split(u' ', Qt::SkipEmptyParts);
    return words.mid(0, 6).join(u' ') + (words.size() > 6 ? u"\u2026"_s : QString());
}

} // namespace

FactTableBuilder::FactTableBuilder(const std::vector<FactLexicon> &lexicons,
                                   std::vector<std::vector<quint16>> &wordClasses)
    : m_lexicons(lexicons)
    , m_wordClasses(wordClasses)
{ }

void FactTableBuilder::collect(const Comparison &c, int doc, std::vector<Found> &out,
                               std::vector<Context> &contexts) const
{
    const Document &d = c.documents[size_t(doc)];
    const FactLexicon &lex = m_lexicons[size_t(doc)];
    const Stemmer stemmer(lex.language());
    const std::vector<UnitInfo> &units = c.units[size_t(doc)];
    for (int u = 0; u < int(units.size()); ++u) {
        const UnitInfo &info = units[size_t(u)];
        if (info.status == UnitStatus::Furniture || info.span.isEmpty())
            continue;
        Context context;
        bool counted = false; // a number with a subject: only those need the unit's words
        const int contextIndex = int(contexts.size());
        std::optional<FactPassage> passage;
        if (mayHoldFacts(d, lex, m_wordClasses[size_t(doc)], info.span))
            passage.emplace(d, lex, m_wordClasses[size_t(doc)], info.span);
        const std::vector<FactToken> noTokens; // empty vectors allocate nothing
        const std::vector<Fact> noFacts;
        const std::vector<FactToken> &tokens = passage ? passage->tokens() : noTokens;
        for (const Fact &f : passage ? passage->facts() : noFacts) {
            Found x{f.kind, {}, {}, {doc, u, f.span, d.slice(f.span).toString(), f.value, f.approximate}, contextIndex};
            switch (f.kind) {
            case FactChange::Kind::Number: {
                size_t at = 0;
                const QString word = passage->countedWord(f.last, &at);
                if (word.isEmpty() || !numericValue(f.value))
                    continue;
                x.key = stemmer.stem(word);
                counted = true;
                x.subject = d.slice(tokens[at].span).toString();
                for (size_t k = f.first; k <= f.last && k < tokens.size(); ++k)
                    x.mention.vague = x.mention.vague || (tokens[k].classes & FactWords::VagueQuantityWord);
                break;
            }
            case FactChange::Kind::Date:
                if (!isAbsoluteDate(f.value))
                    continue;
                context.dates.insert(f.value);
                x.key = f.value;
                x.subject = x.mention.text;
                break;
            case FactChange::Kind::Name: {
                // "Russia's" is Russia: the possessive is no part of the name.
                QString name = x.mention.text;
                if (name.endsWith(u"\u2019s"_s) || name.endsWith(u"'s"_s))
                    name.chop(2);
                x.key = Spelling::skeleton(name);
                x.subject = name;
                x.mention.value = x.key; // the same name, possessive or not, is one value
                break;
            }
            case FactChange::Kind::Attribution:
            case FactChange::Kind::Quote:
                x.key = f.value;
                x.subject = x.mention.text;
                break;
            }
            out.push_back(std::move(x));
        }
        // Quotations of three words or more: shorter ones are scare quotes ("plots").
        for (const TextSpan &q : QuotationComparer::quotations(d, info.span)) {
            const QString value = QuotationComparer::value(d, q);
            if (value.count(u' ') < 2)
                continue;
            const QString text = d.slice(q).toString();
            out.push_back({FactChange::Kind::Quote, value, text, {doc, u, q, text, value, false}, contextIndex});
        }
        // Stemming every word of every article cost more than the rest of the table: the
        // words are read only where a number may conflict.
        if (counted) {
            for (const FactToken &t : tokens) {
                if (t.kind == WordKind::Letter && t.norm.size() >= 3 && !FactWords::isFunctionWord(t.norm))
                    context.words.insert(stemmer.stem(t.norm));
            }
            for (size_t k = 1; k < tokens.size(); ++k) {
                const FactToken &lead = tokens[k - 1];
                if (!(tokens[k].classes & FactWords::PeriodWord))
                    continue;
                if (lead.kind == WordKind::Number || lex.spelledNumberWord(lead.word)
                    || FactWords::inSet(lead.norm, {u"first", u"last", u"past", u"next", u"previous", u"initial"}))
                    context.periods.insert(lead.norm + u' ' + stemmer.stem(tokens[k].norm));
            }
        }
        contexts.push_back(std::move(context));
    }
}

// Two sentences are about the same matter when they share two content words besides the
// subject and, if both are dated, a date, and if both name a period, a period.
bool FactTableBuilder::sameMatter(const Context &x, const Context &y, const QString &subject)
{
    if (!x.dates.isEmpty() && !y.dates.isEmpty() && !x.dates.intersects(y.dates))
        return false;
    if (!x.periods.isEmpty() && !y.periods.isEmpty() && !x.periods.intersects(y.periods))
        return false;
    int shared = 0;
    for (const QString &w : x.words) {
        if (w != subject && y.words.contains(w) && ++shared >= 2)
            return true;
    }
    return false;
}

void FactTableBuilder::markConflicts(FactTableEntry &e, const std::vector<const Found *> &found,
                                     const std::vector<Context> &contexts)
{
    // Precise figures by document: an article that states the other's figure somewhere does not
    // contradict it.
    std::map<int, std::vector<double>> figures;
    for (const Found *x : found) {
        if (const std::optional<double> v = numericValue(x->mention.value); v && !x->mention.vague)
            figures[x->mention.doc].push_back(*v);
    }
    const auto states = [&](int doc, double v) {
        const std::vector<double> &list = figures[doc];
        return std::any_of(list.begin(), list.end(), [v](double w) { return sameNumber(v, w); });
    };
    // An article giving three figures or more for one subject tells a running count ("1,000
    // articles" in 2001, "100,000" in 2003), not one fact another article could contradict.
    const auto series = [&](int doc) {
        std::vector<double> distinct;
        for (double v : figures[doc]) {
            if (std::none_of(distinct.begin(), distinct.end(), [v](double w) { return sameNumber(v, w); }))
                distinct.push_back(v);
        }
        return distinct.size() > 2;
    };
    for (size_t i = 0; i < found.size(); ++i) {
        const FactMention &a = found[i]->mention;
        const std::optional<double> va = numericValue(a.value);
        if (a.vague || !va)
            continue;
        for (size_t j = i + 1; j < found.size(); ++j) {
            const FactMention &b = found[j]->mention;
            const std::optional<double> vb = numericValue(b.value);
            if (b.vague || !vb || a.doc == b.doc || sameNumber(*va, *vb) || states(a.doc, *vb) || states(b.doc, *va)
                || series(a.doc) || series(b.doc))
                continue;
            if (!sameMatter(contexts[size_t(found[i]->context)], contexts[size_t(found[j]->context)], found[i]->key))
                continue;
            e.status = FactTableEntry::Status::Conflict;
            e.mentions[i].conflicting = e.mentions[j].conflicting = true;
        }
    }
}

// Dates the links' own fact changes found different inside one passage: one conflict entry per
// synoptic row, naming every article whose date differs there.
void FactTableBuilder::addLinkedDateConflicts(const Comparison &c, FactTable &table)
{
    std::map<int, size_t> byRow; // row -> index into table.entries
    for (const Link &l : c.links) {
        for (const FactChange &f : l.facts) {
            if (f.kind != FactChange::Kind::Date || !isAbsoluteDate(f.values[0]) || !isAbsoluteDate(f.values[1])
                || Fact::compatibleDates(f.values[0], f.values[1]))
                continue;
            const int unit0 = unitAt(c, l.ends[0].doc, f.spans[0].start);
            const int row = unit0 >= 0 ? c.unit(l.ends[0].doc, unit0).row : -1;
            auto it = byRow.find(row);
            if (it == byRow.end()) {
                FactTableEntry e;
                e.kind = FactChange::Kind::Date;
                e.status = FactTableEntry::Status::Conflict;
                e.subject = openingWords(c.documents[size_t(l.ends[0].doc)], l.ends[0].span);
                table.entries.push_back(std::move(e));
                it = byRow.emplace(row, table.entries.size() - 1).first;
            }
            FactTableEntry &e = table.entries[it->second];
            for (size_t s = 0; s < 2; ++s) {
                const int doc = l.ends[s].doc;
                const bool known = std::any_of(e.mentions.begin(), e.mentions.end(), [&](const FactMention &m) {
                    return m.doc == doc && m.span == f.spans[s];
                });
                if (!known) {
                    e.mentions.push_back({doc, unitAt(c, doc, f.spans[s].start), f.spans[s],
                                          c.documents[size_t(doc)].slice(f.spans[s]).toString(), f.values[s], false,
                                          false, true});
                }
            }
        }
    }
}

FactTable FactTableBuilder::build(const Comparison &c) const
{
    std::vector<Found> found;
    std::vector<Context> contexts;
    for (int doc = 0; doc < int(c.documents.size()); ++doc)
        collect(c, doc, found, contexts);

    // A one-word name that is the first or last word of exactly one longer name of the set is
    // that person ("Choe" after "Foreign Minister Choe Son Hui", "Putin" after "Vladimir
    // Putin"): one subject, each mention keeping the form it was written in.
    struct FullName
    {
        QString key, subject; ///< empty when two longer names start or end with the word
    };
    QHash<QString, FullName> fullNames; // by the skeleton of the first or last word
    for (const Found &x : found) {
        const QStringList words = x.subject.split(u' ', Qt::SkipEmptyParts);
        if (x.kind != FactChange::Kind::Name || words.size() < 2)
            continue;
        for (const QString &w : {Spelling::skeleton(words.front()), Spelling::skeleton(words.back())}) {
            const auto it = fullNames.find(w);
            if (it == fullNames.end())
                fullNames.insert(w, {x.key, x.subject});
            else if (it->key != x.key)
                *it = {};
        }
    }
    for (Found &x : found) {
        if (x.kind != FactChange::Kind::Name || x.subject.contains(u' '))
            continue;
        if (const auto it = fullNames.constFind(x.key); it != fullNames.cend() && !it->key.isEmpty()) {
            x.key = it->key;
            x.subject = it->subject;
        }
    }

    // Group by kind and subject, keeping the order of first mention.
    QHash<QString, size_t> groupOf;
    std::vector<std::vector<const Found *>> groups;
    for (const Found &x : found) {
        const QString key = QString::number(int(x.kind)) + u'\x1f' + x.key;
        const auto it = groupOf.constFind(key);
        if (it == groupOf.cend()) {
            groupOf.insert(key, groups.size());
            groups.push_back({&x});
        } else {
            groups[*it].push_back(&x);
        }
    }

    FactTable table;
    for (const std::vector<const Found *> &group : groups) {
        FactTableEntry e;
        e.kind = group.front()->kind;
        e.subject = group.front()->subject;
        for (const Found *x : group)
            e.mentions.push_back(x->mention);
        if (e.kind == FactChange::Kind::Number)
            markConflicts(e, group, contexts);
        if (e.status == FactTableEntry::Status::Conflict || e.articles().size() >= 2)
            table.entries.push_back(std::move(e));
        else
            ++table.singleArticleSubjects;
    }
    addLinkedDateConflicts(c, table);

    for (FactTableEntry &e : table.entries) {
        std::stable_sort(e.mentions.begin(), e.mentions.end(), [](const FactMention &x, const FactMention &y) {
            return x.doc != y.doc ? x.doc < y.doc : x.span.start < y.span.start;
        });
    }
    std::stable_sort(table.entries.begin(), table.entries.end(), [](const FactTableEntry &x, const FactTableEntry &y) {
        if (x.status != y.status)
            return x.status == FactTableEntry::Status::Conflict;
        return x.articles().size() > y.articles().size();
    });
    return table;
}
