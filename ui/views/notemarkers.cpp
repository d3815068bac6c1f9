#include "ui/views/notemarkers.h"

#include "core/present/wording.h"
#include "ui/session/noteedits.h"
#include "ui/views/comparisonview.h"
#include "ui/views/continuouspane.h"
#include "ui/views/notemarker.h"
#include "ui/views/synopticpane.h"

#include <QEvent>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

NoteMarkers::NoteMarkers(ComparisonView *view) : QObject(view), m_view(view)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &NoteMarkers::reposition);
    const auto later = [this] { m_timer.start(); };
    if (auto *synoptic = view->findChild<SynopticPane *>()) {
        m_synopticHost = synoptic->viewport();
        connect(synoptic, &SynopticPane::viewChanged, this, later);
        connect(synoptic, &SynopticPane::layoutChanged, this, later);
        connect(synoptic, &SynopticPane::geometryChanged, this, later);
    }
    if (auto *continuous = view->findChild<ContinuousPane *>()) {
        m_continuousHost = continuous;
        connect(continuous, &ContinuousPane::viewChanged, this, later);
        connect(continuous, &ContinuousPane::geometryChanged, this, later);
    }
    // A mode switch shows one pane and hides the other; a resize moves the passages.
    for (QWidget *host : {m_synopticHost, m_continuousHost}) {
        if (host)
            host->installEventFilter(this);
    }
}

void NoteMarkers::setNotes(const PresentedComparisonPtr &comparison, const std::vector<ComparisonNote> &notes,
                           const std::vector<NotePlacement> &placements)
{
    qDeleteAll(m_markers);
    m_markers.clear();
    m_places.clear();
    if (!comparison)
        return;
    const Comparison &c = comparison->comparison();
    const ViewPalette &palette = m_view->viewPalette();
    for (size_t k = 0; k < placements.size() && k < notes.size(); ++k) {
        const NotePlacement &placed = placements[k];
        const ComparisonNote &note = notes[k];
        for (int side = 0; side < 2; ++side) {
            const std::optional<NotePassage> &end = side == 0 ? placed.at : placed.linkedAt;
            if (!end)
                continue;
            QString heading = NoteEdits::verdictName(note.verdict);
            if (placed.at && placed.linkedAt) {
                const NotePassage &other = side == 0 ? *placed.linkedAt : *placed.at;
                heading = tr("%1 on the link with %2").arg(heading, Wording::sourceName(c.documents[size_t(other.doc)]));
            }
            auto *marker = new NoteMarker(int(k), m_view);
            marker->hide();
            marker->setNote(int(k), note.verdict, NoteMarker::colour(palette, note.verdict),
                            NoteMarker::plainToolTip(heading, note.text));
            connect(marker, &NoteMarker::editRequested, this, &NoteMarkers::editRequested);
            connect(marker, &NoteMarker::deleteRequested, this, &NoteMarkers::deleteRequested);
            connect(marker, &NoteMarker::activated, this, &NoteMarkers::activated);
            m_markers.push_back(marker);
            m_places.push_back({end->doc, end->units.first});
        }
    }
    m_timer.start();
}

bool NoteMarkers::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show || event->type() == QEvent::Hide || event->type() == QEvent::Resize)
        m_timer.start();
    return QObject::eventFilter(watched, event);
}

QWidget *NoteMarkers::host() const
{
    switch (m_view->mode()) {
    case ComparisonView::Mode::Synoptic:
        return m_synopticHost;
    case ComparisonView::Mode::Continuous:
        return m_continuousHost;
    case ComparisonView::Mode::Redline:
        break;
    }
    return nullptr;
}

void NoteMarkers::reposition()
{
    QWidget *const on = host();
    // Several notes on one passage stack downwards.
    std::map<std::pair<int, int>, int> stacked;
    for (size_t i = 0; i < m_markers.size(); ++i) {
        NoteMarker *marker = m_markers[i];
        const QRect r = on && on->isVisible() ? m_view->unitRect(m_places[i]) : QRect();
        if (r.isEmpty()) {
            marker->hide();
            continue;
        }
        if (marker->parentWidget() != on)
            marker->setParent(on);
        const QPoint corner = on->mapFrom(m_view, r.topLeft());
        int &below = stacked[{corner.x(), corner.y()}];
        // In the margin before the passage, over its status bar at most: clear of its text. The
        // continuous mode's first column has no margin before its text, so there the mark goes
        // after the passage, into the gutter the bands cross.
        int x = corner.x() - NoteMarker::Size + 3;
        if (x < 0 && on == m_continuousHost)
            x = on->mapFrom(m_view, r.topRight()).x() + 2;
        marker->move(std::max(0, x), corner.y() + 2 + below * (NoteMarker::Size + 2));
        ++below;
        marker->show();
        marker->raise();
    }
}
