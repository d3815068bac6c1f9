#include "ui/window/recentfilesmenu.h"

#include "ui/session/appsettings.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

RecentFilesMenu::RecentFilesMenu(AppSettings *settings, QWidget *parent)
    : QMenu(tr("Open &Recent"), parent), m_settings(settings)
{
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList files = m_settings->recentFiles();
    int number = 0;
    for (const QString &path : files) {
        ++number;
        // &1 … &9, then 1&0: keyboard mnemonics for the entries.
        const QString mnemonic = number < 10 ? u"&%1"_s.arg(number) : u"1&0"_s;
        // Saved comparisons share the list; they say what they are.
        const QString name = path.endsWith(u".synoptic"_s, Qt::CaseInsensitive)
                                 ? tr("%1 (comparison)").arg(QFileInfo(path).fileName())
                                 : QFileInfo(path).fileName();
        QAction *action = addAction(u"%1  %2"_s.arg(mnemonic, name));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (files.isEmpty())
        addAction(tr("No recent files"))->setEnabled(false);
    addSeparator();
    QAction *clearAction = addAction(tr("&Clear List"));
    clearAction->setEnabled(!files.isEmpty());
    connect(clearAction, &QAction::triggered, this, [this] { m_settings->clearRecentFiles(); });
    setToolTipsVisible(true);
}
