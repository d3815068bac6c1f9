#include "ui/views/continuouspane.h"

#include "ui/views/linkgutter.h"
#include "ui/views/passage.h"
#include "ui/views/planhighlighter.h"
#include "ui/views/textcolumn.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

#include <algorithm>

ContinuousPane::ContinuousPane(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
}

ContinuousPane::~ContinuousPane() = default;

int ContinuousPane::columnCount() const
{
    ensurePopulated();
    return int(m_columns.size());
}

TextColumn *ContinuousPane::column(int doc) const
{
    ensurePopulated();
    return doc >= 0 && doc < int(m_columns.size()) ? m_columns[size_t(doc)] : nullptr;
}

LinkGutter *ContinuousPane::gutter(int index) const
{
    return index >= 0 && index < int(m_gutters.size()) ? m_gutters[size_t(index)] : nullptr;
}

void ContinuousPane::setComparison(PresentedComparisonPtr comparison)
{
    m_presented = std::move(comparison);
    m_currentRow = -1;
    m_hoverUnit = {};
    m_selectedUnit = {};
    m_highlighted.clear();
    m_populated = false;
    if (isVisible() || !m_presented)
        populate();
}

void ContinuousPane::ensurePopulated() const
{
    if (!m_populated)
        const_cast<ContinuousPane *>(this)->populate();
}

void ContinuousPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensurePopulated();
}

void ContinuousPane::populate()
{
    m_populated = true;
    const int n = m_presented ? int(m_presented->comparison().documents.size()) : 0;
    auto *box = static_cast<QHBoxLayout *>(layout());
    if (n != int(m_columns.size())) {
        for (QWidget *w : m_gutters)
            delete w;
        for (QWidget *w : m_columns)
            delete w;
        m_gutters.clear();
        m_columns.clear();
        m_highlighters.clear();
        for (int d = 0; d < n; ++d) {
            auto *column = new TextColumn(d, this);
            column->setVerticalScrollBarPolicy(d == n - 1 ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAlwaysOff);
            m_highlighters.push_back(new PlanHighlighter(column->document()));
            connect(column->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, d] { syncFrom(d); });
            connect(column, &TextColumn::hovered, this, &ContinuousPane::onHovered);
            connect(column, &TextColumn::clicked, this, &ContinuousPane::onClicked);
            // A selection dragged out in a column is the passage chosen there (no click comes).
            connect(column, &QPlainTextEdit::selectionChanged, this, [this, column, d] {
                const QTextCursor cursor = column->textCursor();
                if (!m_presented || !cursor.hasSelection())
                    return;
                const int unit = Passage::unitAt(m_presented->comparison(), d, cursor.selectionStart());
                if (unit >= 0)
                    m_selectedUnit = {d, unit};
            });
            connect(column, &TextColumn::menuRequested, this,
                    [this, d](QMenu *menu, qsizetype pos) { onMenu(menu, d, pos); });
            connect(column, &TextColumn::viewportResized, this, &ContinuousPane::geometryChanged);
            if (d > 0) {
                auto *g = new LinkGutter(m_columns.back(), column, this);
                m_gutters.push_back(g);
                box->addWidget(g);
                g->show();
            }
            m_columns.push_back(column);
            box->addWidget(column, 1);
            column->show(); // the pane may be on screen already
        }
    }
    for (int d = 0; d < n; ++d) {
        // Highlight off while the text goes in: one pass over the blocks afterwards.
        m_highlighters[size_t(d)]->setDocument(nullptr);
        m_columns[size_t(d)]->setDocumentText(m_presented->comparison().documents[size_t(d)].text);
        m_highlighters[size_t(d)]->setDocument(m_columns[size_t(d)]->document());
        m_highlighters[size_t(d)]->setPlan(m_presented, d, m_palette);
    }
    updateOutlines();
    updateWaves();
    for (LinkGutter *g : m_gutters) {
        g->setViewPalette(m_palette);
        g->setComparison(m_presented);
    }
    updateMinimumWidths();
    applyHidden();
    // New columns get their geometry now, not at the next event loop turn: callers scroll them
    // right away.
    layout()->activate();
    emit geometryChanged();
}

