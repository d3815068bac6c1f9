#include "ui/panels/factlist.h"

#include "core/present/wording.h"
#include "ui/panels/factfiltermodel.h"
#include "ui/panels/facttablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

FactList::FactList(QWidget *parent)
    : QWidget(parent)
    , m_model(new FactTableModel(this))
    , m_filter(new FactFilterModel(this))
    , m_kind(new QComboBox(this))
    , m_article(new QComboBox(this))
    , m_view(new QTreeView(this))
{
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setExpandsOnDoubleClick(false);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(FactTableModel::SubjectColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(FactTableModel::StatusColumn, QHeaderView::ResizeToContents);
    // Widths from the rows in view, not from a thousand: a book's fact table laid out the text of
    // every entry on each resize, a tenth of the window's time from launch to the comparison.
    m_view->header()->setResizeContentsPrecision(0);

    m_kind->setAccessibleName(tr("Kind of fact"));
    m_kind->addItem(tr("All kinds"), -1);
    for (FactChange::Kind k : {FactChange::Kind::Number, FactChange::Kind::Date, FactChange::Kind::Name,
                               FactChange::Kind::Quote, FactChange::Kind::Attribution})
        m_kind->addItem(Wording::factKind(k), int(k));
    m_article->setAccessibleName(tr("Article"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setKind(m_kind->currentData().toInt());
        expandConflicts();
        fitColumns();
    });
    connect(m_article, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setArticle(m_article->currentIndex() >= 0 ? m_article->currentData().toInt() : -1);
        expandConflicts();
        fitColumns();
    });
    // Click, keyboard Enter or double click: a single click is what a list of links invites.
    connect(m_view, &QTreeView::clicked, this, &FactList::activate);
    connect(m_view, &QTreeView::activated, this, &FactList::activate);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_kind, 1);
    filters->addWidget(m_article, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
}

void FactList::setComparison(const Comparison &comparison)
{
    m_model->setComparison(comparison);
    const QSignalBlocker block(m_article);
    m_article->clear();
    m_article->addItem(tr("All articles"), -1);
    for (size_t d = 0; d < comparison.documents.size(); ++d)
        m_article->addItem(tr("Article %1").arg(d + 1), int(d));
    m_filter->setArticle(-1);
    expandConflicts();
    fitColumns();
}

// Conflicts open, agreements closed: the conflicts are what the list is read for, and eight
// articles' agreements opened would bury them.
void FactList::expandConflicts()
{
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        const QModelIndex i = m_filter->index(r, 0);
        m_view->setExpanded(i, i.data(FactTableModel::ConflictRole).toBool());
    }
}

// The subject column takes what its longest entry needs, but never the status's place: at the
// side panel's width the longest subject ("Attribution: spokesperson Sabrina Singh told") pushed
// "Conflict" out of view. The statements come last and may scroll; they are every row's tooltip.
void FactList::fitColumns()
{
    // QTreeView makes sizeHintForColumn protected; QAbstractItemView's is public and virtual.
    const QAbstractItemView *view = m_view;
    const int status = std::max(view->sizeHintForColumn(FactTableModel::StatusColumn),
                                m_view->header()->sectionSizeHint(FactTableModel::StatusColumn));
    const int subject = std::max(view->sizeHintForColumn(FactTableModel::SubjectColumn),
                                 m_view->header()->sectionSizeHint(FactTableModel::SubjectColumn));
    const int room = m_view->viewport()->width() - status;
    m_view->header()->resizeSection(FactTableModel::SubjectColumn, std::max(std::min(subject, room), room / 2));
}

void FactList::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void FactList::clear()
{
    m_model->clear();
    const QSignalBlocker block(m_article);
    m_article->clear();
    m_filter->setArticle(-1);
}

int FactList::entryCount() const
{
    return m_model->entryCount();
}

void FactList::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    emit unitActivated(index.data(FactTableModel::DocRole).toInt(), index.data(FactTableModel::UnitRole).toInt());
}
