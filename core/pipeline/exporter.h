#pragma once

#include "core/export/exportoptions.h"
#include "core/model/failure.h"
#include "core/present/presentedcomparison.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

/// Redline is the one-column redline of core/export/redlineexporter.h, HTML too.
enum class ExportFormat { Json, Html, Pdf, Redline };

/// "Comparison to bytes in format F, written atomically": the one export entry the CLI and the
/// window share. JSON and HTML are rendered by core; PDF needs Qt Gui, which core never links, so
/// its renderer is registered by the Gui-only paint library (ui/paint) of the programs that have
/// it. A program without it gets a Failure saying so, never an empty file.
class Exporter
{
public:
    using Renderer = QByteArray (*)(const PresentedComparison &, const ExportOptions &);

    /// Called once, by the library that renders `format` (today only PDF).
    static void registerRenderer(ExportFormat format, Renderer renderer);
    static bool isAvailable(ExportFormat format);
    /// PDF lays out text with Qt Gui: the program must run a QGuiApplication to render it.
    static bool needsGuiApplication(ExportFormat format) { return format == ExportFormat::Pdf; }

    /// The comparison in `format`, or the reason it could not be rendered.
    static std::optional<QByteArray> render(ExportFormat format, const PresentedComparison &comparison,
                                            const ExportOptions &options, Failure *failure);

    /// render() then OutputWriter::write(), refusing to overwrite one of the compared articles.
    static std::optional<Failure> exportTo(const QString &path, ExportFormat format,
                                           const PresentedComparison &comparison, const ExportOptions &options);
};