int ContinuousPane::minimumColumnWidth(const QString &text, const QFontMetrics &metrics)
{
    // Measuring every word of a book costs; the longest few by length hold the widest one.
    constexpr size_t kCandidates = 24;
    std::vector<QStringView> longest;
    const QStringView all(text);
    qsizetype start = -1;
    for (qsizetype i = 0; i <= all.size(); ++i) {
        const bool space = i == all.size() || all[i].isSpace();
        if (!space && start < 0)
            start = i;
        if (!space || start < 0)
            continue;
        const QStringView word = all.mid(start, i - start);
        start = -1;
        if (longest.size() == kCandidates && word.size() <= longest.back().size())
            continue;
        const auto at = std::upper_bound(longest.begin(), longest.end(), word,
                                         [](QStringView a, QStringView b) { return a.size() > b.size(); });
        longest.insert(at, word);
        if (longest.size() > kCandidates)
            longest.pop_back();
    }
    int widest = 0;
    for (QStringView word : longest)
        widest = std::max(widest, metrics.horizontalAdvance(word.toString()));
    // At least about sixteen characters a line, at most about forty for the one long word.
    const int narrowest = 16 * metrics.averageCharWidth(), widestAllowed = 40 * metrics.averageCharWidth();
    // The document margin on both sides, and the cursor's pixel.
    constexpr int kMargins = 2 * 8 + 4;
    return std::clamp(widest, narrowest, widestAllowed) + kMargins;
}

void ContinuousPane::updateMinimumWidths()
{
    if (!m_presented)
        return;
    for (int d = 0; d < int(m_columns.size()); ++d) {
        TextColumn *c = m_columns[size_t(d)];
        const int scrollBar = c->verticalScrollBarPolicy() == Qt::ScrollBarAlwaysOn ? c->verticalScrollBar()->sizeHint().width() : 0;
        c->setMinimumWidth(minimumColumnWidth(m_presented->comparison().documents[size_t(d)].text, c->fontMetrics()) + scrollBar);
    }
}

void ContinuousPane::setHiddenColumns(std::vector<bool> hidden)
{
    m_hidden = std::move(hidden);
    if (m_populated)
        applyHidden();
}

void ContinuousPane::applyHidden()
{
    const int n = int(m_columns.size());
    auto shown = [this, n](int d) { return d >= 0 && d < n && (size_t(d) >= m_hidden.size() || !m_hidden[size_t(d)]); };
    int last = -1;
    for (int d = 0; d < n; ++d) {
        m_columns[size_t(d)]->setVisible(shown(d));
        if (shown(d))
            last = d;
    }
    // A band joins two neighbours only: beside a hidden column there is none to draw.
    for (int g = 0; g < int(m_gutters.size()); ++g)
        m_gutters[size_t(g)]->setVisible(shown(g) && shown(g + 1));
    // The one vertical scroll bar stays at the right edge.
    for (int d = 0; d < n; ++d)
        m_columns[size_t(d)]->setVerticalScrollBarPolicy(d == last ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAlwaysOff);
    updateMinimumWidths();
    layout()->activate();
    emit geometryChanged();
}

void ContinuousPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateMinimumWidths();
}

void ContinuousPane::updateWaves()
{
    for (int d = 0; d < int(m_columns.size()); ++d) {
        std::vector<TextSpan> facts;
        for (const Highlight &h : m_presented->plan().highlights[size_t(d)]) {
            if (h.role == HighlightRole::Fact && !h.span.isEmpty())
                facts.push_back(h.span);
        }
        m_columns[size_t(d)]->setWaves(std::move(facts), m_palette.factColor(FactChange::Kind::Number));
    }
}

void ContinuousPane::setViewPalette(const ViewPalette &palette)
{
    m_palette = palette;
    if (m_populated && m_presented)
        updateWaves();
    for (PlanHighlighter *h : m_highlighters)
        h->setViewPalette(palette);
    for (LinkGutter *g : m_gutters)
        g->setViewPalette(palette);
    updateOutlines();
}

QRect ContinuousPane::columnRect(int doc) const
{
    if (!m_populated)
        return {};
    const TextColumn *c = column(doc);
    if (!c || c->isHidden())
        return {};
    return QRect(c->viewport()->mapTo(this, QPoint(0, 0)), c->viewport()->size());
}

