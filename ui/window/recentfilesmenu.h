#pragma once

#include <QMenu>

class AppSettings;

/// File ▸ Recent Files (articles and saved comparisons): rebuilt from the settings each time it opens.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    RecentFilesMenu(AppSettings *settings, QWidget *parent = nullptr);

signals:
    void openRequested(const QString &path);

private:
    void rebuild();

    AppSettings *m_settings;
};
