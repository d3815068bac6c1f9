// The PDF importer as a module (synoptic-pdfimport.so): poppler and its libraries are mapped only
// by a run that opens a PDF. See PluginLibrary.
#include "core/import/pdfimporter.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT Importer *synoptic_create_pdf_importer()
{
    return new PdfImporter;
}
