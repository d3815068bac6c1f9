// Engine worst cases, each bounded in time here rather than in a timed unit test
// (tests/core/tst_aligner.cpp checks they stay correct).
#include "core/align/aligner.h"
#include "core/import/documentloader.h"
#include "tests/common/testdocuments.h"

#include <benchmark/benchmark.h>

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

using TestDocuments::fromParagraphs;

const QString sentence = u"The council approved the new budget on Tuesday after a long debate."_s;

std::pair<QStringList, QStringList> worstCase(int which)
{
    switch (which) {
    case 0: // identical documents, 1,000 sentences
    {
        QStringList a;
        for (int i = 0; i < 1000; ++i)
            a << u"Sentence number %1 tells part %2 of the story in its own words."_s.arg(i).arg(i * 7 % 13);
        return {a, a};
    }
    case 1: // one document empty
        return {QStringList(1000, sentence), {}};
    case 2: // no sentence in common
    {
        QStringList a, b;
        for (int i = 0; i < 1000; ++i) {
            a << u"Alpha%1 beta%1 gamma%1 delta%1."_s.arg(i);
            b << u"Omega%1 psi%1 chi%1 phi%1."_s.arg(i);
        }
        return {a, b};
    }
    case 3: // every sentence identical
        return {QStringList(2000, sentence), QStringList(1900, sentence)};
    case 4: // 10,000 repeats of one word
        return {{QString(u"buffalo "_s).repeated(10000)}, {QString(u"buffalo "_s).repeated(9990) + u"bison"_s}};
    case 5: // one 50,000-word paragraph with no punctuation, edited
    {
        QString a, b;
        for (int i = 0; i < 50000; ++i) {
            a += u"w%1 "_s.arg(i % 9973);
            b += (i % 97 == 0 ? u"x%1 "_s : u"w%1 "_s).arg(i % 9973);
        }
        return {{a}, {b}};
    }
    case 6: // right-to-left text
    {
        QStringList a, b;
        for (int i = 0; i < 500; ++i) {
            a << u"قال المتحدث إن المفاوضات رقم %1 ستستأنف الأسبوع المقبل في القاهرة."_s.arg(i);
            b << u"قال المتحدث إن المفاوضات رقم %1 ستستأنف الأسبوع القادم في القاهرة."_s.arg(i);
        }
        return {a, b};
    }
    case 7: // emoji and combining marks
    {
        QStringList a, b;
        for (int i = 0; i < 500; ++i) {
            a << u"Cafe\u0301 %1 in Zu\u0308rich 🎉🎉 cheered as the team 🏆 won."_s.arg(i);
            b << u"Café %1 in Zürich 🎉 cheered as the team won 🏆."_s.arg(i);
        }
        return {a, b};
    }
    }
    return {};
}

} // namespace

static void BM_WorstCase(benchmark::State &state)
{
    const auto [a, b] = worstCase(int(state.range(0)));
    const std::vector<Document> docs{fromParagraphs(a), fromParagraphs(b)};
    for (auto _ : state) {
        state.PauseTiming();
        std::vector<Document> input = docs;
        state.ResumeTiming();
        std::optional<Comparison> c = Aligner::align(std::move(input), {});
        benchmark::DoNotOptimize(c);
    }
}
BENCHMARK(BM_WorstCase)
    ->ArgName("case")
    ->DenseRange(0, 7)
    ->Unit(benchmark::kMillisecond);
