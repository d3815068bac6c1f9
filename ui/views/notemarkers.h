#pragma once

#include "core/present/noteplacer.h"
#include "core/present/presentedcomparison.h"
#include "core/model/unitref.h"

#include <QObject>
#include <QTimer>

#include <vector>

class ComparisonView;
class NoteMarker;
class QWidget;

/// The note markers of a ComparisonView, in both of its modes: one NoteMarker per noted passage
/// (two for a note on a link), at the leading edge of the passage's first unit. They are child
/// widgets of the pane shown, so they clip with it, take their own hover and context menu, and
/// leave the panes' painting alone; they follow the panes' scrolling and layout.
class NoteMarkers : public QObject
{
    Q_OBJECT

public:
    explicit NoteMarkers(ComparisonView *view);

    /// The notes (in list order, `placements` from NoteEdits::place) on `comparison`, with each
    /// note's verdict and text. Replaces the markers shown.
    void setNotes(const PresentedComparisonPtr &comparison, const std::vector<ComparisonNote> &notes,
                  const std::vector<NotePlacement> &placements);
    /// Every marker, shown or not (for tests and the window).
    const std::vector<NoteMarker *> &markers() const { return m_markers; }

signals:
    void editRequested(int note);
    void deleteRequested(int note);
    void activated(int note);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reposition();
    QWidget *host() const;

    ComparisonView *m_view;
    QWidget *m_synopticHost = nullptr;
    QWidget *m_continuousHost = nullptr;
    std::vector<NoteMarker *> m_markers;
    std::vector<UnitRef> m_places; ///< where each marker goes, by marker
    QTimer m_timer;                ///< coalesces the panes' many scroll and layout signals
};
