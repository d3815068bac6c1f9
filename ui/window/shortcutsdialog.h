#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

/// Help ▸ Keyboard Shortcuts: every command of the menus that has a shortcut, grouped by menu,
/// read from the actions themselves so the list can never disagree with what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    /// "Find…\tCtrl+F" lines, in the order shown (for tests and the clipboard).
    QStringList lines() const;

private:
    QTreeWidget *m_tree = nullptr;
};