QRect ContinuousPane::unitRect(UnitRef ref) const
{
    const TextColumn *c = column(ref.doc);
    if (!c || !m_presented || ref.unit < 0 || ref.unit >= int(m_presented->comparison().units[size_t(ref.doc)].size()))
        return {};
    const auto [top, bottom] = c->spanExtent(m_presented->comparison().unitSpan(ref.doc, ref.unit));
    if (bottom <= 0 || top >= c->viewport()->height())
        return {};
    const QRect r(0, int(top), c->viewport()->width(), int(bottom - top));
    return r.translated(c->viewport()->mapTo(this, QPoint(0, 0)));
}

qsizetype ContinuousPane::mapPosition(int from, qsizetype pos, int to) const
{
    const Comparison &c = m_presented->comparison();
    const std::vector<UnitInfo> &units = c.units[size_t(from)];
    const qsizetype toLength = c.documents[size_t(to)].text.size();
    if (units.empty() || from == to)
        return std::clamp<qsizetype>(pos, 0, toLength);
    // The link of a unit to the other document, in order (moved links would jump).
    auto counterpart = [&](int unit, TextSpan *mine, TextSpan *theirs) {
        for (int k : units[size_t(unit)].links) {
            const Link &l = c.links[size_t(k)];
            if (l.moved)
                continue;
            if (l.side(from) >= 0 && l.other(from) == to) {
                *mine = l.end(from).span;
                *theirs = l.end(to).span;
                return true;
            }
        }
        return false;
    };
    const int u = Passage::unitAt(c, from, pos);
    TextSpan mine, theirs;
    if (u >= 0 && counterpart(u, &mine, &theirs) && mine.length() > 0) {
        const double f = std::clamp(double(pos - mine.start) / double(mine.length()), 0.0, 1.0);
        return theirs.start + qsizetype(f * double(theirs.length()));
    }
    // Between linked passages: interpolate between the nearest ones on either side.
    const auto fromLength = double(std::max<qsizetype>(1, c.documents[size_t(from)].text.size()));
    double x0 = 0, y0 = 0, x1 = fromLength, y1 = double(toLength);
    for (int i = u - 1; i >= 0; --i) {
        if (counterpart(i, &mine, &theirs)) {
            x0 = double(mine.end);
            y0 = double(theirs.end);
            break;
        }
    }
    for (int i = std::max(0, u + 1); i < int(units.size()); ++i) {
        if (counterpart(i, &mine, &theirs)) {
            x1 = double(mine.start);
            y1 = double(theirs.start);
            break;
        }
    }
    const double f = x1 > x0 ? std::clamp((double(pos) - x0) / (x1 - x0), 0.0, 1.0) : 0.0;
    return std::clamp<qsizetype>(qsizetype(y0 + f * (y1 - y0)), 0, toLength);
}

// The column the user scrolled leads; the others put the corresponding text at the same
// height (a third of the way down, where the eye reads). Guarded: their own scrolling
// would call back here.
void ContinuousPane::syncFrom(int doc)
{
    if (!m_syncing && m_presented) {
        m_syncing = true;
        TextColumn *lead = m_columns[size_t(doc)];
        const int y = lead->viewport()->height() / 3;
        const QScrollBar *v = lead->verticalScrollBar();
        const qsizetype pos = v->value() == 0 ? 0 : v->value() == v->maximum() ? lead->document()->characterCount() - 1 : lead->positionAt(y);
        for (int d = 0; d < int(m_columns.size()); ++d) {
            if (d == doc)
                continue;
            TextColumn *other = m_columns[size_t(d)];
            if (v->value() == 0)
                other->verticalScrollBar()->setValue(0);
            else if (v->value() == v->maximum())
                other->verticalScrollBar()->setValue(other->verticalScrollBar()->maximum());
            else
                other->scrollPositionTo(mapPosition(doc, pos, d), y);
        }
        m_syncing = false;
    }
    updateGutters();
    emit viewChanged();
}

void ContinuousPane::updateGutters()
{
    for (LinkGutter *g : m_gutters)
        g->update();
}

