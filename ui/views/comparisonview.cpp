#include "ui/views/comparisonview.h"

#include "core/present/wording.h"
#include "ui/views/columnheaderbar.h"
#include "ui/views/continuouspane.h"
#include "ui/views/overviewstrip.h"
#include "ui/views/passage.h"
#include "ui/views/redlinepane.h"
#include "ui/views/rowlayout.h"
#include "ui/views/synopticpane.h"
#include "ui/views/textcolumn.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

ComparisonView::ComparisonView(QWidget *parent) : QWidget(parent), m_palette(ViewPalette::forPalette(palette()))
{
    m_header = new ColumnHeaderBar(this);
    m_stack = new QStackedWidget(this);
    m_synoptic = new SynopticPane(m_stack);
    // Continuous mode with many articles: each column keeps the width of its widest word and
    // the columns scroll sideways together, rather than breaking words mid-word (issue #13).
    m_continuousScroll = new QScrollArea(m_stack);
    m_continuousScroll->setObjectName(u"continuousScroll"_s);
    m_continuousScroll->setFrameShape(QFrame::NoFrame);
    m_continuousScroll->setWidgetResizable(true);
    m_continuousScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the columns scroll themselves
    m_continuousScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_continuous = new ContinuousPane(m_continuousScroll);
    m_continuousScroll->setWidget(m_continuous);
    m_stack->addWidget(m_synoptic);
    m_stack->addWidget(m_continuousScroll);
    m_redline = new RedlinePane(m_stack);
    m_stack->addWidget(m_redline);
    m_overview = new OverviewStrip(this);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(0);
    grid->addWidget(m_header, 0, 0);
    grid->addWidget(m_stack, 1, 0);
    grid->addWidget(m_overview, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setRowStretch(1, 1);

    connect(m_header, &ColumnHeaderBar::columnMoveRequested, this, &ComparisonView::columnMoveRequested);
    connect(m_header, &ColumnHeaderBar::closeRequested, this, &ComparisonView::closeDocumentRequested);
    connect(m_header, &ColumnHeaderBar::referenceRequested, this, &ComparisonView::referenceRequested);
    connect(m_header, &ColumnHeaderBar::languageRequested, this, &ComparisonView::languageRequested);
    connect(m_header, &ColumnHeaderBar::columnHiddenRequested, this, &ComparisonView::setColumnHidden);
    connect(m_header, &ColumnHeaderBar::showAllColumnsRequested, this, &ComparisonView::showAllColumns);
    connect(m_continuousScroll->horizontalScrollBar(), &QScrollBar::valueChanged, this, &ComparisonView::updateHeaders);
    connect(m_synoptic, &SynopticPane::geometryChanged, this, &ComparisonView::updateHeaders);
    connect(m_continuous, &ContinuousPane::geometryChanged, this, &ComparisonView::updateHeaders);
    connect(m_synoptic, &SynopticPane::viewChanged, this, &ComparisonView::updateOverviewFrame);
    connect(m_continuous, &ContinuousPane::viewChanged, this, &ComparisonView::updateOverviewFrame);
    // Row heights settle in idle time; redraw the miniature a few times a second, not per batch.
    m_overviewTimer.setSingleShot(true);
    m_overviewTimer.setInterval(150);
    connect(&m_overviewTimer, &QTimer::timeout, this, &ComparisonView::updateOverview);
    connect(m_synoptic, &SynopticPane::layoutChanged, this, [this] {
        if (!m_overviewTimer.isActive())
            m_overviewTimer.start();
        updateOverviewFrame();
    });
    connect(m_synoptic, &SynopticPane::rowActivated, this, &ComparisonView::setCurrentRow);
    connect(m_continuous, &ContinuousPane::rowActivated, this, &ComparisonView::setCurrentRow);
    connect(m_synoptic, &SynopticPane::passageMenuRequested, this, &ComparisonView::passageMenuRequested);
    connect(m_continuous, &ContinuousPane::passageMenuRequested, this, &ComparisonView::passageMenuRequested);
    connect(m_synoptic, &SynopticPane::copyRequested, this, [this](int row, int doc, bool withSource) {
        const CellPlan &cell = m_presented->plan().rows[size_t(row)].cells[size_t(doc)];
        const QString text = withSource ? Passage::withSource(m_presented->comparison(), doc, cell.span)
                                        : m_presented->comparison().documents[size_t(doc)].slice(cell.span).toString();
        QApplication::clipboard()->setText(text);
    });
    connect(m_synoptic, &SynopticPane::copySelectionRequested, this, &ComparisonView::copyPassage);
    connect(m_overview, &OverviewStrip::jumpRequested, this, [this](double fraction, int lane) {
        if (m_mode == Mode::Synoptic)
            m_synoptic->scrollToFraction(fraction);
        else
            m_continuous->scrollToFraction(lane, fraction);
    });
    auto *copy = new QShortcut(QKeySequence::Copy, m_synoptic, this, &ComparisonView::copyPassage, Qt::WidgetWithChildrenShortcut);
    copy->setObjectName(u"copyPassage"_s);
    setFocusProxy(m_synoptic);
    applyPalette();
}

ComparisonView::~ComparisonView() = default;

PresentedComparisonPtr ComparisonView::presented() const
{
    return m_presented;
}

void ComparisonView::setComparison(PresentedComparisonPtr comparison, const std::vector<int> &previousToNew)
{
    if (!comparison) {
        clear();
        return;
    }
    // The same documents again (new options, a moved column): remember the passage at the top and
    // the current one by text position, which survives a change of units.
    struct Anchor
    {
        int doc = -1;
        qsizetype pos = 0;
        int offset = 0;
    };
    auto anchorOfRow = [this](int row) {
        Anchor a;
        if (row < 0 || !m_presented || row >= int(m_presented->plan().rows.size()))
            return a;
        const RowPlan &rp = m_presented->plan().rows[size_t(row)];
        for (int d = 0; d < int(rp.cells.size()) && a.doc < 0; ++d) {
            if (!rp.cells[size_t(d)].units.isEmpty()) {
                a.doc = d;
                a.pos = rp.cells[size_t(d)].span.start;
            }
        }
        return a;
    };
    Anchor top, current;
    if (m_presented) {
        int offset = 0;
        const int row = m_mode == Mode::Synoptic ? m_synoptic->topRow(&offset) : m_continuous->topRow();
        top = anchorOfRow(row);
        top.offset = offset;
        current = anchorOfRow(m_currentRow);
    }
    const Comparison &next = comparison->comparison();
    auto rowOf = [&](const Anchor &a) {
        if (a.doc < 0 || a.doc >= int(previousToNew.size()) || previousToNew[size_t(a.doc)] < 0)
            return -1;
        const int doc = previousToNew[size_t(a.doc)];
        if (doc >= int(next.documents.size()))
            return -1;
        const int unit = Passage::unitAt(next, doc, a.pos);
        return unit >= 0 ? next.units[size_t(doc)][size_t(unit)].row : -1;
    };
    const int topRow = rowOf(top);
    const int currentRow = rowOf(current);

    // Hidden columns follow their documents into the new comparison; other documents start shown.
    std::vector<bool> hidden(next.documents.size(), false);
    for (size_t d = 0; d < m_hidden.size() && d < previousToNew.size(); ++d) {
        const int to = previousToNew[d];
        if (m_hidden[d] && to >= 0 && to < int(hidden.size()))
            hidden[size_t(to)] = true;
    }
    if (std::find(hidden.begin(), hidden.end(), false) == hidden.end())
        hidden.assign(hidden.size(), false);
    m_hidden = std::move(hidden);

    m_presented = std::move(comparison);
    m_currentRow = -1;
    m_find = {};
    m_synoptic->setHiddenColumns(m_hidden);
    m_continuous->setHiddenColumns(m_hidden);
    m_synoptic->setComparison(m_presented);
    m_continuous->setComparison(m_presented);
    m_redline->setComparison(m_presented);
    updateHeaderColumns();
    updateFocusProxy();
    if (currentRow >= 0)
        setCurrentRow(currentRow);
    else
        emit currentRowChanged(-1);
    if (topRow >= 0) {
        if (m_mode == Mode::Synoptic)
            m_synoptic->scrollToRowOffset(topRow, top.offset);
        else
            m_continuous->scrollToRow(topRow);
    }
    updateOverview();
    emit differencePositionChanged();
}

void ComparisonView::clear()
{
    m_presented.reset();
    m_hidden.clear();
    m_synoptic->setHiddenColumns({});
    m_continuous->setHiddenColumns({});
    m_find = {};
    m_synoptic->setComparison(nullptr);
    m_continuous->setComparison(nullptr);
    m_redline->setComparison(nullptr);
    updateHeaderColumns();
    updateOverview();
    if (m_currentRow != -1) {
        m_currentRow = -1;
        emit currentRowChanged(-1);
    }
    emit differencePositionChanged();
}

void ComparisonView::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    // The passage on screen stays on screen.
    const int row = m_currentRow >= 0 ? m_currentRow
                    : m_mode == Mode::Synoptic ? m_synoptic->topRow()
                                               : m_continuous->topRow();
    m_mode = mode;
    m_stack->setCurrentWidget(mode == Mode::Synoptic     ? static_cast<QWidget *>(m_synoptic)
                              : mode == Mode::Continuous ? static_cast<QWidget *>(m_continuousScroll)
                                                         : m_redline);
    // One column of running text: no article headers or row overview to show.
    m_header->setVisible(mode != Mode::Redline);
    m_overview->setVisible(mode != Mode::Redline);
    if (mode == Mode::Continuous) {
        // The continuous pane follows the shared state only while it shows.
        m_continuous->setCurrentRow(m_currentRow);
        m_continuous->setFindMatches(m_find);
    }
    updateFocusProxy();
    updateHeaders();
    if (row >= 0)
        scrollToRow(row);
    updateOverview();
}

