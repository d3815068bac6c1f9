// Gives core's Exporter its PDF renderer in every program that links this object library: the
// renderer needs Qt Gui, which core may not link, and the CLI includes nothing from ui/.
#include "core/pipeline/exporter.h"
#include "ui/paint/pdfexporter.h"

namespace {

const bool registered = [] {
    Exporter::registerRenderer(ExportFormat::Pdf, &PdfExporter::toPdf);
    return true;
}();

} // namespace
