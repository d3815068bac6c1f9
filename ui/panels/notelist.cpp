#include "ui/panels/notelist.h"

#include "core/model/comparisonnote.h"
#include "ui/panels/notelistmodel.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NoteList::NoteList(QWidget *parent)
    : QWidget(parent), m_model(new NoteListModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QComboBox(this)), m_view(new QListView(this)), m_hint(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(NoteListModel::VerdictRole);
    m_filter->addItem(tr("All verdicts"), -1);
    m_filter->addItem(tr("Confirmed"), int(NoteVerdict::Confirmed));
    m_filter->addItem(tr("Disputed"), int(NoteVerdict::Disputed));
    m_filter->addItem(tr("Unclear"), int(NoteVerdict::Unclear));
    m_filter->addItem(tr("No verdict"), int(NoteVerdict::None));
    m_filter->setAccessibleName(tr("Show notes with verdict"));
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const int verdict = m_filter->currentData().toInt();
        m_proxy->setFilterFixedString(verdict < 0 ? QString() : QString::number(verdict));
    });

    m_view->setModel(m_proxy);
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &i) { emit activated(noteAt(i)); });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &i) { emit activated(noteAt(i)); });
    connect(m_view, &QListView::doubleClicked, this, [this](const QModelIndex &i) { emit editRequested(noteAt(i)); });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const int note = noteAt(m_view->indexAt(pos));
        if (note < 0)
            return;
        QMenu menu(this);
        menu.addAction(tr("&Edit Note…"), this, [this, note] { emit editRequested(note); });
        menu.addAction(tr("&Delete Note"), this, [this, note] { emit deleteRequested(note); });
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    m_view->installEventFilter(this);

    m_hint->setWordWrap(true);
    m_hint->setText(tr("No notes yet. Choose a passage and press Ctrl+Alt+M (Edit ▸ Add Note…)."));
    connect(m_model, &QAbstractItemModel::modelReset, this, &NoteList::updateHint);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    updateHint();
}

bool NoteList::eventFilter(QObject *watched, QEvent *event)
{
    // The key, not a shortcut: the window's Delete-free shortcuts stay as they are, and the list
    // deletes only what it has chosen.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int note = noteAt(m_view->currentIndex());
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) && note >= 0) {
            emit deleteRequested(note);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

int NoteList::noteAt(const QModelIndex &index) const
{
    return index.isValid() ? index.data(NoteListModel::NoteRole).toInt() : -1;
}

void NoteList::updateHint()
{
    m_hint->setVisible(m_model->rowCount() == 0);
}
