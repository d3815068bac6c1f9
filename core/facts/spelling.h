#pragma once

#include <QString>
#include <QStringView>

/// How the fact stage compares the spelling of words and names: on skeletons (case and
/// diacritics folded, letters and digits only), with spelling variants allowed.
class Spelling
{
public:
    /// Case and diacritics folded, letters and digits only: "Pélissier" and "Pelissier" alike.
    static QString skeleton(QStringView s);

    /// Spelling variants of one word or name: "Westmoreland"/"Westmorland",
    /// "Al-Qaida"/"Al-Qaeda", "Shakespeare"/"Shakspeare", "Afghanistan"/"Afghan",
    /// "Rússia"/"russa", "Quran"/"Koran". Distance relative to length (one edit per five
    /// letters, q and k one letter), or a shared stem of five letters. Meant for skeletons.
    static bool same(const QString &x, const QString &y);

    /// One name in two transliterations, as translations of old texts write them: "Esaias" /
    /// "Isaiah", "Elias" / "Elijah", "Pharez" / "Perez", "Shushan" / "Susa", "Vajezatha" /
    /// "Vaizatha". As same(), after folding the letters transliterations disagree on. Meant for
    /// skeletons of names.
    static bool sameTransliterated(const QString &x, const QString &y);

    /// A place and the word made from it, the stem of four letters or more: "Gaza"/"Gazans",
    /// "Egypt's"/"Eygptian" (a letter pair swapped in the stem), "Angola"/"angolanos". Meant
    /// for skeletons.
    static bool sameStem(const QString &x, const QString &y);

    /// Levenshtein distance in UTF-16 units.
    static int editDistance(const QString &x, const QString &y);
};
