#pragma once

#include "core/facts/fact.h"
#include "core/facts/factlexicon.h"
#include "core/facts/facttoken.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

/// What one passage (one end of a link) says: its tokens and facts, and, made when first asked,
/// its words in the forms the other side's facts are looked for in.
class FactPassage
{
public:
    /// The tokens and facts of `d` inside `span`; `classes` as FactTokenizer::tokens. Keeps a
    /// reference to `d`.
    FactPassage(const Document &d, const FactLexicon &lex, std::vector<quint16> &classes, const TextSpan &span);

    const std::vector<FactToken> &tokens() const { return m_tokens; }
    const std::vector<Fact> &facts() const { return m_facts; }
    const Document &document() const { return *m_document; }
    const TextSpan &span() const { return m_span; }

    /// The word the number ending at token `last` counts, case-folded ("12,000 North Korean
    /// troops": names between and modifiers such as "more", "of" are skipped); empty when none
    /// follows before punctuation or another number. `at`: its token.
    QString countedWord(size_t last, size_t *at) const;

    /// The words, case, marks and hyphens folded, one space between (foldedWords).
    const QString &foldedText() const;
    /// Skeletons of its words, sorted, each once.
    const std::vector<QString> &skeletonList() const;

    /// The words of `text` case-folded, punctuation folded, apostrophes dropped ("Korea's" and
    /// "Koreas"), joined by one space.
    static QString foldedWords(QStringView text);

private:
    std::vector<FactToken> m_tokens;
    std::vector<Fact> m_facts;
    /// Made when a name is first looked for.
    mutable std::optional<std::vector<QString>> m_skeletons;
    /// Made only when the other side has a quotation to look for (most links have none).
    mutable std::optional<QString> m_folded;
    TextSpan m_span;
    const Document *m_document;
};
