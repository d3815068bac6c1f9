#include "ui/window/mainwindow.h"

#include "ui/session/appsettings.h"
#include "ui/session/comparisonsession.h"
#include "ui/views/comparisonview.h"
#include "ui/window/emptystate.h"
#include "ui/session/exportcontroller.h"
#include "ui/window/apptheme.h"
#include "ui/window/exportdialog.h"
#include "ui/window/shortcutsdialog.h"
#include "ui/window/userguidedialog.h"
#include "ui/window/findbar.h"
#include "ui/window/messagebar.h"
#include "core/present/legend.h"
#include "core/present/wording.h"
#include "ui/panels/legendpanel.h"
#include "ui/panels/optionspanel.h"
#include "ui/window/progressindicator.h"
#include "ui/window/recentfilesmenu.h"
#include "ui/window/noteeditor.h"
#include "ui/window/passagelinker.h"
#include "ui/window/sessioncontroller.h"
#include "ui/window/statusfields.h"
#include "ui/panels/sidepanel.h"
#include "ui/panels/statisticspanel.h"

#include <algorithm>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCursor>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>

#include <unicode/uversion.h>
#include <QMimeData>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int MinZoom = -6;
constexpr int MaxZoom = 24;
constexpr int StatusTimeout = 5000;

const QString SynopticMode = u"synoptic"_s;
const QString ContinuousMode = u"continuous"_s;
const QString RedlineMode = u"redline"_s;

QString fileDialogFilter()
{
    return MainWindow::tr("Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.docx *.odt *.pdf);;"
                          "Synoptic comparisons (*.synoptic);;All files (*)");
}

QStringList localFiles(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<AppSettings> settings, QWidget *parent)
    : QMainWindow(parent), m_settings(std::move(settings)), m_actions(this), m_session(new ComparisonSession(this))
{
    setWindowTitle(tr("Synoptic"));
    setAcceptDrops(true);
    createLayout();
    createMenus();
    connectActions();
    createToolBar();
    connectSession();
    connectView();
    connectEditing();
    restoreSettings();
    updateState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createLayout()
{
    m_view = new ComparisonView(this);
    m_empty = new EmptyState(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    m_messages = new MessageBar(this);
    m_findBar = new FindBar(this);
    m_findBar->hide();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messages);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_findBar);
    setCentralWidget(central);

    m_panel = new SidePanel(this);
    m_dock = new QDockWidget(tr("Panel"), this);
    m_dock->setObjectName(u"sidePanelDock"_s);
    m_dock->setWidget(m_panel);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_dock->setTitleBarWidget(new QWidget(m_dock)); // the tabs say what it is
    addDockWidget(Qt::RightDockWidgetArea, m_dock);

    m_statusFields = new StatusFields(this);
    statusBar()->addPermanentWidget(m_statusFields);
    m_progress = new ProgressIndicator(this);
    statusBar()->addPermanentWidget(m_progress);
    m_export = new ExportController(this);
    m_exportProgress = new ProgressIndicator(this);
    m_exportProgress->setObjectName(u"exportProgress"_s);
    m_exportProgress->setCancelToolTip(tr("Stop the export; nothing is written"));
    statusBar()->addPermanentWidget(m_exportProgress);
    m_sessions = new SessionController(m_session, m_messages, m_settings.get(), this);
    m_linker = new PassageLinker(m_session, m_view, this);
    m_notes = new NoteEditor(m_session, m_view, m_linker, m_panel->notes(), m_export, this);

    connect(m_empty, &EmptyState::openRequested, this, &MainWindow::openWithDialog);
    connect(m_empty, &EmptyState::pasteRequested, this, &MainWindow::pasteFromClipboard);
    connect(m_empty, &EmptyState::examplesRequested, this, &MainWindow::openExamples);
    connect(m_progress, &ProgressIndicator::cancelRequested, m_session, &ComparisonSession::cancel);
    connect(m_panel->options(), &OptionsPanel::optionsChanged, this, [this](const AlignOptions &options) {
        m_settings->setOptions(options);
        m_session->setOptions(options);
    });
    connect(m_panel->statistics(), &StatisticsPanel::unitActivated, m_view, &ComparisonView::scrollToUnit);
    connect(m_findBar, &FindBar::findRequested, this, [this](const QString &text, bool backward, bool caseSensitive) {
        const bool found = m_view->find(text, backward, caseSensitive);
        const auto [hit, hits] = m_view->findPosition();
        m_findBar->setStatus(found ? tr("%1 of %2").arg(hit).arg(hits) : tr("Not found"));
    });
    connect(m_findBar, &FindBar::closed, m_view, qOverload<>(&QWidget::setFocus));
    connect(m_findBar, &FindBar::closed, m_view, &ComparisonView::clearFind);
}

