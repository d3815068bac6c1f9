#include "ui/window/messagewidget.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

QStyle::StandardPixmap iconFor(MessageWidget::Type type)
{
    switch (type) {
    case MessageWidget::Type::Information: return QStyle::SP_MessageBoxInformation;
    case MessageWidget::Type::Warning: return QStyle::SP_MessageBoxWarning;
    case MessageWidget::Type::Error: return QStyle::SP_MessageBoxCritical;
    }
    return QStyle::SP_MessageBoxInformation;
}

// Hues of the message kinds; mixed into the window colour so they work on light and dark.
QColor hueFor(MessageWidget::Type type)
{
    switch (type) {
    case MessageWidget::Type::Information: return QColor(0x3d, 0xae, 0xe9);
    case MessageWidget::Type::Warning: return QColor(0xf6, 0x74, 0x00);
    case MessageWidget::Type::Error: return QColor(0xda, 0x44, 0x53);
    }
    return {};
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

MessageWidget::MessageWidget(Type type, const QString &text, QWidget *parent)
    : QFrame(parent), m_type(type), m_icon(new QLabel(this)), m_text(new QLabel(text, this)),
      m_close(new QToolButton(this))
{
    setObjectName(u"messageWidget"_s);
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(iconFor(type)).pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    // File names may contain anything, '<' included: never interpret them as markup.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    connect(m_close, &QToolButton::clicked, this, &MessageWidget::dismiss);

    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(8, 4, 4, 4);
    m_layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_layout->addWidget(m_text, 1);
    m_layout->addWidget(m_close, 0, Qt::AlignTop);
    applyColours();
}

void MessageWidget::addButton(QAction *action)
{
    auto *button = new QPushButton(action->text(), this);
    button->setEnabled(action->isEnabled());
    // The choice first, then the close: whoever listens to closed() sees the choice made.
    connect(button, &QPushButton::clicked, this, [this, action] {
        action->trigger();
        dismiss();
    });
    m_buttonActions.append(action);
    m_layout->insertWidget(m_layout->indexOf(m_close), button, 0, Qt::AlignVCenter);
}

QStringList MessageWidget::buttonTexts() const
{
    QStringList texts;
    for (const QAction *action : m_buttonActions)
        texts.append(action->text());
    return texts;
}

bool MessageWidget::clickButton(const QString &text)
{
    for (QPushButton *button : findChildren<QPushButton *>()) {
        if (button->text() == text) {
            button->click();
            return true;
        }
    }
    return false;
}

void MessageWidget::dismiss()
{
    if (m_dismissed)
        return;
    m_dismissed = true;
    hide();
    emit closed();
    deleteLater();
}

QString MessageWidget::text() const
{
    return m_text->text();
}

void MessageWidget::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

void MessageWidget::applyColours()
{
    const QColor window = parentWidget() ? parentWidget()->palette().color(QPalette::Window)
                                         : palette().color(QPalette::Window);
    QPalette p = palette();
    p.setColor(QPalette::Window, mix(window, hueFor(m_type), 0.22));
    p.setColor(QPalette::Dark, hueFor(m_type));
    setPalette(p);
}
