#pragma once

// Driving the main window as a user does, for the widget tests that open the seed articles and
// work on their passages: open and wait, click a passage, press a key, wait for the comparison
// a change starts.

#include "tests/common/testwindow.h"
#include "ui/views/comparisonview.h"
#include "ui/views/synopticpane.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>

#include <optional>

namespace WindowDriver {

/// How long an alignment may take, in milliseconds.
constexpr int Timeout = 30000;

inline const Comparison &shown(const MainWindow &window)
{
    return window.view()->presented()->comparison();
}

inline void openAndWait(MainWindow &window, const QStringList &paths)
{
    window.openFiles(paths);
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->documentCount() == int(paths.size()) && TestWindow::settled(window), Timeout);
}

/// The first unit of `doc` with `status` that holds at least `minLength` characters.
inline std::optional<UnitRef> firstUnit(const Comparison &c, int doc, UnitStatus status, qsizetype minLength = 40)
{
    const auto &units = c.units[size_t(doc)];
    for (int u = 0; u < int(units.size()); ++u) {
        if (units[size_t(u)].status == status && units[size_t(u)].span.length() >= minLength)
            return UnitRef{doc, u};
    }
    return std::nullopt;
}

/// Clicks `unit`'s passage in the synoptic view, which makes it the chosen passage.
inline void clickUnit(MainWindow &window, UnitRef unit)
{
    ComparisonView *view = window.view();
    view->scrollToUnit(unit.doc, unit.unit);
    const QRect r = view->unitRect(unit);
    QVERIFY2(!r.isEmpty(), "the passage is not on screen");
    auto *pane = view->findChild<SynopticPane *>();
    QTest::mouseClick(pane->viewport(), Qt::LeftButton, {}, pane->viewport()->mapFrom(view, r.center()));
    QCOMPARE(view->selectedPassage().first, unit.doc);
}

/// Presses a key on the window as the user does; shortcuts need the window active.
inline void press(MainWindow &window, int key, Qt::KeyboardModifiers modifiers = {})
{
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key(key), modifiers);
}

/// Runs `change` and waits for the comparison it starts to be shown.
template <typename F>
void andWait(MainWindow &window, F change)
{
    QSignalSpy shownSpy(&window, &MainWindow::comparisonShown);
    change();
    QTRY_VERIFY_WITH_TIMEOUT(!shownSpy.isEmpty() && TestWindow::settled(window), Timeout);
}

/// The passage and a margin around it, where its marks are drawn.
inline QImage grab(const MainWindow &window, UnitRef unit)
{
    return window.view()->grab(window.view()->unitRect(unit).adjusted(-16, -16, 16, 16)).toImage();
}

} // namespace WindowDriver