void ComparisonView::updateFocusProxy()
{
    // The window focuses the view (after the find bar closes, say): the text gets it.
    if (m_mode == Mode::Redline)
        setFocusProxy(m_redline);
    else if (m_mode == Mode::Synoptic || !m_presented)
        setFocusProxy(m_synoptic);
    else
        setFocusProxy(m_continuous->column(0));
}

ComparisonView::Mode ComparisonView::mode() const
{
    return m_mode;
}

void ComparisonView::setDifferencesOnly(bool on)
{
    m_synoptic->setDifferencesOnly(on);
    m_differencesOnly = on;
    updateOverview();
}

bool ComparisonView::differencesOnly() const
{
    return m_differencesOnly;
}

void ComparisonView::setColumnHidden(int doc, bool hidden)
{
    if (doc < 0 || doc >= int(m_hidden.size()) || m_hidden[size_t(doc)] == hidden)
        return;
    if (hidden && std::count(m_hidden.begin(), m_hidden.end(), false) <= 1)
        return; // the last column shown stays
    m_hidden[size_t(doc)] = hidden;
    applyHiddenColumns();
}

bool ComparisonView::isColumnHidden(int doc) const
{
    return doc >= 0 && doc < int(m_hidden.size()) && m_hidden[size_t(doc)];
}

