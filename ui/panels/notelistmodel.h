#pragma once

#include "core/model/comparison.h"
#include "core/present/noteplacer.h"
#include "ui/session/opennote.h"

#include <QAbstractListModel>
#include <QIcon>

#include <vector>

class ViewPalette;

/// The open comparison's notes as a list, one row per note in the session's order: verdict,
/// article(s), the start of the noted passage and the text.
class NoteListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        VerdictRole = Qt::UserRole + 1, ///< int(NoteVerdict)
        NoteRole,                       ///< index into the session's notes
        PlacedRole,                     ///< bool: whether the note has a passage to go to
    };

    explicit NoteListModel(QObject *parent = nullptr);

    /// `comparison` may be null (nothing compared): the notes are listed without their passages.
    void setNotes(const Comparison *comparison, const std::vector<OpenNote> &notes,
                  const std::vector<NotePlacement> &placements, const ViewPalette &palette);
    const NotePlacement &placement(int row) const { return m_rows[size_t(row)].placement; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    struct Row
    {
        NoteVerdict verdict = NoteVerdict::None;
        QString text;     ///< what the list shows
        QString toolTip;  ///< rich text with the note's own text escaped
        QIcon icon;
        NotePlacement placement;
    };
    std::vector<Row> m_rows;
};
