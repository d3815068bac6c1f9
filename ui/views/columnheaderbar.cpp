#include "ui/views/columnheaderbar.h"

#include "core/text/languagenames.h"

#include <QActionGroup>
#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int kPadX = 8;
constexpr int kPadY = 5;
constexpr int kButton = 20;
// Below this width a header cannot show a title, a language badge, a close button and its
// figures together: eight columns beside the side panel at 1,400 px are about 110 px each.
constexpr int kCompactWidth = 170;

} // namespace

ColumnHeaderBar::ColumnHeaderBar(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setMouseTracking(true);
}

void ColumnHeaderBar::setColumns(std::vector<Column> columns)
{
    m_columns = std::move(columns);
    for (QToolButton *b : m_closeButtons)
        delete b;
    m_closeButtons.clear();
    for (int i = 0; i < int(m_columns.size()); ++i) {
        auto *button = new QToolButton(this);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::TabFocus);
        button->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
        button->setToolTip(tr("Close %1").arg(m_columns[size_t(i)].title));
        button->setAccessibleName(tr("Close %1").arg(m_columns[size_t(i)].title));
        button->setFixedSize(kButton, kButton);
        connect(button, &QToolButton::clicked, this, [this, i] { emit closeRequested(i); });
        button->show();
        m_closeButtons.push_back(button);
    }
    placeButtons();
    updateGeometry();
    update();
}

void ColumnHeaderBar::setColumnGeometry(const std::vector<QRect> &extents)
{
    if (extents == m_extents)
        return;
    m_extents = extents;
    placeButtons();
    update();
}

QString ColumnHeaderBar::languageLabel(int column) const
{
    return column >= 0 && column < columnCount() ? languageBadge(m_columns[size_t(column)]) : QString();
}

QString ColumnHeaderBar::toolTipText(int column) const
{
    if (column < 0 || column >= columnCount())
        return {};
    const Column &c = m_columns[size_t(column)];
    QString tip = c.title;
    if (!c.path.isEmpty())
        tip += u'\n' + c.path;
    tip += u'\n' + tr("%1 words, %2% found in the other articles").arg(QLocale().toString(c.words)).arg(qRound(c.shared * 100));
    tip += u'\n' + languageTip(c);
    if (c.reference)
        tip += u'\n' + tr("Reference article: the changed words of the others are marked against it");
    else if (m_columns.size() > 2)
        tip += u'\n' + tr("Right-click to compare the others with this one");
    if (m_columns.size() > 1)
        tip += u'\n' + tr("Drag to move the column");
    return tip;
}

QRect ColumnHeaderBar::headerRect(int column) const
{
    if (column < 0 || column >= int(m_extents.size()))
        return {};
    const QRect &e = m_extents[size_t(column)];
    return QRect(e.left(), 0, e.width(), height() - 3);
}

QSize ColumnHeaderBar::sizeHint() const
{
    const QFontMetrics fm(font());
    return QSize(200, 2 * kPadY + fm.height() + fm.height() + 4 + 3);
}

QSize ColumnHeaderBar::minimumSizeHint() const
{
    return QSize(0, sizeHint().height());
}

void ColumnHeaderBar::placeButtons()
{
    for (int i = 0; i < int(m_closeButtons.size()); ++i) {
        const QRect r = headerRect(i);
        QToolButton *b = m_closeButtons[size_t(i)];
        b->setVisible(r.width() > 3 * kButton && showsButton(i, r.width()));
        b->move(r.right() - kButton - 3, r.top() + (r.height() - kButton) / 2);
    }
}

int ColumnHeaderBar::columnAt(int x) const
{
    for (int i = 0; i < int(m_extents.size()); ++i) {
        if (x >= m_extents[size_t(i)].left() && x <= m_extents[size_t(i)].right())
            return i;
    }
    return -1;
}

