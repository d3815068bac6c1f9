#pragma once

#include "core/import/importer.h"

#include <QMimeType>

#include <memory>
#include <vector>

/// Maps MIME types to importers. The loader asks it which importer reads a file; each format's
/// importer is registered once, in importerregistry.cpp.
class ImporterRegistry
{
public:
    ImporterRegistry();
    ~ImporterRegistry();

    /// The importer for `mime` (or a type it inherits), or nullptr when the format is unsupported.
    const Importer *importerFor(const QMimeType &mime) const;

    /// The shared registry with every built-in importer.
    static const ImporterRegistry &instance();

private:
    struct Entry
    {
        QString mimeName;
        std::unique_ptr<Importer> importer;
    };
    std::vector<Entry> m_entries;
};
