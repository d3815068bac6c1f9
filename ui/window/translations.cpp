#include "ui/window/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

QList<Translations::Language> Translations::available()
{
    return {{u"en"_s, u"English"_s}, {u"pt"_s, u"Português"_s}, {u"de"_s, u"Deutsch"_s}};
}

QLocale Translations::localeFor(const QString &choice)
{
    for (const Language &language : available()) {
        if (language.code == choice)
            return QLocale(choice);
    }
    return QLocale::system();
}

bool Translations::install(const QLocale &locale, QObject *owner)
{
    // QTranslator::load(QLocale, ...) tries each of the locale's UI languages in turn (de_DE, de),
    // which for the system locale follow LANGUAGE, LC_ALL, LC_MESSAGES and LANG.
    auto own = std::make_unique<QTranslator>();
    if (!own->load(locale, u"synoptic"_s, u"_"_s, u":/i18n"_s))
        return false; // and no Qt translation either: no English window with, say, French buttons
    own->setParent(owner);
    QCoreApplication::installTranslator(own.release());
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        qt->setParent(owner);
        QCoreApplication::installTranslator(qt.release());
    }
    return true;
}
