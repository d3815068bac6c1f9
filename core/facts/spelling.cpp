#include "core/facts/spelling.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <span>
#include <vector>

using namespace Qt::StringLiterals;

QString Spelling::skeleton(QStringView s)
{
    // ASCII, as most words are: normalisation and case folding are lower-casing there.
    bool ascii = true;
    for (QChar c : s)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        QString out;
        out.reserve(s.size());
        for (QChar c : s) {
            const char16_t u = c.unicode();
            if (u >= u'A' && u <= u'Z')
                out.append(QChar(u + (u'a' - u'A')));
            else if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
                out.append(c);
        }
        return out;
    }
    const QString d = s.toString().normalized(QString::NormalizationForm_D).toCaseFolded();
    QString out;
    for (QChar c : d) {
        // Ligatures are spellings of two letters ("Cæsar" / "Caesar", "Œdipus"); Unicode does
        // not decompose them.
        if (c == u'\u00E6')
            out.append(u"ae");
        else if (c == u'\u0153')
            out.append(u"oe");
        else if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

int Spelling::editDistance(const QString &x, const QString &y)
{
    // One row on the stack for words of ordinary length: this runs for every name against
    // every word of the other passage.
    std::array<int, 48> small;
    std::vector<int> large;
    std::span<int> row;
    if (size_t(y.size()) + 1 <= small.size()) {
        row = std::span<int>(small.data(), size_t(y.size()) + 1);
    } else {
        large.resize(size_t(y.size()) + 1);
        row = large;
    }
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= x.size(); ++i) {
        int diag = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] = std::min({up + 1, row[size_t(j - 1)] + 1, diag + (x[i - 1] == y[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row.back();
}

bool Spelling::same(const QString &x, const QString &y)
{
    if (x == y)
        return true;
    const qsizetype shorter = std::min(x.size(), y.size());
    if (shorter < 3)
        return false;
    qsizetype prefix = 0;
    while (prefix < shorter && x[prefix] == y[prefix])
        ++prefix;
    if (prefix >= 5)
        return true;
    if (std::abs(x.size() - y.size()) > 3)
        return false;
    const qsizetype allowed = std::max<qsizetype>(1, std::max(x.size(), y.size()) / 5);
    if (editDistance(x, y) <= allowed)
        return true;
    // Q and K write one Arabic letter (qāf) in the transliterations news uses side by side:
    // "Quran"/"Koran", "Iraq"/"Irak", "Qatar"/"Katar"; one of them is no spelling edit.
    if (!x.contains(u'q') && !y.contains(u'q'))
        return false;
    QString kx = x, ky = y;
    kx.replace(u'q', u'k');
    ky.replace(u'q', u'k');
    return editDistance(kx, ky) <= allowed;
}

namespace {

// The letters transliterations of Hebrew and Greek names disagree on folded: "ph", "sh" and
// "th" as one letter, "j" and "y" as "i", the Hebrew "-ah" as "-a" ("Sarah" / "Sara").
QString transliterationKey(const QString &w)
{
    QString k = w;
    k.replace(u"ph"_s, u"p"_s).replace(u"sh"_s, u"s"_s).replace(u"th"_s, u"t"_s);
    k.replace(u'j', u'i').replace(u'y', u'i');
    if (k.size() >= 4 && k.back() == u'h' && QStringView(u"aeiou").contains(k[k.size() - 2]))
        k.chop(1);
    return k;
}

// The Greek "-as", "-es" of a name the other spells with the Hebrew "-ah" ("Esaias" /
// "Isaiah", "Jonas" / "Jonah"); only then, so that "Lucas" and "Lucia" stay two people.
bool greekEnding(const QString &x, const QString &y)
{
    return x.size() >= 4 && y.size() >= 4 && x.back() == u's' && (x[x.size() - 2] == u'a' || x[x.size() - 2] == u'e')
        && y.back() == u'h' && QStringView(u"aeiou").contains(y[y.size() - 2]);
}

// The word and what is left of it without a suffix that makes a people, a language or a plural
// of a place name (English and Portuguese), four letters at least.
std::vector<QStringView> stems(const QString &w)
{
    static const std::array<QStringView, 24> suffixes{u"ians", u"ian", u"ans", u"an", u"ns", u"ese", u"ish", u"is",
        u"i", u"s", u"anos", u"anas", u"ano", u"ana", u"enses", u"ense", u"eiros", u"eiras", u"eiro", u"eira", u"eses",
        u"esa", u"es", u"nos"};
    std::vector<QStringView> out{QStringView(w)};
    for (QStringView s : suffixes) {
        if (w.size() - s.size() >= 4 && QStringView(w).endsWith(s))
            out.push_back(QStringView(w).chopped(s.size()));
    }
    return out;
}

// Equal but for one pair of neighbouring letters swapped ("eygpt"/"egypt").
bool swappedPair(QStringView x, QStringView y)
{
    if (x.size() != y.size())
        return false;
    qsizetype i = 0;
    while (i < x.size() && x[i] == y[i])
        ++i;
    return i + 1 < x.size() && x[i] == y[i + 1] && x[i + 1] == y[i] && x.mid(i + 2) == y.mid(i + 2);
}

} // namespace

bool Spelling::sameTransliterated(const QString &x, const QString &y)
{
    if (std::min(x.size(), y.size()) < 4)
        return false;
    QString kx = transliterationKey(x), ky = transliterationKey(y);
    if (greekEnding(x, y))
        kx.chop(1);
    else if (greekEnding(y, x))
        ky.chop(1);
    return same(kx, ky);
}

bool Spelling::sameStem(const QString &x, const QString &y)
{
    // Every stem keeps the first letter: most pairs part there, before any stem is made.
    if (std::min(x.size(), y.size()) < 4 || x.front() != y.front())
        return false;
    for (QStringView a : stems(x)) {
        for (QStringView b : stems(y)) {
            if (a == b || swappedPair(a, b))
                return true;
        }
    }
    return false;
}
