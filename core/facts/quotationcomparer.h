#pragma once

#include "core/facts/factpassage.h"

#include <QStringList>

#include <array>
#include <vector>

/// Compares the quotations of a link's two passages by their words: a quotation one side has
/// and the other does not reproduce is a changed fact, whatever the word diff says.
class QuotationComparer
{
public:
    /// Quotations of either side that the other passage does not reproduce, paired in text order
    /// (the i-th lost quotation of side 0 with the i-th of side 1). `marksQuotations`: whether
    /// each side's document marks quotations at all; a side that never does loses none, nor does
    /// a passage that tells speech unmarked and marks none.
    static std::vector<FactChange> compare(
        const std::array<FactPassage, 2> &passages, std::array<bool, 2> marksQuotations = {true, true});

    /// Quoted passages (double quotes) of `span`, marks included.
    static std::vector<TextSpan> quotations(const Document &d, const TextSpan &span);
    /// A quotation's words, quote marks and case folded: what two quotations are compared by.
    static QString value(const Document &d, const TextSpan &s);

private:
    static bool isTerm(const Document &d, const TextSpan &q);
    static bool tellsSpeechUnmarked(const FactPassage &p);
    static bool reproduced(const QString &quote, const QString &other);
    static bool sameWord(const QString &w, const QStringList &o, qsizetype k);
};
