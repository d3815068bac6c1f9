#include "core/model/comparisonnote.h"

using namespace Qt::StringLiterals;

QString nameOf(NoteVerdict verdict)
{
    switch (verdict) {
    case NoteVerdict::None: return u"none"_s;
    case NoteVerdict::Confirmed: return u"confirmed"_s;
    case NoteVerdict::Disputed: return u"disputed"_s;
    case NoteVerdict::Unclear: return u"unclear"_s;
    }
    return {};
}
