#pragma once

#include "core/pipeline/exporter.h"
#include "ui/window/mainactions.h"

#include <QMainWindow>

#include <memory>

class AppSettings;
class ComparisonSession;
class ComparisonView;
class EmptyState;
class ExportController;
class FindBar;
class MessageBar;
class NoteEditor;
class PassageLinker;
class ProgressIndicator;
class StatusFields;
class QDockWidget;
class QMenu;
class QStackedWidget;
class SessionController;
class SidePanel;

/// The window: puts the session's results in front of the user and the user's commands to the
/// session. It owns no logic of its own: documents and alignment live in ComparisonSession,
/// drawing in ComparisonView, numbers and options in the side panel.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<AppSettings> settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    ComparisonSession *session() const { return m_session; }
    ComparisonView *view() const { return m_view; }
    MessageBar *messageBar() const { return m_messages; }
    SidePanel *sidePanel() const { return m_panel; }
    FindBar *findBar() const { return m_findBar; }
    ExportController *exporter() const { return m_export; }
    /// Saving and opening comparisons, and the automatic save.
    SessionController *sessions() const { return m_sessions; }
    /// Link and Unlink Passages.
    PassageLinker *linker() const { return m_linker; }
    /// Add, Edit and Delete Note, and the notes' markers and list.
    NoteEditor *notes() const { return m_notes; }
    /// Edit ▸ Unlink From: one entry per article the chosen passage is linked with.
    QMenu *unlinkFromMenu() const { return m_unlinkFromMenu; }
    const MainActions &actions() const { return m_actions; }
    AppSettings &settings() const { return *m_settings; }
    /// Where "Open the example articles" looks; empty hides the command.
    void setExamplesDirectory(const QString &directory);
    /// Window geometry, panel layout, options and view settings, to the settings.
    void saveSettings();

public slots:
    /// Articles, or a saved comparison (.synoptic): the first one given replaces what is open.
    void openFiles(const QStringList &paths);
    void openWithDialog();
    void exportInteractively(ExportFormat format);
    void showAbout();
    void pasteFromClipboard();
    void openExamples();

signals:
    /// A comparison was handed to the view (first one or a new one).
    void comparisonShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createLayout();
    void createMenus();
    /// What the menus' and the toolbar's actions do.
    void connectActions();
    void createToolBar();
    void connectSession();
    void connectView();
    /// Link, Unlink, Undo and Redo.
    void connectEditing();
    void restoreSettings();
    void rebuildCloseMenu();
    void updateState();
    void setZoom(int points);

    std::unique_ptr<AppSettings> m_settings;
    MainActions m_actions;
    ComparisonSession *m_session = nullptr;
    ComparisonView *m_view = nullptr;
    EmptyState *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    MessageBar *m_messages = nullptr;
    FindBar *m_findBar = nullptr;
    SidePanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    ProgressIndicator *m_progress = nullptr;
    ProgressIndicator *m_exportProgress = nullptr; ///< the exports' own, beside the session's
    StatusFields *m_statusFields = nullptr;
    ExportController *m_export = nullptr;
    SessionController *m_sessions = nullptr;
    PassageLinker *m_linker = nullptr;
    NoteEditor *m_notes = nullptr;
    QMenu *m_closeMenu = nullptr;
    QMenu *m_unlinkFromMenu = nullptr;
    QString m_examplesDirectory;
    int m_zoom = 0;
};
