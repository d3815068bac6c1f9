#pragma once

#include <QTextCharFormat>
#include <QWidget>

/// A few words painted with a highlight's character format through QTextLayout, the way the
/// comparison view paints them, so the legend cannot drift from what it explains.
class LegendSample : public QWidget
{
    Q_OBJECT

public:
    LegendSample(const QString &text, const QTextCharFormat &format, QWidget *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    void setFormat(const QTextCharFormat &format);
    /// A coloured bar before the text, for what the view marks with a band (moved passages).
    void setBand(const QColor &colour);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int bandWidth() const;

    QString m_text;
    QTextCharFormat m_format;
    QColor m_band;
};
