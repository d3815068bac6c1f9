#include "ui/window/notedialog.h"

#include "ui/session/noteedits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

NoteDialog::NoteDialog(const QString &title, const QString &what, QWidget *parent)
    : QDialog(parent), m_verdict(new QComboBox(this)), m_text(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    for (const NoteVerdict v : {NoteVerdict::None, NoteVerdict::Confirmed, NoteVerdict::Disputed, NoteVerdict::Unclear})
        m_verdict->addItem(v == NoteVerdict::None ? tr("No verdict") : NoteEdits::verdictName(v), int(v));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What you checked, and what you found"));
    auto *label = new QLabel(what, this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // the passage quoted is the article's text, not markup

    auto *form = new QFormLayout;
    form->addRow(tr("&Verdict:"), m_verdict);
    form->addRow(tr("&Note:"), m_text);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(form, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &NoteDialog::updateOk);
    connect(m_verdict, &QComboBox::currentIndexChanged, this, &NoteDialog::updateOk);
    m_text->setFocus();
    resize(440, 300);
    updateOk();
}

void NoteDialog::setNote(NoteVerdict verdict, const QString &text)
{
    m_verdict->setCurrentIndex(m_verdict->findData(int(verdict)));
    m_text->setPlainText(text);
}

NoteVerdict NoteDialog::verdict() const
{
    return NoteVerdict(m_verdict->currentData().toInt());
}

QString NoteDialog::text() const
{
    return m_text->toPlainText();
}

void NoteDialog::updateOk()
{
    // A note says something: a verdict, or some text.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(verdict() != NoteVerdict::None
                                                        || !text().trimmed().isEmpty());
}
