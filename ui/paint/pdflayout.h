#pragma once

#include "core/export/exportoptions.h"
#include "core/model/comparison.h"
#include "core/present/exportoutline.h"
#include "core/present/highlightplan.h"
#include "core/present/rowfolding.h"
#include "ui/paint/pdfformats.h"
#include "ui/paint/pdfpages.h"

#include <QFont>

#include <memory>
#include <vector>

class QPdfWriter;
class QTextDocument;
class QTextTable;

/// What goes on the pages of the PDF export, in order: the header with the articles and their
/// shares (and the similarity matrix from three articles on), the legend, the changed facts,
/// then the synoptic rows with one column per article, the same highlights as the HTML export
/// and a gutter with each row's number and signs. PdfPages places the blocks; PdfFormats
/// styles the text.
class PdfLayout
{
public:
    static constexpr int Dpi = 300;

    PdfLayout(QPdfWriter &writer, const Comparison &c, const HighlightPlan &plan, const ExportOptions &options);
    /// False when ExportOptions::progress cancelled it: the pages are then unfinished.
    bool run();

private:
    qreal pt(qreal points) const { return m_pages.pt(points); }
    qreal gutterWidth() const { return pt(24); }
    qreal columnX(int d) const { return gutterWidth() + d * (m_columnWidth + pt(5)); }
    QString articleTitle(int d) const;

    void header();
    void articleTable(QTextCursor &cur, const QTextTableFormat &format) const;
    void similarityTable(QTextCursor &cur, const QTextTableFormat &format) const;
    static void put(QTextTable *table, int row, int col, const QString &text, const QTextCharFormat &format, bool right);
    void legend();
    void facts();
    bool rows();
    void columnHeads();
    void fold(const RowRun &run);
    void rule();
    std::unique_ptr<QTextDocument> cellDocument(int d, const CellPlan &cell) const;
    void row(int r);
    void gutter(int r, const std::vector<RowSign> &signs);
    void paintCell(int d, const CellPlan &cell, QTextDocument &doc, qreal height);
    void paintCard(const QRectF &box, UnitStatus status);
    void paintFactWaves(const QTextDocument &doc);

    QPdfWriter &m_writer;
    const Comparison &m_c;
    const HighlightPlan &m_plan;
    const ExportOptions &m_options;
    const int m_n;
    const QString m_title;
    const PdfFormats m_formats;
    QFont m_font, m_small;
    PdfPages m_pages;
    qreal m_columnWidth = 0;
};
