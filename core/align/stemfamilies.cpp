#include "core/align/stemfamilies.h"

#include "core/text/normalizer.h"

#include <algorithm>
#include <numeric>

StemFamilies::StemFamilies(const std::vector<QString> &stems, const std::vector<bool> &letters)
    : m_family(stems.size())
{
    std::iota(m_family.begin(), m_family.end(), 0);
    Normalizer::Options o;
    o.stripDiacritics = true;
    const Normalizer fold(o);
    std::vector<std::pair<QString, int>> folded;
    folded.reserve(stems.size());
    for (size_t s = 0; s < stems.size(); ++s) {
        if (letters[s])
            folded.emplace_back(fold.normalize(stems[s]), int(s));
    }
    // Sorted, every stem is followed by the stems it begins; a family grows from its shortest
    // member, the root, so a chain ("materi", "material", "materialism") stays one family.
    std::sort(folded.begin(), folded.end());
    size_t root = 0;
    bool rooted = false;
    for (size_t i = 0; i < folded.size(); ++i) {
        const QString &f = folded[i].first;
        if (rooted && f.startsWith(folded[root].first)) {
            const int a = m_family[size_t(folded[root].second)];
            m_family[size_t(folded[i].second)] = std::min(a, folded[i].second);
            if (folded[i].second < a) {
                // Keep the family's id its smallest member's, whatever the order of discovery.
                for (size_t j = root; j < i; ++j) {
                    if (m_family[size_t(folded[j].second)] == a)
                        m_family[size_t(folded[j].second)] = folded[i].second;
                }
            }
            continue;
        }
        rooted = f.size() >= minPrefix;
        root = i;
    }
}
