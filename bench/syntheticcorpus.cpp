#include "bench/syntheticcorpus.h"

#include "core/import/documentloader.h"

#include <QStringList>

#include <cmath>
#include <random>

using namespace Qt::StringLiterals;

namespace {

// A uniform-enough index in [0, n) for n > 0, in the generator's unsigned arithmetic.
qsizetype pick(std::mt19937 &rng, qsizetype n)
{
    return qsizetype(rng() % size_t(n));
}

const QStringList &vocabulary()
{
    static const QStringList words = [] {
        // Pronounceable pseudo-words, plus real function words at the head of the Zipf curve.
        QStringList v{u"the"_s, u"of"_s, u"and"_s, u"to"_s, u"a"_s, u"in"_s, u"that"_s, u"was"_s, u"his"_s, u"he"_s,
                      u"it"_s, u"with"_s, u"is"_s, u"for"_s, u"as"_s, u"had"_s, u"you"_s, u"not"_s, u"be"_s, u"her"_s};
        std::mt19937 rng(7);
        const QString consonants = u"bcdfghjklmnprstvwz"_s, vowels = u"aeiou"_s;
        while (v.size() < 6000) {
            QString w;
            const int syllables = 1 + int(rng() % 3);
            for (int s = 0; s < syllables; ++s) {
                w += consonants.at(pick(rng, consonants.size()));
                w += vowels.at(pick(rng, vowels.size()));
                if (rng() % 2)
                    w += consonants.at(pick(rng, consonants.size()));
            }
            v << w;
        }
        return v;
    }();
    return words;
}

QString sentence(std::mt19937 &rng)
{
    static std::discrete_distribution<int> zipf = [] {
        std::vector<double> weights;
        for (int i = 0; i < vocabulary().size(); ++i)
            weights.push_back(1.0 / (i + 1));
        return std::discrete_distribution<int>(weights.begin(), weights.end());
    }();
    const int length = 8 + int(rng() % 22);
    QString s;
    for (int i = 0; i < length; ++i) {
        QString w = vocabulary().at(zipf(rng));
        if (i == 0)
            w[0] = w[0].toUpper();
        s += w;
        s += (i + 1 == length) ? u"."_s : (rng() % 9 == 0 ? u", "_s : u" "_s);
    }
    return s;
}

} // namespace

QString SyntheticCorpus::text(int words, unsigned seed)
{
    std::mt19937 rng(seed);
    QStringList paragraphs;
    int count = 0;
    while (count < words) {
        QStringList sentences;
        const int n = 3 + int(rng() % 6);
        for (int i = 0; i < n; ++i) {
            sentences << sentence(rng);
            count += int(sentences.back().count(u' ')) + 1;
        }
        paragraphs << sentences.join(u' ');
    }
    return paragraphs.join(u"\n\n"_s);
}

QString SyntheticCorpus::revise(const QString &text, unsigned seed)
{
    std::mt19937 rng(seed);
    QStringList paragraphs = text.split(u"\n\n"_s);
    for (QString &p : paragraphs) {
        QStringList sentences = p.split(u". "_s);
        QStringList out;
        for (QString s : sentences) {
            const unsigned roll = unsigned(rng() % 100);
            if (roll < 5)
                continue; // dropped
            if (roll < 25) {
                QStringList words = s.split(u' ');
                const int edits = 1 + int(rng() % 3);
                for (int e = 0; e < edits && words.size() > 2; ++e)
                    words[1 + pick(rng, words.size() - 1)] = vocabulary().at(qsizetype(rng() % 3000));
                s = words.join(u' ');
            }
            out << s;
            if (roll >= 95)
                out << sentence(rng).chopped(1); // added
        }
        p = out.join(u". "_s);
    }
    // Move a few paragraphs elsewhere.
    for (int m = 0; m < paragraphs.size() / 40 + 1 && paragraphs.size() > 2; ++m) {
        const qsizetype from = pick(rng, paragraphs.size());
        const qsizetype to = pick(rng, paragraphs.size());
        paragraphs.move(from, to);
    }
    return paragraphs.join(u"\n\n"_s);
}

Document SyntheticCorpus::document(const QString &text, const QString &name)
{
    return DocumentLoader().loadData(text.toUtf8(), name, u"text/plain"_s).document.value();
}
