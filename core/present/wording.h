#pragma once

#include "core/model/comparison.h"

#include <QString>
#include <QStringList>
#include <QStringView>

/// What Synoptic says about a comparison in words, once for the window and the exports: names
/// of sources and fact kinds, descriptions of changed facts, and how article text is quoted.
/// Plain, unescaped text, translated (context "Wording").
class Wording
{
public:
    /// The file name of a document's source, or "standard input" / "pasted text".
    static QString sourceName(const Document &document);
    /// "Number", "Date", ...
    static QString factKind(FactChange::Kind kind);
    /// The same inside a sentence ("Changed number: …"): lower case in English, but not in every
    /// language (German capitalises nouns), so each translation says it.
    static QString factKindInSentence(FactChange::Kind kind);
    /// A changed fact as seen from `doc`, one of the link's two ends, e.g.
    /// "Changed number: 'thousands' vs 'about 10,000'" ("... in article 3" from three articles
    /// on), "Changed date: '1 May', missing in the other article" when only `doc` has it,
    /// "Changed name: missing here, 'Kim' in the other article" when only the other has it.
    /// Empty when `doc` is not an end of `link`.
    static QString factChange(const Comparison &comparison, const Link &link, const FactChange &fact, int doc);
    /// Both sides of a changed fact, for a list of facts: "'about 10,000' in 1, 'thousands' in 2"
    /// (articles numbered from 1), "nothing" for a side without it.
    static QString factSides(const Comparison &comparison, const Link &link, const FactChange &fact);

    /// An article as a tooltip names it: "2 (History of Wikipedia)", numbered from 1, the title
    /// quoted short.
    static QString articleName(const Comparison &comparison, int doc);
    /// For a passage of `doc` (unit `unit`) from three articles on: which articles word it as
    /// the reference does, e.g. "Reference: 1 (A). Same wording as the reference: 3 (C)", or
    /// "... No other article has the reference's wording here". Empty with two articles, for
    /// unlinked units, in rows where the reference has nothing, and in rows where every
    /// article words the passage as the reference does (nothing divergent to explain).
    static QString referenceAgreement(const Comparison &comparison, int doc, int unit);
    /// What the articles say of a fact table entry, articles numbered from 1: "all 8 say
    /// '239'", "both say 'Choe Son Hui'", "1 and 3 say 'Oct. 28'" when agreeing; "1 says 'about
    /// 10,000', 2 says '12,000'" for a conflict (vague quantities left out of a conflict's
    /// summary: they contradict nothing).
    static QString factStatement(const Comparison &comparison, const FactTableEntry &entry);
    /// "Conflict"; "Agreement" when every article states one value; "No conflict" when they
    /// state several that contradict nothing (a vague "thousands" beside "12,000", or ages of
    /// different people in different sentences).
    static QString factStatus(const FactTableEntry &entry);

    /// What the folding options fold away, as a phrase to follow "ignoring": "case", "case and
    /// punctuation", "case, digits and diacritics". Empty when the comparison is exact.
    static QString foldedAway(const AlignOptions &options);

    /// The headings of an article table, as the window's share bars word them: "#", "Article",
    /// "Source", "Words", "Same", "Edited", "Only here".
    static QStringList articleTableHeadings();

    /// Article text as it may be shown: C0 and C1 controls other than tab and newline dropped,
    /// lone surrogates replaced by U+FFFD.
    static QString displayText(QStringView text);
    /// A fragment quoted inside a label: display text with bidi controls also dropped (they
    /// would reorder the label around it), cut to about `maxChars` characters with "…".
    static QString quote(QStringView text, int maxChars = 80);
};