void ContinuousPane::onHovered(int doc, qsizetype pos)
{
    if (!m_presented)
        return;
    const UnitRef unit = pos >= 0 ? UnitRef{doc, Passage::unitAt(m_presented->comparison(), doc, pos)} : UnitRef{};
    if (unit == m_hoverUnit)
        return;
    m_hoverUnit = unit;
    m_highlighted.clear();
    std::vector<int> links;
    if (unit.isValid()) {
        m_highlighted.push_back(unit);
        for (const UnitRef &u : Passage::counterparts(m_presented->comparison(), unit))
            m_highlighted.push_back(u);
        links = m_presented->comparison().units[size_t(doc)][size_t(unit.unit)].links;
        m_columns[size_t(doc)]->viewport()->setToolTip(Passage::toolTip(m_presented->comparison(), unit, pos));
    } else if (doc >= 0 && doc < int(m_columns.size())) {
        m_columns[size_t(doc)]->viewport()->setToolTip({});
    }
    for (LinkGutter *g : m_gutters)
        g->setEmphasised(links);
    updateOutlines();
}

void ContinuousPane::onClicked(int doc, qsizetype pos)
{
    if (!m_presented)
        return;
    const int unit = Passage::unitAt(m_presented->comparison(), doc, pos);
    if (unit < 0)
        return;
    const int row = m_presented->comparison().units[size_t(doc)][size_t(unit)].row;
    m_selectedUnit = {doc, unit};
    // Counterparts off screen come level with the clicked passage; the clicked column stays.
    const TextSpan clicked = m_presented->comparison().unitSpan(doc, unit);
    const int y = std::max(0, int(m_columns[size_t(doc)]->spanExtent(clicked).first));
    m_syncing = true;
    for (const UnitRef &u : Passage::counterparts(m_presented->comparison(), {doc, unit})) {
        TextColumn *other = m_columns[size_t(u.doc)];
        const TextSpan span = m_presented->comparison().unitSpan(u.doc, u.unit);
        const auto [top, bottom] = other->spanExtent(span);
        if (top < 0 || bottom > other->viewport()->height())
            other->scrollPositionTo(span.start, y);
    }
    m_syncing = false;
    updateGutters();
    if (row >= 0)
        emit rowActivated(row, false);
}

void ContinuousPane::updateOutlines()
{
    if (!m_presented)
        return;
    for (int d = 0; d < int(m_columns.size()); ++d) {
        std::vector<TextColumn::Outline> outlines;
        if (m_currentRow >= 0 && m_currentRow < int(m_presented->plan().rows.size())) {
            const CellPlan &cell = m_presented->plan().rows[size_t(m_currentRow)].cells[size_t(d)];
            if (!cell.units.isEmpty())
                outlines.push_back({cell.span, m_palette.focus(), 2, true});
        }
        for (const UnitRef &u : m_highlighted) {
            if (u.doc == d)
                outlines.push_back({m_presented->comparison().unitSpan(d, u.unit), m_palette.hover(), 2});
        }
        if (m_pendingDoc == d)
            outlines.push_back({m_pendingSpan, m_palette.focus(), 2.5, false, Qt::DashLine});
        for (const Link &l : m_presented->comparison().links) {
            if (l.manual && l.side(d) >= 0)
                outlines.push_back({l.end(d).span, m_palette.hover(), 0, false, Qt::SolidLine, true});
        }
        m_columns[size_t(d)]->setOutlines(std::move(outlines));
    }
}

void ContinuousPane::setPendingPassage(int doc, const TextSpan &span)
{
    m_pendingDoc = doc;
    m_pendingSpan = span;
    if (m_populated)
        updateOutlines();
}

std::pair<int, TextSpan> ContinuousPane::selectedPassage() const
{
    if (!m_presented || !m_selectedUnit.isValid() || m_selectedUnit.doc >= int(m_columns.size()))
        return {-1, {}};
    const QTextCursor cursor = m_columns[size_t(m_selectedUnit.doc)]->textCursor();
    if (cursor.hasSelection())
        return {m_selectedUnit.doc, {cursor.selectionStart(), cursor.selectionEnd()}};
    return {m_selectedUnit.doc, m_presented->comparison().unitSpan(m_selectedUnit.doc, m_selectedUnit.unit)};
}

void ContinuousPane::onMenu(QMenu *menu, int doc, qsizetype pos)
{
    if (!m_presented)
        return;
    const int unit = Passage::unitAt(m_presented->comparison(), doc, pos);
    if (unit < 0)
        return;
    // The passage under the mouse is the one the menu's commands act on, unless it lies in the
    // text selected there.
    TextColumn *column = m_columns[size_t(doc)];
    const QTextCursor cursor = column->textCursor();
    if (!(cursor.hasSelection() && pos >= cursor.selectionStart() && pos < cursor.selectionEnd())) {
        // At the position clicked, which is on screen: the column does not scroll to the cursor.
        QTextCursor here(column->document());
        here.setPosition(int(pos));
        column->setTextCursor(here);
    }
    m_selectedUnit = {doc, unit};
    emit passageMenuRequested(menu, m_selectedUnit);
}

