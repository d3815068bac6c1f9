#pragma once

#include "core/import/importer.h"

#include <QString>

#include <mutex>

/// An importer that lives in an optional module (PluginLibrary), loaded the first time a file of
/// its format arrives. Without the module the import fails with a message that says so.
class PluginImporter : public Importer
{
public:
    /// `factory` is a symbol of the module returning a new Importer (owned by this object).
    PluginImporter(QString module, const char *factory);
    ~PluginImporter() override;

    Extraction extract(const QByteArray &data, const QString &path, const ImportLimits &limits) const override;

private:
    const Importer *importer() const;

    QString m_module;
    const char *m_factory;
    mutable std::once_flag m_loaded;
    mutable const Importer *m_importer = nullptr;
    mutable QString m_error;
};
