#include "core/model/document.h"

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
