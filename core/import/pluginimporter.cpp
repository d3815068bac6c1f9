#include "core/import/pluginimporter.h"

#include "core/import/pluginlibrary.h"

#include <QCoreApplication>

PluginImporter::PluginImporter(QString module, const char *factory) : m_module(std::move(module)), m_factory(factory)
{
}

// Modules are never unloaded (PluginLibrary), so the importer's code is still there.
PluginImporter::~PluginImporter()
{
    delete m_importer;
}

const Importer *PluginImporter::importer() const
{
    std::call_once(m_loaded, [this] {
        using Factory = Importer *(*)();
        if (auto factory = reinterpret_cast<Factory>(PluginLibrary::resolve(m_module, m_factory, &m_error)))
            m_importer = factory();
    });
    return m_importer;
}

Extraction PluginImporter::extract(const QByteArray &data, const QString &path, const ImportLimits &limits) const
{
    if (const Importer *i = importer())
        return i->extract(data, path, limits);
    return Extraction::failure(
        QCoreApplication::translate("PluginImporter", "support for this format could not be loaded (%1)").arg(m_error));
}