void ComparisonView::showAllColumns()
{
    if (std::find(m_hidden.begin(), m_hidden.end(), true) == m_hidden.end())
        return;
    m_hidden.assign(m_hidden.size(), false);
    applyHiddenColumns();
}

void ComparisonView::applyHiddenColumns()
{
    m_synoptic->setHiddenColumns(m_hidden);
    m_continuous->setHiddenColumns(m_hidden);
    updateHeaderColumns();
    emit hiddenColumnsChanged();
}

int ComparisonView::currentRow() const
{
    return m_currentRow;
}

void ComparisonView::setCurrentRow(int row, bool scroll)
{
    if (m_presented && row >= int(m_presented->plan().rows.size()))
        row = -1;
    m_synoptic->setCurrentRow(row);
    if (m_mode == Mode::Continuous)
        m_continuous->setCurrentRow(row);
    if (row == m_currentRow)
        return;
    m_currentRow = row;
    if (row >= 0 && scroll)
        scrollToRow(row);
    emit currentRowChanged(row);
    emit differencePositionChanged();
}

std::pair<int, int> ComparisonView::differencePosition() const
{
    if (!m_presented)
        return {0, 0};
    const std::vector<RowPlan> &rows = m_presented->plan().rows;
    int n = 0, total = 0;
    for (int r = 0; r < int(rows.size()); ++r) {
        if (rows[size_t(r)].identical)
            continue;
        ++total;
        if (r == m_currentRow)
            n = total;
    }
    return {n, total};
}

