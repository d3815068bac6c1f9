#pragma once

#include "core/present/presentedcomparison.h"
#include "ui/paint/viewpalette.h"

#include <QSyntaxHighlighter>

#include <memory>

/// Applies one document's highlights from a HighlightPlan to a QTextDocument holding exactly
/// that document's text, block by block (so QPlainTextEdit formats only what it lays out).
class PlanHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit PlanHighlighter(QTextDocument *document);

    void setPlan(PresentedComparisonPtr comparison, int doc, const ViewPalette &palette);
    void setViewPalette(const ViewPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    PresentedComparisonPtr m_presented;
    int m_doc = -1;
    ViewPalette m_palette;
    qsizetype m_longest = 0; ///< longest highlight, to find those starting before a block
};
