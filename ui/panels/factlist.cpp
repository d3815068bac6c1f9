#include "ui/panels/factlist.h"

#include "core/present/wording.h"

#include <QHeaderView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

enum Column { KindColumn, ChangeColumn, ArticlesColumn };
constexpr int DocRole = Qt::UserRole;
constexpr int UnitRole = Qt::UserRole + 1;

} // namespace

FactList::FactList(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({tr("Fact"), tr("Change"), tr("In")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(ChangeColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(ArticlesColumn, QHeaderView::ResizeToContents);
    // Click, keyboard Enter or double click: a single click is what a list of links invites.
    const auto activate = [this](QTreeWidgetItem *item) {
        emit unitActivated(item->data(0, DocRole).toInt(), item->data(0, UnitRole).toInt());
    };
    connect(this, &QTreeWidget::itemClicked, this, activate);
    connect(this, &QTreeWidget::itemActivated, this, activate);
}

void FactList::setComparison(const Comparison &comparison)
{
    clear();
    struct Entry
    {
        int row;
        QTreeWidgetItem *item;
    };
    std::vector<Entry> entries;
    for (const Link &link : comparison.links) {
        if (link.facts.empty())
            continue;
        const LinkEnd &a = link.ends[0], &b = link.ends[1];
        const UnitInfo &unit = comparison.unit(a.doc, a.units.first);
        const QString articles = u"%1 → %2"_s.arg(a.doc + 1).arg(b.doc + 1);
        const QString titles = tr("%1 → %2").arg(comparison.documents[size_t(a.doc)].title, comparison.documents[size_t(b.doc)].title);
        for (const FactChange &fact : link.facts) {
            const QString change = Wording::factSides(comparison, link, fact);
            auto *item = new QTreeWidgetItem({Wording::factKind(fact.kind), change, articles});
            item->setToolTip(ChangeColumn, change);
            item->setToolTip(ArticlesColumn, titles);
            item->setData(0, DocRole, a.doc);
            item->setData(0, UnitRole, a.units.first);
            entries.push_back({unit.row, item});
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &x, const Entry &y) { return x.row < y.row; });
    QList<QTreeWidgetItem *> items;
    for (const Entry &e : entries)
        items.append(e.item);
    addTopLevelItems(items);
    // Between two articles every fact is "1 → 2": the column would say nothing.
    setColumnHidden(ArticlesColumn, comparison.documents.size() <= 2);
}
