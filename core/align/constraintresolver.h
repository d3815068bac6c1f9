#pragma once

#include "core/align/pairmatcher.h"
#include "core/align/unittable.h"
#include "core/model/alignoptions.h"
#include "core/model/document.h"
#include "core/model/linkconstraint.h"

#include <optional>
#include <vector>

/// AlignOptions::manualLinks mapped onto the units the alignment uses, which depend on the
/// granularity: each anchor becomes the run of units its code points overlap. A constraint that
/// cannot be mapped, or that contradicts one kept before it in the list (both linked to other
/// passages, or linked and kept apart) at these units, is left out and said why: the engine
/// aligns anyway, and the caller decides whether that is an error (the CLI) or a notice.
class ConstraintResolver
{
public:
    ConstraintResolver(const std::vector<Document> &documents, const UnitTable &table, const AlignOptions &options);

    /// The kept constraints between two documents, turned so `a` is in docA and `b` in docB.
    std::vector<PairMatcher::Constraint> forPair(int docA, int docB) const;
    const std::vector<RejectedConstraint> &rejected() const { return m_rejected; }

private:
    struct Resolved
    {
        int index = -1; ///< into AlignOptions::manualLinks
        std::array<int, 2> docs{};
        std::array<UnitRange, 2> units;
        bool linked = true;
    };

    std::optional<Resolved> resolve(const LinkConstraint &constraint, int index, QString *why) const;
    std::optional<UnitRange> unitsOf(const TextAnchor &anchor, QString *why) const;
    /// The kept constraint `r` contradicts, if any, with why.
    const Resolved *contradicted(const Resolved &r, QString *why) const;

    const std::vector<Document> &m_documents;
    const UnitTable &m_table;
    bool m_ignoreFurniture = true;
    std::vector<Resolved> m_kept;
    std::vector<RejectedConstraint> m_rejected;
};
