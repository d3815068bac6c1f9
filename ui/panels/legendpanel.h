#pragma once

#include <QWidget>

class LegendSample;

/// What the colours and marks of the view mean, drawn from the same ViewPalette.
class LegendPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LegendPanel(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QList<LegendSample *> m_samples;
    LegendSample *m_moved = nullptr;
};
