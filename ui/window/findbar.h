#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

/// The search bar under the comparison: a field, previous/next, match case, close. Enter finds
/// the next hit, Shift+Enter the previous, Escape closes.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    QString text() const;
    /// Shows the bar and selects its text, ready to type over.
    void activate();
    /// "Not found" and the like next to the field; empty clears it.
    void setStatus(const QString &status);

public slots:
    void findNext();
    void findPrevious();

signals:
    void findRequested(const QString &text, bool backward, bool caseSensitive);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void request(bool backward);

    QLineEdit *m_field = nullptr;
    QCheckBox *m_caseSensitive = nullptr;
    QLabel *m_status = nullptr;
};