// The index the dragged column would take: the column whose centre is nearest.
int ColumnHeaderBar::dropIndex(int x) const
{
    int best = -1, bestDistance = INT_MAX;
    for (int i = 0; i < int(m_extents.size()); ++i) {
        if (m_extents[size_t(i)].width() <= 0)
            continue; // hidden
        const int distance = std::abs(m_extents[size_t(i)].center().x() - x);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

// A compact header shows its close button under the mouse, or while the button has the focus.
bool ColumnHeaderBar::showsButton(int column, int width) const
{
    const QToolButton *b = column < int(m_closeButtons.size()) ? m_closeButtons[size_t(column)] : nullptr;
    return width >= kCompactWidth || column == m_hovered || (b && b->hasFocus());
}

bool ColumnHeaderBar::isCompact(int column) const
{
    return headerRect(column).width() < kCompactWidth;
}

ColumnHeaderBar::Face ColumnHeaderBar::face(int column, const QRect &r) const
{
    Face f;
    const Column &c = m_columns[size_t(column)];
    const bool compact = r.width() < kCompactWidth;
    f.closeButton = showsButton(column, r.width());
    if (compact) {
        // A badge every column wears tells the columns nothing; the tooltip still names it.
        const QString badge = languageBadge(c);
        f.languageBadge = std::any_of(m_columns.begin(), m_columns.end(),
                                      [&badge](const Column &other) { return languageBadge(other) != badge; });
    }
    f.text = r.adjusted(kPadX, kPadY, -kPadX - (f.closeButton ? kButton + 2 : 0), -kPadY);

    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    const int titleWidth = titleLine(f, c).width();
    // A title that is a file name differs from its neighbours at the end ("…-v3.txt").
    const bool titleIsFile = c.title == c.fileName;
    f.title = c.title;
    f.elide = titleIsFile ? Qt::ElideMiddle : Qt::ElideRight;
    if (titleIsFile && bfm.horizontalAdvance(f.title) > titleWidth) {
        // Eight narrow columns of "history-of-wikipedia-vN.txt" all read "hist….txt" elided in
        // the middle: the end without the extension tells them apart ("…pedia-v3").
        const qsizetype dot = f.title.lastIndexOf(u'.');
        if (dot > 0)
            f.title.truncate(dot);
        f.elide = Qt::ElideLeft;
    }
    f.title = bfm.elidedText(f.title, f.elide, titleWidth);

    // The figures shorten, then drop the share (the bar along the bottom shows it), then go:
    // "1,4…" would be a wrong number, not a short one. The file name gives way first.
    const QFontMetrics fm(font());
    const int width = f.text.width();
    const QString words = QLocale().toString(c.words);
    const QString percent = tr("%1%").arg(qRound(c.shared * 100));
    QString figures;
    for (const QString &form : {tr("%1 words · %2 shared").arg(words, percent), tr("%1 words · %2").arg(words, percent),
                                tr("%1 · %2").arg(words, percent), words}) {
        if (fm.horizontalAdvance(form) <= width) {
            figures = form;
            break;
        }
    }
    f.details = figures;
    if (!c.fileName.isEmpty() && !titleIsFile) {
        const QString separator = figures.isEmpty() ? QString() : u" · "_s;
        const int room = width - fm.horizontalAdvance(separator + figures);
        if (fm.horizontalAdvance(c.fileName) <= room)
            f.details = c.fileName + separator + figures;
        else if (room > fm.horizontalAdvance(u"…xxx"_s))
            f.details = fm.elidedText(c.fileName, Qt::ElideMiddle, room) + separator + figures;
    }
    return f;
}

QRect ColumnHeaderBar::titleLine(const Face &f, const Column &c, QPainter *p) const
{
    QFont bold = font();
    bold.setBold(true);
    QRect line(f.text.left(), f.text.top(), f.text.width(), QFontMetrics(bold).height());
    if (c.reference)
        line.setRight(line.right() - paintBadge(p, line, tr("Reference"), true));
    if (f.languageBadge)
        line.setRight(line.right() - paintBadge(p, line, languageBadge(c), false));
    return line;
}

QString ColumnHeaderBar::shownTitle(int column) const
{
    return column >= 0 && column < std::min(columnCount(), int(m_extents.size())) ? face(column, headerRect(column)).title
                                                                                  : QString();
}

QString ColumnHeaderBar::shownDetails(int column) const
{
    return column >= 0 && column < std::min(columnCount(), int(m_extents.size())) ? face(column, headerRect(column)).details
                                                                                  : QString();
}

void ColumnHeaderBar::paintHeader(QPainter &p, int column, const QRect &r, bool ghost)
{
    const Column &c = m_columns[size_t(column)];
    const Face f = face(column, r);
    const QPalette &pal = palette();
    QColor bg = pal.color(QPalette::Button);
    if (ghost)
        bg.setAlpha(210);
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.setBrush(bg);
    p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    p.setBrush(Qt::NoBrush);

    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    const QRect line = titleLine(f, c, &p);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::ButtonText));
    p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, f.title);

    const QFontMetrics fm(font());
    p.setFont(font());
    QColor dim = pal.color(QPalette::ButtonText);
    dim.setAlphaF(0.7f);
    p.setPen(dim);
    const QRect second(f.text.left(), f.text.top() + bfm.height() + 2, f.text.width(), fm.height());
    p.drawText(second, Qt::AlignLeft | Qt::AlignVCenter, f.details);

    // The shared share as a thin bar along the bottom edge.
    const int barWidth = qRound((r.width() - 2) * std::clamp(c.shared, 0.0, 1.0));
    QColor accent = pal.color(QPalette::Highlight);
    p.fillRect(QRect(r.left() + 1, r.bottom() - 2, barWidth, 2), accent);
}

