#include "ui/paint/pdfformats.h"

QTextCharFormat PdfFormats::plain() const
{
    QTextCharFormat f;
    f.setForeground(m_colors.text());
    return f;
}

QTextCharFormat PdfFormats::dim() const
{
    QTextCharFormat f;
    f.setForeground(m_colors.dimmedText());
    return f;
}

QTextCharFormat PdfFormats::bold(qreal points) const
{
    QTextCharFormat f = plain();
    f.setFontWeight(QFont::Bold);
    f.setFontPointSize(points > 0 ? points : m_bodyPoints);
    return f;
}

QTextCharFormat PdfFormats::unit(UnitStatus status) const
{
    QTextCharFormat f = plain();
    f.setBackground(m_colors.background(status));
    if (status == UnitStatus::Furniture) {
        f.setForeground(m_colors.dimmedText());
        f.setFontItalic(true);
    }
    return f;
}

void PdfFormats::mark(QTextCharFormat &f, HighlightRole role) const
{
    switch (role) {
    case HighlightRole::Changed:
        f.setBackground(m_colors.background(HighlightRole::Changed));
        f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        break;
    case HighlightRole::Inserted:
        f.setBackground(m_colors.background(HighlightRole::Inserted));
        f.setUnderlineStyle(QTextCharFormat::DashUnderline);
        break;
    case HighlightRole::Fact:
        f.setUnderlineStyle(QTextCharFormat::NoUnderline);
        f.setProperty(FactProperty, true);
        f.setFontWeight(QFont::DemiBold);
        break;
    default: break;
    }
}

QTextCharFormat PdfFormats::swatch(LegendEntry::Swatch swatch) const
{
    using S = LegendEntry::Swatch;
    QTextCharFormat f = plain();
    switch (swatch) {
    case S::Match: return unit(UnitStatus::Match);
    case S::Divergent: return unit(UnitStatus::Divergent);
    case S::Unique: return unit(UnitStatus::Unique);
    case S::Related: return unit(UnitStatus::Related);
    case S::Furniture: return unit(UnitStatus::Furniture);
    case S::Changed: mark(f, HighlightRole::Changed); break;
    case S::Inserted: mark(f, HighlightRole::Inserted); break;
    case S::Fact: mark(f, HighlightRole::Fact); break;
    case S::Moved:
        f.setBackground(m_colors.moved());
        f.setForeground(Qt::white);
        f.setFontWeight(QFont::Bold);
        break;
    }
    return f;
}
