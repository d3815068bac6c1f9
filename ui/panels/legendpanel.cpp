#include "ui/panels/legendpanel.h"

#include "ui/panels/legendsample.h"
#include "ui/paint/viewpalette.h"

#include <QEvent>
#include <QGridLayout>

namespace {

struct Entry
{
    HighlightRole role;
    const char *text;
};

// In reading order: the passage kinds, then the marks inside passages.
constexpr Entry Entries[] = {
    {HighlightRole::Match, QT_TRANSLATE_NOOP("LegendPanel", "Same wording")},
    {HighlightRole::Divergent, QT_TRANSLATE_NOOP("LegendPanel", "Edited passage")},
    {HighlightRole::Unique, QT_TRANSLATE_NOOP("LegendPanel", "Only in one article")},
    {HighlightRole::Furniture, QT_TRANSLATE_NOOP("LegendPanel", "Page furniture")},
    {HighlightRole::Changed, QT_TRANSLATE_NOOP("LegendPanel", "Changed words")},
    {HighlightRole::Inserted, QT_TRANSLATE_NOOP("LegendPanel", "Added words")},
    {HighlightRole::Fact, QT_TRANSLATE_NOOP("LegendPanel", "Changed fact")},
};

} // namespace

LegendPanel::LegendPanel(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    int i = 0;
    for (const Entry &entry : Entries) {
        auto *sample = new LegendSample(tr(entry.text), {}, this);
        m_samples.append(sample);
        grid->addWidget(sample, i / 2, i % 2, Qt::AlignLeft);
        ++i;
    }
    m_moved = new LegendSample(tr("Moved passage"), {}, this);
    grid->addWidget(m_moved, i / 2, i % 2, Qt::AlignLeft);
    grid->setColumnStretch(2, 1);
    applyPalette();
}

void LegendPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void LegendPanel::applyPalette()
{
    const ViewPalette colours = ViewPalette::forPalette(palette());
    for (qsizetype i = 0; i < m_samples.size(); ++i) {
        Highlight h;
        h.role = Entries[i].role;
        m_samples[i]->setFormat(colours.format(h));
    }
    Highlight moved;
    moved.role = HighlightRole::Match;
    moved.moved = true;
    m_moved->setFormat(colours.format(moved));
    m_moved->setBand(colours.band(true, true));
}
