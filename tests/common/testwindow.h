#pragma once

// The main window as the widget tests drive it: shown at a fixed size on the offscreen
// platform, and a test for "the comparison on screen is the session's latest".

#include "ui/session/appsettings.h"
#include "ui/session/comparisonsession.h"
#include "ui/views/comparisonview.h"
#include "ui/window/mainwindow.h"
#include "ui/window/messagebar.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>

#include <memory>

namespace TestWindow {

/// A window with default settings, 1200 × 800 and shown. Information messages stay until
/// closed, so a test reads them however long the alignment before took.
inline std::unique_ptr<MainWindow> makeWindow()
{
    auto window = std::make_unique<MainWindow>(std::make_unique<AppSettings>());
    window->messageBar()->setInformationTimeout(0);
    window->resize(1200, 800);
    window->show();
    return window;
}

/// The session is idle and the view shows its latest comparison.
inline bool settled(const MainWindow &window)
{
    return !window.session()->isBusy() && window.view()->presented()
           && window.view()->presented() == window.session()->presented();
}

// Settings of this test alone, in Qt's test location (never the user's), under `application`.
inline void isolateSettings(const QString &application)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("SynopticTest"));
    QApplication::setApplicationName(application);
}

// Each test function starts from no settings; false when they are not the test's own.
inline bool clearSettings()
{
    QSettings settings;
    if (!settings.fileName().contains(QStringLiteral(".qttest")))
        return false;
    settings.clear();
    return true;
}

} // namespace TestWindow
