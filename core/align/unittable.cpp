#include "core/align/unittable.h"

#include "core/align/stemfamilies.h"
#include "core/text/functionwords.h"
#include "core/text/normalizer.h"
#include "core/text/stemmer.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <unordered_map>

using namespace Qt::StringLiterals;

int Vocabulary::id(const QString &form)
{
    return m_ids.add(form);
}

int Vocabulary::find(const QString &form) const
{
    return m_ids.find(form);
}

namespace {

// The word's form under the options. Documents store the default fold (case folded, quotes and
// dashes folded); other options need the original text again.
QString keyForm(const Document &doc, const Word &w, const AlignOptions &o, const Normalizer &custom, bool useStored)
{
    QString form = useStored ? doc.norm(w) : custom.normalize(doc.slice(w.span));
    if (o.ignoreDigits) {
        for (QChar &c : form) {
            if (c.isDigit())
                c = u'0';
        }
    }
    return form;
}

// Keys and stems handed out while the words of all documents are read, shared by all of them.
struct Keying
{
    Vocabulary keys;
    Vocabulary stems;
    std::vector<int> stemOfKey; ///< by key id, -1 for keys that carry no content
    std::vector<bool> stopStem; ///< by stem id
    std::vector<bool> weakKey;  ///< by key id
    std::vector<bool> capitalStem; ///< by stem id: written with a capital initial somewhere
    std::vector<bool> lowerStem;   ///< by stem id: written in lower case somewhere
    std::vector<bool> letterStem;  ///< by stem id: the stem of a word of letters
};

// What one document's words are read with: its language's stemmer and function words.
struct LanguageTools
{
    Stemmer stemmer;
    const QSet<QString> &functionWords;
};

void markCase(Keying &k, int stem, QStringView original)
{
    if (size_t(stem) >= k.capitalStem.size()) {
        k.capitalStem.resize(size_t(stem) + 1, false);
        k.lowerStem.resize(size_t(stem) + 1, false);
    }
    if (original.isEmpty())
        return;
    if (original.front().isUpper())
        k.capitalStem[size_t(stem)] = true;
    else if (original.front().isLower())
        k.lowerStem[size_t(stem)] = true;
}

// A number's content term: its digits and letters without separators, so "6,8" and "6.8",
// "1.200" and "1,200" (decimal and thousands marks differ between languages) are one term. The
// word's key keeps the marks: a changed separator is still an edit.
QString numberTerm(const QString &form)
{
    QString out;
    out.reserve(form.size());
    for (QChar c : form) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out.isEmpty() ? form : out;
}

// The key of every word of doc, -1 for words that do not take part.
std::vector<int> keyWords(const Document &doc, const AlignOptions &options, const Normalizer &normalizer, bool useStored,
                          const LanguageTools &tools, Keying &k)
{
    std::vector<int> wordKeys(doc.words.size(), -1);
    std::vector<int> keyOfForm(doc.norms.size(), -1);
    for (size_t wi = 0; wi < doc.words.size(); ++wi) {
        const Word &w = doc.words[wi];
        if (w.kind == WordKind::Symbol && options.ignorePunctuation)
            continue;
        int key = -1;
        if (useStored && !options.ignoreDigits) {
            // The key is the stored form's: looked up once per form of the document.
            int &known = keyOfForm[size_t(w.norm)];
            if (known < 0)
                known = k.keys.id(doc.norm(w));
            key = known;
        } else {
            key = k.keys.id(keyForm(doc, w, options, normalizer, useStored));
        }
        wordKeys[wi] = key;
        if (size_t(key) >= k.stemOfKey.size()) {
            // First sight of this form: work out once what it stems to and whether it is a
            // function word (by the language of the document it is first seen in).
            int stem = -1;
            const bool stop = w.kind == WordKind::Symbol || tools.functionWords.contains(doc.norm(w));
            if (w.kind != WordKind::Symbol) {
                stem = k.stems.id(w.kind == WordKind::Number
                                      ? numberTerm(keyForm(doc, w, options, normalizer, useStored))
                                      : tools.stemmer.stem(keyForm(doc, w, options, normalizer, useStored).toLower()));
                if (size_t(stem) >= k.stopStem.size()) {
                    k.stopStem.resize(size_t(stem) + 1, false);
                    k.letterStem.resize(size_t(stem) + 1, false);
                }
                k.stopStem[size_t(stem)] = k.stopStem[size_t(stem)] || stop;
                k.letterStem[size_t(stem)] = k.letterStem[size_t(stem)] || w.kind == WordKind::Letter;
            }
            k.stemOfKey.push_back(stem);
            k.weakKey.push_back(stop);
        }
        if (w.kind == WordKind::Letter)
            markCase(k, k.stemOfKey[size_t(key)], doc.slice(w.span));
    }
    return wordKeys;
}

// Joins each stem to its family (StemFamilies): keys take the family's stem, which is stop, capital
// or lower case when any member is. Function words and numbers stay on their own: "sobre" is not
// the beginning of "sobrevivente".
void joinStemFamilies(Keying &k)
{
    std::vector<bool> content(k.letterStem.size());
    for (size_t s = 0; s < content.size(); ++s)
        content[s] = k.letterStem[s] && !k.stopStem[s];
    const StemFamilies families(k.stems.forms(), content);
    for (int &stem : k.stemOfKey) {
        if (stem >= 0)
            stem = families.of(stem);
    }
    for (size_t s = 0; s < content.size(); ++s) {
        const size_t f = size_t(families.of(int(s)));
        if (f == s)
            continue;
        k.capitalStem[f] = k.capitalStem[f] || k.capitalStem[s];
        k.lowerStem[f] = k.lowerStem[f] || k.lowerStem[s];
    }
}

// Stems that are names: letter words the compared documents only ever write with a capital
// initial ("Italy", "Interfax"), not function words. Sentence-initial words of ordinary
// vocabulary are excluded as soon as any document writes them in lower case.
std::vector<bool> nameStems(const Keying &k)
{
    std::vector<bool> names(size_t(k.stems.size()), false);
    for (size_t s = 0; s < names.size() && s < k.capitalStem.size(); ++s)
        names[s] = k.capitalStem[s] && !k.lowerStem[s] && !k.stopStem[s];
    return names;
}

// Word facts every unit is read with: the stem of each key and which stems are names.
struct UnitKeys
{
    const std::vector<int> &wordKeys;
    const std::vector<int> &stemOfKey;
    const std::vector<bool> &nameStem;
    const Vocabulary &stems;
};

// The acronyms a unit spells out: the initials of every run of two to six consecutive
// capitalised words ("European Central Bank" -> "ecb"), as stems, when some document uses them.
std::vector<int> spelledAcronyms(const Document &doc, int firstWord, int wordEnd, const Vocabulary &stems)
{
    std::vector<int> out;
    QString run; // initials of the current run of capitalised words, case-folded
    auto flush = [&] {
        for (qsizetype from = 0; from + 1 < run.size(); ++from) {
            for (qsizetype len = 2; len <= 6 && from + len <= run.size(); ++len) {
                const int id = stems.find(run.mid(from, len));
                if (id >= 0)
                    out.push_back(id);
            }
        }
        run.clear();
    };
    for (int wi = firstWord; wi < wordEnd; ++wi) {
        const Word &w = doc.words[size_t(wi)];
        const QStringView original = doc.slice(w.span);
        if (w.kind == WordKind::Letter && !original.isEmpty() && original.front().isUpper())
            run.append(original.front().toLower());
        else
            flush();
    }
    flush();
    return out;
}

void sortUnique(std::vector<int> &v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

// Where a unit's lists lie in its document's pool, until the pool stops growing.
struct UnitLists
{
    size_t keys = 0, stems = 0, names = 0, acronyms = 0, numbers = 0, end = 0;
};

// The lists of one unit, built in scratch vectors and appended to the pool.
class UnitListBuilder
{
public:
    UnitListBuilder(const Document &doc, const UnitKeys &uk, std::vector<int> &pool) : m_doc(doc), m_uk(uk), m_pool(pool) {}

    UnitLists build(AlignUnit &u)
    {
        m_keys.clear();
        m_stems.clear();
        m_names.clear();
        m_numbers.clear();
        // FNV-1a over the word keys, in size_t arithmetic throughout.
        constexpr size_t fnvOffset = size_t{1469598103934665603u}, fnvPrime = size_t{1099511628211u};
        size_t h = fnvOffset;
        for (int wi = u.firstWord; wi < u.wordEnd; ++wi) {
            const int key = m_uk.wordKeys[size_t(wi)];
            if (key < 0)
                continue;
            m_keys.push_back(key);
            h = (h ^ size_t(key)) * fnvPrime;
            const int stem = m_uk.stemOfKey[size_t(key)];
            if (stem >= 0) {
                m_stems.push_back(stem);
                ++u.wordCount;
                if (m_uk.nameStem[size_t(stem)])
                    m_names.push_back(stem);
                else if (m_doc.words[size_t(wi)].kind == WordKind::Number)
                    m_numbers.push_back(stem);
            }
        }
        u.exactHash = h;
        std::vector<int> acronyms = spelledAcronyms(m_doc, u.firstWord, u.wordEnd, m_uk.stems);
        sortUnique(acronyms);
        sortUnique(m_stems);
        sortUnique(m_names);
        sortUnique(m_numbers);
        UnitLists at;
        at.keys = append(m_keys);
        at.stems = append(m_stems);
        at.names = append(m_names);
        at.acronyms = append(acronyms);
        at.numbers = append(m_numbers);
        at.end = m_pool.size();
        return at;
    }

private:
    size_t append(const std::vector<int> &list)
    {
        const size_t at = m_pool.size();
        m_pool.insert(m_pool.end(), list.begin(), list.end());
        return at;
    }

    const Document &m_doc;
    const UnitKeys &m_uk;
    std::vector<int> &m_pool;
    std::vector<int> m_keys, m_stems, m_names, m_numbers;
};

AlignUnit unitFrame(const Document &doc, TextSpan span, int firstWord, int wordEnd, bool furniture, int paragraph)
{
    AlignUnit u;
    u.span = span;
    u.firstWord = firstWord;
    u.wordEnd = wordEnd;
    u.furniture = furniture;
    u.paragraph = paragraph;
    if (paragraph >= 0) {
        const Paragraph &p = doc.paragraphs[size_t(paragraph)];
        u.heading = p.kind == BlockKind::Heading || doc.slice(p.span) == doc.title;
    }
    return u;
}

// The units of a document; their lists point into `pool`, which holds them all back to back:
// a book has a hundred thousand units, and five small vectors of their own each cost more in
// headers and allocator overhead than the numbers they held.
std::vector<AlignUnit> makeUnits(const Document &doc, Granularity granularity, const UnitKeys &uk, std::vector<int> &pool)
{
    std::vector<AlignUnit> units;
    units.reserve(granularity == Granularity::Sentence ? doc.sentences.size() : doc.paragraphs.size());
    if (granularity == Granularity::Sentence) {
        for (const Sentence &s : doc.sentences)
            units.push_back(unitFrame(doc, s.span, s.firstWord, s.firstWord + s.wordCount, s.furniture, s.paragraph));
    } else {
        for (size_t pi = 0; pi < doc.paragraphs.size(); ++pi) {
            const Paragraph &p = doc.paragraphs[pi];
            if (p.sentenceCount == 0)
                continue;
            const Sentence &first = doc.sentences[size_t(p.firstSentence)];
            const Sentence &last = doc.sentences[size_t(p.firstSentence + p.sentenceCount - 1)];
            units.push_back(unitFrame(doc, p.span, first.firstWord, last.firstWord + last.wordCount, p.furniture, int(pi)));
        }
    }
    // Keys are the largest list and at most one a word: reserving for them and as many again
    // spares most of the pool's regrowth.
    pool.reserve(doc.words.size() * 2);
    UnitListBuilder builder(doc, uk, pool);
    std::vector<UnitLists> at;
    at.reserve(units.size());
    for (AlignUnit &u : units)
        at.push_back(builder.build(u));
    pool.shrink_to_fit();
    const int *base = pool.data();
    for (size_t i = 0; i < units.size(); ++i) {
        const UnitLists &l = at[i];
        units[i].keys = {base + l.keys, base + l.stems};
        units[i].stems = {base + l.stems, base + l.names};
        units[i].names = {base + l.names, base + l.acronyms};
        units[i].acronyms = {base + l.acronyms, base + l.numbers};
        units[i].numbers = {base + l.numbers, base + l.end};
    }
    return units;
}

// Inverse document frequency over the units of all documents together: how informative a
// shared word is across the compared set. A word two versions share is counted once in each,
// which costs it little; a word every unit of every article uses ("Moscou" in reports on a
// Moscow explosion) says nothing about which passages correspond. Counts are integers, so the
// weights do not depend on the order of the documents. Furniture does not count.
std::vector<double> stemWeights(const std::vector<std::vector<AlignUnit>> &allUnits, const Keying &k,
                                const AlignOptions &options)
{
    std::vector<int> df(size_t(k.stems.size()), 0);
    int unitCount = 0;
    for (const auto &docUnits : allUnits) {
        for (const AlignUnit &u : docUnits) {
            if (u.furniture && options.ignoreFurniture)
                continue;
            ++unitCount;
            for (int s : u.stems)
                ++df[size_t(s)];
        }
    }
    std::vector<double> weights(df.size(), 0.0);
    for (size_t s = 0; s < df.size(); ++s) {
        weights[s] = df[s] > 0 ? std::log(1.0 + double(unitCount) / df[s]) : 0.0;
        // Function words look rare in a short comparison's statistics but never carry the
        // meaning.
        if (k.stopStem[s])
            weights[s] *= 0.2;
    }
    return weights;
}

} // namespace

namespace {

// The language a document is said to be in: chosen for it in the options, else identified.
QString ownLanguage(const std::vector<Document> &docs, int d, const AlignOptions &options)
{
    if (size_t(d) < options.languages.size() && !options.languages[size_t(d)].isEmpty())
        return options.languages[size_t(d)];
    return docs[size_t(d)].language;
}

} // namespace

// A document too short to identify ("SHORT" for the classifier) is most likely in the language
// of the articles it is compared with; with none identified, English.
QString UnitTable::readingLanguage(const std::vector<Document> &docs, int d, const AlignOptions &options)
{
    if (!options.language.isEmpty())
        return options.language;
    if (const QString own = ownLanguage(docs, d, options); !own.isEmpty())
        return own;
    std::map<QString, int> counts;
    for (int other = 0; other < int(docs.size()); ++other) {
        if (const QString language = ownLanguage(docs, other, options); !language.isEmpty())
            ++counts[language];
    }
    QString best = u"en"_s;
    int most = 0;
    for (const auto &[language, n] : counts) {
        if (n > most) {
            best = language;
            most = n;
        }
    }
    return best;
}

std::vector<int> UnitTable::canonicalOrder(const std::vector<Document> &docs)
{
    std::vector<QByteArray> digests(docs.size());
    for (size_t d = 0; d < docs.size(); ++d)
        digests[d] = QCryptographicHash::hash(docs[d].text.toUtf8(), QCryptographicHash::Sha1);
    std::vector<int> order(docs.size());
    for (size_t d = 0; d < order.size(); ++d)
        order[d] = int(d);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        return digests[size_t(x)] != digests[size_t(y)] ? digests[size_t(x)] < digests[size_t(y)]
                                                        : docs[size_t(x)].path < docs[size_t(y)].path;
    });
    return order;
}