std::pair<int, TextSpan> ComparisonView::textSelection() const
{
    if (m_mode == Mode::Synoptic)
        return m_synoptic->textSelection();
    if (m_mode == Mode::Continuous) {
        for (int d = 0; d < m_continuous->columnCount(); ++d) {
            const QTextCursor cursor = m_continuous->column(d)->textCursor();
            if (m_continuous->column(d)->hasFocus() && cursor.hasSelection())
                return {d, {cursor.selectionStart(), cursor.selectionEnd()}};
        }
    }
    return {-1, {}};
}

QRect ComparisonView::cellRect(int row, int doc) const
{
    if (m_mode != Mode::Synoptic)
        return {};
    const QRect r = m_synoptic->cellRect(row, doc);
    return r.isEmpty() ? r : r.translated(m_synoptic->viewport()->mapTo(this, QPoint(0, 0)));
}

QRect ComparisonView::rowRect(int row) const
{
    if (m_mode != Mode::Synoptic)
        return {};
    const QRect r = m_synoptic->rowRect(row);
    return r.isEmpty() ? r : r.translated(m_synoptic->viewport()->mapTo(this, QPoint(0, 0)));
}

QRect ComparisonView::unitRect(UnitRef ref) const
{
    if (m_mode == Mode::Synoptic) {
        const QRect r = m_synoptic->unitRect(ref);
        return r.isEmpty() ? r : r.translated(m_synoptic->viewport()->mapTo(this, QPoint(0, 0)));
    }
    const QRect r = m_continuous->unitRect(ref);
    return r.isEmpty() ? r : r.translated(m_continuous->mapTo(this, QPoint(0, 0)));
}

int ComparisonView::visibleRowCount() const
{
    return m_synoptic->visibleRowCount();
}

bool ComparisonView::isRowFolded(int row) const
{
    const RowLayout &layout = m_synoptic->rowLayout();
    const int line = layout.lineOfRow(row);
    return line >= 0 && layout.line(line).fold;
}

bool ComparisonView::expandFoldAt(int row)
{
    const bool expanded = m_synoptic->expandFoldAt(row);
    if (expanded)
        updateOverview();
    return expanded;
}

int ComparisonView::hoveredRow() const
{
    if (m_mode == Mode::Synoptic)
        return m_synoptic->hoveredRow();
    const UnitRef u = m_continuous->hoveredUnit();
    return u.isValid() && m_presented ? m_presented->comparison().units[size_t(u.doc)][size_t(u.unit)].row : -1;
}

std::vector<UnitRef> ComparisonView::highlightedUnits() const
{
    return m_mode == Mode::Synoptic ? m_synoptic->highlightedUnits() : m_continuous->highlightedUnits();
}

std::pair<int, TextSpan> ComparisonView::selectedPassage() const
{
    switch (m_mode) {
    case Mode::Synoptic:
        return m_synoptic->selectedPassage();
    case Mode::Continuous:
        return m_continuous->selectedPassage();
    case Mode::Redline:
        break;
    }
    return {-1, {}};
}

void ComparisonView::setPendingPassage(int doc, const TextSpan &span)
{
    m_synoptic->setPendingPassage(doc, span);
    m_continuous->setPendingPassage(doc, span);
}

std::pair<int, TextSpan> ComparisonView::findHit() const
{
    return {m_find.currentDoc(), m_find.current()};
}

QString ComparisonView::passageWithSource(UnitRef first, int count) const
{
    if (!m_presented || !first.isValid() || first.doc >= int(m_presented->comparison().units.size()))
        return {};
    const auto &units = m_presented->comparison().units[size_t(first.doc)];
    if (first.unit >= int(units.size()))
        return {};
    const int last = std::min(int(units.size()), first.unit + std::max(1, count)) - 1;
    const TextSpan span{units[size_t(first.unit)].span.start, units[size_t(last)].span.end};
    return Passage::withSource(m_presented->comparison(), first.doc, span);
}

