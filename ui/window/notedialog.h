#pragma once

#include "core/model/comparisonnote.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

/// Asks for a note's verdict and text. The text is plain text (a QPlainTextEdit, never rich
/// text): what is typed or pasted is kept verbatim.
class NoteDialog : public QDialog
{
    Q_OBJECT

public:
    /// `what` says what the note is on ("On the link between …"), shown above the fields.
    NoteDialog(const QString &title, const QString &what, QWidget *parent = nullptr);

    void setNote(NoteVerdict verdict, const QString &text);
    NoteVerdict verdict() const;
    QString text() const;

    QComboBox *verdictBox() const { return m_verdict; }
    QPlainTextEdit *textEdit() const { return m_text; }

private:
    void updateOk();

    QComboBox *m_verdict;
    QPlainTextEdit *m_text;
    QDialogButtonBox *m_buttons;
};
