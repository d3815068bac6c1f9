#include "ui/panels/notelistmodel.h"

#include "core/present/wording.h"
#include "ui/paint/viewpalette.h"
#include "ui/session/noteedits.h"
#include "ui/views/notemarker.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype QuoteLength = 48;
constexpr qsizetype TextLength = 120;

QString shortened(QString text, qsizetype length)
{
    text = text.simplified();
    return text.size() <= length ? text : text.left(length - 1) + u"…"_s;
}

} // namespace

NoteListModel::NoteListModel(QObject *parent) : QAbstractListModel(parent) {}

void NoteListModel::setNotes(const Comparison *c, const std::vector<OpenNote> &notes,
                             const std::vector<NotePlacement> &placements, const ViewPalette &palette)
{
    beginResetModel();
    m_rows.clear();
    for (size_t k = 0; k < notes.size(); ++k) {
        const ComparisonNote &note = notes[k].note;
        Row row;
        row.verdict = note.verdict;
        if (k < placements.size())
            row.placement = placements[k];
        const NotePlacement &p = row.placement;
        QString where;
        if (p.at && c) {
            const auto name = [c](int doc) { return Wording::sourceName(c->documents[size_t(doc)]); };
            const QString quote = shortened(c->documents[size_t(p.at->doc)].text.mid(p.at->span.start, p.at->span.length()),
                                            QuoteLength);
            where = p.linkedAt ? tr("%1 ↔ %2: “%3”").arg(name(p.at->doc), name(p.linkedAt->doc), quote)
                               : tr("%1: “%2”").arg(name(p.at->doc), quote);
        } else if (!p.problem.isEmpty()) {
            where = tr("Unplaced: %1").arg(p.problem);
        } else {
            where = tr("On the comparison");
        }
        const QString verdict = NoteEdits::verdictName(note.verdict);
        row.text = u"%1 · %2\n%3"_s.arg(verdict, where, shortened(note.text, TextLength));
        row.toolTip = NoteMarker::plainToolTip(verdict + u" · "_s + where, note.text);
        row.icon = NoteMarker::icon(note.verdict, NoteMarker::colour(palette, note.verdict));
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

int NoteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NoteListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return row.text;
    case Qt::ToolTipRole:
        return row.toolTip;
    case Qt::DecorationRole:
        return row.icon;
    case VerdictRole:
        return int(row.verdict);
    case NoteRole:
        return index.row();
    case PlacedRole:
        return bool(row.placement.at);
    default:
        return {};
    }
}
