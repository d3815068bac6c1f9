#include "core/facts/quotationcomparer.h"

#include "core/facts/factwords.h"
#include "core/facts/spelling.h"

#include <QStringList>

#include <algorithm>

std::vector<FactChange> QuotationComparer::compare(
    const std::array<FactPassage, 2> &passages, std::array<bool, 2> marksQuotations)
{
    std::vector<FactChange> out;
    std::array<std::vector<TextSpan>, 2> lost;
    for (size_t side = 0; side < 2; ++side) {
        // Against a text that never marks speech, a quotation is the same words told unmarked
        // (``He said, Who are you?``), which the word diff shows; no quotation is missing there.
        // So against a passage that tells speech unmarked and marks none, in a text too short to
        // show it never does ("a prophet of their own, said, The Cretians are alway liars").
        if (!marksQuotations[1 - side] || tellsSpeechUnmarked(passages[1 - side]))
            continue;
        const Document &d = passages[side].document();
        for (const TextSpan &q : quotations(d, passages[side].span())) {
            if (!reproduced(value(d, q), passages[1 - side].foldedText()))
                lost[side].push_back(q);
        }
    }
    for (size_t i = 0; i < std::max(lost[0].size(), lost[1].size()); ++i) {
        FactChange c{FactChange::Kind::Quote, {}, {}, {}};
        for (size_t side = 0; side < 2; ++side) {
            if (i < lost[side].size()) {
                c.spans[side] = lost[side][i];
                c.values[side] = value(passages[side].document(), lost[side][i]);
            }
        }
        out.push_back(c);
    }
    return out;
}

bool QuotationComparer::tellsSpeechUnmarked(const FactPassage &p)
{
    const Document &d = p.document();
    for (qsizetype i = p.span().start; i < p.span().end; ++i) {
        if (FactWords::isQuoteChar(d.text.at(i)))
            return false;
    }
    const std::vector<FactToken> &t = p.tokens();
    return !t.empty() && FactLexicon::unmarkedSpeech(d, t.front().word, t.back().word + 1, 1) > 0;
}

// Quoted passages (double quotes) of a text span, as [open, close] spans including the marks.
std::vector<TextSpan> QuotationComparer::quotations(const Document &d, const TextSpan &span)
{
    std::vector<TextSpan> out;
    qsizetype open = -1;
    for (qsizetype i = span.start; i < span.end; ++i) {
        if (!FactWords::isQuoteChar(d.text.at(i)))
            continue;
        if (open < 0) {
            open = i;
        } else {
            if (i - open > 2 && !isTerm(d, {open, i + 1}))
                out.push_back({open, i + 1});
            open = -1;
        }
    }
    return out;
}

// Quote marks around a term, not around anyone's words: one word with no sentence punctuation
// ("wikiquote", "Rio+20": a name, a word discussed), or a short phrase a naming word introduces
// (called "Wikipedia Day", chamada de "Rio+20"). "Yes!" or "Do not," is still dialogue.
bool QuotationComparer::isTerm(const Document &d, const TextSpan &q)
{
    const QString inner = d.text.mid(q.start + 1, q.end - q.start - 2).trimmed();
    const bool punctuated = std::any_of(inner.begin(), inner.end(), [](QChar c) {
        return c == u'.' || c == u',' || c == u'!' || c == u'?' || c == u';' || c == u':' || c == u'\u2026';
    });
    if (punctuated)
        return false;
    const qsizetype words = inner.split(u' ', Qt::SkipEmptyParts).size();
    if (words <= 1)
        return true;
    if (words > 4)
        return false;
    // The word before the opening mark, or the one before a linking "de" / "as" (chamada de,
    // known as).
    qsizetype end = q.start;
    const auto wordBefore = [&] {
        while (end > 0 && !d.text.at(end - 1).isLetter())
            --end;
        qsizetype start = end;
        while (start > 0 && d.text.at(start - 1).isLetter())
            --start;
        const QString w = d.text.mid(start, end - start).toCaseFolded();
        end = start;
        return w;
    };
    QString w = wordBefore();
    if (w == u"de" || w == u"as" || w == u"como" || w == u"als" || w == u"comme")
        w = wordBefore();
    return FactWords::isNamingWord(w);
}

// A quotation is reproduced when nine in ten of its words are in the other passage in order,
// spelling variants allowed ("inquiries"/"enquiries"): quote marks, hyphens ("wedding-night")
// and punctuation are not the words of a quotation.
bool QuotationComparer::reproduced(const QString &quote, const QString &other)
{
    if (other.contains(quote))
        return true;
    const QStringList q = quote.split(u' ', Qt::SkipEmptyParts), o = other.split(u' ', Qt::SkipEmptyParts);
    if (q.isEmpty())
        return true;
    // In-order matches, greedy, each next word at most six words on: enough for quotations that
    // are copied or lightly edited. The run may start anywhere in the other passage (a quotation
    // is rarely its first words), so every place its first or second word is found is tried.
    qsizetype found = 0;
    for (qsizetype start = 0; start < o.size() && found * 10 < q.size() * 9; ++start) {
        if (!sameWord(q[0], o, start) && !(q.size() > 1 && sameWord(q[1], o, start)))
            continue;
        qsizetype here = 0, from = start;
        for (const QString &w : q) {
            for (qsizetype k = from; k < o.size() && k < from + 6; ++k) {
                if (sameWord(w, o, k)) {
                    ++here;
                    from = k + 1;
                    break;
                }
            }
        }
        found = std::max(found, here);
    }
    return found * 10 >= q.size() * 9;
}

// The word at k of `o` is `w`, spelled alike or split in two ("wedding night").
bool QuotationComparer::sameWord(const QString &w, const QStringList &o, qsizetype k)
{
    return Spelling::same(w, o[k]) || (w.size() > 3 && (o[k] + (k + 1 < o.size() ? o[k + 1] : QString())) == w);
}

// The quotation's words folded as FactPassage::foldedWords, hyphens as spaces.
QString QuotationComparer::value(const Document &d, const TextSpan &s)
{
    QString t = d.slice(s).toString();
    t.replace(u'-', u' ');
    t.replace(u'\u2010', u' ');
    return FactPassage::foldedWords(t);
}
