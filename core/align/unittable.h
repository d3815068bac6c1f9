#pragma once

#include "core/model/alignoptions.h"
#include "core/model/comparison.h"
#include "core/model/document.h"
#include "core/text/formtable.h"

#include <QString>

#include <span>
#include <vector>

/// Integer ids for word forms, shared by all documents of one comparison, so the matcher
/// compares ints instead of strings.
class Vocabulary
{
public:
    int id(const QString &form);
    /// The id of a form already seen, -1 otherwise.
    int find(const QString &form) const;
    int size() const { return int(m_ids.size()); }
    /// Every form by id.
    const std::vector<QString> &forms() const { return m_ids.forms(); }

private:
    FormTable m_ids;
};

/// One alignment unit (a sentence or a paragraph) prepared for matching. Its lists point into
/// the UnitTable that made it.
struct AlignUnit
{
    TextSpan span;
    int firstWord = 0; ///< index into Document::words
    int wordEnd = 0;   ///< one past the last word
    bool furniture = false;
    /// A heading or the document's title line: it sums up rather than tells, so its position
    /// says little about what it corresponds to.
    bool heading = false;
    int paragraph = -1;
    /// Word keys in order, for exact matching and word diffs: normalised under the options,
    /// symbols included unless punctuation is ignored.
    std::span<const int> keys;
    /// Content stems, sorted and unique: what similarity is computed on.
    std::span<const int> stems;
    /// Stems of names in the unit (words the compared documents only write capitalised), sorted
    /// and unique: a value in a slot that two reports of different events fill differently.
    std::span<const int> names;
    /// Stems of the acronyms the unit spells out ("European Central Bank": "ecb"), sorted and
    /// unique: a name "ECB" on the other side is not a different one.
    std::span<const int> acronyms;
    /// Stems of the numbers in the unit (digits without separators), sorted and unique.
    std::span<const int> numbers;
    /// Hash of `keys`, to find identical units fast.
    size_t exactHash = 0;
    /// Letter/number/ideograph words in the unit.
    int wordCount = 0;
};

/// The units of every document of a comparison with the term weights they are scored with.
class UnitTable
{
public:
    UnitTable(const std::vector<Document> &docs, const AlignOptions &options, Granularity granularity);
    // Units point into the table's pools.
    UnitTable(const UnitTable &) = delete;
    UnitTable &operator=(const UnitTable &) = delete;

    /// The documents' indices in a canonical order that depends on their contents only (then on
    /// their paths), so that results do not depend on the order the articles were given in.
    static std::vector<int> canonicalOrder(const std::vector<Document> &docs);
    /// The language document `doc` is read in, as language() gives it once the table is built.
    static QString readingLanguage(const std::vector<Document> &docs, int doc, const AlignOptions &options);

    const std::vector<AlignUnit> &units(int doc) const { return m_units[size_t(doc)]; }
    /// Position of a document in the canonical order.
    int rank(int doc) const { return m_rank[size_t(doc)]; }
    /// The language a document was read in (BCP-47; options.language, else options.languages'
    /// entry for it, else its own, else the language most of the other documents have, else
    /// English).
    const QString &language(int doc) const { return m_languages[size_t(doc)]; }
    int documentCount() const { return int(m_units.size()); }
    /// Inverse document frequency of a stem over all units, scaled down for stop words.
    double weight(int stem) const { return m_weights[size_t(stem)]; }
    int stemCount() const { return int(m_weights.size()); }
    /// Sum of the weights of a sorted, unique stem list.
    double weight(std::span<const int> stems) const;
    /// Sum of the weights of the stems two sorted lists share.
    double sharedWeight(std::span<const int> a, std::span<const int> b) const;
    /// Key of a word of a document under the options (for word diffs).
    int wordKey(int doc, int word) const { return m_wordKeys[size_t(doc)][size_t(word)]; }
    /// Whether a word counts in diffs (symbols drop out when punctuation is ignored).
    bool wordCounts(int doc, int word) const { return m_wordKeys[size_t(doc)][size_t(word)] >= 0; }
    /// Whether a word says little on its own: a function word or a symbol.
    bool isWeak(int doc, int word) const
    {
        const int key = m_wordKeys[size_t(doc)][size_t(word)];
        return key < 0 || m_weakKey[size_t(key)];
    }

private:
    std::vector<std::vector<AlignUnit>> m_units;
    std::vector<std::vector<int>> m_pools; ///< by document: its units' lists back to back
    std::vector<int> m_rank;             ///< by document
    std::vector<QString> m_languages;    ///< by document
    std::vector<std::vector<int>> m_wordKeys; ///< -1 for words that do not take part
    std::vector<double> m_weights;            ///< by stem id
    std::vector<bool> m_weakKey;              ///< by key id
};
