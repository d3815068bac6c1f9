#pragma once

#include "core/model/alignoptions.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;

/// The alignment options as controls. Edits are reported once the user pauses (debounced), so
/// dragging the threshold slider does not start an alignment per pixel.
class OptionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OptionsPanel(QWidget *parent = nullptr);

    AlignOptions options() const;
    /// Shows `options` without reporting a change.
    void setOptions(const AlignOptions &options);
    /// Pause after the last edit before optionsChanged, in milliseconds. Default 250.
    void setDebounce(int ms) { m_debounce.setInterval(ms); }

signals:
    void optionsChanged(const AlignOptions &options);

private:
    QCheckBox *addCheckBox(const QString &text, const QString &toolTip);
    void edited();
    void updateThresholdLabel();

    AlignOptions m_base; ///< fields the panel has no control for are kept from here
    QComboBox *m_granularity = nullptr;
    QSlider *m_threshold = nullptr;
    QLabel *m_thresholdValue = nullptr;
    QCheckBox *m_ignoreCase = nullptr;
    QCheckBox *m_ignorePunctuation = nullptr;
    QCheckBox *m_ignoreDigits = nullptr;
    QCheckBox *m_ignoreDiacritics = nullptr;
    QCheckBox *m_ignoreFurniture = nullptr;
    QTimer m_debounce;
};
