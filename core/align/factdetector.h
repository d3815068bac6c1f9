#pragma once

#include "core/facts/factlexicon.h"
#include "core/model/comparison.h"

#include <array>
#include <vector>

/// Finds, inside the divergent links of a comparison, the differences a fact-checker cares
/// about: numbers and quantities, dates and times, names, quotations and attributions.
///
/// Facts are compared by what they are, not by how they are written: numbers by value (digits,
/// spelled-out numbers parsed with ICU's spell-out rules, "bn"/"billion"), with an approximate
/// flag ("about 10,000", "thousands"); dates by value (month and day in either order, weekdays
/// in the document's language, relative dates such as "tomorrow" kept as such); names by their
/// letters with spelling variants folded ("Westmoreland"/"Westmorland", "Quran"/"Koran" stay
/// apart only when far); quotations by their words, quote marks and hyphens folded; attributions
/// by speaker ("Then said Anna"/"Then Anna said" is no change). A fact present on both sides of
/// the passage, wherever the word diff put it, is no change.
///
/// The entry point of the fact stage (core/facts): reads both passages of a link
/// (FactPassage: FactTokenizer, FactExtractor), compares their facts edit by edit
/// (FactComparer) and their quotations (QuotationComparer). Holds one FactLexicon per document,
/// built on construction; detect() caches look-ups, so one detector is used from one thread.
class FactDetector
{
public:
    /// Links with a lower similarity are not searched: below it the aligner's link is as often a
    /// wrong pairing or a sentence-split artefact as the same passage reworded, and every fact
    /// in it would be reported as changed. Measured on the labelled comparisons
    /// (tests/data/facts): the seed pair's weakest correct links are at 0.22-0.27.
    static constexpr double minSimilarity = 0.2;

    /// `languages`: by document, the language each is read in (Comparison::languages), so a
    /// language the user chose reaches the number, date and name rules; an empty or missing
    /// entry is guessed from the document (FactLexicon).
    explicit FactDetector(const std::vector<Document> &documents, const std::vector<QString> &languages = {});

    /// `alsoLinked`: by side, the other passages of that side's document linked to the same
    /// passage of the other side as `link` (a sentence split in two by one outlet is linked to
    /// both halves). A fact one side states and the other side says in one of those passages is
    /// no change: "nesta terça-feira" in the half the link does not cover is still said.
    /// `neighbours`: by side, the units just before and after the link's passage there; a name,
    /// date, attribution or quotation stated in them is no change either (one text splits a
    /// sentence where the other does not). Numbers are too common to count as stated nearby.
    std::vector<FactChange> detect(int docA, int docB, const Link &link,
                                   const std::array<std::vector<TextSpan>, 2> &alsoLinked = {},
                                   const std::array<std::vector<TextSpan>, 2> &neighbours = {}) const;

    /// For a link between two documents without a comparison around them (tests).
    static std::vector<FactChange> detect(const Document &a, const Document &b, const Link &link);

    /// The article set's fact table (FactTableBuilder) from the comparison's units and links,
    /// with this detector's lexicons: the documents are not read twice for their words.
    FactTable table(const Comparison &c) const;

private:
    const std::vector<Document> &m_documents;
    std::vector<FactLexicon> m_lexicons;
    /// By document and form (FactLexicon::form): which of the detectors' word lists the form is
    /// in (FactWords::Class bits), 0 until first asked. The lists are checked for every word of every divergent link.
    mutable std::vector<std::vector<quint16>> m_wordClasses;
};
