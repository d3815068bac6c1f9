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