// A badge at the right of the title line ("Reference" filled, the language code outlined);
// returns the width it took, gap included. The title gives way to badges: which article is the
// reference and what language it is read in matter more than its full title. A badge that would
// take more than half of what is left is not drawn.
int ColumnHeaderBar::paintBadge(QPainter *p, const QRect &titleLine, const QString &label, bool filled) const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    small.setBold(true);
    const QFontMetrics fm(small);
    const int width = fm.horizontalAdvance(label) + 10;
    if (label.isEmpty() || width > titleLine.width() / 2)
        return 0;
    if (!p)
        return width + 6;
    const QRect badge(titleLine.right() - width + 1, titleLine.top() + (titleLine.height() - fm.height() - 2) / 2, width,
                      fm.height() + 2);
    p->setFont(small);
    if (filled) {
        p->setPen(Qt::NoPen);
        p->setBrush(palette().color(QPalette::Highlight));
        p->drawRoundedRect(badge, 3, 3);
        p->setBrush(Qt::NoBrush);
        p->setPen(palette().color(QPalette::HighlightedText));
    } else {
        QColor dim = palette().color(QPalette::ButtonText);
        dim.setAlphaF(0.7f);
        p->setPen(QPen(dim, 1));
        p->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    }
    p->drawText(badge, Qt::AlignCenter, label);
    return width + 6;
}

// The language's primary subtag in capitals ("EN", "PT"), marked when chosen rather than
// identified; "?" when nothing was identified and nothing chosen (the engine then reads the text
// in the others' language, which the tooltip names).
QString ColumnHeaderBar::languageBadge(const Column &c)
{
    if (c.language.isEmpty() || (c.identified.isEmpty() && !c.languageChosen))
        return u"?"_s;
    const QString code = c.language.section(u'-', 0, 0).toUpper();
    return c.languageChosen ? code + u'*' : code;
}

QString ColumnHeaderBar::languageName(const QString &code)
{
    //: The BCP-47 code of this translation's language ("de", "pt"): language names are shown in it.
    const QString name = LanguageNames::displayName(code, tr("en"));
    return name.isEmpty() ? code : name;
}

