#pragma once

#include <QString>
#include <QStringView>

/// Guesses the language of a text with libexttextcat's n-gram models (the ones LibreOffice
/// uses). The models load on the first call, once per process; calls are thread-safe.
class LanguageIdentifier
{
public:
    /// BCP-47 code of the text's most likely language ("pt", "en", "zh-CN"), or an empty
    /// string when the text is too short or matches no model well. Reads at most the first
    /// few thousand characters: more costs time and rarely changes the answer.
    static QString identify(QStringView text);
};
