#include "core/text/stemmer.h"

#include <QByteArray>

#include <libstemmer.h>
#include <unicode/locid.h>

void Stemmer::Free::operator()(sb_stemmer *s) const { sb_stemmer_delete(s); }

Stemmer::Stemmer(QStringView language)
{
    const qsizetype dash = language.indexOf(u'-');
    const QByteArray code = (dash < 0 ? language : language.left(dash)).toString().toLower().toLatin1();
    // Snowball knows languages by their ISO 639-1 and -2 codes ("pt", "por") and by name.
    if (!code.isEmpty())
        m_stemmer.reset(sb_stemmer_new(code.constData(), nullptr));
}

const QStringList &Stemmer::languages()
{
    // sb_stemmer_list() names algorithms ("portuguese", "porter"), not languages; asking for each
    // two-letter code ICU knows finds the codes Snowball accepts, and so the ones the constructor
    // above would turn into a stemmer.
    static const QStringList codes = [] {
        QStringList list;
        for (const char *const *code = icu::Locale::getISOLanguages(); *code; ++code) {
            if (qstrlen(*code) != 2)
                continue;
            if (sb_stemmer *s = sb_stemmer_new(*code, nullptr)) {
                sb_stemmer_delete(s);
                list << QString::fromLatin1(*code);
            }
        }
        list.sort();
        return list;
    }();
    return codes;
}

Stemmer::~Stemmer() = default;
Stemmer::Stemmer(Stemmer &&) noexcept = default;
Stemmer &Stemmer::operator=(Stemmer &&) noexcept = default;

QString Stemmer::stem(const QString &folded) const
{
    // Very short words are mostly function words and abbreviations, where a stemmer can only
    // merge what should stay apart ("us" and "u").
    if (!m_stemmer || folded.size() < 3)
        return folded;
    const QByteArray utf8 = folded.toUtf8();
    const sb_symbol *out
        = sb_stemmer_stem(m_stemmer.get(), reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!out)
        return folded;
    return QString::fromUtf8(reinterpret_cast<const char *>(out), sb_stemmer_length(m_stemmer.get()));
}