QString ColumnHeaderBar::languageTip(const Column &c)
{
    if (c.languageChosen && !c.identified.isEmpty() && c.identified != c.language)
        return tr("Read as %1 (chosen; identified as %2)").arg(languageName(c.language), languageName(c.identified));
    if (c.languageChosen)
        return tr("Read as %1 (chosen)").arg(languageName(c.language));
    if (c.identified.isEmpty())
        return tr("Language unknown: read as %1").arg(languageName(c.language));
    return tr("Language: %1").arg(languageName(c.language));
}

// "Detected" first, then every language the engine has a stemmer for, by name in the window's
// language; the one the article is read in is checked.
QMenu *ColumnHeaderBar::createLanguageMenu(QMenu *parent, int column)
{
    QMenu *menu = parent->addMenu(tr("Language"));
    menu->menuAction()->setObjectName(u"language"_s);
    const bool valid = column >= 0 && column < int(m_columns.size());
    menu->setEnabled(valid);
    if (!valid)
        return menu;
    const Column &c = m_columns[size_t(column)];
    auto *group = new QActionGroup(menu);
    QAction *detected = menu->addAction(
        c.identified.isEmpty() ? tr("Detected (unknown)") : tr("Detected (%1)").arg(c.identified));
    detected->setObjectName(u"languageDetected"_s);
    detected->setCheckable(true);
    detected->setChecked(!c.languageChosen);
    detected->setActionGroup(group);
    connect(detected, &QAction::triggered, this, [this, column] { emit languageRequested(column, QString()); });
    menu->addSeparator();
    std::vector<std::pair<QString, QString>> entries; // name, code
    for (const QString &code : LanguageNames::readable())
        entries.emplace_back(languageName(code), code);
    std::sort(entries.begin(), entries.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto &[name, code] : entries) {
        QAction *entry = menu->addAction(tr("%1 (%2)").arg(name, code));
        entry->setObjectName(u"language-"_s + code);
        entry->setCheckable(true);
        entry->setChecked(c.languageChosen && c.language == code);
        entry->setActionGroup(group);
        connect(entry, &QAction::triggered, this, [this, column, lang = code] { emit languageRequested(column, lang); });
    }
    return menu;
}

std::unique_ptr<QMenu> ColumnHeaderBar::createMenu(int column)
{
    auto menu = std::make_unique<QMenu>(this);
    QAction *compare = menu->addAction(tr("Compare Others with This One"));
    compare->setObjectName(u"compareWithThis"_s);
    compare->setCheckable(true);
    const bool valid = column >= 0 && column < int(m_columns.size());
    const bool isReference = valid && m_columns[size_t(column)].reference;
    compare->setChecked(isReference);
    // With two articles each is the other's reference: the marks are symmetric, nothing to choose.
    compare->setEnabled(valid && !isReference && m_columns.size() >= 3);
    compare->setToolTip(tr("Make this article the reference: the changed words of the others are marked against it"));
    connect(compare, &QAction::triggered, this, [this, column] { emit referenceRequested(column); });
    menu->addSeparator();
    int shown = 0;
    for (const Column &c : m_columns)
        shown += c.hidden ? 0 : 1;
    QAction *hide = menu->addAction(tr("Hide Column"));
    hide->setObjectName(u"hideColumn"_s);
    hide->setEnabled(valid && shown > 1);
    connect(hide, &QAction::triggered, this, [this, column] { emit columnHiddenRequested(column, true); });
    QMenu *list = menu->addMenu(tr("Columns"));
    for (int i = 0; i < int(m_columns.size()); ++i) {
        const Column &c = m_columns[size_t(i)];
        QAction *entry = list->addAction(tr("%1 %2").arg(i + 1).arg(c.title));
        entry->setObjectName(u"showColumn%1"_s.arg(i));
        entry->setCheckable(true);
        entry->setChecked(!c.hidden);
        entry->setEnabled(c.hidden || shown > 1); // one column always stays
        connect(entry, &QAction::toggled, this, [this, i](bool on) { emit columnHiddenRequested(i, !on); });
    }
    QAction *all = menu->addAction(tr("Show All Columns"));
    all->setObjectName(u"showAllColumns"_s);
    all->setEnabled(shown < int(m_columns.size()));
    connect(all, &QAction::triggered, this, &ColumnHeaderBar::showAllColumnsRequested);
    menu->addSeparator();
    createLanguageMenu(menu.get(), column);
    menu->addSeparator();
    QAction *close = menu->addAction(tr("Close"));
    close->setEnabled(valid);
    connect(close, &QAction::triggered, this, [this, column] { emit closeRequested(column); });
    return menu;
}

