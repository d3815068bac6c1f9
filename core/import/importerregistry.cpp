#include "core/import/importerregistry.h"

#include "core/import/plaintextimporter.h"

using namespace Qt::StringLiterals;

ImporterRegistry::ImporterRegistry()
{
    // Most specific first: text/html and text/markdown inherit text/plain.
    m_entries.push_back({u"text/plain"_s, std::make_unique<PlainTextImporter>()});
}

ImporterRegistry::~ImporterRegistry() = default;

const Importer *ImporterRegistry::importerFor(const QMimeType &mime) const
{
    for (const Entry &e : m_entries) {
        if (mime.name() == e.mimeName || mime.aliases().contains(e.mimeName))
            return e.importer.get();
    }
    for (const Entry &e : m_entries) {
        if (mime.inherits(e.mimeName))
            return e.importer.get();
    }
    return nullptr;
}

const ImporterRegistry &ImporterRegistry::instance()
{
    static const ImporterRegistry registry;
    return registry;
}
