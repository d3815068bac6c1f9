#include "ui/window/emptystate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent), m_headline(new QLabel(this)), m_detail(new QLabel(this)),
      m_examples(new QPushButton(tr("Open the Example Articles"), this)), m_preview(new QPlainTextEdit(this))
{
    setObjectName(u"emptyState"_s);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_headline->setFont(big);
    m_headline->setAlignment(Qt::AlignCenter);
    m_headline->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);

    auto *open = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Open…"), this);
    open->setObjectName(u"emptyOpen"_s);
    auto *paste = new QPushButton(tr("Paste"), this);
    paste->setObjectName(u"emptyPaste"_s);
    paste->setToolTip(tr("Add the text or web page on the clipboard as an article"));
    m_examples->setObjectName(u"emptyExamples"_s);
    m_examples->setToolTip(tr("Two reports of the same news story, as a first example"));
    open->setDefault(true);
    connect(open, &QPushButton::clicked, this, &EmptyState::openRequested);
    connect(paste, &QPushButton::clicked, this, &EmptyState::pasteRequested);
    connect(m_examples, &QPushButton::clicked, this, &EmptyState::examplesRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(open);
    buttons->addWidget(paste);
    buttons->addWidget(m_examples);
    buttons->addStretch(1);

    m_preview->setObjectName(u"emptyPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setFrameShape(QFrame::NoFrame);
    m_preview->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_headline);
    layout->addWidget(m_detail);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch(3);
    layout->addWidget(m_preview, 12);
    setOpenTitles({});
}

void EmptyState::setOpenTitles(const QStringList &titles, bool comparing)
{
    if (titles.isEmpty()) {
        m_headline->setText(tr("Open two or more articles to compare them"));
        m_detail->setText(tr("Drop files here, or paste an article. Synoptic reads plain text, HTML, Markdown, "
                             "Word (DOCX), OpenDocument and PDF."));
    } else if (titles.size() >= 2 && comparing) {
        m_headline->setText(tr("Comparing %n articles…", nullptr, int(titles.size())));
        m_detail->setText(titles.join(u" · "_s));
    } else if (titles.size() >= 2) {
        m_headline->setText(tr("The comparison was cancelled"));
        m_detail->setText(tr("%1\nView ▸ Compare Again (F5) compares them.").arg(titles.join(u" · "_s)));
    } else {
        m_headline->setText(tr("“%1” is open").arg(titles.front()));
        m_detail->setText(tr("Open, drop or paste one more article to compare it with."));
    }
}

void EmptyState::setPreview(const QString &text)
{
    if (text != m_preview->toPlainText())
        m_preview->setPlainText(text);
    m_preview->setVisible(!text.isEmpty());
}

void EmptyState::setExamplesAvailable(bool available)
{
    m_examples->setVisible(available);
}

QString EmptyState::headline() const
{
    return m_headline->text();
}
