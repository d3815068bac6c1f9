#include "ui/window/messagebar.h"

#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// More stacked messages than this push the oldest out: the bar must not bury the view.
constexpr int MaxMessages = 4;
} // namespace

MessageBar::MessageBar(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(6, 6, 6, 0);
    m_layout->setSpacing(4);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    hide();
}

MessageWidget *MessageBar::showMessage(MessageWidget::Type type, const QString &text)
{
    // The same message again (a file saved twice, opened twice) moves to the bottom.
    for (MessageWidget *item : items()) {
        if (item->text() == text)
            item->dismiss();
    }
    auto *item = new MessageWidget(type, text, this);
    connect(item, &MessageWidget::closed, this, &MessageBar::updateVisibility);
    m_layout->addWidget(item);
    const QList<MessageWidget *> all = items();
    for (qsizetype i = 0; i + MaxMessages < all.size(); ++i)
        all[i]->dismiss();
    if (type == MessageWidget::Type::Information && m_informationTimeout > 0) {
        QPointer<MessageWidget> guard(item);
        QTimer::singleShot(m_informationTimeout, this, [guard] {
            if (guard)
                guard->dismiss();
        });
    }
    updateVisibility();
    return item;
}

void MessageBar::clear()
{
    for (MessageWidget *item : items())
        item->dismiss();
}

QStringList MessageBar::messages() const
{
    QStringList texts;
    for (const MessageWidget *item : items())
        texts.append(item->text());
    return texts;
}

void MessageBar::updateVisibility()
{
    setVisible(!items().isEmpty());
}

QList<MessageWidget *> MessageBar::items() const
{
    QList<MessageWidget *> result;
    for (int i = 0; i < m_layout->count(); ++i) {
        auto *item = qobject_cast<MessageWidget *>(m_layout->itemAt(i)->widget());
        if (item && !item->isDismissed())
            result.append(item);
    }
    return result;
}
