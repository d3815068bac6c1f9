// The window in German and Portuguese, loaded the way main() loads it (Translations), and the
// committed .ts files, which must hold a finished translation for every text.
#include "core/present/legend.h"
#include "ui/session/appsettings.h"
#include "ui/window/mainactions.h"
#include "ui/window/mainwindow.h"
#include "ui/window/messagebar.h"
#include "ui/window/translations.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Words that are the same in the translation as in English: names and formats.
const QStringList SameInEveryLanguage{u"Synoptic"_s, u"HTML"_s, u"PDF"_s, u"Markdown"_s, u"JSON"_s,
                                      u"English"_s, u"Português"_s, u"Deutsch"_s};

QString plain(QString text)
{
    return text.remove(u'&').remove(u"…"_s).trimmed();
}

// Every menu title and action text of the menu bar, depth first.
void collect(const QList<QAction *> &actions, QStringList *texts)
{
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        const QString text = plain(action->text());
        texts->append(text);
        if (QMenu *menu = action->menu())
            collect(menu->actions(), texts);
    }
}

QStringList menuTexts(const QString &settingsPath)
{
    MainWindow window(std::make_unique<AppSettings>(settingsPath));
    QStringList texts;
    collect(window.menuBar()->actions(), &texts);
    return texts;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void menusAreTranslated_data();
    void menusAreTranslated();
    void choiceIsSavedForTheNextStart();
    void otherLanguagesStayEnglish();
    void tsFilesAreFinished_data();
    void tsFilesAreFinished();
};

void TestTranslations::menusAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("Portuguese") << u"pt"_s;
}

void TestTranslations::menusAreTranslated()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    const QString settings = dir.filePath(u"settings.ini"_s);
    const QStringList english = menuTexts(settings);
    const QString englishLegend = Legend::entries().front().label;
    QVERIFY(english.size() > 30);

    QObject translators; // uninstalls them at the end of the row
    QVERIFY(Translations::install(Translations::localeFor(language), &translators));
    const QStringList translated = menuTexts(settings);
    QCOMPARE(translated.size(), english.size());
    for (qsizetype i = 0; i < english.size(); ++i) {
        if (SameInEveryLanguage.contains(english[i]))
            continue;
        if (translated[i] == english[i])
            QFAIL(qPrintable(u"untranslated in %1: %2"_s.arg(language, english[i])));
    }
    // core's texts come from the same translation.
    QVERIFY(Legend::entries().front().label != englishLegend);
}

void TestTranslations::choiceIsSavedForTheNextStart()
{
    QTemporaryDir dir;
    const QString settings = dir.filePath(u"settings.ini"_s);
    {
        MainWindow window(std::make_unique<AppSettings>(settings));
        QVERIFY(window.actions().systemLanguage->isChecked());
        QAction *german = nullptr;
        for (QAction *action : window.actions().language->actions()) {
            if (action->data().toString() == u"de"_s)
                german = action;
        }
        QVERIFY(german);
        german->trigger();
        QCOMPARE(window.settings().language(), u"de"_s);
        QCOMPARE(window.messageBar()->messages().size(), 1); // says it applies at the next start
        window.settings().sync();
    }
    MainWindow again(std::make_unique<AppSettings>(settings));
    for (QAction *action : again.actions().language->actions())
        QCOMPARE(action->isChecked(), action->data().toString() == u"de"_s);
    QCOMPARE(Translations::localeFor(u"de"_s).language(), QLocale::German);
    QCOMPARE(Translations::localeFor(u"system"_s), QLocale::system());
}

// Not even Qt's own translation: an English window with French buttons would be worse.
void TestTranslations::otherLanguagesStayEnglish()
{
    QObject translators;
    QVERIFY(!Translations::install(QLocale(QLocale::French, QLocale::France), &translators));
    QVERIFY(translators.children().isEmpty());
    QVERIFY(!Translations::install(Translations::localeFor(u"en"_s), &translators));
}

void TestTranslations::tsFilesAreFinished_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(SYNOPTIC_SOURCE_DIR "/resources/translations"));
    const QStringList files = dir.entryList({u"synoptic_*.ts"_s}, QDir::Files);
    QVERIFY(files.size() >= 2);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

// lrelease would leave an unfinished or empty translation out, and the window would show English.
void TestTranslations::tsFilesAreFinished()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString source;
    int messages = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == u"translation") {
            const QStringView type = xml.attributes().value(u"type"_s);
            if (!type.isEmpty())
                QFAIL(qPrintable(u"%1 translation: %2"_s.arg(type, source)));
            // Numerus forms are children; a plain translation is the text itself.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (text.trimmed().isEmpty())
                QFAIL(qPrintable(u"empty translation: %1"_s.arg(source)));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 300);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