UnitTable::UnitTable(const std::vector<Document> &docs, const AlignOptions &options, Granularity granularity)
{
    Normalizer::Options no;
    no.foldCase = options.ignoreCase;
    no.stripDiacritics = options.ignoreDiacritics;
    const Normalizer normalizer(no);
    const bool useStored = options.ignoreCase && !options.ignoreDiacritics;

    // Words are keyed in a canonical order of the documents (by content), so ids, and with them
    // every tie the matcher breaks by id, do not depend on the order the articles were given in.
    const std::vector<int> order = canonicalOrder(docs);
    m_rank.resize(docs.size());
    for (size_t r = 0; r < order.size(); ++r)
        m_rank[size_t(order[r])] = int(r);
    Keying k;
    m_units.resize(docs.size());
    m_wordKeys.resize(docs.size());
    m_languages.resize(docs.size());
    // One stemmer per language, made when a document first needs it.
    std::unordered_map<QString, std::unique_ptr<LanguageTools>> tools;
    for (int d : order) {
        const Document &doc = docs[size_t(d)];
        const QString language = readingLanguage(docs, d, options);
        m_languages[size_t(d)] = language;
        auto &t = tools[language];
        if (!t)
            t = std::make_unique<LanguageTools>(LanguageTools{Stemmer(language), FunctionWords::of(language)});
        m_wordKeys[size_t(d)] = keyWords(doc, options, normalizer, useStored, *t, k);
    }
    k.capitalStem.resize(size_t(k.stems.size()), false);
    k.lowerStem.resize(size_t(k.stems.size()), false);
    k.stopStem.resize(size_t(k.stems.size()), false);
    k.letterStem.resize(size_t(k.stems.size()), false);
    joinStemFamilies(k);
    const std::vector<bool> names = nameStems(k);
    m_pools.resize(docs.size());
    for (size_t d = 0; d < docs.size(); ++d)
        m_units[d] = makeUnits(docs[d], granularity, UnitKeys{m_wordKeys[d], k.stemOfKey, names, k.stems}, m_pools[d]);
    m_weights = stemWeights(m_units, k, options);
    m_weakKey = std::move(k.weakKey);
}

double UnitTable::weight(std::span<const int> stems) const
{
    double w = 0;
    for (int s : stems)
        w += m_weights[size_t(s)];
    return w;
}

double UnitTable::sharedWeight(std::span<const int> a, std::span<const int> b) const
{
    double w = 0;
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j]) {
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            w += m_weights[size_t(a[i])];
            ++i;
            ++j;
        }
    }
    return w;
}
