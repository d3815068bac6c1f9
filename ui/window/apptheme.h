#pragma once

/// The application-wide look chosen on the command line.
class AppTheme
{
public:
    /// Fusion with a dark palette, whatever the platform theme says.
    static void applyDark();
};
