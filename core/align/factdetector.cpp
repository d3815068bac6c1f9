#include "core/align/factdetector.h"

#include "core/facts/factcomparer.h"
#include "core/facts/factpassage.h"
#include "core/facts/factpassagelist.h"
#include "core/facts/facttablebuilder.h"
#include "core/facts/quotationcomparer.h"

#include <array>

FactDetector::FactDetector(const std::vector<Document> &documents, const std::vector<QString> &languages)
    : m_documents(documents)
{
    m_lexicons.reserve(documents.size());
    for (size_t d = 0; d < documents.size(); ++d)
        m_lexicons.emplace_back(documents[d], d < languages.size() ? languages[d] : QString());
    for (const FactLexicon &lex : m_lexicons)
        m_wordClasses.emplace_back(size_t(lex.formCount()), quint16(0));
}

std::vector<FactChange> FactDetector::detect(const Document &a, const Document &b, const Link &link)
{
    const std::vector<Document> docs{a, b};
    Link l = link;
    l.ends[0].doc = 0;
    l.ends[1].doc = 1;
    return FactDetector(docs).detect(0, 1, l);
}

std::vector<FactChange> FactDetector::detect(int docA, int docB, const Link &link,
                                             const std::array<std::vector<TextSpan>, 2> &alsoLinked,
                                             const std::array<std::vector<TextSpan>, 2> &neighbours) const
{
    if (link.kind != LinkKind::Divergent || link.similarity < minSimilarity)
        return {};
    const std::array<size_t, 2> doc{size_t(docA), size_t(docB)};
    const std::array<FactPassage, 2> whole{
        FactPassage(m_documents[doc[0]], m_lexicons[doc[0]], m_wordClasses[doc[0]], link.ends[0].span),
        FactPassage(m_documents[doc[1]], m_lexicons[doc[1]], m_wordClasses[doc[1]], link.ends[1].span)};
    std::array<FactPassageList, 2> also, near;
    for (size_t s = 0; s < 2; ++s) {
        also[s] = FactPassageList(m_documents[doc[s]], m_lexicons[doc[s]], m_wordClasses[doc[s]], alsoLinked[s]);
        near[s] = FactPassageList(m_documents[doc[s]], m_lexicons[doc[s]], m_wordClasses[doc[s]], neighbours[s]);
    }
    std::vector<FactChange> facts
        = FactComparer(whole, {&m_lexicons[doc[0]], &m_lexicons[doc[1]]}, &also, &near).compare(link.edits);
    const std::vector<FactChange> quotes = QuotationComparer::compare(
        whole, {m_lexicons[doc[0]].marksQuotations(), m_lexicons[doc[1]].marksQuotations()});
    facts.insert(facts.end(), quotes.begin(), quotes.end());
    return facts;
}

FactTable FactDetector::table(const Comparison &c) const
{
    return FactTableBuilder(m_lexicons, m_wordClasses).build(c);
}
