#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

/// What the window shows before there is anything to compare: what to do, and buttons to do it.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    /// The titles of the articles open so far; the text adapts (one open: ask for another;
    /// two or more: being compared, or the comparison was cancelled).
    void setOpenTitles(const QStringList &titles, bool comparing = false);
    /// The text of the one article open, shown read-only below the buttons so that closing the
    /// other of two articles leaves it in sight; empty hides it.
    void setPreview(const QString &text);
    /// Hides "Open the example articles" when no examples were found.
    void setExamplesAvailable(bool available);
    QString headline() const;

signals:
    void openRequested();
    void pasteRequested();
    void examplesRequested();

private:
    QLabel *m_headline = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_examples = nullptr;
    QPlainTextEdit *m_preview = nullptr;
};
