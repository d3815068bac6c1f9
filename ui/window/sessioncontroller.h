#pragma once

#include <QObject>
#include <QString>

class AppSettings;
class Autosave;
class ComparisonSession;
class MessageBar;
class SessionOpener;
class QWidget;
struct ArticleLoad;
struct Session;

/// File ▸ Save Comparison and Open Comparison, and the automatic save: the window's side of
/// sessions. Reading a `.synoptic` file fails before anything changes, with a message naming the
/// file and the fault; an article that is not the one compared is put to the user in the message
/// bar (use the embedded copy, locate the file, take the changed file, or cancel) and the
/// comparison on screen stays until every article is settled.
class SessionController : public QObject
{
    Q_OBJECT

public:
    SessionController(ComparisonSession *session, MessageBar *messages, AppSettings *settings, QWidget *window);

    SessionOpener *opener() const { return m_opener; }
    /// Null until startAutosave().
    Autosave *autosave() const { return m_autosave; }

    /// Starts opening the comparison saved in `path`; false, after an error message, when the file
    /// cannot be read or is not a valid comparison.
    bool open(const QString &path);
    /// Writes the open comparison to `path`, article contents embedded; false after a message.
    bool save(const QString &path);
    /// Saves the comparison in `directory` as it changes. With `restore`, reopens the comparison
    /// saved there by the previous run (after a crash, or one closed with articles open).
    void startAutosave(const QString &directory, bool restore);
    /// The window closes cleanly: the automatic save is brought up to date and released.
    void finish();

    static bool isSessionFile(const QString &path);

public slots:
    void openWithDialog();
    void saveWithDialog();

signals:
    void statusMessage(const QString &text);
    /// A comparison could not be opened, or waits for the user's choice about an article.
    void openFailed(const QString &message);

private:
    void askAbout(int article, const ArticleLoad &load);
    void onOpened(const QString &path, const Session &session);
    void locate(int article);

    ComparisonSession *m_session;
    MessageBar *m_messages;
    AppSettings *m_settings;
    QWidget *m_window;
    SessionOpener *m_opener;
    Autosave *m_autosave = nullptr;
    bool m_restoringAfterCrash = false;
};
