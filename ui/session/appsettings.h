#pragma once

#include "core/model/alignoptions.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

/// The viewer's persistent settings, typed, over QSettings. Keys live here only.
class AppSettings
{
public:
    /// The user's settings (QSettings of the application's organisation and name).
    AppSettings();
    /// Settings kept in an INI file of their own, e.g. a throw-away one for --screenshot.
    explicit AppSettings(const QString &iniPath);

    AlignOptions options() const;
    void setOptions(const AlignOptions &options);

    /// Most recent first, at most MaxRecentFiles.
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();
    static constexpr int MaxRecentFiles = 10;

    QString lastFolder() const;
    void setLastFolder(const QString &folder);

    /// "synoptic", "continuous" or "redline".
    QString viewMode() const;
    void setViewMode(const QString &mode);
    /// "system" (default), "light" or "dark".
    QString theme() const;
    void setTheme(const QString &theme);
    /// "system" (default: the system's languages) or a language code ("en", "de", "pt"); read once
    /// at start, before the window is made.
    QString language() const;
    void setLanguage(const QString &language);
    bool differencesOnly() const;
    void setDifferencesOnly(bool on);
    /// Text size relative to the default, in points.
    int zoom() const;
    void setZoom(int points);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state);

    void sync();

private:
    void setRecentFiles(const QStringList &files);

    std::unique_ptr<QSettings> m_settings;
};
