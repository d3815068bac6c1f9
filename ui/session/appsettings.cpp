#include "ui/session/appsettings.h"

using namespace Qt::StringLiterals;

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>())
{
}

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

AlignOptions AppSettings::options() const
{
    const AlignOptions d;
    AlignOptions o;
    const QString granularity = m_settings->value(u"options/granularity"_s).toString();
    o.granularity = granularity == u"paragraph"_s ? Granularity::Paragraph : Granularity::Sentence;
    // Out-of-range values (a hand-edited file) fall back to the default.
    const double threshold = m_settings->value(u"options/divergentThreshold"_s, d.divergentThreshold).toDouble();
    o.divergentThreshold = threshold > 0 && threshold < 1 ? threshold : d.divergentThreshold;
    o.ignoreCase = m_settings->value(u"options/ignoreCase"_s, d.ignoreCase).toBool();
    o.ignorePunctuation = m_settings->value(u"options/ignorePunctuation"_s, d.ignorePunctuation).toBool();
    o.ignoreDigits = m_settings->value(u"options/ignoreDigits"_s, d.ignoreDigits).toBool();
    o.ignoreDiacritics = m_settings->value(u"options/ignoreDiacritics"_s, d.ignoreDiacritics).toBool();
    o.ignoreFurniture = m_settings->value(u"options/ignoreFurniture"_s, d.ignoreFurniture).toBool();
    o.relatedLinks = m_settings->value(u"options/relatedLinks"_s, d.relatedLinks).toBool();
    return o;
}

void AppSettings::setOptions(const AlignOptions &o)
{
    m_settings->setValue(u"options/granularity"_s,
                         o.granularity == Granularity::Paragraph ? u"paragraph"_s : u"sentence"_s);
    m_settings->setValue(u"options/divergentThreshold"_s, o.divergentThreshold);
    m_settings->setValue(u"options/ignoreCase"_s, o.ignoreCase);
    m_settings->setValue(u"options/ignorePunctuation"_s, o.ignorePunctuation);
    m_settings->setValue(u"options/ignoreDigits"_s, o.ignoreDigits);
    m_settings->setValue(u"options/ignoreDiacritics"_s, o.ignoreDiacritics);
    m_settings->setValue(u"options/ignoreFurniture"_s, o.ignoreFurniture);
    m_settings->setValue(u"options/relatedLinks"_s, o.relatedLinks);
}

QStringList AppSettings::recentFiles() const
{
    return m_settings->value(u"recentFiles"_s).toStringList().mid(0, MaxRecentFiles);
}

void AppSettings::setRecentFiles(const QStringList &files)
{
    m_settings->setValue(u"recentFiles"_s, files.mid(0, MaxRecentFiles));
}

void AppSettings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    setRecentFiles(files);
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    if (files.removeAll(path) > 0)
        setRecentFiles(files);
}

void AppSettings::clearRecentFiles()
{
    m_settings->remove(u"recentFiles"_s);
}

QString AppSettings::lastFolder() const
{
    return m_settings->value(u"lastFolder"_s).toString();
}

void AppSettings::setLastFolder(const QString &folder)
{
    m_settings->setValue(u"lastFolder"_s, folder);
}

QString AppSettings::viewMode() const
{
    return m_settings->value(u"view/mode"_s, u"synoptic"_s).toString();
}

void AppSettings::setViewMode(const QString &mode)
{
    m_settings->setValue(u"view/mode"_s, mode);
}

QString AppSettings::theme() const
{
    return m_settings->value(u"view/theme"_s, u"system"_s).toString();
}

void AppSettings::setTheme(const QString &theme)
{
    m_settings->setValue(u"view/theme"_s, theme);
}

QString AppSettings::language() const
{
    return m_settings->value(u"view/language"_s, u"system"_s).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(u"view/language"_s, language);
}

bool AppSettings::differencesOnly() const
{
    return m_settings->value(u"view/differencesOnly"_s, false).toBool();
}

void AppSettings::setDifferencesOnly(bool on)
{
    m_settings->setValue(u"view/differencesOnly"_s, on);
}

int AppSettings::zoom() const
{
    return m_settings->value(u"view/zoom"_s, 0).toInt();
}

void AppSettings::setZoom(int points)
{
    m_settings->setValue(u"view/zoom"_s, points);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(u"window/geometry"_s).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(u"window/state"_s).toByteArray();
}

void AppSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    m_settings->setValue(u"window/geometry"_s, geometry);
    m_settings->setValue(u"window/state"_s, state);
}

void AppSettings::sync()
{
    m_settings->sync();
}
