#pragma once

#include "core/model/comparison.h"
#include "core/align/unittable.h"

#include <vector>

/// Finds the corresponding passages of two documents.
///
/// 1. Candidates come from an inverted index of content stems (stems shared by too many units
///    are skipped), so work grows with the text, not with the square of its sentence count;
///    identical units are found by hash and paired in order.
/// 2. Candidates are taken best first (weighted Dice similarity, with a bonus when their
///    neighbours correspond too), one to one.
/// 3. A unit next to a linked one joins that link when it is mostly contained in the other side
///    and makes the link more similar: that is a split or a merge.
/// 4. A unit mostly quoted inside an already linked unit gets a link of its own.
/// 5. Links outside the heaviest chain in common order are marked moved; when the documents
///    mostly keep one order, weak or tiny moves are dropped, and free units paired by position
///    between consecutive links in order fill the gaps.
///
/// Manual constraints take part from the start: a manual link is a link before any candidate is
/// taken, its units offer no other candidate and it anchors the common order (steps 2 to 5 work
/// around it); a manual unlink removes the candidates it forbids, so those units find their
/// counterparts elsewhere or stay unique.
class PairMatcher
{
public:
    struct Result
    {
        UnitRange a;
        UnitRange b;
        double similarity = 0;
        bool exact = false; ///< identical keys once normalised
        bool moved = false;
        bool manual = false; ///< a Constraint's link, not found by matching
    };

    /// A manual link (`linked`) or unlink between units of the two documents matched. Links given
    /// together must not share units; ConstraintResolver sees to it.
    struct Constraint
    {
        UnitRange a;
        UnitRange b;
        bool linked = true;
    };

    PairMatcher(const UnitTable &table, const AlignOptions &options) : m_table(table), m_options(options) { }

    std::vector<Result> match(int docA, int docB, const std::vector<Constraint> &constraints = {}) const;

    /// Weighted Dice similarity of two unit ranges of two documents.
    double similarity(int docA, const UnitRange &a, int docB, const UnitRange &b) const;

private:
    struct Candidate; ///< two units that might correspond, with their scores (pairmatcher.cpp)

    bool usable(const AlignUnit &unit) const;
    Candidate candidate(int docA, int a, int docB, int b, double weightA, double weightB, bool exact) const;
    // 1. Candidates: identical units by hash, then units sharing rare stems; one per pair.
    std::vector<Candidate> findCandidates(int docA, int docB) const;
    void addIdenticalCandidates(int docA, int docB, const std::vector<double> &weightA,
                                const std::vector<double> &weightB, std::vector<Candidate> &candidates,
                                std::vector<bool> &hasExact) const;
    void addSharedStemCandidates(int docA, int docB, const std::vector<double> &weightA,
                                 const std::vector<double> &weightB, std::vector<Candidate> &candidates,
                                 const std::vector<bool> &hasExact) const;
    // 2. Scores with the neighbours' bonus, then pairs best first (calling 3 and 4).
    static void rankCandidates(std::vector<Candidate> &candidates, int na, int nb);
    std::vector<Result> pairBestFirst(const std::vector<Candidate> &candidates, std::vector<Result> links, int docA,
                                      int docB) const;
    // Manual links as results, and the candidates no constraint forbids.
    std::vector<Result> manualResults(const std::vector<Constraint> &constraints, int docA, int docB) const;
    static void dropForbidden(std::vector<Candidate> &candidates, const std::vector<Constraint> &constraints);
    bool acceptable(const Candidate &c, int docA, int docB) const;
    // 3. A free unit next to a link joins it when that makes the link more similar.
    bool extendLink(Result &link, bool sideA, int unit, int docA, int docB) const;
    // 4. A free unit mostly quoted in a linked unit away from its link gets a link of its own.
    bool isQuotation(const Candidate &c, bool sideA, int docA, int docB) const;
    // 5. Moves, weak moves dropped, gaps in the common order filled.
    void settleMoves(std::vector<Result> &links, int docA, int docB) const;
    void fillGapPairs(std::vector<Result> &links, const std::vector<Candidate> &candidates, int docA, int docB) const;
    // 6. A linked unit that also tells what another passage tells gets a second link.
    void addSecondaryLinks(std::vector<Result> &links, const std::vector<Candidate> &candidates, int docA,
                           int docB) const;

    const UnitTable &m_table;
    AlignOptions m_options;
};
