#pragma once

#include <QTabWidget>

class LegendPanel;
class NoteList;
class OptionsPanel;
class StatisticsPanel;

/// The panel beside the comparison: a summary (legend and statistics), the options and the notes.
class SidePanel : public QTabWidget
{
    Q_OBJECT

public:
    explicit SidePanel(QWidget *parent = nullptr);

    LegendPanel *legend() const { return m_legend; }
    OptionsPanel *options() const { return m_options; }
    StatisticsPanel *statistics() const { return m_statistics; }
    NoteList *notes() const { return m_notes; }

    QSize sizeHint() const override;

private:
    LegendPanel *m_legend = nullptr;
    StatisticsPanel *m_statistics = nullptr;
    OptionsPanel *m_options = nullptr;
    NoteList *m_notes = nullptr;
};
