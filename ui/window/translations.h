#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QObject;

/// The languages the viewer speaks and the loading of their translations: Synoptic's own,
/// embedded under :/i18n, and Qt's (standard buttons, dialogs), read from Qt's translations
/// folder when the system has it. main() and the tests load them through this one place.
class Translations
{
public:
    /// A language offered in View ▸ Language.
    struct Language
    {
        QString code; ///< as saved in the settings: "en", "de", "pt"
        QString name; ///< in that language ("Deutsch"), so whoever reads it can find their own
    };

    /// English (the source texts, which need no translation) and every translation shipped.
    static QList<Language> available();

    /// The locale whose translations a saved choice asks for: "system" (or an unknown code) means
    /// the system's languages, anything else the language of that code.
    static QLocale localeFor(const QString &choice);

    /// Installs the viewer's translator for `locale` in the application, and Qt's when the system
    /// has it, owned by `owner`: deleting it uninstalls them. False, and nothing installed, when
    /// Synoptic has no translation for the locale's languages: the window stays English throughout.
    static bool install(const QLocale &locale, QObject *owner);
};
