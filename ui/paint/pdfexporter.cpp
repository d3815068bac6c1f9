#include "ui/paint/pdfexporter.h"

#include "core/model/version.h"
#include "core/present/exportoutline.h"
#include "ui/paint/pdflayout.h"

#include <QBuffer>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

QByteArray PdfExporter::toPdf(const PresentedComparison &presented, const ExportOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    bool finished = true;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(PdfLayout::Dpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                         QPageLayout::Millimeter));
        writer.setTitle(ExportOutline::title(presented.comparison(), options.title));
        writer.setCreator(u"Synoptic "_s + synopticVersion());
        finished = PdfLayout(writer, presented.comparison(), presented.plan(), options).run();
    }
    return finished ? buffer.data() : QByteArray();
}