void ComparisonView::copyPassage()
{
    if (!m_presented)
        return;
    // The selection first, as plain text; without one, the passage with its source.
    if (const auto [doc, span] = textSelection(); doc >= 0) {
        QApplication::clipboard()->setText(m_presented->comparison().documents[size_t(doc)].slice(span).toString());
        return;
    }
    auto [row, doc] = m_synoptic->copyCell();
    if (m_mode == Mode::Continuous) {
        row = m_currentRow;
        doc = -1;
        for (int d = 0; d < m_continuous->columnCount(); ++d) {
            if (m_continuous->column(d)->hasFocus())
                doc = d;
        }
    }
    if (row < 0 || row >= int(m_presented->plan().rows.size()))
        return;
    const auto &cells = m_presented->plan().rows[size_t(row)].cells;
    if (doc < 0 || cells[size_t(doc)].units.isEmpty()) {
        doc = -1;
        for (int d = 0; d < int(cells.size()) && doc < 0; ++d) {
            if (!cells[size_t(d)].units.isEmpty())
                doc = d;
        }
    }
    if (doc < 0)
        return;
    QApplication::clipboard()->setText(Passage::withSource(m_presented->comparison(), doc, cells[size_t(doc)].span));
    emit statusMessage(tr("Copied the passage of %1").arg(m_presented->comparison().documents[size_t(doc)].title));
}

int ComparisonView::anchorRowForNavigation(bool forward) const
{
    if (m_currentRow >= 0)
        return m_currentRow;
    // No current row yet: start from what is on screen.
    const int top = m_mode == Mode::Synoptic ? m_synoptic->topRow() : m_continuous->topRow();
    return forward ? std::max(-1, top - 1) : std::max(0, top) + 1;
}

bool ComparisonView::step(RowKind kind, bool forward)
{
    if (!m_presented || m_presented->plan().rows.empty())
        return false;
    auto matches = [&](const RowPlan &r) {
        switch (kind) {
        case RowKind::Difference: return !r.identical;
        case RowKind::Unique: return r.hasUnique;
        case RowKind::Fact: return r.hasFact;
        }
        return false;
    };
    const std::vector<RowPlan> &rows = m_presented->plan().rows;
    const int n = int(rows.size());
    const int dir = forward ? 1 : -1;
    for (int r = anchorRowForNavigation(forward) + dir; r >= 0 && r < n; r += dir) {
        if (matches(rows[size_t(r)])) {
            setCurrentRow(r);
            scrollToRow(r);
            // "3 of 17": where the reader is among all of this kind.
            const auto upTo = std::count_if(rows.begin(), rows.begin() + r + 1, matches);
            const auto total = upTo + std::count_if(rows.begin() + r + 1, rows.end(), matches);
            const QString of = kind == RowKind::Difference ? tr("Difference %1 of %2")
                               : kind == RowKind::Unique   ? tr("Unique passage %1 of %2")
                                                           : tr("Changed fact %1 of %2");
            emit statusMessage(of.arg(upTo).arg(total));
            return true;
        }
    }
    switch (kind) {
    case RowKind::Difference:
        emit statusMessage(forward ? tr("No more differences") : tr("No earlier differences"));
        break;
    case RowKind::Unique:
        emit statusMessage(forward ? tr("No more unique passages") : tr("No earlier unique passages"));
        break;
    case RowKind::Fact:
        emit statusMessage(forward ? tr("No more changed facts") : tr("No earlier changed facts"));
        break;
    }
    return false;
}

bool ComparisonView::nextDifference() { return step(RowKind::Difference, true); }
bool ComparisonView::previousDifference() { return step(RowKind::Difference, false); }
bool ComparisonView::nextUnique() { return step(RowKind::Unique, true); }
bool ComparisonView::previousUnique() { return step(RowKind::Unique, false); }
bool ComparisonView::nextFact() { return step(RowKind::Fact, true); }
bool ComparisonView::previousFact() { return step(RowKind::Fact, false); }

