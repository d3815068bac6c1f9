#pragma once

#include "ui/window/messagewidget.h"

#include <QWidget>

class QVBoxLayout;

/// Messages stacked above the comparison: import errors, warnings about open files, notices.
/// Non-modal, so the rest of the window stays usable; each message closes on its own, and
/// information closes itself after a while.
class MessageBar : public QWidget
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget *parent = nullptr);

    /// The message shown, e.g. to add buttons to it; it deletes itself when closed.
    MessageWidget *showMessage(MessageWidget::Type type, const QString &text);
    void clear();
    /// The texts shown, oldest first.
    QStringList messages() const;
    /// The messages shown, oldest first.
    QList<MessageWidget *> items() const;
    /// How long information stays, in milliseconds. Default 8000; 0 keeps it.
    void setInformationTimeout(int ms) { m_informationTimeout = ms; }

private:
    void updateVisibility();

    QVBoxLayout *m_layout = nullptr;
    int m_informationTimeout = 8000;
};
