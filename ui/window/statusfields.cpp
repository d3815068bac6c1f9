#include "ui/window/statusfields.h"

#include "core/present/wording.h"

#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

StatusFields::StatusFields(QWidget *parent) : QWidget(parent), m_difference(new QLabel(this)), m_options(new QLabel(this))
{
    m_difference->setObjectName(u"differencePosition"_s);
    m_options->setObjectName(u"foldingOptions"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_difference);
    layout->addWidget(m_options);
}

void StatusFields::setDifferencePosition(int n, int total)
{
    if (total == 0)
        m_difference->setText(tr("No differences"));
    else if (n == 0)
        // Without an English translation file "%n difference(s)" would show as written.
        m_difference->setText(total == 1 ? tr("1 difference") : tr("%1 differences").arg(total));
    else
        m_difference->setText(tr("Difference %1 of %2").arg(n).arg(total));
}

void StatusFields::setOptions(const AlignOptions &options)
{
    const QString folded = Wording::foldedAway(options);
    m_options->setText(folded.isEmpty() ? tr("Exact comparison") : tr("Ignoring %1").arg(folded));
    m_options->setToolTip(folded.isEmpty()
                              ? tr("Passages count as the same wording only when their words are the same as written.")
                              : tr("Passages that differ only in %1 count as the same wording; their cards are faded.")
                                    .arg(folded));
}

void StatusFields::clear()
{
    m_difference->clear();
    m_options->clear();
    m_options->setToolTip({});
}

QString StatusFields::differenceText() const
{
    return m_difference->text();
}

QString StatusFields::optionsText() const
{
    return m_options->text();
}
