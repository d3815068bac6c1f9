#include "core/facts/factpassage.h"

#include "core/facts/factextractor.h"
#include "core/facts/facttokenizer.h"
#include "core/facts/ideographicfacts.h"
#include "core/text/normalizer.h"

#include <QStringList>

#include <algorithm>

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
