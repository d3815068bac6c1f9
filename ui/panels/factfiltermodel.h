#pragma once

#include <QSortFilterProxyModel>

/// Filters a FactTableModel by kind and by article: a subject stays when it is of the kind and
/// the article states it; under it, only that article's mentions.
class FactFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FactFilterModel(QObject *parent = nullptr);

    /// int(FactChange::Kind), or -1 for every kind (the default).
    void setKind(int kind);
    /// A document index, or -1 for every article (the default).
    void setArticle(int doc);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_kind = -1;
    int m_article = -1;
};