bool ComparisonView::find(const QString &text, bool backward, bool caseSensitive)
{
    if (!m_presented || text.isEmpty())
        return false;
    const Comparison &c = m_presented->comparison();
    const Qt::CaseSensitivity cs = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    // Hits in reading order of the view: by row, then column, then position.
    auto rowAt = [&c](int doc, qsizetype pos) {
        for (int u = Passage::unitAt(c, doc, pos); u >= 0; --u) {
            if (c.units[size_t(doc)][size_t(u)].row >= 0)
                return c.units[size_t(doc)][size_t(u)].row;
        }
        return 0;
    };
    const int lastDoc = m_find.currentDoc();
    const TextSpan last = m_find.current();
    m_find = FindMatches::search(c, text, cs);
    using Key = std::tuple<int, int, qsizetype>;
    std::vector<Key> hits;
    for (int d = 0; d < int(c.documents.size()); ++d) {
        if (isColumnHidden(d))
            continue; // what is not shown is neither counted nor visited
        for (const TextSpan &hit : m_find.in(d))
            hits.emplace_back(rowAt(d, hit.start), d, hit.start);
    }
    if (hits.empty()) {
        m_findPosition = {0, 0};
        m_find = {};
        applyFind();
        emit statusMessage(tr("Not found: %1").arg(text));
        return false;
    }
    std::sort(hits.begin(), hits.end());
    Key from;
    // The same text again moves on; a new text (typed on) may still match where the last hit
    // starts, so searching forward starts there.
    const bool again = text.compare(m_findText, cs) == 0;
    m_findText = text;
    if (lastDoc >= 0)
        from = Key(rowAt(lastDoc, last.start), lastDoc, last.start - (again || backward ? 0 : 1));
    else
        from = Key(anchorRowForNavigation(!backward) + (backward ? 0 : 1), backward ? INT_MAX : -1, backward ? 0 : -1);
    auto it = backward ? std::lower_bound(hits.begin(), hits.end(), from) : std::upper_bound(hits.begin(), hits.end(), from);
    bool wrapped = false;
    if (backward) {
        if (it == hits.begin()) {
            it = hits.end();
            wrapped = true;
        }
        --it;
    } else if (it == hits.end()) {
        it = hits.begin();
        wrapped = true;
    }
    const auto [row, doc, pos] = *it;
    m_findPosition = {int(it - hits.begin()) + 1, int(hits.size())};
    m_find.setCurrent(doc, {pos, pos + text.size()});
    m_synoptic->setFindMatches(m_find);
    setCurrentRow(row);
    scrollToRow(row);
    if (m_mode == Mode::Continuous)
        m_continuous->setFindMatches(m_find);
    emit statusMessage(wrapped ? tr("Search wrapped: %1").arg(text) : QString());
    return true;
}

void ComparisonView::clearFind()
{
    m_find = {};
    m_findPosition = {0, 0};
    applyFind();
}

void ComparisonView::applyFind()
{
    m_synoptic->setFindMatches(m_find);
    if (m_mode == Mode::Continuous)
        m_continuous->setFindMatches(m_find);
}

void ComparisonView::scrollToRow(int row)
{
    if (!m_presented || row < 0 || row >= int(m_presented->plan().rows.size()))
        return;
    if (m_mode == Mode::Synoptic)
        m_synoptic->ensureRowVisible(row);
    else
        m_continuous->scrollToRow(row);
    updateOverviewFrame();
}

void ComparisonView::scrollToUnit(int doc, int unit)
{
    if (!m_presented || doc < 0 || doc >= int(m_presented->comparison().units.size()) || unit < 0
        || unit >= int(m_presented->comparison().units[size_t(doc)].size()))
        return;
    const int row = m_presented->comparison().units[size_t(doc)][size_t(unit)].row;
    if (row >= 0)
        setCurrentRow(row);
    if (m_mode == Mode::Synoptic)
        scrollToRow(row);
    else
        m_continuous->scrollToUnit({doc, unit});
}

void ComparisonView::updateHeaderColumns()
{
    std::vector<ColumnHeaderBar::Column> columns;
    if (m_presented) {
        const Comparison &c = m_presented->comparison();
        for (size_t d = 0; d < c.documents.size(); ++d) {
            const Document &doc = c.documents[d];
            const DocumentStats &s = c.stats[d];
            // Two articles are marked symmetrically: neither is the reference then.
            const bool reference = c.documents.size() >= 3 && int(d) == c.baseDocument;
            const bool chosen
                = !c.options.language.isEmpty() || (d < c.options.languages.size() && !c.options.languages[d].isEmpty());
            columns.push_back({doc.title, Wording::sourceName(doc), doc.path == u"-"_s ? QString() : doc.path, s.words,
                               1.0 - s.share(s.uniqueWords), reference, isColumnHidden(int(d)),
                               d < c.languages.size() ? c.languages[d] : doc.language, doc.language, chosen});
        }
    }
    m_header->setColumns(std::move(columns));
    updateHeaders();
}

