#pragma once

#include <QString>
#include <QStringView>

/// Folds a word to the form used for matching. Every fold maps one word to one word, so a
/// normalised unit always maps back to its span in the original text.
class Normalizer
{
public:
    struct Options
    {
        bool foldCase = true;          ///< Unicode case folding. Default on.
        bool stripDiacritics = false;  ///< "café" matches "cafe". Default off.
    };

    Normalizer() = default;
    explicit Normalizer(Options options) : m_options(options) { }

    /// NFKC, optional case folding, curly/straight quotes and dash variants folded to ASCII,
    /// optional removal of combining marks.
    QString normalize(QStringView word) const;

    /// Folds typographic quotes (‘’‚‛′ “”„‟″ «») and dashes (‐‑‒–—―−) to ASCII, in place and
    /// length-preserving.
    static void foldPunctuation(QString &text);

private:
    Options m_options;
};
