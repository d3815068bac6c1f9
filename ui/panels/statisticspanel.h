#pragma once

#include "core/model/comparison.h"

#include <QWidget>

class FactList;
class QGridLayout;
class QLabel;
class SimilarityTable;

/// The numbers of a comparison: each article's shares of matching, edited and unique words,
/// how similar the articles are to each other, and the list of changed facts.
class StatisticsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsPanel(QWidget *parent = nullptr);

    void setComparison(const Comparison &comparison);
    void clear();
    FactList *factList() const { return m_facts; }

signals:
    /// A changed fact was clicked: show its passage.
    void unitActivated(int doc, int unit);

protected:
    void changeEvent(QEvent *event) override;

private:
    void clearArticles();
    void applyPalette();

    QGridLayout *m_articles = nullptr;
    QLabel *m_similarityTitle = nullptr;
    QLabel *m_pairSimilarity = nullptr;
    SimilarityTable *m_similarity = nullptr;
    QLabel *m_factsTitle = nullptr;
    FactList *m_facts = nullptr;
};
