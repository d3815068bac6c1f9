#pragma once

#include "core/model/textspan.h"

#include <QStringView>

#include <vector>

/// Differences-only exports leave out unchanged words far from any change, as dwdiff and
/// `git diff --word-diff` do with their context: a one-comma change in a 60-word sentence shows
/// the comma and a few words on each side, the rest as "…". Words are runs of non-space
/// characters; changed words are never left out.
class WordElision
{
public:
    /// Unchanged words kept on each side of a change, and at each end of a passage with none.
    static constexpr int kContextWords = 6;
    /// Fewer unchanged words than this are kept even when far from a change: a "…" for two
    /// or three words saves nothing and hides them.
    static constexpr int kMinLeftOut = 4;

    /// A stretch left out: its UTF-16 span in the document, from its first word's start to its
    /// last word's end, and how many words it holds.
    struct Gap
    {
        TextSpan span;
        int words = 0;
    };

    /// The stretches of the passage `passage` (UTF-16 offsets into `text`) to leave out, in
    /// order. `changed` are its marked stretches (changed, inserted or fact words), in any
    /// order: their words are kept with kContextWords on each side. Without any, the passage
    /// keeps its first and last kContextWords words.
    static std::vector<Gap> gaps(QStringView text, const TextSpan &passage, const std::vector<TextSpan> &changed);
};