void ContinuousPane::setCurrentRow(int row)
{
    ensurePopulated();
    m_currentRow = row;
    updateOutlines();
}

void ContinuousPane::scrollToRow(int row)
{
    if (!m_presented || row < 0 || row >= int(m_presented->plan().rows.size()))
        return;
    ensurePopulated();
    const RowPlan &rp = m_presented->plan().rows[size_t(row)];
    // Lead with the first document that has the row; the others follow through the links
    // but show their own passage of the row when they have one.
    int lead = -1;
    for (int d = 0; d < int(rp.cells.size()) && lead < 0; ++d) {
        if (!rp.cells[size_t(d)].units.isEmpty())
            lead = d;
    }
    if (lead < 0)
        return;
    TextColumn *leadColumn = m_columns[size_t(lead)];
    leadColumn->ensureSpanVisible(rp.cells[size_t(lead)].span);
    // The row's passages side by side, level with the lead's.
    const int y = std::max(0, int(leadColumn->spanExtent(rp.cells[size_t(lead)].span).first));
    m_syncing = true;
    for (int d = 0; d < int(rp.cells.size()); ++d) {
        if (d != lead && !rp.cells[size_t(d)].units.isEmpty())
            m_columns[size_t(d)]->scrollPositionTo(rp.cells[size_t(d)].span.start, y);
    }
    m_syncing = false;
    updateGutters();
}

void ContinuousPane::scrollToUnit(UnitRef ref)
{
    if (TextColumn *c = column(ref.doc); c && m_presented && ref.unit >= 0
        && ref.unit < int(m_presented->comparison().units[size_t(ref.doc)].size()))
        c->ensureSpanVisible(m_presented->comparison().unitSpan(ref.doc, ref.unit));
}

void ContinuousPane::setFindMatches(const FindMatches &matches)
{
    ensurePopulated();
    const QTextCharFormat other = m_palette.findFormat(false);
    const QTextCharFormat current = m_palette.findFormat(true);
    for (int d = 0; d < int(m_columns.size()); ++d) {
        QList<QTextEdit::ExtraSelection> selections;
        auto add = [&](const TextSpan &span, const QTextCharFormat &format) {
            QTextEdit::ExtraSelection s;
            s.cursor = QTextCursor(m_columns[size_t(d)]->document());
            s.cursor.setPosition(int(span.start));
            s.cursor.setPosition(int(span.end), QTextCursor::KeepAnchor);
            s.format = format;
            selections.append(s);
        };
        for (const TextSpan &hit : matches.in(d)) {
            if (!matches.isCurrent(d, hit))
                add(hit, other);
        }
        // Last, so it lies over any other hit it overlaps.
        if (matches.currentDoc() == d)
            add(matches.current(), current);
        m_columns[size_t(d)]->setExtraSelections(selections);
    }
    if (TextColumn *c = column(matches.currentDoc()))
        c->ensureSpanVisible(matches.current());
}

int ContinuousPane::topRow() const
{
    if (!m_populated || m_columns.empty() || !m_presented)
        return -1;
    const TextColumn *c = m_columns.front();
    const int unit = Passage::unitAt(m_presented->comparison(), 0, c->positionAt(0));
    return unit >= 0 ? m_presented->comparison().units[0][size_t(unit)].row : -1;
}

std::vector<std::pair<double, double>> ContinuousPane::visibleFractions() const
{
    std::vector<std::pair<double, double>> out;
    ensurePopulated();
    for (const TextColumn *c : m_columns)
        out.push_back(c->visibleFraction());
    return out;
}

void ContinuousPane::scrollToFraction(int doc, double fraction)
{
    TextColumn *c = column(doc);
    if (!c)
        return;
    QScrollBar *v = c->verticalScrollBar();
    v->setValue(qRound(fraction * (v->maximum() + v->pageStep()) - v->pageStep() / 2.0));
}

void ContinuousPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    emit geometryChanged();
}
