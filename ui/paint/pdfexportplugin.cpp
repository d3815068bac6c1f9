// PDF output as a module (synoptic-pdfexport.so) for synoptic-cli: Qt Gui, the fonts and the
// libraries behind them are mapped only by a run that writes a PDF (see PluginLibrary). The
// window links the paint library itself.
#include "core/pipeline/exporter.h"
#include "ui/paint/pdfexporter.h"

#include <QGuiApplication>

/// The program's application object: laying out text needs a QGuiApplication.
extern "C" Q_DECL_EXPORT QCoreApplication *synoptic_pdf_application(int *argc, char **argv)
{
    return new QGuiApplication(*argc, argv);
}

extern "C" Q_DECL_EXPORT Exporter::Renderer synoptic_pdf_renderer()
{
    return &PdfExporter::toPdf;
}
