#include "ui/window/progressindicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

ProgressIndicator::ProgressIndicator(QWidget *parent)
    : QWidget(parent), m_task(new QLabel(this)), m_bar(new QProgressBar(this)), m_cancel(new QToolButton(this))
{
    setObjectName(u"progressIndicator"_s);
    m_bar->setFixedWidth(140);
    m_bar->setTextVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setToolTip(tr("Stop importing and aligning; the last comparison stays shown"));
    connect(m_cancel, &QToolButton::clicked, this, &ProgressIndicator::cancelRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_task);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);

    m_showDelay.setSingleShot(true);
    m_showDelay.setInterval(300);
    connect(&m_showDelay, &QTimer::timeout, this, &QWidget::show);
    hide();
}

void ProgressIndicator::setCancelToolTip(const QString &tip)
{
    m_cancel->setToolTip(tip);
}

void ProgressIndicator::setBusy(bool busy)
{
    if (busy) {
        if (!isVisible() && !m_showDelay.isActive())
            m_showDelay.start();
        return;
    }
    m_showDelay.stop();
    hide();
}

void ProgressIndicator::setProgress(const QString &task, int done, int total)
{
    m_task->setText(task);
    m_bar->setRange(0, total);
    m_bar->setValue(total > 0 ? done : 0);
}
