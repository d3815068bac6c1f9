#pragma once

#include <QString>
#include <QStringView>

/// A light suffix stripper for matching paraphrases ("Saudis"/"Saudi", "bombing"/"bomber"
/// stay apart, "struggling"/"struggle" meet). Only touches lower-case ASCII words, so other
/// languages pass through unchanged; both sides of a comparison get the same treatment, so an
/// imperfect stem costs nothing but a missed or extra overlap.
class Stemmer
{
public:
    static QString stem(const QString &folded);
    /// Common English function words; they weigh little in similarity.
    static bool isStopWord(const QString &folded);
};
