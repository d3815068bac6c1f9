#include "core/align/unittable.h"

#include "core/text/stemmer.h"
#include "core/text/normalizer.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

int Vocabulary::id(const QString &form)
{
    return m_ids.try_emplace(form, int(m_ids.size())).first->second;
}

namespace {

// The word's form under the options. Documents store the default fold (case folded, quotes and
// dashes folded); other options need the original text again.
QString keyForm(const Document &doc, const Word &w, const AlignOptions &o, const Normalizer &custom, bool useStored)
{
    QString form = useStored ? w.norm : custom.normalize(doc.slice(w.span));
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
};

// The key of every word of doc, -1 for words that do not take part.
std::vector<int> keyWords(const Document &doc, const AlignOptions &options, const Normalizer &normalizer, bool useStored,
                          Keying &k)
{
    std::vector<int> wordKeys(doc.words.size(), -1);
    for (size_t wi = 0; wi < doc.words.size(); ++wi) {
        const Word &w = doc.words[wi];
        if (w.kind == WordKind::Symbol && options.ignorePunctuation)
            continue;
        const int key = useStored && !options.ignoreDigits ? k.keys.id(w.norm)
                                                           : k.keys.id(keyForm(doc, w, options, normalizer, useStored));
        wordKeys[wi] = key;
        if (size_t(key) >= k.stemOfKey.size()) {
            // First sight of this form: work out once what it stems to and whether it is a
            // function word.
            int stem = -1;
            const bool stop = w.kind == WordKind::Symbol || Stemmer::isStopWord(w.norm);
            if (w.kind != WordKind::Symbol) {
                stem = k.stems.id(Stemmer::stem(keyForm(doc, w, options, normalizer, useStored).toLower()));
                if (size_t(stem) >= k.stopStem.size())
                    k.stopStem.resize(size_t(stem) + 1, false);
                k.stopStem[size_t(stem)] = k.stopStem[size_t(stem)] || stop;
            }
            k.stemOfKey.push_back(stem);
            k.weakKey.push_back(stop);
        }
    }
    return wordKeys;
}

AlignUnit makeUnit(const Document &doc, const std::vector<int> &wordKeys, const std::vector<int> &stemOfKey,
                   TextSpan span, int firstWord, int wordEnd, bool furniture, int paragraph)
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
    // FNV-1a over the word keys, in size_t arithmetic throughout.
    constexpr size_t fnvOffset = size_t{1469598103934665603u}, fnvPrime = size_t{1099511628211u};
    size_t h = fnvOffset;
    for (int wi = firstWord; wi < wordEnd; ++wi) {
        const int key = wordKeys[size_t(wi)];
        if (key < 0)
            continue;
        u.keys.push_back(key);
        h = (h ^ size_t(key)) * fnvPrime;
        const int stem = stemOfKey[size_t(key)];
        if (stem >= 0) {
            u.stems.push_back(stem);
            ++u.wordCount;
        }
    }
    u.exactHash = h;
    std::sort(u.stems.begin(), u.stems.end());
    u.stems.erase(std::unique(u.stems.begin(), u.stems.end()), u.stems.end());
    return u;
}

std::vector<AlignUnit> makeUnits(const Document &doc, Granularity granularity, const std::vector<int> &wordKeys,
                                 const std::vector<int> &stemOfKey)
{
    std::vector<AlignUnit> units;
    if (granularity == Granularity::Sentence) {
        for (const Sentence &s : doc.sentences)
            units.push_back(makeUnit(doc, wordKeys, stemOfKey, s.span, s.firstWord, s.firstWord + s.wordCount,
                                     s.furniture, s.paragraph));
    } else {
        for (size_t pi = 0; pi < doc.paragraphs.size(); ++pi) {
            const Paragraph &p = doc.paragraphs[pi];
            if (p.sentenceCount == 0)
                continue;
            const Sentence &first = doc.sentences[size_t(p.firstSentence)];
            const Sentence &last = doc.sentences[size_t(p.firstSentence + p.sentenceCount - 1)];
            units.push_back(makeUnit(doc, wordKeys, stemOfKey, p.span, first.firstWord, last.firstWord + last.wordCount,
                                     p.furniture, int(pi)));
        }
    }
    return units;
}

// Inverse document frequency within each document, averaged over the documents that have
// the stem. Counting across documents would punish exactly the words two versions share;
// within a document it tells a word used everywhere from a word that picks out one passage.
// Furniture does not count.
std::vector<double> stemWeights(const std::vector<std::vector<AlignUnit>> &allUnits, const Keying &k,
                                const AlignOptions &options)
{
    std::vector<double> weights(size_t(k.stems.size()), 0.0);
    std::vector<int> presentIn(size_t(k.stems.size()), 0);
    std::vector<int> df(size_t(k.stems.size()), 0);
    for (const auto &docUnits : allUnits) {
        std::fill(df.begin(), df.end(), 0);
        int unitCount = 0;
        for (const AlignUnit &u : docUnits) {
            if (u.furniture && options.ignoreFurniture)
                continue;
            ++unitCount;
            for (int s : u.stems)
                ++df[size_t(s)];
        }
        for (size_t s = 0; s < df.size(); ++s) {
            if (df[s] == 0)
                continue;
            weights[s] += std::log(1.0 + double(unitCount) / df[s]);
            ++presentIn[s];
        }
    }
    for (size_t s = 0; s < weights.size(); ++s) {
        if (presentIn[s] > 0)
            weights[s] /= presentIn[s];
    }
    // Stop words look rare in a short comparison's statistics but never carry the meaning.
    for (size_t st = 0; st < weights.size(); ++st) {
        if (k.stopStem[st])
            weights[st] *= 0.2;
    }
    return weights;
}

} // namespace

UnitTable::UnitTable(const std::vector<Document> &docs, const AlignOptions &options, Granularity granularity)
{
    Normalizer::Options no;
    no.foldCase = options.ignoreCase;
    no.stripDiacritics = options.ignoreDiacritics;
    const Normalizer normalizer(no);
    const bool useStored = options.ignoreCase && !options.ignoreDiacritics;

    Keying k;
    m_units.resize(docs.size());
    m_wordKeys.resize(docs.size());
    for (size_t d = 0; d < docs.size(); ++d) {
        m_wordKeys[d] = keyWords(docs[d], options, normalizer, useStored, k);
        m_units[d] = makeUnits(docs[d], granularity, m_wordKeys[d], k.stemOfKey);
    }
    m_weights = stemWeights(m_units, k, options);
    m_weakKey = std::move(k.weakKey);
}

double UnitTable::weight(const std::vector<int> &stems) const
{
    double w = 0;
    for (int s : stems)
        w += m_weights[size_t(s)];
    return w;
}

double UnitTable::sharedWeight(const std::vector<int> &a, const std::vector<int> &b) const
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
