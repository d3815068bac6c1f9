#pragma once

#include "core/model/alignoptions.h"

#include <QWidget>

class QLabel;

/// The status bar's lasting fields, beside its passing messages: where the reader stands among
/// the differences ("Difference 3 of 17") and what the comparison folds away ("Ignoring case"),
/// so a passage shown as the same wording is never taken for the same characters.
class StatusFields : public QWidget
{
    Q_OBJECT

public:
    explicit StatusFields(QWidget *parent = nullptr);

    /// `n` of `total` differing rows; n 0 when the current row is not one ("17 differences").
    void setDifferencePosition(int n, int total);
    /// The folding options of the comparison shown.
    void setOptions(const AlignOptions &options);
    /// Empties both fields (no comparison).
    void clear();

    QString differenceText() const;
    QString optionsText() const;

private:
    QLabel *m_difference = nullptr;
    QLabel *m_options = nullptr;
};