void MainWindow::createMenus()
{
    const MainActions &a = m_actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(a.open);
    file->addAction(a.openSession);
    auto *recent = new RecentFilesMenu(m_settings.get(), file);
    connect(recent, &RecentFilesMenu::openRequested, this, [this](const QString &path) { openFiles({path}); });
    file->addMenu(recent);
    file->addAction(a.openExamples);
    file->addSeparator();
    file->addAction(a.saveSession);
    file->addSeparator();
    m_closeMenu = file->addMenu(tr("&Close Article"));
    connect(m_closeMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildCloseMenu);
    file->addAction(a.closeAll);
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(a.exportHtml);
    exportMenu->addAction(a.exportJson);
    exportMenu->addAction(a.exportPdf);
    exportMenu->addAction(a.exportRedline);
    file->addSeparator();
    file->addAction(a.quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(a.undo);
    edit->addAction(a.redo);
    edit->addSeparator();
    edit->addAction(a.paste);
    edit->addSeparator();
    edit->addAction(a.linkPassages);
    edit->addAction(a.unlinkPassages);
    m_unlinkFromMenu = edit->addMenu(tr("Unlink &From"));
    connect(m_unlinkFromMenu, &QMenu::aboutToShow, this, [this] { m_linker->fillUnlinkMenu(m_unlinkFromMenu); });
    edit->addAction(a.cancelLink);
    edit->addSeparator();
    edit->addAction(a.addNote);
    QMenu *noteOnLink = edit->addMenu(tr("Add Note on Lin&k with"));
    connect(noteOnLink, &QMenu::aboutToShow, this, [this, noteOnLink] { m_notes->fillLinkMenu(noteOnLink); });
    edit->addAction(a.addNoteOnComparison);
    edit->addSeparator();
    edit->addAction(a.find);
    edit->addAction(a.findNext);
    edit->addAction(a.findPrevious);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(a.synopticMode);
    view->addAction(a.continuousMode);
    view->addAction(a.redlineMode);
    view->addSeparator();
    view->addAction(a.differencesOnly);
    view->addAction(a.showRelated);
    view->addAction(a.compareAgain);
    view->addSeparator();
    view->addAction(a.zoomIn);
    view->addAction(a.zoomOut);
    view->addAction(a.zoomReset);
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->addActions(a.theme->actions());
    QMenu *language = view->addMenu(tr("&Language"));
    language->addActions(a.language->actions());
    view->addSeparator();
    QAction *togglePanel = m_dock->toggleViewAction();
    togglePanel->setText(tr("Side &Panel"));
    togglePanel->setShortcut(QKeySequence(Qt::Key_F4));
    view->addAction(togglePanel);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(a.nextDifference);
    go->addAction(a.previousDifference);
    go->addSeparator();
    go->addAction(a.nextUnique);
    go->addAction(a.previousUnique);
    go->addSeparator();
    go->addAction(a.nextFact);
    go->addAction(a.previousFact);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a.userGuide);
    help->addAction(a.shortcuts);
    help->addSeparator();
    help->addAction(a.about);
}

