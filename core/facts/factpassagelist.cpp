#include "core/facts/factpassagelist.h"

FactPassageList::FactPassageList(const Document &d, const FactLexicon &lex, std::vector<quint16> &classes,
                                 std::vector<TextSpan> spans)
    : m_document(&d)
    , m_lexicon(&lex)
    , m_classes(&classes)
    , m_spans(std::move(spans))
    , m_read(m_spans.size())
{ }

bool FactPassageList::anyOf(const std::function<bool(const FactPassage &)> &pred) const
{
    for (size_t i = 0; i < m_spans.size(); ++i) {
        if (!m_read[i])
            m_read[i] = std::make_unique<FactPassage>(*m_document, *m_lexicon, *m_classes, m_spans[i]);
        if (pred(*m_read[i]))
            return true;
    }
    return false;
}
