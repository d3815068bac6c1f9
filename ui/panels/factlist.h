#pragma once

#include "core/model/comparison.h"

#include <QTreeWidget>

/// Every changed fact of a comparison, in the order of the synoptic rows: its kind, the two
/// wordings and the two articles. Activating one asks to show its passage.
class FactList : public QTreeWidget
{
    Q_OBJECT

public:
    explicit FactList(QWidget *parent = nullptr);

    void setComparison(const Comparison &comparison);

signals:
    /// Show unit `unit` of document `doc` (the fact's passage in the first of its two articles).
    void unitActivated(int doc, int unit);
};
