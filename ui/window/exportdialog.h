#pragma once

#include "core/model/comparison.h"
#include "core/model/failure.h"
#include "core/pipeline/exporter.h"

#include <QString>

class AppSettings;
class QWidget;

/// The window's side of File ▸ Export: where to save, and what went wrong.
class ExportDialog
{
public:
    /// Asks for a file name, suggesting one after the first article in the folder of the last
    /// export or open, and adds the format's suffix when the user typed none. Empty if cancelled.
    static QString askForPath(QWidget *parent, AppSettings &settings, ExportFormat format,
                              const Comparison &comparison);
    /// A window-modal message naming the file and the reason; opened, not exec()'d, so the window
    /// keeps painting and tests can close it.
    static void showFailure(QWidget *parent, const Failure &failure);
};
