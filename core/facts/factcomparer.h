#pragma once

#include "core/facts/fact.h"
#include "core/facts/factlexicon.h"
#include "core/facts/factpassage.h"
#include "core/facts/factpassagelist.h"

#include <array>
#include <optional>
#include <vector>

/// Compares the facts of a link's two passages, edit by edit: a fact of one side that an edit
/// touches and the other passage does not state is changed; the changed facts of both sides
/// are paired by kind in text order ("12,000" against "10,000"). Names the other side only
/// describes, or that are one word among many of a rewritten clause, are left out; people
/// swapped across edits are reported once.
class FactComparer
{
public:
    /// Keeps references to both passages and lexicons (indexed by side, like Link::ends).
    /// `alsoLinked` (may be null): by side, further passages of that side linked to the other side's passage
    /// (FactDetector::detect); what they state counts as stated by that side. `neighbours` (may
    /// be null): by side, the passages next to that side's passage; a fact other than a number
    /// they state counts as stated too.
    FactComparer(const std::array<FactPassage, 2> &passages, std::array<const FactLexicon *, 2> lexicons,
                 const std::array<FactPassageList, 2> *alsoLinked = nullptr,
                 const std::array<FactPassageList, 2> *neighbours = nullptr);

    /// The changed facts of the edits (a link's word diff of the two passages), quotations
    /// aside, in the order of the edits.
    std::vector<FactChange> compare(const std::vector<WordEdit> &edits) const;

private:
    using BySide = std::array<std::vector<Fact>, 2>;

    BySide changedFacts(const WordEdit &e, BySide &people) const;
    bool hasCapitalisedWord(size_t side, const TextSpan &span) const;
    void dropDescribedNames(const WordEdit &e, BySide &changed) const;
    void dropIncidentalNames(const WordEdit &e, BySide &changed) const;
    void pairByKind(const BySide &changed, std::vector<FactChange> &out) const;
    static void addSwappedPeople(const BySide &people, std::vector<FactChange> &out);

    static bool present(const Fact &f, const FactPassage &mine, const FactPassage &other, const FactLexicon &lex);
    static bool unreadNumber(const std::vector<FactToken> &t, size_t k, const FactLexicon &lex, const QString &value);
    static bool sameDayUnknown(const QString &a, const QString &b);
    static bool namePresent(const QString &value, const FactPassage &other);
    static bool acronymPresent(const Fact &f, const FactPassage &mine, const FactPassage &other);
    static bool isAcronym(const FactPassage &p, size_t i);
    static std::optional<size_t> designationWord(const Fact &f, const FactPassage &p);
    static bool designationUnnumbered(const Fact &f, const FactPassage &mine, const FactPassage &other);
    static bool designationPresent(const Fact &f, const FactPassage &mine, const FactPassage &other);
    static bool yearInDesignation(const Fact &f, const FactPassage &other);
    static bool spells(QStringView acronym, const std::vector<FactToken> &t, size_t i, size_t end, int words);
    static const Fact *sameValueOtherQualifier(const Fact &f, const FactPassage &other);

    bool statedByOtherSide(const Fact &f, size_t side) const;

    const std::array<FactPassage, 2> &m_passages;
    std::array<const FactLexicon *, 2> m_lexicons;
    const std::array<FactPassageList, 2> *m_alsoLinked;
    const std::array<FactPassageList, 2> *m_neighbours;
};
