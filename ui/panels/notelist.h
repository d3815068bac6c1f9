#pragma once

#include <QWidget>

class NoteListModel;
class QComboBox;
class QLabel;
class QListView;
class QSortFilterProxyModel;

/// The side panel's Notes tab: the notes of the comparison, filtered by verdict. A click goes to
/// the noted passage; the context menu (and Delete, and a double click) edit and delete.
class NoteList : public QWidget
{
    Q_OBJECT

public:
    explicit NoteList(QWidget *parent = nullptr);

    NoteListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QComboBox *verdictFilter() const { return m_filter; }

signals:
    /// Indices into the session's notes.
    void activated(int note);
    void editRequested(int note);
    void deleteRequested(int note);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int noteAt(const QModelIndex &index) const;
    void updateHint();

    NoteListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_filter;
    QListView *m_view;
    QLabel *m_hint;
};
