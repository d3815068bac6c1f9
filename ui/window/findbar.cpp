#include "ui/window/findbar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

QToolButton *button(const QIcon &icon, const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setIcon(icon);
    b->setText(text);
    b->setToolTip(toolTip);
    b->setAutoRaise(true);
    return b;
}

} // namespace

FindBar::FindBar(QWidget *parent)
    : QWidget(parent), m_field(new QLineEdit(this)), m_caseSensitive(new QCheckBox(tr("Match case"), this)),
      m_status(new QLabel(this))
{
    m_field->setObjectName(u"findField"_s);
    m_field->setPlaceholderText(tr("Find in all articles"));
    m_field->setClearButtonEnabled(true);
    m_field->setMinimumWidth(220);
    setFocusProxy(m_field);

    QToolButton *previous = button(style()->standardIcon(QStyle::SP_ArrowUp), tr("Previous"),
                                   tr("Find the previous occurrence (Shift+Enter)"), this);
    QToolButton *next = button(style()->standardIcon(QStyle::SP_ArrowDown), tr("Next"),
                               tr("Find the next occurrence (Enter)"), this);
    QToolButton *close = button(style()->standardIcon(QStyle::SP_TitleBarCloseButton), tr("Close"),
                                tr("Close the find bar (Escape)"), this);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
    connect(m_field, &QLineEdit::textEdited, this, [this] { setStatus({}); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(new QLabel(tr("Find:"), this));
    layout->addWidget(m_field);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_caseSensitive);
    m_status->setObjectName(u"findStatus"_s);
    layout->addWidget(m_status, 1);
    layout->addWidget(close);
}

QString FindBar::text() const
{
    return m_field->text();
}

void FindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::setStatus(const QString &status)
{
    m_status->setText(status);
}

void FindBar::findNext()
{
    request(false);
}

void FindBar::findPrevious()
{
    request(true);
}

void FindBar::request(bool backward)
{
    if (m_field->text().isEmpty()) {
        activate();
        return;
    }
    emit findRequested(m_field->text(), backward, m_caseSensitive->isChecked());
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        hide();
        emit closed();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        request(event->modifiers() & Qt::ShiftModifier);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}
