#include "ui/panels/statisticspanel.h"

#include "core/present/movedplaces.h"

#include "ui/panels/factlist.h"
#include "ui/panels/sharebar.h"
#include "ui/panels/similaritytable.h"
#include "ui/paint/viewpalette.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QLabel *smallLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    label->setFont(f);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

StatisticsPanel::StatisticsPanel(QWidget *parent)
    : QWidget(parent), m_articles(new QGridLayout), m_similarityTitle(sectionTitle(tr("Similarity"), this)),
      m_pairSimilarity(new QLabel(this)), m_similarity(new SimilarityTable(this)),
      m_factsTitle(sectionTitle(tr("Facts"), this)), m_facts(new FactList(this))
{
    m_articles->setHorizontalSpacing(6);
    m_articles->setVerticalSpacing(2);
    m_articles->setColumnStretch(1, 1);
    m_pairSimilarity->setWordWrap(true);
    m_facts->setObjectName(u"factList"_s);
    m_facts->setMinimumHeight(160);
    connect(m_facts, &FactList::unitActivated, this, &StatisticsPanel::unitActivated);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sectionTitle(tr("Articles"), this));
    layout->addLayout(m_articles);
    layout->addSpacing(6);
    layout->addWidget(m_similarityTitle);
    layout->addWidget(m_pairSimilarity);
    layout->addWidget(m_similarity);
    layout->addSpacing(6);
    layout->addWidget(m_factsTitle);
    layout->addWidget(m_facts, 1);
    clear();
}

void StatisticsPanel::clearArticles()
{
    while (QLayoutItem *item = m_articles->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void StatisticsPanel::clear()
{
    clearArticles();
    m_articles->addWidget(smallLabel(tr("No comparison yet."), this), 0, 0, 1, 2);
    m_similarityTitle->hide();
    m_pairSimilarity->hide();
    m_similarity->hide();
    m_factsTitle->hide();
    m_facts->hide();
    m_facts->clear();
}

void StatisticsPanel::setComparison(const Comparison &comparison)
{
    clearArticles();
    const ViewPalette colours = ViewPalette::forPalette(palette());
    const QLocale locale;
    for (size_t i = 0; i < comparison.documents.size(); ++i) {
        const int row = int(i) * 3;
        const Document &doc = comparison.documents[i];
        const DocumentStats &stats = comparison.stats[i];
        auto *number = new QLabel(QString::number(i + 1), this);
        number->setAlignment(Qt::AlignRight | Qt::AlignTop);
        auto *title = new QLabel(doc.title, this);
        title->setTextFormat(Qt::PlainText);
        title->setWordWrap(true);
        title->setToolTip(doc.path.isEmpty() ? doc.title : u"%1\n%2"_s.arg(doc.title, doc.path));
        auto *bar = new ShareBar(this);
        bar->setViewPalette(colours);
        const int moved = MovedPlaces::countIn(comparison, int(i));
        bar->setStats(stats, moved);
        auto *numbers = smallLabel(
            tr("%1 · %2 words").arg(ShareBar::describe(stats, moved), locale.toString(stats.words)), this);
        m_articles->addWidget(number, row, 0);
        m_articles->addWidget(title, row, 1);
        m_articles->addWidget(bar, row + 1, 1);
        m_articles->addWidget(numbers, row + 2, 1);
    }

    const int n = int(comparison.documents.size());
    m_similarityTitle->setVisible(n >= 2);
    m_pairSimilarity->setVisible(n == 2);
    m_similarity->setVisible(n > 2);
    if (n == 2) {
        const int moves = MovedPlaces::count(comparison);
        QString text = tr("%1% of the two articles’ words are in shared passages.")
                           .arg(std::lround(comparison.similarity[0][1] * 100));
        if (moves > 0)
            text += u' ' + (moves == 1 ? tr("1 shared passage moved.") : tr("%1 shared passages moved.").arg(moves));
        m_pairSimilarity->setText(text);
    } else if (n > 2) {
        m_similarity->setComparison(comparison);
    }
    m_facts->setComparison(comparison);
    m_factsTitle->show();
    m_facts->show();
    m_factsTitle->setText(tr("Facts across the articles (%1)").arg(m_facts->entryCount()));
}

void StatisticsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void StatisticsPanel::applyPalette()
{
    const ViewPalette colours = ViewPalette::forPalette(palette());
    for (ShareBar *bar : findChildren<ShareBar *>())
        bar->setViewPalette(colours);
}
