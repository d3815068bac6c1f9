#pragma once

// Runs synoptic-cli as users run it, with no display at all (no DISPLAY, no WAYLAND_DISPLAY,
// no QT_QPA_PLATFORM). Needs SYNOPTIC_CLI defined to the executable's path.

#include <QByteArray>
#include <QProcess>
#include <QStringList>

struct CliRun
{
    int exitCode = -1; ///< -1 when it crashed
    QByteArray out;
    QByteArray err;

    /// `environment`: more NAME=VALUE variables for this run.
    static CliRun run(const QStringList &args, const QByteArray &stdinData = {}, const QStringList &environment = {})
    {
        QProcess p;
        p.setProgram(QStringLiteral(SYNOPTIC_CLI));
        p.setArguments(args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        for (const QString &variable : environment)
            env.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
        p.setProcessEnvironment(env);
        p.start();
        if (!stdinData.isNull())
            p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            qFatal("synoptic-cli did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }
};
