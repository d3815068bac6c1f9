#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

/// Function words (articles, prepositions, pronouns, auxiliaries) per language: they hold a
/// sentence together but say nothing about what it reports, so similarity weighs them little.
/// One short list per language in functionwords.cpp, case-folded; a list is parsed the first
/// time its language is asked for.
class FunctionWords
{
public:
    /// The case-folded function words of `language` (a BCP-47 code; only its primary subtag
    /// counts), an empty set for a language without a list. The reference stays valid for the
    /// life of the process.
    static const QSet<QString> &of(QStringView language);
};
