#include "core/present/wordelision.h"

#include <algorithm>
#include <climits>

std::vector<WordElision::Gap> WordElision::gaps(QStringView text, const TextSpan &passage, const std::vector<TextSpan> &changed)
{
    std::vector<TextSpan> words;
    for (qsizetype i = passage.start; i < passage.end;) {
        if (text[i].isSpace()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < passage.end && !text[i].isSpace())
            ++i;
        words.push_back({start, i});
    }
    const int n = int(words.size());
    // Each word's distance, in words, to the nearest changed one; a passage without changes
    // measures from its two ends, so its first and last words stay.
    std::vector<int> distance(size_t(n), INT_MAX);
    bool anyChanged = false;
    for (int w = 0; w < n; ++w) {
        const TextSpan &word = words[size_t(w)];
        if (std::any_of(changed.begin(), changed.end(), [&word](const TextSpan &c) { return c.overlaps(word); })) {
            distance[size_t(w)] = 0;
            anyChanged = true;
        }
    }
    if (!anyChanged) {
        for (int w = 0; w < n; ++w)
            distance[size_t(w)] = std::min(w, n - 1 - w);
    } else {
        for (int w = 1; w < n; ++w)
            distance[size_t(w)] = std::min(distance[size_t(w)], distance[size_t(w - 1)] == INT_MAX ? INT_MAX : distance[size_t(w - 1)] + 1);
        for (int w = n - 2; w >= 0; --w)
            distance[size_t(w)] = std::min(distance[size_t(w)], distance[size_t(w + 1)] == INT_MAX ? INT_MAX : distance[size_t(w + 1)] + 1);
    }
    std::vector<Gap> out;
    for (int w = 0; w < n;) {
        if (distance[size_t(w)] < kContextWords + (anyChanged ? 1 : 0)) {
            ++w;
            continue;
        }
        int end = w;
        while (end < n && distance[size_t(end)] >= kContextWords + (anyChanged ? 1 : 0))
            ++end;
        const TextSpan span{words[size_t(w)].start, words[size_t(end - 1)].end};
        // The white space between two left-out words may be marked (an inserted space): kept.
        const bool touchesChange = std::any_of(changed.begin(), changed.end(), [&span](const TextSpan &c) { return c.overlaps(span); });
        if (end - w >= kMinLeftOut && !touchesChange)
            out.push_back({span, end - w});
        w = end;
    }
    return out;
}
