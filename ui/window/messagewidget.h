#pragma once

#include <QFrame>
#include <QString>

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
};
