// HTML export of the two Frankenstein editions (target: under 1 s).
#include "core/align/aligner.h"
#include "core/export/htmlexporter.h"
#include "core/import/documentloader.h"
#include "core/present/highlightplan.h"

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;

static void BM_ExportHtmlFrankenstein(benchmark::State &state)
{
    const DocumentLoader loader;
    LoadResult a = loader.load(QStringLiteral(SYNOPTIC_DEV_CORPUS "/frankenstein/frankenstein-1818.txt"));
    LoadResult b = loader.load(QStringLiteral(SYNOPTIC_DEV_CORPUS "/frankenstein/frankenstein-1831.txt"));
    if (!a.ok() || !b.ok()) {
        state.SkipWithError("development corpus not found");
        return;
    }
    Comparison c = *Aligner::align({*a.document, *b.document}, {});
    ExportOptions options;
    qsizetype bytes = 0;
    for (auto _ : state) {
        // The plan is part of the export: the GUI reuses the view's, the CLI builds it.
        const PresentedComparison presented(c);
        const QByteArray html = HtmlExporter::toHtml(presented, options);
        bytes = html.size();
        benchmark::DoNotOptimize(html);
    }
    state.counters["html_MiB"] = double(bytes) / (1024 * 1024);
}
BENCHMARK(BM_ExportHtmlFrankenstein)->Unit(benchmark::kMillisecond);
