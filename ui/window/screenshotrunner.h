#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

class MainWindow;

/// `synoptic --screenshot FILE`: waits until the window shows a comparison, saves the window as
/// a PNG and reports an exit status. Fails when an article cannot be loaded, when nothing can
/// be compared, or when no comparison is shown in time.
class ScreenshotRunner : public QObject
{
    Q_OBJECT

public:
    enum ExitCode { Saved = 0, LoadFailed = 2, TimedOut = 3, SaveFailed = 4 };

    ScreenshotRunner(MainWindow *window, const QString &path, int timeoutMs);

public slots:
    /// Saves the window as it is now (with no articles: the empty state).
    void capture();

signals:
    /// Emitted once; `message` explains a non-zero status.
    void finished(int exitCode, const QString &message);

private:
    void onBusyChanged(bool busy);
    void finish(int exitCode, const QString &message);

    MainWindow *m_window;
    QString m_path;
    QStringList m_failures;
    QTimer m_timeout;
    bool m_done = false;
};
