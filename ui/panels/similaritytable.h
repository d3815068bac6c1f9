#pragma once

#include "core/model/comparison.h"

#include <QTableWidget>

/// The N×N similarity matrix of a comparison: articles are numbered as in the statistics
/// list, each cell a percentage tinted by its value.
class SimilarityTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit SimilarityTable(QWidget *parent = nullptr);

    void setComparison(const Comparison &comparison);
    QSize sizeHint() const override;
    /// As tall as all rows, but narrow: the columns stretch to the panel, never widen it.
    QSize minimumSizeHint() const override;
};
