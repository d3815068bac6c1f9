#pragma once

#include <QTabWidget>

class LegendPanel;
class OptionsPanel;
class StatisticsPanel;

/// The panel beside the comparison: a summary (legend and statistics) and the options.
class SidePanel : public QTabWidget
{
    Q_OBJECT

public:
    explicit SidePanel(QWidget *parent = nullptr);

    LegendPanel *legend() const { return m_legend; }
    OptionsPanel *options() const { return m_options; }
    StatisticsPanel *statistics() const { return m_statistics; }

    QSize sizeHint() const override;

private:
    LegendPanel *m_legend = nullptr;
    StatisticsPanel *m_statistics = nullptr;
    OptionsPanel *m_options = nullptr;
};
