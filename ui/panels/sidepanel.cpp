#include "ui/panels/sidepanel.h"

#include "ui/panels/legendpanel.h"
#include "ui/panels/notelist.h"
#include "ui/panels/optionspanel.h"
#include "ui/panels/statisticspanel.h"

#include <QFrame>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QScrollArea *scrolling(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

SidePanel::SidePanel(QWidget *parent) : QTabWidget(parent)
{
    setObjectName(u"sidePanel"_s);
    setDocumentMode(true);

    auto *summary = new QWidget(this);
    m_legend = new LegendPanel(summary);
    m_statistics = new StatisticsPanel(summary);
    auto *summaryLayout = new QVBoxLayout(summary);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    summaryLayout->addWidget(m_legend);
    auto *rule = new QFrame(summary);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    summaryLayout->addWidget(rule);
    summaryLayout->addWidget(m_statistics, 1);

    m_options = new OptionsPanel(this);
    addTab(scrolling(summary, this), tr("Summary"));
    addTab(scrolling(m_options, this), tr("Options"));
    m_notes = new NoteList(this);
    addTab(m_notes, tr("Notes"));
}

QSize SidePanel::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 60, QTabWidget::sizeHint().height()};
}
