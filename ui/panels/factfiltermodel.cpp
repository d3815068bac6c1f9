#include "ui/panels/factfiltermodel.h"

#include "ui/panels/facttablemodel.h"

FactFilterModel::FactFilterModel(QObject *parent) : QSortFilterProxyModel(parent) { }

void FactFilterModel::setKind(int kind)
{
    m_kind = kind;
    invalidateFilter();
}

void FactFilterModel::setArticle(int doc)
{
    m_article = doc;
    invalidateFilter();
}

bool FactFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (sourceParent.isValid())
        return m_article < 0 || i.data(FactTableModel::DocRole).toInt() == m_article;
    if (m_kind >= 0 && i.data(FactTableModel::KindRole).toInt() != m_kind)
        return false;
    return m_article < 0 || i.data(FactTableModel::ArticlesRole).value<QList<int>>().contains(m_article);
}
