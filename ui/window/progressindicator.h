#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

/// The status bar's report of long work: what is being done, a progress bar and Cancel. It
/// appears only when the work lasts long enough to be worth a glance, so quick re-alignments
/// do not make the status bar flicker.
class ProgressIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressIndicator(QWidget *parent = nullptr);
    /// What Cancel stops, as its tooltip says. Default: importing and aligning.
    void setCancelToolTip(const QString &tip);

public slots:
    void setBusy(bool busy);
    /// `total` 0 shows a busy bar without a known end.
    void setProgress(const QString &task, int done, int total);

signals:
    void cancelRequested();

private:
    QLabel *m_task = nullptr;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_cancel = nullptr;
    QTimer m_showDelay;
};
