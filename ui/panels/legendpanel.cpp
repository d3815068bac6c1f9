#include "ui/panels/legendpanel.h"

#include "core/present/legend.h"
#include "ui/panels/legendsample.h"
#include "ui/paint/viewpalette.h"

#include <QEvent>

#include <algorithm>
#include <QGridLayout>
#include <QLabel>

namespace {

// The highlight a swatch is painted as: a moved passage is a matching one with a band.
Highlight sampleHighlight(LegendEntry::Swatch swatch)
{
    using S = LegendEntry::Swatch;
    Highlight h;
    switch (swatch) {
    case S::Match: h.role = HighlightRole::Match; break;
    case S::Divergent: h.role = HighlightRole::Divergent; break;
    case S::Unique: h.role = HighlightRole::Unique; break;
    case S::Related: h.role = HighlightRole::Related; break;
    case S::Furniture: h.role = HighlightRole::Furniture; break;
    case S::Changed: h.role = HighlightRole::Changed; break;
    case S::Inserted: h.role = HighlightRole::Inserted; break;
    case S::Fact: h.role = HighlightRole::Fact; break;
    case S::Moved:
        h.role = HighlightRole::Match;
        h.moved = true;
        break;
    }
    return h;
}

} // namespace

LegendPanel::LegendPanel(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    int i = 0;
    std::vector<LegendEntry> entries = Legend::entries(true);
    // The related sample goes last, beside the folded one: both come and go with the options, and
    // a hidden sample mid-grid would leave a hole.
    std::stable_partition(entries.begin(), entries.end(),
                          [](const LegendEntry &e) { return e.swatch != LegendEntry::Swatch::Related; });
    for (const LegendEntry &entry : entries) {
        auto *sample = new LegendSample(entry.label, {}, this);
        sample->setToolTip(entry.description);
        if (entry.swatch == LegendEntry::Swatch::Related) {
            m_related = sample;
            sample->setObjectName(QStringLiteral("legendRelated"));
            sample->hide();
        }
        m_samples.append({sample, sampleHighlight(entry.swatch)});
        grid->addWidget(sample, i / 2, i % 2, Qt::AlignLeft);
        ++i;
    }
    // Not one of Legend's entries: whether it shows depends on the comparison's options.
    m_folded = new LegendSample(QString(), {}, this);
    m_folded->setObjectName(QStringLiteral("legendFolded"));
    m_folded->hide();
    grid->addWidget(m_folded, i / 2, i % 2, Qt::AlignLeft);
    ++i;
    m_reference = new QLabel(this);
    m_reference->setObjectName(QStringLiteral("legendReference"));
    m_reference->setWordWrap(true);
    m_reference->hide();
    grid->addWidget(m_reference, (i + 1) / 2, 0, 1, 3);
    grid->setColumnStretch(2, 1);
    applyPalette();
}

void LegendPanel::setReference(const QString &text)
{
    m_reference->setText(text);
    m_reference->setVisible(!text.isEmpty());
}

QString LegendPanel::reference() const
{
    return m_reference->text();
}

void LegendPanel::setFolding(const QString &foldedAway)
{
    m_folded->setText(foldedAway.isEmpty() ? QString() : tr("Same wording, ignoring %1").arg(foldedAway));
    m_folded->setToolTip(tr("Passages whose words are the same once %1 is set aside: quieter than the same "
                            "wording as written")
                             .arg(foldedAway));
    m_folded->setVisible(!foldedAway.isEmpty());
}

void LegendPanel::setRelated(bool shown)
{
    m_related->setVisible(shown);
}

QString LegendPanel::folding() const
{
    return m_folded->isHidden() ? QString() : m_folded->text();
}

QStringList LegendPanel::labels() const
{
    QStringList out;
    for (const Sample &s : m_samples) {
        if (!s.widget->isHidden())
            out << s.widget->text();
    }
    return out;
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
    for (const Sample &s : m_samples) {
        s.widget->setFormat(colours.format(s.highlight));
        if (s.highlight.moved)
            s.widget->setBand(colours.band(LinkKind::Match, true));
    }
    QTextCharFormat folded;
    folded.setBackground(colours.foldedBackground());
    m_folded->setFormat(folded);
}
