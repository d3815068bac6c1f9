#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

/// The languages an article can be read in, and their names for people: what the window offers
/// to override the identified language with and what reports print next to a code.
class LanguageNames
{
public:
    /// ISO 639-1 codes of the languages the engine has a stemmer for, sorted ("ar" … "yi").
    static const QStringList &readable();
    /// The name of `code` (BCP-47; "pt-BR" names its region too) in the language `in`
    /// (BCP-47, "en" for English), with an upper-case initial as it starts a menu entry or a
    /// tooltip line ("Portugiesisch", "Inglês"). Empty when `code` is empty or unknown to ICU.
    static QString displayName(QStringView code, QStringView in);
};
