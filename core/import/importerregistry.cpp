#include "core/import/importerregistry.h"

#include "core/import/docximporter.h"
#include "core/import/htmlimporter.h"
#include "core/import/markdownimporter.h"
#include "core/import/odtimporter.h"
#include "core/import/plaintextimporter.h"
#include "core/import/pluginimporter.h"

using namespace Qt::StringLiterals;

ImporterRegistry::ImporterRegistry()
{
    // Most specific first: text/html and text/markdown inherit text/plain.
    m_entries.push_back({u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s,
                         std::make_unique<DocxImporter>()});
    m_entries.push_back({u"application/vnd.oasis.opendocument.text"_s, std::make_unique<OdtImporter>()});
    // Poppler is loaded only when a PDF arrives.
    m_entries.push_back({u"application/pdf"_s,
                         std::make_unique<PluginImporter>(u"synoptic-pdfimport"_s, "synoptic_create_pdf_importer")});
    m_entries.push_back({u"text/html"_s, std::make_unique<HtmlImporter>()});
    m_entries.push_back({u"application/xhtml+xml"_s, std::make_unique<HtmlImporter>()});
    m_entries.push_back({u"text/markdown"_s, std::make_unique<MarkdownImporter>()});
    m_entries.push_back({u"text/x-markdown"_s, std::make_unique<MarkdownImporter>()});
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