void ColumnHeaderBar::contextMenuEvent(QContextMenuEvent *event)
{
    const int column = columnAt(event->pos().x());
    if (column < 0)
        return;
    createMenu(column)->exec(event->globalPos());
}

void ColumnHeaderBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int count = std::min(int(m_columns.size()), int(m_extents.size()));
    for (int i = 0; i < count; ++i) {
        if (m_extents[size_t(i)].width() <= 0)
            continue; // hidden
        if (m_dragX >= 0 && i == m_pressed) {
            // The column being dragged leaves a dashed slot behind.
            p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
            p.drawRoundedRect(QRectF(headerRect(i)).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
            continue;
        }
        paintHeader(p, i, headerRect(i), false);
    }
    if (m_dragX >= 0 && m_pressed >= 0 && m_pressed < count) {
        const int target = dropIndex(m_dragX);
        if (target >= 0 && target != m_pressed) {
            const QRect t = headerRect(target);
            const int x = target > m_pressed ? t.right() + 4 : t.left() - 4;
            p.fillRect(QRect(x - 1, 0, 3, height()), palette().color(QPalette::Highlight));
        }
        QRect ghost = headerRect(m_pressed);
        ghost.moveLeft(ghost.left() + m_dragX - m_pressX);
        paintHeader(p, m_pressed, ghost, true);
    }
}

void ColumnHeaderBar::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = columnAt(event->position().toPoint().x());
        m_pressX = event->position().toPoint().x();
    }
    QWidget::mousePressEvent(event);
}

void ColumnHeaderBar::mouseMoveEvent(QMouseEvent *event)
{
    const int x = event->position().toPoint().x();
    if (m_pressed >= 0 && (event->buttons() & Qt::LeftButton)) {
        if (m_dragX < 0 && std::abs(x - m_pressX) >= QApplication::startDragDistance())
            m_dragX = x;
        if (m_dragX >= 0) {
            m_dragX = x;
            setCursor(Qt::ClosedHandCursor);
            update();
        }
    } else {
        setCursor(columnAt(x) >= 0 && m_columns.size() > 1 ? Qt::OpenHandCursor : Qt::ArrowCursor);
    }
    setHovered(columnAt(x));
    QWidget::mouseMoveEvent(event);
}

void ColumnHeaderBar::mouseReleaseEvent(QMouseEvent *event)
{
    const int from = m_pressed;
    const bool dragged = m_dragX >= 0;
    const int to = dragged ? dropIndex(event->position().toPoint().x()) : -1;
    m_pressed = -1;
    m_dragX = -1;
    unsetCursor();
    update();
    if (dragged && from >= 0 && to >= 0 && to != from)
        emit columnMoveRequested(from, to);
    QWidget::mouseReleaseEvent(event);
}

bool ColumnHeaderBar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = columnAt(help->pos().x());
        if (i >= 0 && i < int(m_columns.size())) {
            QToolTip::showText(help->globalPos(), toolTipText(i), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void ColumnHeaderBar::leaveEvent(QEvent *event)
{
    setHovered(-1);
    QWidget::leaveEvent(event);
}

void ColumnHeaderBar::setHovered(int column)
{
    if (column == m_hovered)
        return;
    m_hovered = column;
    placeButtons();
    update();
}

void ColumnHeaderBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    if (event->type() == QEvent::StyleChange) {
        for (QToolButton *b : m_closeButtons)
            b->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    }
}
