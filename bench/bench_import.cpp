// Import + segmentation throughput: bytes of plain text in, segmented Document out.
#include "bench/syntheticcorpus.h"

#include "core/import/documentloader.h"

#include <benchmark/benchmark.h>

#include <QFile>

using namespace Qt::StringLiterals;

static void BM_ImportPlainText(benchmark::State &state)
{
    const QByteArray bytes = SyntheticCorpus::text(int(state.range(0))).toUtf8();
    const DocumentLoader loader;
    for (auto _ : state) {
        LoadResult r = loader.loadData(bytes, u"bench.txt"_s, u"text/plain"_s);
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes.size());
    state.counters["words"] = double(state.range(0));
}
BENCHMARK(BM_ImportPlainText)->Arg(80000)->Arg(1000000)->Unit(benchmark::kMillisecond);

// The real 1818 edition of Frankenstein, when the development corpus is beside the checkout.
static void BM_ImportFrankenstein(benchmark::State &state)
{
    QFile f(QStringLiteral(SYNOPTIC_DEV_CORPUS "/frankenstein/frankenstein-1818.txt"));
    if (!f.open(QIODevice::ReadOnly)) {
        state.SkipWithError("development corpus not found");
        return;
    }
    const QByteArray bytes = f.readAll();
    const DocumentLoader loader;
    for (auto _ : state) {
        LoadResult r = loader.loadData(bytes, u"frankenstein-1818.txt"_s, u"text/plain"_s);
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes.size());
}
BENCHMARK(BM_ImportFrankenstein)->Unit(benchmark::kMillisecond);
