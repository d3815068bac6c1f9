#include "core/text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace {

bool isAscii(QStringView s)
{
    for (QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

QString fromIcu(const icu::UnicodeString &u)
{
    return QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
}

icu::UnicodeString toIcu(QStringView s)
{
    return icu::UnicodeString(reinterpret_cast<const UChar *>(s.utf16()), static_cast<int32_t>(s.size()));
}

} // namespace

void Normalizer::foldPunctuation(QString &text)
{
    for (QChar &c : text) {
        switch (c.unicode()) {
        case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
            c = QLatin1Char('\'');
            break;
        case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
            c = QLatin1Char('"');
            break;
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
            c = QLatin1Char('-');
            break;
        default:
            break;
        }
    }
}

QString Normalizer::normalize(QStringView word) const
{
    // Most words in most articles are ASCII: skip ICU for them.
    if (isAscii(word)) {
        QString out(word.size(), Qt::Uninitialized);
        QChar *dst = out.data();
        for (QChar c : word)
            *dst++ = (m_options.foldCase && c >= u'A' && c <= u'Z') ? QChar(c.unicode() + 32) : c;
        return out;
    }

    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfkc = m_options.foldCase ? icu::Normalizer2::getNFKCCasefoldInstance(status)
                                                      : icu::Normalizer2::getNFKCInstance(status);
    icu::UnicodeString u = toIcu(word);
    if (U_SUCCESS(status))
        u = nfkc->normalize(u, status);
    if (m_options.stripDiacritics) {
        UErrorCode s = U_ZERO_ERROR;
        const icu::Normalizer2 *nfd = icu::Normalizer2::getNFDInstance(s);
        if (U_SUCCESS(s)) {
            icu::UnicodeString decomposed = nfd->normalize(u, s);
            icu::UnicodeString kept;
            for (int32_t i = 0; i < decomposed.length();) {
                const UChar32 c = decomposed.char32At(i);
                if (u_charType(c) != U_NON_SPACING_MARK)
                    kept.append(c);
                i += U16_LENGTH(c);
            }
            const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(s);
            u = U_SUCCESS(s) ? nfc->normalize(kept, s) : kept;
        }
    }
    QString out = U_SUCCESS(status) ? fromIcu(u) : word.toString();
    foldPunctuation(out);
    return out;
}
