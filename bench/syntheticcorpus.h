#pragma once

#include "core/model/document.h"

#include <QString>

#include <vector>

/// Deterministic English-like text for benchmarks that must not depend on data outside the
/// repository: a Zipf-distributed vocabulary in sentences and paragraphs, and a second
/// "edition" with the kinds of revision real editions have (edited sentences, dropped and
/// added sentences, a moved paragraph).
class SyntheticCorpus
{
public:
    /// About `words` words of text, paragraphs separated by blank lines.
    static QString text(int words, unsigned seed = 1);
    /// A revised copy: ~20% of sentences edited, ~5% dropped, ~5% added, paragraphs moved.
    static QString revise(const QString &text, unsigned seed = 2);
    /// Imports and segments text as the plain-text importer does.
    static Document document(const QString &text, const QString &name);
};
