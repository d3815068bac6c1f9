#include "core/present/legend.h"

#include "core/present/wording.h"

#include <QCoreApplication>

namespace {

struct Text
{
    LegendEntry::Swatch swatch;
    const char *label;
    const char *description;
};

using S = LegendEntry::Swatch;

// Plain words rather than the engine's terms (match, divergent, unique): the legend is read by
// people who never saw the engine.
constexpr Text Texts[] = {
    {S::Match, QT_TRANSLATE_NOOP("Legend", "Same wording"), QT_TRANSLATE_NOOP("Legend", "word for word in another article")},
    {S::Divergent, QT_TRANSLATE_NOOP("Legend", "Edited passage"),
     QT_TRANSLATE_NOOP("Legend", "edited or paraphrased in another article")},
    {S::Unique, QT_TRANSLATE_NOOP("Legend", "Only in one article"), QT_TRANSLATE_NOOP("Legend", "no counterpart elsewhere")},
    {S::Related, QT_TRANSLATE_NOOP("Legend", "Related passage"),
     QT_TRANSLATE_NOOP("Legend", "same topic as a passage of another article, different claims: no edit")},
    {S::Furniture, QT_TRANSLATE_NOOP("Legend", "Page furniture"),
     QT_TRANSLATE_NOOP("Legend", "bylines, captions and the like, not compared")},
    {S::Changed, QT_TRANSLATE_NOOP("Legend", "Changed words"), QT_TRANSLATE_NOOP("Legend", "replaced in the counterpart")},
    {S::Inserted, QT_TRANSLATE_NOOP("Legend", "Added words"), QT_TRANSLATE_NOOP("Legend", "missing from the counterpart")},
    {S::Fact, QT_TRANSLATE_NOOP("Legend", "Changed fact"),
     QT_TRANSLATE_NOOP("Legend", "a number, date, name or quote that differs")},
    {S::Moved, QT_TRANSLATE_NOOP("Legend", "Moved passage"),
     QT_TRANSLATE_NOOP("Legend", "in another place in the other article")},
};

} // namespace

std::vector<LegendEntry> Legend::entries(bool related)
{
    std::vector<LegendEntry> out;
    for (const Text &t : Texts)
        if (related || t.swatch != S::Related)
            out.push_back({t.swatch, QCoreApplication::translate("Legend", t.label),
                       QCoreApplication::translate("Legend", t.description)});
    return out;
}

QString Legend::reference(const Comparison &c)
{
    const int n = int(c.documents.size());
    if (n < 3 || c.baseDocument < 0 || c.baseDocument >= n)
        return {};
    return QCoreApplication::translate("Legend", "Reference: %1, the others' changes are marked against it")
        .arg(Wording::articleName(c, c.baseDocument));
}
