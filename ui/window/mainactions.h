#pragma once

class QAction;
class QActionGroup;
class QObject;

/// Every command of the main window as a QAction with its text, icon and shortcuts. The window
/// puts them in menus and the toolbar and connects them; keeping them here keeps the window thin.
struct MainActions
{
    explicit MainActions(QObject *parent);

    QAction *open;
    QAction *openSession;
    QAction *saveSession;
    QAction *paste;
    QAction *openExamples;
    QAction *closeAll;
    QAction *exportHtml;
    QAction *exportJson;
    QAction *exportPdf;
    QAction *exportRedline;
    QAction *quit;

    /// Undo and Redo of the session's undo stack; the window keeps their text ("Undo Link
    /// Passages") and state in step with it.
    QAction *undo;
    QAction *redo;
    QAction *linkPassages;
    QAction *unlinkPassages;
    /// A note on the chosen passage (Ctrl+Alt+M), or on the comparison as a whole.
    QAction *addNote;
    QAction *addNoteOnComparison;
    /// Esc while a passage waits for its counterpart: enabled only then.
    QAction *cancelLink;

    QAction *find;
    QAction *findNext;
    QAction *findPrevious;

    QAction *nextDifference;
    QAction *previousDifference;
    QAction *nextUnique;
    QAction *previousUnique;
    QAction *nextFact;
    QAction *previousFact;

    QActionGroup *mode;
    QAction *synopticMode;
    QAction *continuousMode;
    QAction *redlineMode;
    QAction *differencesOnly;
    /// AlignOptions::relatedLinks: checked, related passages are linked and shown apart from edits.
    QAction *showRelated;
    QAction *compareAgain;
    QAction *zoomIn;
    QAction *zoomOut;
    QAction *zoomReset;
    QActionGroup *theme;
    QAction *systemTheme;
    QAction *lightTheme;
    QAction *darkTheme;
    /// The language to start in next time: each action's data is the code saved in the settings
    /// ("system", "en", "pt", "de"); the first is systemLanguage, the others named in their language.
    QActionGroup *language;
    QAction *systemLanguage;

    QAction *userGuide;
    QAction *shortcuts;
    QAction *about;
};
