#pragma once

#include <QRect>
#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

class QMenu;
class QToolButton;

/// The row of column headers above the comparison: per document its title, file name, word
/// count and the share of its text the others also have. Headers follow the columns of the
/// active pane (setColumnGeometry). Dragging a header asks to move the column, its close
/// button asks to close the document, its context menu offers to make it the reference article
/// or to read it in another language: the window decides. The reference's header carries a
/// "Reference" badge, every header a badge with the code of the language it was read in.
class ColumnHeaderBar : public QWidget
{
    Q_OBJECT

public:
    struct Column
    {
        QString title;
        QString fileName;
        QString path;   ///< full path for the tooltip; empty for pasted text
        int words = 0;
        double shared = 0; ///< share of the text found in another document, in [0,1]
        /// The article the others are compared with (only set from three articles on).
        bool reference = false;
        /// Hidden by the user: no header shown, listed in the menu's "Columns" to show again.
        bool hidden = false;
        /// BCP-47 code of the language the article was read in (Comparison::languages).
        QString language;
        /// The one identified on import (Document::language); empty when the text was too short
        /// or unlike any known language.
        QString identified;
        /// `language` was chosen by the user rather than identified.
        bool languageChosen = false;
    };

    explicit ColumnHeaderBar(QWidget *parent = nullptr);

    void setColumns(std::vector<Column> columns);
    /// Horizontal extent of each column, in this widget's coordinates.
    void setColumnGeometry(const std::vector<QRect> &extents);
    int columnCount() const { return int(m_columns.size()); }
    /// Whether `column` carries the "Reference" badge.
    bool isReference(int column) const
    {
        return column >= 0 && column < columnCount() && m_columns[size_t(column)].reference;
    }
    /// The language badge of `column` ("EN", "PT*" when chosen, "?" when unknown); empty for a
    /// column that does not exist.
    QString languageLabel(int column) const;
    /// The tooltip of `column`'s header: title, path, figures, language and what it offers.
    QString toolTipText(int column) const;
    QRect headerRect(int column) const;
    /// What `column`'s header shows on its two lines, as painted: the title, shortened to fit,
    /// and the file name and figures, shortened or dropped but never cut inside a figure.
    QString shownTitle(int column) const;
    QString shownDetails(int column) const;
    /// Whether `column`'s header is compact: too narrow for everything, it shows its close button
    /// only under the mouse and leaves out a language badge every column shares.
    bool isCompact(int column) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// The header's context menu for `column`, owned by the caller: "Compare Others with This
    /// One" (object name "compareWithThis"), enabled when the column is not the reference
    /// already and there are three articles or more; "Hide Column" ("hideColumn"), disabled
    /// for the last column shown; "Columns", a checkable entry per article ("showColumn<n>");
    /// "Show All Columns" ("showAllColumns"); "Language" ("language"), a checkable entry per
    /// language the engine reads ("language-<code>") after "Detected (xx)" ("languageDetected").
    /// Public so tests can trigger it.
    std::unique_ptr<QMenu> createMenu(int column);

signals:
    void columnMoveRequested(int from, int to);
    void closeRequested(int column);
    /// "Compare Others with This One" chosen on `column`'s header.
    void referenceRequested(int column);
    /// A language chosen in `column`'s "Language" menu; empty for "Detected".
    void languageRequested(int column, const QString &language);
    /// "Hide Column", or a column (un)checked in the menu's "Columns" list.
    void columnHiddenRequested(int column, bool hidden);
    /// "Show All Columns".
    void showAllColumnsRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    /// What a header shows in `rect`: its lines and where the title may go.
    struct Face
    {
        QString title;
        Qt::TextElideMode elide = Qt::ElideRight;
        QString details;
        bool languageBadge = true;
        bool closeButton = true;
        QRect text; ///< the area the two lines share
    };

    Face face(int column, const QRect &rect) const;
    /// The title line once the badges have taken their room at its right; with a painter, the
    /// badges are drawn there too, so measuring and painting cannot disagree.
    QRect titleLine(const Face &face, const Column &c, QPainter *p = nullptr) const;
    void setHovered(int column);
    bool showsButton(int column, int width) const;
    int columnAt(int x) const;
    int dropIndex(int x) const;
    void placeButtons();
    void paintHeader(QPainter &p, int column, const QRect &rect, bool ghost);
    /// Paints a badge at the right of `titleLine` (or only measures it when `p` is null); returns
    /// the width it takes.
    int paintBadge(QPainter *p, const QRect &titleLine, const QString &label, bool filled) const;
    QMenu *createLanguageMenu(QMenu *parent, int column);
    static QString languageBadge(const Column &c);
    static QString languageName(const QString &code);
    static QString languageTip(const Column &c);

    std::vector<Column> m_columns;
    std::vector<QRect> m_extents;
    std::vector<QToolButton *> m_closeButtons;
    int m_hovered = -1;
    int m_pressed = -1;
    int m_pressX = 0;
    int m_dragX = -1; ///< mouse x while dragging, -1 when not dragging
};
