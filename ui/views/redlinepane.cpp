#include "ui/views/redlinepane.h"

#include "core/present/redlineplan.h"
#include "core/present/wording.h"
#include "ui/views/redlinetext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString articleName(const Comparison &c, int doc)
{
    const Document &d = c.documents[size_t(doc)];
    return u"%1 \u00b7 "_s.arg(doc + 1) + Wording::quote(d.title.isEmpty() ? Wording::sourceName(d) : d.title, 48);
}

} // namespace

RedlinePane::RedlinePane(QWidget *parent) : QWidget(parent)
{
    m_reference = new QLabel(this);
    m_reference->setObjectName(u"redlineReference"_s);
    m_reference->setTextFormat(Qt::PlainText);
    m_other = new QComboBox(this);
    m_other->setObjectName(u"redlineArticle"_s);
    m_other->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_other->setToolTip(tr("The article whose changes to the reference are marked"));
    auto *otherLabel = new QLabel(tr("&Changes in:"), this);
    otherLabel->setBuddy(m_other);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(u"redlineText"_s);
    m_text->setOpenLinks(true); // "#to-K" links scroll to the moved passage's other place
    m_text->setOpenExternalLinks(false);
    m_text->document()->setDocumentMargin(18);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 4, 8, 4);
    bar->setSpacing(8);
    bar->addWidget(m_reference);
    bar->addSpacing(16);
    bar->addWidget(otherLabel);
    bar->addWidget(m_other);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    bar->addStretch(1);
    layout->addWidget(m_text, 1);

    setFocusProxy(m_text);
    connect(m_other, &QComboBox::currentIndexChanged, this, &RedlinePane::rebuild);
}

void RedlinePane::setComparison(PresentedComparisonPtr comparison)
{
    const int previous = otherArticle();
    m_presented = std::move(comparison);
    const QSignalBlocker block(m_other);
    m_other->clear();
    if (m_presented) {
        const Comparison &c = m_presented->comparison();
        m_reference->setText(tr("Reference: %1").arg(articleName(c, c.baseDocument)));
        for (int doc : RedlinePlanner::othersOf(c))
            m_other->addItem(articleName(c, doc), doc);
        const int again = m_other->findData(previous);
        m_other->setCurrentIndex(again >= 0 ? again : 0);
    } else {
        m_reference->clear();
    }
    rebuild();
}

void RedlinePane::setViewPalette(const ViewPalette &palette)
{
    m_palette = palette;
    rebuild();
}

int RedlinePane::otherArticle() const
{
    return m_other->currentIndex() >= 0 ? m_other->currentData().toInt() : -1;
}

void RedlinePane::setOtherArticle(int doc)
{
    const int index = m_other->findData(doc);
    if (index >= 0)
        m_other->setCurrentIndex(index);
}

QTextBrowser *RedlinePane::browser()
{
    if (m_stale)
        build();
    return m_text;
}

void RedlinePane::showEvent(QShowEvent *event)
{
    if (m_stale)
        build();
    QWidget::showEvent(event);
}

void RedlinePane::rebuild()
{
    m_stale = true;
    if (isVisible())
        build();
}

void RedlinePane::build()
{
    m_stale = false;
    const int other = otherArticle();
    if (!m_presented || other < 0) {
        m_text->clear();
        return;
    }
    const Comparison &c = m_presented->comparison();
    RedlineText::fill(m_text->document(), c, RedlinePlanner::build(c, c.baseDocument, other), m_palette);
    // Another text, from its start. The browser's own cursor moved along with the insertions;
    // left at the end, the browser would scroll to it on the next relayout.
    m_text->setTextCursor(QTextCursor(m_text->document()));
    m_text->verticalScrollBar()->setValue(0);
}
