#pragma once

#include "core/facts/factpassage.h"

#include <functional>
#include <memory>
#include <vector>

/// Passages of one document, each read (tokens and facts) only when first asked for. Most
/// divergent links change no fact, and then the passages around them are never looked at;
/// reading them all up front cost a tenth of a whole comparison.
class FactPassageList
{
public:
    FactPassageList() = default;
    /// Keeps references to `d`, `lex` and `classes` (as FactPassage).
    FactPassageList(const Document &d, const FactLexicon &lex, std::vector<quint16> &classes,
                    std::vector<TextSpan> spans);

    /// True when `pred` holds for one of the passages, read in order until it does.
    bool anyOf(const std::function<bool(const FactPassage &)> &pred) const;

private:
    const Document *m_document = nullptr;
    const FactLexicon *m_lexicon = nullptr;
    std::vector<quint16> *m_classes = nullptr;
    std::vector<TextSpan> m_spans;
    mutable std::vector<std::unique_ptr<FactPassage>> m_read;
};
