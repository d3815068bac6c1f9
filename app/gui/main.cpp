// synoptic: the desktop viewer.
#include "core/model/version.h"
#include "core/pipeline/referenceargument.h"
#include "ui/session/appsettings.h"
#include "ui/session/comparisonsession.h"
#include "ui/window/apptheme.h"
#include "ui/window/mainactions.h"
#include "ui/window/mainwindow.h"
#include "ui/window/screenshotrunner.h"
#include "ui/window/sessioncontroller.h"
#include "ui/window/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int ScreenshotTimeoutMs = 60000;

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// Installed examples first, then the source tree of a developer build.
QString findExamples()
{
    const QStringList candidates{
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(SYNOPTIC_INSTALLED_EXAMPLES)),
        QStringLiteral(SYNOPTIC_EXAMPLES_DIR)};
    for (const QString &candidate : candidates) {
        const QDir dir(candidate);
        if (dir.exists() && !dir.entryList({u"*.txt"_s}, QDir::Files).isEmpty())
            return dir.absolutePath();
    }
    return {};
}

bool parseSize(const QString &text, QSize *size)
{
    static const QRegularExpression pattern(u"^(\\d{2,5})[xX](\\d{2,5})$"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return false;
    *size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    return true;
}

// The viewer's command line, checked.
struct Arguments
{
    bool takeScreenshot = false;
    QString screenshot; ///< where to save the window's picture
    QSize windowSize;   ///< invalid: the saved or default size
    QString mode;       ///< "synoptic", "continuous", "redline", or empty for the saved mode
    bool dark = false;
    bool timing = false;
    bool differencesOnly = false;
    int reference = -1; ///< --base: column of the reference article, -1 to let the engine choose
    QStringList files;
};

// Exits on --help and --version; nothing, after a message, when an argument is wrong.
std::optional<Arguments> parseArguments(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Compare articles side by side: what they share, what one edited, what only "
                                     "one says, and which facts changed."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(u"screenshot"_s,
                                        u"Save the window as a PNG once the comparison of the files is shown (or, "
                                        "without files, the empty window) and exit. Uses default settings and saves "
                                        "none."_s,
                                        u"FILE"_s);
    const QCommandLineOption size(u"size"_s, u"Window size, e.g. 1400x900 (a screenshot's default)."_s, u"WxH"_s);
    const QCommandLineOption dark(u"dark"_s, u"Use a dark colour scheme."_s);
    const QCommandLineOption timing(u"timing"_s,
                                    u"Print the time from launch to the first comparison on screen (also with "
                                    "SYNOPTIC_TIMING=1)."_s);
    const QCommandLineOption mode(u"mode"_s, u"Open in 'synoptic' (rows side by side), 'continuous' or 'redline' mode."_s, u"MODE"_s);
    const QCommandLineOption differencesOnly(u"differences-only"_s, u"Fold runs of identical passages."_s);
    const QCommandLineOption base(u"base"_s,
                                  u"The reference article the others are compared with: one of the FILEs, or its "
                                  "number N counted from 1 (default: the article most similar to all the others)."_s,
                                  u"FILE|N"_s);
    parser.addOptions({screenshot, size, dark, timing, mode, differencesOnly, base});
    parser.addPositionalArgument(u"files"_s, u"Articles to compare, or a saved comparison (FILE.synoptic)."_s,
                                 u"[FILE...]"_s);
    parser.process(app);

    Arguments args;
    if (parser.isSet(size) && !parseSize(parser.value(size), &args.windowSize)) {
        err() << "synoptic: --size wants WIDTHxHEIGHT, e.g. 1400x900\n";
        return std::nullopt;
    }
    args.mode = parser.value(mode);
    if (parser.isSet(mode) && args.mode != u"synoptic"_s && args.mode != u"continuous"_s && args.mode != u"redline"_s) {
        err() << "synoptic: --mode takes 'synoptic', 'continuous' or 'redline'\n";
        return std::nullopt;
    }
    args.takeScreenshot = parser.isSet(screenshot);
    args.screenshot = parser.value(screenshot);
    args.dark = parser.isSet(dark);
    args.timing = parser.isSet(timing) || qEnvironmentVariableIntValue("SYNOPTIC_TIMING") != 0;
    args.differencesOnly = parser.isSet(differencesOnly);
    args.files = parser.positionalArguments();
    if (parser.isSet(base)) {
        QString problem;
        const std::optional<int> reference = ReferenceArgument::resolve(parser.value(base), args.files, &problem);
        if (!reference) {
            err() << "synoptic: " << problem << '\n';
            return std::nullopt;
        }
        args.reference = *reference;
    }
    return args;
}

// Through the window's own actions, so menus, toolbar and settings agree.
void applyViewArguments(MainWindow &window, const Arguments &args)
{
    if (args.windowSize.isValid())
        window.resize(args.windowSize);
    else if (args.takeScreenshot)
        window.resize(1400, 900); // not the platform's screen: offscreen has 800×800, which gave 720×720
    if (args.mode == u"continuous"_s)
        window.actions().continuousMode->setChecked(true);
    else if (args.mode == u"redline"_s)
        window.actions().redlineMode->setChecked(true);
    else if (args.mode == u"synoptic"_s)
        window.actions().synopticMode->setChecked(true);
    if (args.differencesOnly)
        window.actions().differencesOnly->setChecked(true);
}

void reportTiming(MainWindow &window, QElapsedTimer &sinceLaunch)
{
    QObject::connect(
        &window, &MainWindow::comparisonShown, &window,
        [&window, &sinceLaunch] {
            window.repaint();
            err() << "synoptic: comparison on screen " << sinceLaunch.elapsed() << " ms after launch\n";
            err().flush();
        },
        Qt::SingleShotConnection);
}

void startScreenshot(MainWindow &window, const Arguments &args)
{
    auto *runner = new ScreenshotRunner(&window, args.screenshot, ScreenshotTimeoutMs);
    QObject::connect(runner, &ScreenshotRunner::finished, qApp, [](int code, const QString &message) {
        for (const QString &line : message.split(u'\n', Qt::SkipEmptyParts))
            err() << "synoptic: " << line << '\n';
        err().flush();
        QCoreApplication::exit(code);
    });
    // Without articles there is nothing to wait for: the picture is of the empty state.
    if (args.files.isEmpty())
        QTimer::singleShot(200, runner, &ScreenshotRunner::capture);
}

} // namespace

