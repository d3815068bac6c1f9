#include "core/facts/factpassage.h"

#include "core/facts/factextractor.h"
#include "core/facts/facttokenizer.h"
#include "core/facts/factwords.h"
#include "core/facts/ideographicfacts.h"
#include "core/text/normalizer.h"

#include <QStringList>

#include <algorithm>

namespace {

// Words between a number and what it counts: "thousands of troops", "12,000 known soldiers",
// "five more generals".
bool isCountModifier(const QString &norm)
{
    return FactWords::inSet(norm,
                            {u"of", u"de", u"do", u"da", u"dos", u"das", u"von", u"more", u"additional", u"extra",
                             u"other", u"known", u"new", u"estimated", u"further", u"mais", u"weitere",
                             // "três delas crianças": three of them, children.
                             u"dele", u"dela", u"deles", u"delas", u"them", u"ihnen"});
}

} // namespace

FactPassage::FactPassage(const Document &d, const FactLexicon &lex, std::vector<quint16> &classes, const TextSpan &span)
    : m_tokens(FactTokenizer::tokens(d, lex, classes, span))
    , m_span(span)
    , m_document(&d)
{
    m_facts = FactExtractor(m_tokens, lex).run(IdeographicFacts::find(d, lex, span));
}

QString FactPassage::foldedWords(QStringView text)
{
    QString t = text.toString().toCaseFolded();
    Normalizer::foldPunctuation(t);
    QStringList words;
    QString cur;
    for (QChar c : t) {
        if (c.isLetterOrNumber()) {
            cur.append(c);
        } else if (c == u'\'' && !cur.isEmpty()) {
            continue; // "Korea's" and "Koreas"; "unborrow'd"
        } else if (!cur.isEmpty()) {
            words << cur;
            cur.clear();
        }
    }
    if (!cur.isEmpty())
        words << cur;
    return words.join(u' ');
}

const QString &FactPassage::foldedText() const
{
    if (!m_folded)
        m_folded = foldedWords(m_document->slice(m_span));
    return *m_folded;
}

const std::vector<QString> &FactPassage::skeletonList() const
{
    if (!m_skeletons) {
        std::vector<QString> list;
        for (const FactToken &t : m_tokens) {
            if (t.kind != WordKind::Symbol)
                list.push_back(t.skeleton);
        }
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        m_skeletons = std::move(list);
    }
    return *m_skeletons;
}

QString FactPassage::countedWord(size_t last, size_t *at) const
{
    for (size_t k = last + 1; k < m_tokens.size() && k <= last + 4; ++k) {
        const FactToken &t = m_tokens[k];
        if (t.kind != WordKind::Letter)
            return {};
        if ((t.capitalised && !t.sentenceStart) || isCountModifier(t.norm))
            continue;
        if (FactWords::isFunctionWord(t.norm) || t.norm.size() < 2)
            return {};
        *at = k;
        return t.norm;
    }
    return {};
}
