#include "ui/panels/similaritytable.h"

#include <QHeaderView>

#include <cmath>

using namespace Qt::StringLiterals;

SimilarityTable::SimilarityTable(QWidget *parent) : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Smaller type: up to eight or so articles fit the side panel without scrolling.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
    horizontalHeader()->setMinimumSectionSize(fontMetrics().horizontalAdvance(u"100%"_s) + 2);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SimilarityTable::setComparison(const Comparison &comparison)
{
    const int n = int(comparison.documents.size());
    clear();
    setRowCount(n);
    setColumnCount(n);
    const QColor strong = palette().color(QPalette::Highlight);
    const QColor base = palette().color(QPalette::Base);
    for (int i = 0; i < n; ++i) {
        const QString title = comparison.documents[size_t(i)].title;
        auto *column = new QTableWidgetItem(QString::number(i + 1));
        column->setToolTip(title);
        setHorizontalHeaderItem(i, column);
        auto *row = new QTableWidgetItem(QString::number(i + 1));
        row->setToolTip(title);
        setVerticalHeaderItem(i, row);
        for (int j = 0; j < n; ++j) {
            const double s = comparison.similarity[size_t(i)][size_t(j)];
            auto *item = new QTableWidgetItem(i == j ? u"–"_s : tr("%1%").arg(std::lround(s * 100)));
            item->setTextAlignment(Qt::AlignCenter);
            if (i != j) {
                QColor tint = strong;
                tint.setAlphaF(float(0.08 + 0.5 * s));
                item->setBackground(tint);
                item->setToolTip(tr("%1 and %2: %3% of their words in shared passages")
                                     .arg(title, comparison.documents[size_t(j)].title)
                                     .arg(std::lround(s * 100)));
            } else {
                item->setBackground(base);
            }
            setItem(i, j, item);
        }
    }
    updateGeometry();
}

QSize SimilarityTable::sizeHint() const
{
    const int height = horizontalHeader()->sizeHint().height() + rowCount() * verticalHeader()->defaultSectionSize();
    const int cellWidth = fontMetrics().horizontalAdvance(u"100%"_s) + 12;
    return {verticalHeader()->sizeHint().width() + columnCount() * cellWidth + 2 * frameWidth(),
            height + 2 * frameWidth()};
}

QSize SimilarityTable::minimumSizeHint() const
{
    const int cellWidth = fontMetrics().horizontalAdvance(u"100%"_s) + 2;
    return {verticalHeader()->sizeHint().width() + columnCount() * cellWidth + 2 * frameWidth(), sizeHint().height()};
}
