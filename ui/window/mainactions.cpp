#include "ui/window/mainactions.h"

#include "ui/window/translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QIcon>
#include <QKeySequence>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QApplication::translate("MainActions", text);
}

QAction *make(QObject *parent, const QString &text, const QList<QKeySequence> &shortcuts = {},
              const QIcon &icon = {})
{
    auto *action = new QAction(icon, text, parent);
    action->setShortcuts(shortcuts);
    if (!shortcuts.isEmpty()) {
        // The toolbar shows the tool tip; say the shortcut there too.
        action->setToolTip(u"%1 (%2)"_s.arg(QString(text).remove(u'&').remove(u"…"_s),
                                             shortcuts.front().toString(QKeySequence::NativeText)));
    }
    return action;
}

QIcon themed(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

} // namespace

MainActions::MainActions(QObject *parent)
    : open(make(parent, tr("&Open…"), QKeySequence::keyBindings(QKeySequence::Open),
                themed(u"document-open"_s, QStyle::SP_DialogOpenButton))),
      openSession(make(parent, tr("Open &Comparison…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)})),
      saveSession(make(parent, tr("&Save Comparison…"), QKeySequence::keyBindings(QKeySequence::Save),
                       QIcon::fromTheme(u"document-save"_s))),
      // Plain Ctrl+V too: the viewer has nothing else to paste into (text fields take their own).
      paste(make(parent, tr("&Paste as New Article"),
                 {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), QKeySequence(QKeySequence::Paste)},
                 QIcon::fromTheme(u"edit-paste"_s))),
      openExamples(make(parent, tr("Open the &Example Articles"))),
      closeAll(make(parent, tr("Close &All Articles"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)})),
      exportHtml(make(parent, tr("&HTML…"), {QKeySequence(Qt::CTRL | Qt::Key_E)})),
      exportJson(make(parent, tr("&JSON Report…"))), exportPdf(make(parent, tr("&PDF…"))),
      exportRedline(make(parent, tr("&Redline…"))),
      quit(make(parent, tr("&Quit"), QKeySequence::keyBindings(QKeySequence::Quit))),
      undo(make(parent, tr("&Undo"), QKeySequence::keyBindings(QKeySequence::Undo),
                QIcon::fromTheme(u"edit-undo"_s))),
      redo(make(parent, tr("&Redo"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)},
                QIcon::fromTheme(u"edit-redo"_s))),
      linkPassages(make(parent, tr("&Link Passages"), {QKeySequence(Qt::CTRL | Qt::Key_L)})),
      unlinkPassages(make(parent, tr("U&nlink Passages"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)})),
      addNote(make(parent, tr("Add &Note…"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M)})),
      addNoteOnComparison(make(parent, tr("Add Note on the &Comparison…"))),
      cancelLink(make(parent, tr("Cancel Linking"), {QKeySequence(Qt::Key_Escape)})),
      find(make(parent, tr("&Find…"), QKeySequence::keyBindings(QKeySequence::Find),
                themed(u"edit-find"_s, QStyle::SP_FileDialogContentsView))),
      findNext(make(parent, tr("Find &Next"), QKeySequence::keyBindings(QKeySequence::FindNext))),
      findPrevious(make(parent, tr("Find Pre&vious"), QKeySequence::keyBindings(QKeySequence::FindPrevious))),
      nextDifference(make(parent, tr("&Next Difference"),
                          {QKeySequence(Qt::ALT | Qt::Key_Down), QKeySequence(Qt::Key_F7)},
                          themed(u"go-down"_s, QStyle::SP_ArrowDown))),
      previousDifference(make(parent, tr("&Previous Difference"),
                              {QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::SHIFT | Qt::Key_F7)},
                              themed(u"go-up"_s, QStyle::SP_ArrowUp))),
      nextUnique(make(parent, tr("Next &Unique Passage"),
                      {QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down), QKeySequence(Qt::Key_F8)})),
      previousUnique(make(parent, tr("Previous U&nique Passage"),
                          {QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up), QKeySequence(Qt::SHIFT | Qt::Key_F8)})),
      nextFact(make(parent, tr("Next Changed &Fact"), {QKeySequence(Qt::Key_F9)})),
      previousFact(make(parent, tr("Previous Changed F&act"), {QKeySequence(Qt::SHIFT | Qt::Key_F9)})),
      mode(new QActionGroup(parent)), synopticMode(make(parent, tr("&Synoptic"), {QKeySequence(Qt::CTRL | Qt::Key_1)})),
      continuousMode(make(parent, tr("&Continuous"), {QKeySequence(Qt::CTRL | Qt::Key_2)})),
      redlineMode(make(parent, tr("&Redline"), {QKeySequence(Qt::CTRL | Qt::Key_3)})),
      differencesOnly(make(parent, tr("&Differences Only"), {QKeySequence(Qt::CTRL | Qt::Key_D)})),
      showRelated(make(parent, tr("Show &Related Passages"))),
      compareAgain(make(parent, tr("Compare &Again"), QKeySequence::keyBindings(QKeySequence::Refresh))),
      zoomIn(make(parent, tr("Zoom &In"), QKeySequence::keyBindings(QKeySequence::ZoomIn))),
      zoomOut(make(parent, tr("Zoom &Out"), QKeySequence::keyBindings(QKeySequence::ZoomOut))),
      zoomReset(make(parent, tr("&Reset Zoom"), {QKeySequence(Qt::CTRL | Qt::Key_0)})),
      theme(new QActionGroup(parent)), systemTheme(make(parent, tr("Follow the &System"))),
      lightTheme(make(parent, tr("&Light"))), darkTheme(make(parent, tr("&Dark"))),
      language(new QActionGroup(parent)), systemLanguage(make(parent, tr("&System Language"))),
      userGuide(make(parent, tr("&User Guide"), {QKeySequence(QKeySequence::HelpContents)})),
      shortcuts(make(parent, tr("&Keyboard Shortcuts"), {QKeySequence(Qt::CTRL | Qt::Key_Question)})),
      about(make(parent, tr("&About Synoptic")))
{
    nextUnique->setIconText(tr("Next Unique"));
    previousUnique->setIconText(tr("Previous Unique"));
    nextFact->setIconText(tr("Next Fact"));
    previousDifference->setIconText(tr("Previous"));
    nextDifference->setIconText(tr("Next"));
    paste->setIconText(tr("Paste"));
    synopticMode->setCheckable(true);
    continuousMode->setCheckable(true);
    redlineMode->setCheckable(true);
    synopticMode->setChecked(true);
    synopticMode->setToolTip(tr("Synoptic: corresponding passages side by side, row by row (Ctrl+1)"));
    continuousMode->setToolTip(tr("Continuous: each article as running text, links drawn between them (Ctrl+2)"));
    mode->addAction(synopticMode);
    mode->addAction(continuousMode);
    redlineMode->setToolTip(tr("Redline: the reference article's text with another article's insertions and deletions marked (Ctrl+3)"));
    mode->addAction(redlineMode);
    differencesOnly->setCheckable(true);
    differencesOnly->setToolTip(tr("Fold passages that are the same in every article (Ctrl+D)"));
    showRelated->setCheckable(true);
    showRelated->setToolTip(tr("Also link passages found in one article only that are about the same thing as a "
                               "passage of another, with different claims (compares again)"));
    for (QAction *t : {systemTheme, lightTheme, darkTheme}) {
        t->setCheckable(true);
        theme->addAction(t);
    }
    systemTheme->setChecked(true);
    systemLanguage->setData(u"system"_s);
    systemLanguage->setCheckable(true);
    systemLanguage->setChecked(true);
    language->addAction(systemLanguage);
    for (const Translations::Language &l : Translations::available()) {
        QAction *action = language->addAction(u"&"_s + l.name);
        action->setData(l.code);
        action->setCheckable(true);
    }
    linkPassages->setToolTip(tr("Link the passage chosen with one chosen in another article (Ctrl+L, then Ctrl+L again)"));
    unlinkPassages->setToolTip(tr("Keep the passage chosen apart from its counterpart (Ctrl+Shift+L)"));
    addNote->setToolTip(tr("Write a note, with a verdict, on the passage chosen (Ctrl+Alt+M)"));
    undo->setEnabled(false);
    redo->setEnabled(false);
    cancelLink->setEnabled(false);
    quit->setMenuRole(QAction::QuitRole);
    about->setMenuRole(QAction::AboutRole);
}
