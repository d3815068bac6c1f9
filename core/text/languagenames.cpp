#include "core/text/languagenames.h"

#include "core/text/stemmer.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

const QStringList &LanguageNames::readable()
{
    return Stemmer::languages();
}

QString LanguageNames::displayName(QStringView code, QStringView in)
{
    if (code.isEmpty())
        return {};
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = icu::Locale::forLanguageTag(code.toUtf8().constData(), status);
    UErrorCode inStatus = U_ZERO_ERROR;
    const icu::Locale display = icu::Locale::forLanguageTag(in.toUtf8().constData(), inStatus);
    if (U_FAILURE(status) || U_FAILURE(inStatus) || locale.isBogus())
        return {};
    icu::UnicodeString name;
    locale.getDisplayName(display, name);
    QString text(reinterpret_cast<const QChar *>(name.getBuffer()), name.length());
    // ICU answers a code it has no name for with the code itself.
    if (text.isEmpty() || text.compare(code, Qt::CaseInsensitive) == 0
        || text.compare(QString::fromLatin1(locale.getLanguage()), Qt::CaseInsensitive) == 0)
        return {};
    // Portuguese and French write language names in lower case; a menu entry starts upper case.
    text[0] = text[0].toTitleCase();
    return text;
}