// --help and --version must work without a display: answer them before the GUI starts.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version" || arg == "-?")
            return true;
    }
    return false;
}

int main(int argc, char *argv[])
{
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();

    if (asksForHelpOrVersion(argc, argv) && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Synoptic"_s);
    QApplication::setApplicationName(u"synoptic"_s);
    QApplication::setApplicationDisplayName(u"Synoptic"_s);
    QApplication::setApplicationVersion(synopticVersion());
    // Ties the window to its launcher entry (and icon) under Wayland and in task switchers.
    QGuiApplication::setDesktopFileName(u"io.github.synoptic.Synoptic"_s);

    const std::optional<Arguments> args = parseArguments(app);
    if (!args)
        return 1;
    const bool takeScreenshot = args->takeScreenshot;

    // A screenshot must not depend on, or change, the user's settings.
    QTemporaryDir scratch;
    auto settings = takeScreenshot ? std::make_unique<AppSettings>(scratch.filePath(u"settings.ini"_s))
                                   : std::make_unique<AppSettings>();
    // Before the window exists: its texts are translated as it builds them.
    Translations::install(Translations::localeFor(settings->language()), &app);
    MainWindow window(std::move(settings));
    window.setExamplesDirectory(findExamples());
    applyViewArguments(window, *args);
    if (args->dark) { // for this run only: the saved theme stays as it was
        window.actions().darkTheme->setChecked(true);
        AppTheme::applyDark();
    }
    if (args->timing)
        reportTiming(window, sinceLaunch);
    if (takeScreenshot)
        startScreenshot(window, *args);

    // The comparison is kept as it changes; started without files, the window reopens the one kept
    // (after a crash, or one closed with articles open). A screenshot neither reads nor writes it.
    if (!takeScreenshot) {
        window.sessions()->startAutosave(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                                         args->files.isEmpty());
    }
    window.show();
    // Set before the files arrive: columns are added in the order given, so the index holds.
    if (args->reference >= 0)
        window.session()->setReference(args->reference);
    if (!args->files.isEmpty())
        window.openFiles(args->files);
    const int status = QApplication::exec();
    if (!takeScreenshot)
        window.saveSettings();
    return status;
}
