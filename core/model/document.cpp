#include "core/model/document.h"

std::vector<TextSpan> Document::furnitureSpans() const
{
    std::vector<TextSpan> spans;
    for (const Paragraph &p : paragraphs) {
        if (p.furniture)
            spans.push_back(p.span);
    }
    return spans;
}

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
