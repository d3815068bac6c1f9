#pragma once

#include <QString>

#include <vector>

/// Snowball stems that are one word's forms although the stemmer left them apart: it strips
/// suffixes, but a language's plurals and derivations also change the end of the stem
/// ("material" / "materiais" -> "material" / "materi", "anunciou" / "anúncio" -> "anunc" /
/// "anúnci"). Within the vocabulary of one comparison a stem that, diacritics folded, begins
/// another is taken for the same word, when it is long enough to be more than a common
/// beginning.
class StemFamilies
{
public:
    /// Shortest stem (in UTF-16 code units after folding) that takes longer ones into its family:
    /// five letters keep "inform" with "informação" and "materi" with "material", and keep
    /// apart short stems such as "part" and "parti".
    static constexpr qsizetype minPrefix = 5;

    /// `stems`: each stem's text by id; `letters`: by id, whether the stem is a word of letters
    /// (numbers and symbols never join a family). Ids of one family share its smallest id.
    StemFamilies(const std::vector<QString> &stems, const std::vector<bool> &letters);

    /// The family's id for stem `stem`.
    int of(int stem) const { return m_family[size_t(stem)]; }

private:
    std::vector<int> m_family;
};
