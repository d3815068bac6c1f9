#include "ui/window/screenshotrunner.h"

#include "ui/session/comparisonsession.h"
#include "ui/window/mainwindow.h"
#include "ui/window/sessioncontroller.h"

#include <QPixmap>

using namespace Qt::StringLiterals;

namespace {
// Time for the view's first full layout and paint after the comparison is handed over.
constexpr int SettleMs = 150;
} // namespace

ScreenshotRunner::ScreenshotRunner(MainWindow *window, const QString &path, int timeoutMs)
    : QObject(window), m_window(window), m_path(path)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(TimedOut, tr("no comparison was shown within %1 s").arg(m_timeout.interval() / 1000));
    });
    m_timeout.start();
    connect(window, &MainWindow::comparisonShown, this,
            [this] { QTimer::singleShot(SettleMs, this, &ScreenshotRunner::capture); });
    ComparisonSession *session = window->session();
    connect(session, &ComparisonSession::importFailed, this,
            [this](const QString &, const QString &message) { m_failures.append(message); });
    connect(session, &ComparisonSession::busyChanged, this, &ScreenshotRunner::onBusyChanged);
    // A bad comparison file, or one waiting for a choice about an article: the picture shows the
    // message, and the status says it failed.
    connect(window->sessions(), &SessionController::openFailed, this, [this](const QString &message) {
        m_failures.append(message);
        QTimer::singleShot(SettleMs, this, &ScreenshotRunner::capture);
    });
}

void ScreenshotRunner::onBusyChanged(bool busy)
{
    // Idle with nothing to show: every load has finished and fewer than two articles loaded.
    if (busy || m_window->session()->presented())
        return;
    QStringList reasons = m_failures;
    if (reasons.isEmpty())
        reasons.append(tr("fewer than two articles to compare"));
    finish(LoadFailed, reasons.join(u'\n'));
}

void ScreenshotRunner::capture()
{
    if (m_done || m_window->session()->isBusy())
        return; // a newer comparison is on its way; its own comparisonShown captures
    if (!m_window->grab().save(m_path, "PNG")) {
        finish(SaveFailed, tr("cannot write %1").arg(m_path));
        return;
    }
    // The picture is saved either way, but a failed load is still a failure.
    if (!m_failures.isEmpty())
        finish(LoadFailed, m_failures.join(u'\n'));
    else
        finish(Saved, {});
}

void ScreenshotRunner::finish(int exitCode, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    emit finished(exitCode, message);
}
