#include "core/pipeline/exporter.h"

#include "core/export/htmlexporter.h"
#include "core/export/jsonreport.h"
#include "core/export/redlineexporter.h"
#include "core/pipeline/outputwriter.h"

#include <QCoreApplication>

#include <array>
#include <atomic>

namespace {

// Written once at start-up by the registering library, read from any export thread after.
std::array<std::atomic<Exporter::Renderer>, 4> &renderers()
{
    static std::array<std::atomic<Exporter::Renderer>, 4> table{};
    return table;
}

QByteArray renderJson(const PresentedComparison &comparison, const ExportOptions &options)
{
    return JsonReport::toBytes(comparison.comparison(), options.indentedJson, options.notes);
}

Exporter::Renderer builtIn(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json: return &renderJson;
    case ExportFormat::Html: return &HtmlExporter::toHtml;
    case ExportFormat::Pdf: return nullptr;
    case ExportFormat::Redline: return &RedlineExporter::toHtml;
    }
    return nullptr;
}

Exporter::Renderer rendererFor(ExportFormat format)
{
    if (const Exporter::Renderer r = builtIn(format))
        return r;
    return renderers()[size_t(format)].load();
}

} // namespace

void Exporter::registerRenderer(ExportFormat format, Renderer renderer)
{
    renderers()[size_t(format)].store(renderer);
}

bool Exporter::isAvailable(ExportFormat format)
{
    return rendererFor(format) != nullptr;
}

std::optional<QByteArray> Exporter::render(ExportFormat format, const PresentedComparison &comparison,
                                           const ExportOptions &options, Failure *failure)
{
    const Renderer renderer = rendererFor(format);
    if (!renderer) {
        *failure = {{}, QCoreApplication::translate("Exporter", "this program was built without PDF export")};
        return std::nullopt;
    }
    // The renderer only sees "stop"; whether a stop was the caller's is known here.
    bool cancelled = false;
    ExportOptions watched = options;
    if (options.progress) {
        watched.progress = [&options, &cancelled](int done, int total) {
            cancelled = !options.progress(done, total);
            return !cancelled;
        };
    }
    QByteArray bytes = renderer(comparison, watched);
    if (cancelled) {
        *failure = {{}, QCoreApplication::translate("Exporter", "the export was cancelled")};
        return std::nullopt;
    }
    if (bytes.isEmpty()) {
        *failure = {{}, QCoreApplication::translate("Exporter", "the export produced nothing")};
        return std::nullopt;
    }
    return bytes;
}

std::optional<Failure> Exporter::exportTo(const QString &path, ExportFormat format,
                                          const PresentedComparison &comparison, const ExportOptions &options)
{
    QStringList inputs;
    for (const Document &d : comparison.comparison().documents)
        inputs << d.path;
    // Checked before rendering too: a book-length PDF takes seconds to lay out for nothing.
    if (path != QStringLiteral("-") && OutputWriter::isOneOf(path, inputs))
        return OutputWriter::write(path, {}, inputs);
    Failure failure;
    const std::optional<QByteArray> bytes = render(format, comparison, options, &failure);
    if (!bytes) {
        failure.path = path;
        return failure;
    }
    return OutputWriter::write(path, *bytes, inputs);
}
