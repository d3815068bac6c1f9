#pragma once

#include "core/facts/factlexicon.h"
#include "core/facts/facttoken.h"

#include <QtGlobal>

#include <vector>

/// Reads the words of a passage as FactTokens: each word's word-list classes, skeleton, case,
/// place in its sentence and whether it is a name.
class FactTokenizer
{
public:
    /// The words of `d` inside `span` (words wholly inside it). `classes` caches
    /// FactWords::classify by form of `lex` (FactLexicon::form), 0 until first asked; sized
    /// lex.formCount().
    static std::vector<FactToken> tokens(
        const Document &d, const FactLexicon &lex, std::vector<quint16> &classes, const TextSpan &span);

private:
    static bool isSentenceStart(const Document &d, std::vector<Word>::const_iterator word);
    static qsizetype datelineEnd(const Document &d, qsizetype pos);
};
