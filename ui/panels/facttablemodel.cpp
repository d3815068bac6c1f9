#include "ui/panels/facttablemodel.h"

#include "core/present/wording.h"

#include <QFont>

using namespace Qt::StringLiterals;

// Internal ids: 0 for a subject row, entry index + 1 for its mentions, so that a mention's
// parent is found without a search.

FactTableModel::FactTableModel(QObject *parent) : QAbstractItemModel(parent) { }

void FactTableModel::setComparison(const Comparison &comparison)
{
    beginResetModel();
    m_entries = comparison.factTable.entries;
    m_statements.clear();
    for (const FactTableEntry &e : m_entries)
        m_statements.push_back(Wording::factStatement(comparison, e));
    m_titles.clear();
    for (const Document &d : comparison.documents)
        m_titles << d.title;
    endResetModel();
}

void FactTableModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_statements.clear();
    m_titles.clear();
    endResetModel();
}

QModelIndex FactTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FactTableModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int FactTableModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_entries[size_t(parent.row())].mentions.size());
}

int FactTableModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FactTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return entryData(m_entries[size_t(index.row())], size_t(index.row()), index.column(), role);
    const FactTableEntry &e = m_entries[size_t(index.internalId() - 1)];
    return mentionData(e, e.mentions[size_t(index.row())], index.column(), role);
}

namespace {

QVariant articlesOf(const FactTableEntry &e)
{
    QList<int> docs;
    for (int d : e.articles())
        docs << d;
    return QVariant::fromValue(docs);
}

} // namespace

QVariant FactTableModel::entryData(const FactTableEntry &e, size_t row, int column, int role) const
{
    const bool conflict = e.status == FactTableEntry::Status::Conflict;
    switch (role) {
    case Qt::DisplayRole:
        if (column == SubjectColumn)
            return Wording::factKind(e.kind) + u": "_s + Wording::quote(e.subject, 60);
        if (column == StatusColumn)
            return Wording::factStatus(e);
        return m_statements[row];
    // On every column: the statement column is the first to be cut off in a narrow panel.
    case Qt::ToolTipRole: return m_statements[row];
    case Qt::FontRole: {
        // Conflicts are what a fact-checker looks for first.
        if (!conflict)
            return {};
        QFont f;
        f.setBold(true);
        return f;
    }
    case DocRole: return e.mentions.front().doc;
    case UnitRole: return e.mentions.front().unit;
    case KindRole: return int(e.kind);
    case ArticlesRole: return articlesOf(e);
    case ConflictRole: return conflict;
    default: return {};
    }
}

QVariant FactTableModel::mentionData(const FactTableEntry &e, const FactMention &m, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        // The narrow side panel may show only this column: it names the article and what it says.
        if (column == SubjectColumn)
            return tr("Article %1: %2").arg(m.doc + 1).arg(Wording::quote(m.text, 50));
        if (column == StatusColumn)
            return m.conflicting ? tr("differs") : QString();
        return Wording::quote(m.text);
    case Qt::ToolTipRole:
        return column == SubjectColumn && m.doc < int(m_titles.size()) ? QVariant(m_titles[m.doc]) : QVariant();
    case DocRole: return m.doc;
    case UnitRole: return m.unit;
    case KindRole: return int(e.kind);
    case ArticlesRole: return articlesOf(e);
    case ConflictRole: return m.conflicting;
    default: return {};
    }
}

QVariant FactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn: return tr("Fact");
    case StatusColumn: return tr("Status");
    case StatementColumn: return tr("What the articles say");
    default: return {};
    }
}
