#include "core/model/document.h"

#include <algorithm>

int Document::wordCount() const
{
    int n = 0;
    for (const Word &w : words) {
        if (w.kind != WordKind::Symbol)
            ++n;
    }
    return n;
}

bool Document::hasWords() const
{
    for (const Word &w : words) {
        if (w.kind != WordKind::Symbol)
            return true;
    }
    return false;
}

int Document::sentenceOf(int word) const
{
    // Sentences partition the words in order, so the last one starting at or before the word.
    const auto after = std::upper_bound(sentences.begin(), sentences.end(), word,
                                        [](int w, const Sentence &s) { return w < s.firstWord; });
    return int(after - sentences.begin()) - 1;
}
