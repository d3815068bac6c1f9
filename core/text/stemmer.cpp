#include "core/text/stemmer.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

bool isAsciiLower(const QString &w)
{
    for (QChar c : w) {
        if (!(c >= u'a' && c <= u'z') && c != u'\'')
            return false;
    }
    return true;
}

bool hasVowel(QStringView w)
{
    for (QChar c : w) {
        if (QStringView(u"aeiouy").contains(c))
            return true;
    }
    return false;
}

} // namespace

QString Stemmer::stem(const QString &folded)
{
    if (folded.size() < 4 || !isAsciiLower(folded))
        return folded;
    QString w = folded;
    if (w.endsWith(u"'s"_s))
        w.chop(2);
    else if (w.endsWith(u'\''))
        w.chop(1);
    auto strip = [&w](QStringView suffix, qsizetype minStem) {
        if (w.size() - suffix.size() >= minStem && w.endsWith(suffix) && hasVowel(QStringView(w).left(w.size() - suffix.size()))) {
            w.chop(suffix.size());
            return true;
        }
        return false;
    };
    if (!strip(u"ies", 2) && !(w.endsWith(u"ss"_s) || w.endsWith(u"us"_s) || w.endsWith(u"is"_s)))
        strip(u"s", 3);
    if (!strip(u"ingly", 3) && !strip(u"edly", 3) && !strip(u"ing", 3) && !strip(u"ed", 3))
        strip(u"ly", 4);
    strip(u"e", 3);
    // "stopped" -> "stopp" -> "stop": undo the doubled consonant of the inflection.
    if (w.size() >= 4 && w.at(w.size() - 1) == w.at(w.size() - 2) && !QStringView(u"lsz").contains(w.back()))
        w.chop(1);
    if (w.endsWith(u'i') && w.size() > 3)
        w.back() = u'y';
    return w;
}

bool Stemmer::isStopWord(const QString &folded)
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char16_t *w : {u"a", u"an", u"the", u"and", u"or", u"but", u"if", u"of", u"to", u"in", u"on", u"at",
                                  u"by", u"for", u"with", u"from", u"as", u"into", u"about", u"than", u"that", u"this",
                                  u"these", u"those", u"it", u"its", u"it's", u"is", u"are", u"was", u"were", u"be",
                                  u"been", u"being", u"has", u"have", u"had", u"do", u"does", u"did", u"will", u"would",
                                  u"can", u"could", u"may", u"might", u"should", u"shall", u"must", u"he", u"she",
                                  u"they", u"we", u"you", u"i", u"his", u"her", u"their", u"our", u"your", u"my", u"him",
                                  u"them", u"us", u"me", u"who", u"whom", u"which", u"what", u"when", u"where", u"why",
                                  u"how", u"there", u"here", u"not", u"no", u"so", u"also", u"more", u"most", u"some",
                                  u"such", u"any", u"all", u"both", u"each", u"other", u"another", u"over", u"after",
                                  u"before", u"up", u"out", u"then", u"said", u"says", u"say", u"told", u"just", u"very",
                                  u"while", u"although", u"though", u"because", u"between", u"during", u"against",
                                  u"through", u"its", u"s", u"de", u"la", u"le", u"der", u"die", u"das", u"el"})
            s.insert(QString::fromUtf16(w));
        return s;
    }();
    return words.contains(folded);
}
