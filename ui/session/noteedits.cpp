#include "ui/session/noteedits.h"

#include "core/text/codepointindex.h"

#include <QCoreApplication>

namespace {

/// The text of `a` in `text`, or a null string when the range is not inside it.
QString textAt(const QString &text, const TextAnchor &a)
{
    const CodePointIndex index(text);
    if (a.start < 0 || a.end < a.start || a.end > index.toCodePoints(text.size()))
        return {};
    const qsizetype start = index.toUtf16(a.start);
    return text.mid(start, index.toUtf16(a.end) - start);
}

} // namespace

namespace NoteEdits {

int remap(std::vector<OpenNote> &notes, const std::function<int(int)> &newColumn)
{
    const size_t before = notes.size();
    std::vector<OpenNote> kept;
    for (OpenNote n : notes) {
        bool lost = false;
        for (std::optional<TextAnchor> *end : {&n.note.anchor, &n.note.linkedTo}) {
            if (*end) {
                (*end)->doc = newColumn((*end)->doc);
                lost = lost || (*end)->doc < 0;
            }
        }
        if (!lost)
            kept.push_back(std::move(n));
    }
    notes = std::move(kept);
    return int(before - notes.size());
}

int markChanged(std::vector<OpenNote> &notes, int column, const QString &oldText, const QString &newText)
{
    int marked = 0;
    for (OpenNote &n : notes) {
        if (!n.unplaced.isEmpty())
            continue;
        for (const std::optional<TextAnchor> &end : {n.note.anchor, n.note.linkedTo}) {
            if (!end || end->doc != column || !n.unplaced.isEmpty())
                continue;
            const QString was = textAt(oldText, *end);
            if (was.isNull() || was != textAt(newText, *end)) {
                n.unplaced = QCoreApplication::translate(
                    "NoteEdits", "the article changed on disk and the text the note was on is not where it was");
                ++marked;
            }
        }
    }
    return marked;
}

std::vector<NotePlacement> place(const Comparison &c, const std::vector<OpenNote> &notes)
{
    const NotePlacer placer(c);
    std::vector<NotePlacement> out;
    out.reserve(notes.size());
    for (const OpenNote &n : notes) {
        if (n.unplaced.isEmpty())
            out.push_back(placer.place(n.note));
        else
            out.push_back({std::nullopt, std::nullopt, n.unplaced});
    }
    return out;
}

std::vector<ComparisonNote> exported(const std::vector<OpenNote> &notes)
{
    std::vector<ComparisonNote> out;
    for (const OpenNote &n : notes) {
        if (n.unplaced.isEmpty())
            out.push_back(n.note);
    }
    return out;
}

QString verdictName(NoteVerdict verdict)
{
    switch (verdict) {
    case NoteVerdict::Confirmed:
        return QCoreApplication::translate("NoteEdits", "Confirmed");
    case NoteVerdict::Disputed:
        return QCoreApplication::translate("NoteEdits", "Disputed");
    case NoteVerdict::Unclear:
        return QCoreApplication::translate("NoteEdits", "Unclear");
    case NoteVerdict::None:
        break;
    }
    return QCoreApplication::translate("NoteEdits", "Note");
}

} // namespace NoteEdits