void MainWindow::connectActions()
{
    const MainActions &a = m_actions;
    connect(a.open, &QAction::triggered, this, &MainWindow::openWithDialog);
    connect(a.paste, &QAction::triggered, this, &MainWindow::pasteFromClipboard);
    connect(a.openExamples, &QAction::triggered, this, &MainWindow::openExamples);
    connect(a.openSession, &QAction::triggered, m_sessions, &SessionController::openWithDialog);
    connect(a.saveSession, &QAction::triggered, m_sessions, &SessionController::saveWithDialog);
    connect(m_sessions, &SessionController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, StatusTimeout); });
    connect(a.closeAll, &QAction::triggered, m_session, &ComparisonSession::closeAll);
    connect(a.compareAgain, &QAction::triggered, m_session, &ComparisonSession::refresh);
    connect(a.exportHtml, &QAction::triggered, this,
            [this] { exportInteractively(ExportFormat::Html); });
    connect(a.exportJson, &QAction::triggered, this,
            [this] { exportInteractively(ExportFormat::Json); });
    connect(a.exportPdf, &QAction::triggered, this,
            [this] { exportInteractively(ExportFormat::Pdf); });
    connect(a.exportRedline, &QAction::triggered, this,
            [this] { exportInteractively(ExportFormat::Redline); });
    connect(m_export, &ExportController::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), StatusTimeout);
    });
    connect(m_export, &ExportController::busyChanged, m_exportProgress, &ProgressIndicator::setBusy);
    connect(m_export, &ExportController::progress, m_exportProgress, &ProgressIndicator::setProgress);
    connect(m_exportProgress, &ProgressIndicator::cancelRequested, m_export, &ExportController::cancel);
    connect(m_export, &ExportController::cancelled, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Export to %1 cancelled; nothing was written").arg(QDir::toNativeSeparators(path)),
                                 StatusTimeout);
    });
    connect(m_export, &ExportController::failed, this,
            [this](const Failure &failure) { ExportDialog::showFailure(this, failure); });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.find, &QAction::triggered, m_findBar, &FindBar::activate);
    connect(a.findNext, &QAction::triggered, m_findBar, &FindBar::findNext);
    connect(a.findPrevious, &QAction::triggered, m_findBar, &FindBar::findPrevious);
    connect(a.nextDifference, &QAction::triggered, m_view, &ComparisonView::nextDifference);
    connect(a.previousDifference, &QAction::triggered, m_view, &ComparisonView::previousDifference);
    connect(a.nextUnique, &QAction::triggered, m_view, &ComparisonView::nextUnique);
    connect(a.previousUnique, &QAction::triggered, m_view, &ComparisonView::previousUnique);
    connect(a.nextFact, &QAction::triggered, m_view, &ComparisonView::nextFact);
    connect(a.previousFact, &QAction::triggered, m_view, &ComparisonView::previousFact);
    connect(a.synopticMode, &QAction::toggled, this, [this](bool on) {
        if (!on)
            return;
        m_view->setMode(ComparisonView::Mode::Synoptic);
        m_settings->setViewMode(SynopticMode);
    });
    connect(a.continuousMode, &QAction::toggled, this, [this](bool on) {
        if (!on)
            return;
        m_view->setMode(ComparisonView::Mode::Continuous);
        m_settings->setViewMode(ContinuousMode);
    });
    connect(a.redlineMode, &QAction::toggled, this, [this](bool on) {
        if (!on)
            return;
        m_view->setMode(ComparisonView::Mode::Redline);
        m_settings->setViewMode(RedlineMode);
    });
    // An alignment option kept in the options panel's set: it changes what the engine links.
    connect(a.showRelated, &QAction::toggled, this, [this](bool on) {
        AlignOptions options = m_panel->options()->options();
        options.relatedLinks = on;
        m_panel->options()->setOptions(options);
        m_settings->setOptions(options);
        m_session->setOptions(options);
    });
    connect(a.differencesOnly, &QAction::toggled, this, [this](bool on) {
        m_view->setDifferencesOnly(on);
        m_export->setDifferencesOnly(on);
        m_settings->setDifferencesOnly(on);
    });
    connect(a.zoomIn, &QAction::triggered, this, [this] { setZoom(m_zoom + 1); });
    connect(a.zoomOut, &QAction::triggered, this, [this] { setZoom(m_zoom - 1); });
    connect(a.zoomReset, &QAction::triggered, this, [this] { setZoom(0); });
    connect(a.userGuide, &QAction::triggered, this, [this] {
        auto *dialog = new UserGuideDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(a.shortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    // triggered, not toggled: only the user's choice is saved, not --dark's.
    connect(a.theme, &QActionGroup::triggered, this, [this](QAction *chosen) {
        const AppTheme::Theme theme = chosen == m_actions.darkTheme    ? AppTheme::Theme::Dark
                                      : chosen == m_actions.lightTheme ? AppTheme::Theme::Light
                                                                       : AppTheme::Theme::System;
        AppTheme::apply(theme);
        m_settings->setTheme(AppTheme::name(theme));
    });
    // Saved for the next start: every widget would have to set its texts again to switch now.
    connect(a.language, &QActionGroup::triggered, this, [this](QAction *chosen) {
        const QString code = chosen->data().toString();
        if (code == m_settings->language())
            return;
        m_settings->setLanguage(code);
        m_messages->showMessage(MessageWidget::Type::Information,
                                tr("Synoptic will use the language you chose the next time it starts."));
    });
}

void MainWindow::showAbout()
{
    // The libraries a bug report needs: the ones the build ran against, not only compiled with.
    QMessageBox::about(this, tr("About Synoptic"),
                       tr("<h3>Synoptic %1</h3><p>Compares articles side by side: what they share, what one "
                          "edited, what only one says, and which facts changed.</p>"
                          "<p>Qt %2 · ICU %3 · poppler %4 (PDF, loaded when needed)</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                QStringLiteral(U_ICU_VERSION), QStringLiteral(SYNOPTIC_POPPLER_VERSION)));
}

void MainWindow::createToolBar()
{
    const MainActions &a = m_actions;
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(a.open);
    bar->addAction(a.paste);
    bar->addSeparator();
    bar->addAction(a.previousDifference);
    bar->addAction(a.nextDifference);
    bar->addAction(a.nextUnique);
    bar->addAction(a.nextFact);
    bar->addSeparator();
    bar->addAction(a.synopticMode);
    bar->addAction(a.continuousMode);
    bar->addAction(a.redlineMode);
    bar->addAction(a.differencesOnly);
    // The panel switch sits with the other view switches, before Find (which has Ctrl+F), so a
    // narrow window's toolbar overflow hides Find first.
    QAction *togglePanel = m_dock->toggleViewAction();
    togglePanel->setIconText(tr("Panel"));
    bar->addAction(togglePanel);
    bar->addSeparator();
    bar->addAction(a.find);
}

void MainWindow::connectSession()
{
    ComparisonSession *s = m_session;
    connect(s, &ComparisonSession::comparisonReady, this,
            [this](const PresentedComparisonPtr &comparison, const std::vector<int> &previousToNew) {
                m_view->setComparison(comparison, previousToNew);
                m_panel->statistics()->setComparison(comparison->comparison());
                m_panel->legend()->setReference(Legend::reference(comparison->comparison()));
                // The entry explains a cue: shown only when some row carries it.
                const auto &rows = comparison->plan().rows;
                const bool folded = std::any_of(rows.begin(), rows.end(), [](const RowPlan &r) { return r.folded; });
                m_panel->legend()->setFolding(folded ? Wording::foldedAway(comparison->comparison().options) : QString());
                m_panel->legend()->setRelated(comparison->comparison().options.relatedLinks);
                m_export->setComparison(comparison);
                m_stack->setCurrentWidget(m_view);
                updateState();
                emit comparisonShown();
            });
    connect(s, &ComparisonSession::comparisonCleared, this, [this] {
        m_view->clear();
        m_panel->statistics()->clear();
        m_panel->legend()->setReference({});
        m_panel->legend()->setFolding({});
        m_panel->legend()->setRelated(false);
        m_export->setComparison(nullptr);
        m_stack->setCurrentWidget(m_empty);
        updateState();
    });
    connect(s, &ComparisonSession::documentsChanged, this, &MainWindow::updateState);
    // A comparison opened brings its own options; the panel shows them (the saved defaults stay).
    connect(s, &ComparisonSession::optionsChanged, m_panel->options(), &OptionsPanel::setOptions);
    connect(s, &ComparisonSession::optionsChanged, this, [this](const AlignOptions &options) {
        const QSignalBlocker quiet(m_actions.showRelated);
        m_actions.showRelated->setChecked(options.relatedLinks);
    });
    connect(s, &ComparisonSession::fileOpened, this, [this](const QString &path) { m_settings->addRecentFile(path); });
    connect(s, &ComparisonSession::importFailed, this, [this](const QString &path, const QString &message) {
        m_messages->showMessage(MessageWidget::Type::Error, tr("Could not open %1").arg(message));
        m_settings->removeRecentFile(path);
    });
    connect(s, &ComparisonSession::warning, this, [this](const QString &, const QString &message) {
        m_messages->showMessage(MessageWidget::Type::Warning, message);
    });
    connect(s, &ComparisonSession::notice, this,
            [this](const QString &message) { m_messages->showMessage(MessageWidget::Type::Information, message); });
    connect(s, &ComparisonSession::busyChanged, m_progress, &ProgressIndicator::setBusy);
    connect(s, &ComparisonSession::busyChanged, this, &MainWindow::updateState);
    connect(s, &ComparisonSession::progress, m_progress, &ProgressIndicator::setProgress);
    connect(s, &ComparisonSession::cancelled, this, [this] {
        statusBar()->showMessage(m_session->presented()
                                     ? tr("Cancelled. The comparison shown is the last one that finished.")
                                     : tr("Cancelled."),
                                 StatusTimeout);
        updateState();
    });
}

void MainWindow::connectView()
{
    connect(m_view, &ComparisonView::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, StatusTimeout); });
    connect(m_view, &ComparisonView::differencePositionChanged, this, [this] {
        if (!m_view->presented()) {
            m_statusFields->clear();
            return;
        }
        const auto [n, total] = m_view->differencePosition();
        m_statusFields->setDifferencePosition(n, total);
        m_statusFields->setOptions(m_view->presented()->comparison().options);
    });
    connect(m_view, &ComparisonView::closeDocumentRequested, m_session, &ComparisonSession::closeDocument);
    connect(m_view, &ComparisonView::columnMoveRequested, m_session, &ComparisonSession::moveDocument);
    connect(m_view, &ComparisonView::referenceRequested, m_session, &ComparisonSession::setReference);
    connect(m_view, &ComparisonView::languageRequested, m_session, &ComparisonSession::setLanguage);
}

void MainWindow::connectEditing()
{
    const MainActions &a = m_actions;
    QUndoStack *stack = m_session->undoStack();
    connect(a.undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(a.redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, a.undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, a.redo, &QAction::setEnabled);
    // The actions are the receivers: the stack, a child of the session, outlives them while the
    // window is destroyed, and says its text changed once more as it clears.
    connect(stack, &QUndoStack::undoTextChanged, a.undo, [undo = a.undo, plain = a.undo->text()](const QString &text) {
        undo->setText(text.isEmpty() ? plain : tr("&Undo %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, a.redo, [redo = a.redo, plain = a.redo->text()](const QString &text) {
        redo->setText(text.isEmpty() ? plain : tr("&Redo %1").arg(text));
    });
    connect(a.linkPassages, &QAction::triggered, m_linker, &PassageLinker::link);
    connect(a.cancelLink, &QAction::triggered, m_linker, &PassageLinker::cancel);
    connect(a.addNote, &QAction::triggered, m_notes, &NoteEditor::addOnPassage);
    connect(a.addNoteOnComparison, &QAction::triggered, m_notes, &NoteEditor::addOnComparison);
    connect(m_notes, &NoteEditor::statusMessage, this,
            [this](const QString &text, int timeout) { statusBar()->showMessage(text, timeout); });
    connect(m_linker, &PassageLinker::pendingChanged, a.cancelLink, &QAction::setEnabled);
    // With several counterparts, which one to let go is the user's choice: the menu asks.
    connect(a.unlinkPassages, &QAction::triggered, this, [this] {
        if (m_linker->linkedColumns().size() > 1) {
            m_linker->fillUnlinkMenu(m_unlinkFromMenu);
            m_unlinkFromMenu->popup(QCursor::pos());
        } else {
            m_linker->unlink();
        }
    });
    connect(m_linker, &PassageLinker::statusMessage, this, [this](const QString &text, int timeout) {
        statusBar()->showMessage(text, timeout);
    });
    connect(m_linker, &PassageLinker::linksRejected, this,
            [this](const QString &text) { m_messages->showMessage(MessageWidget::Type::Warning, text); });
    connect(m_view, &ComparisonView::passageMenuRequested, this, [this](QMenu *menu, UnitRef) {
        menu->addSeparator();
        menu->addAction(m_actions.linkPassages);
        if (m_linker->linkedColumns().size() > 1)
            m_linker->fillUnlinkMenu(menu->addMenu(tr("Unlink &From")));
        else
            menu->addAction(m_actions.unlinkPassages);
        if (m_linker->isPending())
            menu->addAction(m_actions.cancelLink);
    });
}

void MainWindow::restoreSettings()
{
    const AlignOptions options = m_settings->options();
    m_panel->options()->setOptions(options);
    m_session->setOptions(options);
    {
        const QSignalBlocker quiet(m_actions.showRelated);
        m_actions.showRelated->setChecked(options.relatedLinks);
    }
    const QString mode = m_settings->viewMode();
    const bool continuous = mode == ContinuousMode, redline = mode == RedlineMode;
    (redline ? m_actions.redlineMode : continuous ? m_actions.continuousMode : m_actions.synopticMode)->setChecked(true);
    m_view->setMode(redline       ? ComparisonView::Mode::Redline
                    : continuous ? ComparisonView::Mode::Continuous
                                 : ComparisonView::Mode::Synoptic);
    m_actions.differencesOnly->setChecked(m_settings->differencesOnly());
    const AppTheme::Theme theme = AppTheme::fromName(m_settings->theme());
    (theme == AppTheme::Theme::Dark    ? m_actions.darkTheme
     : theme == AppTheme::Theme::Light ? m_actions.lightTheme
                                       : m_actions.systemTheme)
        ->setChecked(true);
    if (theme != AppTheme::Theme::System) // the platform's look is already the one on screen
        AppTheme::apply(theme);
    const QString language = m_settings->language();
    for (QAction *action : m_actions.language->actions()) {
        if (action->data().toString() == language)
            action->setChecked(true);
    }
    setZoom(m_settings->zoom());

    if (!restoreGeometry(m_settings->windowGeometry())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1400, 900);
        resize(std::min(1400, available.width() * 9 / 10), std::min(900, available.height() * 9 / 10));
    }
    if (!restoreState(m_settings->windowState())) {
        // Once laid out: before that the dock has no width to change.
        // What it asks for, up to two sevenths of the window but never under the 300 px the
        // legend's two columns need: a small window still shows the articles.
        QTimer::singleShot(0, this, [this] {
            const int w = std::min(m_panel->sizeHint().width(), std::max(width() * 2 / 7, 300));
            resizeDocks({m_dock}, {w}, Qt::Horizontal);
        });
    }
}

void MainWindow::saveSettings()
{
    m_settings->setWindowLayout(saveGeometry(), saveState());
    m_settings->setOptions(m_panel->options()->options());
    m_settings->setZoom(m_zoom);
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    m_session->cancel();
    m_sessions->finish();
    event->accept();
}

void MainWindow::setExamplesDirectory(const QString &directory)
{
    m_examplesDirectory = directory;
    const bool available = !directory.isEmpty();
    m_empty->setExamplesAvailable(available);
    m_actions.openExamples->setVisible(available);
}

void MainWindow::openFiles(const QStringList &paths)
{
    QStringList articles;
    QString sessionFile;
    for (const QString &path : paths) {
        if (!SessionController::isSessionFile(path))
            articles.append(path);
        else if (sessionFile.isEmpty())
            sessionFile = path;
    }
    if (!sessionFile.isEmpty()) {
        // A comparison replaces what is open; articles given with it would be lost in it.
        m_sessions->open(sessionFile);
        if (!articles.isEmpty())
            m_messages->showMessage(MessageWidget::Type::Information,
                                    tr("Opened the comparison %1 only; open the other files after it.")
                                        .arg(QFileInfo(sessionFile).fileName()));
        return;
    }
    m_session->openFiles(articles);
}

void MainWindow::exportInteractively(ExportFormat format)
{
    const PresentedComparisonPtr comparison = m_export->comparison();
    if (!comparison)
        return;
    const QString path = ExportDialog::askForPath(this, *m_settings, format, comparison->comparison());
    if (!path.isEmpty())
        m_export->exportTo(format, path);
}

void MainWindow::openWithDialog()
{
    const QString folder = m_settings->lastFolder().isEmpty() ? QDir::homePath() : m_settings->lastFolder();
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open Articles"), folder, fileDialogFilter());
    if (paths.isEmpty())
        return;
    m_settings->setLastFolder(QFileInfo(paths.front()).absolutePath());
    openFiles(paths);
}

void MainWindow::pasteFromClipboard()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    const QStringList files = localFiles(mime);
    if (!files.isEmpty())
        openFiles(files);
    else if (mime && mime->hasHtml() && !mime->html().trimmed().isEmpty())
        m_session->openData(mime->html().toUtf8(), {}, u"text/html"_s);
    else if (mime && mime->hasText() && !mime->text().trimmed().isEmpty())
        m_session->openData(mime->text().toUtf8(), {}, u"text/plain"_s);
    else
        m_messages->showMessage(MessageWidget::Type::Information, tr("The clipboard holds no text to paste."));
}

void MainWindow::openExamples()
{
    const QDir dir(m_examplesDirectory);
    QStringList paths;
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    if (paths.isEmpty()) {
        m_messages->showMessage(MessageWidget::Type::Warning,
                                tr("No example articles were found in %1.").arg(QDir::toNativeSeparators(dir.path())));
        return;
    }
    openFiles(paths);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!localFiles(mime).isEmpty() || (mime && mime->hasText()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const QStringList files = localFiles(mime);
    if (!files.isEmpty())
        openFiles(files);
    else if (mime && mime->hasText() && !mime->text().trimmed().isEmpty())
        m_session->openData(mime->text().toUtf8(), {}, u"text/plain"_s);
    else
        return;
    event->acceptProposedAction();
}

void MainWindow::rebuildCloseMenu()
{
    m_closeMenu->clear();
    const std::vector<Document> &documents = m_session->documents();
    for (size_t i = 0; i < documents.size(); ++i) {
        const Document &d = documents[i];
        const QString name = d.path.isEmpty() ? d.title : QFileInfo(d.path).fileName();
        QAction *action = m_closeMenu->addAction(u"&%1  %2"_s.arg(i + 1).arg(name));
        connect(action, &QAction::triggered, this, [this, i] { m_session->closeDocument(int(i)); });
    }
    if (documents.empty())
        m_closeMenu->addAction(tr("No articles open"))->setEnabled(false);
}

void MainWindow::updateState()
{
    const std::vector<Document> &documents = m_session->documents();
    const bool compared = m_session->presented() != nullptr;
    const MainActions &a = m_actions;
    for (QAction *action : {a.nextDifference, a.previousDifference, a.nextUnique, a.previousUnique, a.nextFact,
                            a.previousFact, a.find, a.findNext, a.findPrevious, a.exportHtml, a.exportJson,
                            a.exportPdf, a.exportRedline, a.linkPassages, a.unlinkPassages, a.addNote,
                            a.addNoteOnComparison})
        action->setEnabled(compared);
    a.closeAll->setEnabled(!documents.empty());
    a.saveSession->setEnabled(!documents.empty());
    a.compareAgain->setEnabled(documents.size() >= 2);
    m_closeMenu->setEnabled(!documents.empty());
    m_unlinkFromMenu->setEnabled(compared);

    QStringList names;
    for (const Document &d : documents)
        names.append(d.path.isEmpty() ? d.title : QFileInfo(d.path).fileName());
    if (!compared) {
        m_empty->setOpenTitles(names, m_session->isBusy());
        m_empty->setPreview(documents.size() == 1 ? documents.front().text : QString());
        m_stack->setCurrentWidget(m_empty);
        m_findBar->hide();
    }
    if (names.isEmpty())
        setWindowTitle(tr("Synoptic"));
    else if (names.size() <= 2)
        setWindowTitle(tr("%1 — Synoptic").arg(names.join(u" ↔ "_s)));
    else
        setWindowTitle(tr("%n articles — Synoptic", nullptr, int(names.size())));
}

void MainWindow::setZoom(int points)
{
    m_zoom = std::clamp(points, MinZoom, MaxZoom);
    QFont font = QApplication::font();
    font.setPointSizeF(std::max(4.0, font.pointSizeF() + m_zoom));
    m_view->setFont(font);
    m_actions.zoomReset->setEnabled(m_zoom != 0);
    m_settings->setZoom(m_zoom);
}
