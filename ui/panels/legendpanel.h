#pragma once

#include "core/present/highlightplan.h"

#include <QList>
#include <QWidget>

class LegendSample;
class QLabel;

/// What the colours and marks of the view mean: the entries of Legend (the exports' legend too),
/// each painted from the same ViewPalette as the view.
class LegendPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LegendPanel(QWidget *parent = nullptr);

    /// The texts of the samples shown, in order.
    QStringList labels() const;
    /// The line naming the reference article (Legend::reference), hidden when empty.
    void setReference(const QString &text);
    QString reference() const;
    /// The sample for passages that are the same wording only under the folding options (the
    /// window shows it when some row is: RowPlan::folded), labelled "Same wording, ignoring `foldedAway`" (Wording::foldedAway); hidden when empty.
    void setFolding(const QString &foldedAway);
    /// Shows the sample for related passages (AlignOptions::relatedLinks), hidden by default.
    void setRelated(bool shown);
    /// That sample's label; empty while hidden.
    QString folding() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    struct Sample
    {
        LegendSample *widget = nullptr;
        Highlight highlight; ///< what the sample is painted as
    };
    QList<Sample> m_samples;
    QLabel *m_reference = nullptr;
    LegendSample *m_folded = nullptr;
    LegendSample *m_related = nullptr;
};
