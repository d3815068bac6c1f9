#pragma once

#include <QByteArray>

/// Flattens markup nested deeper than a limit before it reaches gumbo. Gumbo has no depth limit:
/// its tree builder walks the stack of open elements for many tags, so parsing time grows with
/// the square of the depth (200,000 nested <div>s take minutes), and it frees the tree
/// recursively. This pre-pass tokenizes like the HTML tokenizer (comments, raw text, quoted
/// attributes), models the stack of open elements with the parser's implied closings, and
/// removes the start and end tags of elements nested past the limit, keeping their text.
///
/// The model errs towards thinking a page deeper than it is; it is not a full tree builder, so a
/// page crafted against it can still nest deeper, which is why the parse has a deadline as well.
class HtmlNestingLimiter
{
public:
    struct Result
    {
        QByteArray html;       ///< the input with over-deep tags removed (shared when none were)
        qsizetype removedTags = 0;
        /// The open-element visits the parser would make exceed the work budget even after
        /// flattening (a huge page of tags at the maximum depth): the caller should refuse it.
        bool tooComplex = false;
    };

    /// `utf8` is the page as UTF-8 (any ASCII-compatible encoding works). `maxDepth` is the
    /// deepest element kept; `workBudget` bounds the sum of the depths at which tags are opened
    /// and closed, a proxy for the parser's time.
    static Result limit(const QByteArray &utf8, int maxDepth, qint64 workBudget);
};
