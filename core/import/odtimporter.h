#pragma once

#include "core/import/importer.h"

/// OpenDocument text (.odt): the body of content.xml. Headings, list items and quotations come
/// from the element and its paragraph style; notes, annotations and tracked deletions are not
/// part of the article and are left out.
class OdtImporter : public Importer
{
public:
    Extraction extract(const QByteArray &data, const QString &path, const ImportLimits &limits) const override;
};
