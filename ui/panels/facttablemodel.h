#pragma once

#include "core/model/comparison.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <vector>

/// The article set's fact table (Comparison::factTable) as a tree: one row per subject
/// (conflicts first, as the table orders them), its mentions below, one per article and place.
/// Read-only; reset on setComparison.
class FactTableModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { SubjectColumn, StatusColumn, StatementColumn, ColumnCount };
    enum Role {
        DocRole = Qt::UserRole,   ///< mentions: the article; subjects: the first mention's
        UnitRole,                 ///< mentions: the unit; subjects: the first mention's
        KindRole,                 ///< int(FactChange::Kind)
        ArticlesRole,             ///< QList<int> of the articles stating the subject (subjects and mentions)
        ConflictRole,             ///< bool: the subject is in conflict, or the mention is part of one
    };

    explicit FactTableModel(QObject *parent = nullptr);

    void setComparison(const Comparison &comparison);
    void clear();
    int entryCount() const { return int(m_entries.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant entryData(const FactTableEntry &e, size_t row, int column, int role) const;
    QVariant mentionData(const FactTableEntry &e, const FactMention &m, int column, int role) const;

    std::vector<FactTableEntry> m_entries;
    std::vector<QString> m_statements; ///< by entry: Wording::factStatement
    QStringList m_titles;              ///< by document
};
