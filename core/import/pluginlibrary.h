#pragma once

#include <QString>

/// Finds and loads Synoptic's optional modules: code with heavy dependencies that only some runs
/// need (poppler for PDF input, Qt Gui for PDF output). Loading them on demand keeps every other
/// run from mapping some forty shared libraries at start-up.
///
/// A module is looked for in $SYNOPTIC_PLUGIN_PATH (colon-separated folders), then in the
/// installed layout beside the program (<prefix>/bin/../<libdir>/synoptic), then in the build
/// tree the program was built in. A module is never unloaded: objects it made may outlive any
/// caller.
class PluginLibrary
{
public:
    /// The address of `symbol` in module `name` (e.g. "synoptic-pdfimport"), or null with the
    /// reason in `error`, worded for the user. Thread-safe; works before a QCoreApplication exists.
    static void *resolve(const QString &name, const char *symbol, QString *error);
};
