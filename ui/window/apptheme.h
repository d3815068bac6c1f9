#pragma once

#include <QString>

/// The application-wide look: the platform's own, or Fusion in light or dark.
class AppTheme
{
public:
    enum class Theme { System, Light, Dark };

    /// Switches the whole application; every view follows through its palette-change event.
    static void apply(Theme theme);
    /// Fusion with a dark palette, whatever the platform theme says.
    static void applyDark();

    /// "system", "light", "dark": the names saved in the settings.
    static QString name(Theme theme);
    static Theme fromName(const QString &name);
};
