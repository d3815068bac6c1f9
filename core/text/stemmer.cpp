#include "core/text/stemmer.h"

#include <QByteArray>

#include <libstemmer.h>

void Stemmer::Free::operator()(sb_stemmer *s) const { sb_stemmer_delete(s); }

Stemmer::Stemmer(QStringView language)
{
    const qsizetype dash = language.indexOf(u'-');
    const QByteArray code = (dash < 0 ? language : language.left(dash)).toString().toLower().toLatin1();
    // Snowball knows languages by their ISO 639-1 and -2 codes ("pt", "por") and by name.
    if (!code.isEmpty())
        m_stemmer.reset(sb_stemmer_new(code.constData(), nullptr));
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
