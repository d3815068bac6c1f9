#pragma once

#include "core/model/comparison.h"

#include <QWidget>

class FactFilterModel;
class FactTableModel;
class QComboBox;
class QModelIndex;
class QTreeView;

/// The article set's fact table (Comparison::factTable) grouped by subject, conflicts first,
/// with filters by kind and by article. Activating a mention asks to show it; activating a
/// subject, its first mention.
class FactList : public QWidget
{
    Q_OBJECT

public:
    explicit FactList(QWidget *parent = nullptr);

    void setComparison(const Comparison &comparison);
    void clear();
    /// Subjects in the table, filters aside.
    int entryCount() const;

    QTreeView *view() const { return m_view; }
    FactTableModel *model() const { return m_model; }
    FactFilterModel *filter() const { return m_filter; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *articleFilter() const { return m_article; }

signals:
    /// Show unit `unit` of document `doc`.
    void unitActivated(int doc, int unit);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void expandConflicts();
    void fitColumns();

    FactTableModel *m_model;
    FactFilterModel *m_filter;
    QComboBox *m_kind;
    QComboBox *m_article;
    QTreeView *m_view;
};