void ComparisonView::updateHeaders()
{
    std::vector<QRect> extents;
    for (int d = 0; d < m_header->columnCount(); ++d) {
        QRect r = m_mode == Mode::Synoptic ? m_synoptic->columnRect(d).translated(m_synoptic->viewport()->mapTo(this, QPoint(0, 0)))
                                           : m_continuous->columnRect(d).translated(m_continuous->mapTo(this, QPoint(0, 0)));
        r.translate(-m_header->x(), 0);
        extents.push_back(r);
    }
    m_header->setColumnGeometry(extents);
}

void ComparisonView::updateOverview()
{
    if (!m_presented) {
        m_overview->setLanes({}, {}, {});
        m_overview->setVisibleParts({});
        return;
    }
    const Comparison &c = m_presented->comparison();
    const int n = int(c.documents.size());
    auto colour = [this](UnitStatus s) {
        // Differences stand out; agreement stays quiet.
        return s == UnitStatus::Match || s == UnitStatus::Furniture ? m_palette.background(s) : m_palette.marker(s);
    };
    std::vector<std::vector<OverviewStrip::Segment>> lanes(static_cast<size_t>(n));
    std::vector<double> ticks;
    if (m_mode == Mode::Synoptic) {
        const RowLayout &layout = m_synoptic->rowLayout();
        const double total = std::max(1, layout.totalHeight());
        for (int i = 0; i < layout.lineCount(); ++i) {
            const RowLayout::Line &line = layout.line(i);
            const double top = layout.lineTop(i) / total, bottom = (layout.lineTop(i) + layout.lineHeight(i)) / total;
            if (line.fold)
                continue;
            const RowPlan &rp = m_presented->plan().rows[size_t(line.firstRow)];
            for (int d = 0; d < n; ++d) {
                const CellPlan &cell = rp.cells[size_t(d)];
                if (cell.units.isEmpty())
                    continue;
                // A tucked lone paragraph (CellPlan::lone) keeps its own colour, for its share of the text.
                const double linked = cell.lone.isEmpty() ? 1.0
                                                          : double(cell.loneSpan.start - cell.span.start)
                                                                / double(std::max<qsizetype>(1, cell.span.end - cell.span.start));
                const double split = top + (bottom - top) * linked;
                lanes[size_t(d)].push_back({top, split, colour(cell.status)});
                if (!cell.lone.isEmpty())
                    lanes[size_t(d)].push_back({split, bottom, colour(UnitStatus::Unique)});
            }
            if (rp.hasFact)
                ticks.push_back((top + bottom) / 2);
        }
    } else {
        for (int d = 0; d < n; ++d) {
            const auto total = double(std::max<qsizetype>(1, c.documents[size_t(d)].text.size()));
            for (const UnitInfo &u : c.units[size_t(d)])
                lanes[size_t(d)].push_back({double(u.span.start) / total, double(u.span.end) / total, colour(u.status)});
        }
    }
    m_overview->setLanes(std::move(lanes), std::move(ticks), m_palette.factColor(FactChange::Kind::Number));
    updateOverviewFrame();
}

void ComparisonView::updateOverviewFrame()
{
    if (!m_presented)
        return;
    if (m_mode == Mode::Synoptic) {
        const auto [from, to] = m_synoptic->visibleFraction();
        m_overview->setVisibleParts({{from, to}});
    } else {
        m_overview->setVisibleParts(m_continuous->visibleFractions());
    }
}

void ComparisonView::applyPalette()
{
    m_palette = ViewPalette::forPalette(palette());
    m_synoptic->setViewPalette(m_palette);
    m_continuous->setViewPalette(m_palette);
    m_redline->setViewPalette(m_palette);
    updateOverview();
}

void ComparisonView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}
