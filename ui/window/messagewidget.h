#pragma once

#include <QFrame>
#include <QString>
#include <QStringList>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

/// One message of the message bar: an icon, a wrapped text and a close button, on a tinted
/// background (in the manner of KMessageWidget). Closing deletes it.
class MessageWidget : public QFrame
{
    Q_OBJECT

public:
    enum class Type { Information, Warning, Error };

    MessageWidget(Type type, const QString &text, QWidget *parent = nullptr);

    Type type() const { return m_type; }
    QString text() const;
    /// Closed, and about to be deleted.
    bool isDismissed() const { return m_dismissed; }
    /// A button before the close button, e.g. "Use Embedded Copy". Triggering it closes the
    /// message: the choice is made. The widget takes no ownership of the action.
    void addButton(QAction *action);
    /// The texts of the buttons added, in order.
    QStringList buttonTexts() const;
    /// Triggers the button with this text; false when there is none (for tests and automation).
    bool clickButton(const QString &text);

public slots:
    /// Hides the message at once and deletes it later.
    void dismiss();

signals:
    void closed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    Type m_type;
    bool m_dismissed = false;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    QHBoxLayout *m_layout = nullptr;
    QList<QAction *> m_buttonActions;
};
