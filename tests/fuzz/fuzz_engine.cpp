// libFuzzer target for the engine: the input is cut into SYNOPTIC_FUZZ_DOCS plain-text
// documents at NUL bytes, aligned, and turned into the highlight plan and the JSON report.
#include "core/align/aligner.h"
#include "core/export/jsonreport.h"
#include "core/facts/factlexicon.h"
#include "core/import/documentloader.h"
#include "core/present/highlightplan.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

// The work cap of one input: each document is cut after this many bytes. The engine's cost
// grows faster than its input and libFuzzer's bookkeeping grows with the code an input reaches,
// so a few short sentences per document keep every target at hundreds of runs a second; what
// is found in long documents is found in short ones too (the benchmarks cover length).
constexpr qsizetype maxDocumentBytes = 512;

} // namespace

// The Hunspell dictionaries are read once per process, on the first name question of their
// language: pt_BR's took over the 2 s limit under ASan, a timeout charged to whichever input
// first read Portuguese. Asked here, before the first input.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const Document empty;
    for (const QString &language : {u"en"_s, u"pt"_s, u"de"_s})
        FactLexicon(empty, language).isName(u"Synoptic", u"synoptic"_s);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const DocumentLoader identifying;
    static const DocumentLoader told = [] {
        DocumentLoader l;
        l.setIdentifiesLanguage(false);
        return l;
    }();
    // The first byte's top two bits: identify each document's language (as the importers'
    // targets always do), or read them all as English, Portuguese or German. Identification
    // was half of a run (BM_FuzzEngineInput); the engine is what these targets are for.
    const int chosen = size > 0 ? data[0] >> 6 : 0;
    static const QString languages[] = {QString(), u"en"_s, u"pt"_s, u"de"_s};
    const DocumentLoader &loader = chosen == 0 ? identifying : told;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> parts = bytes.split('\0');
    std::vector<Document> docs;
    for (qsizetype i = 0; i < parts.size() && int(docs.size()) < SYNOPTIC_FUZZ_DOCS; ++i) {
        LoadResult r = loader.loadData(parts.at(i).left(maxDocumentBytes), u"doc%1.txt"_s.arg(i), u"text/plain"_s);
        if (r.ok())
            docs.push_back(std::move(*r.document));
    }
    if (docs.size() < 2)
        return 0;
    AlignOptions options;
    // Let the fuzzer reach every option through the first byte.
    const uint8_t flags = size > 0 ? data[0] : 0;
    options.granularity = (flags & 1) ? Granularity::Paragraph : Granularity::Sentence;
    options.ignorePunctuation = flags & 2;
    options.ignoreDigits = flags & 4;
    options.ignoreCase = !(flags & 8);
    options.ignoreDiacritics = flags & 16;
    options.ignoreFurniture = !(flags & 32);
    options.language = languages[chosen];
    const std::optional<Comparison> c = Aligner::align(std::move(docs), options);
    if (!c)
        __builtin_trap();
    const HighlightPlan plan = HighlightPlanner::build(*c);
    for (size_t d = 0; d < c->documents.size(); ++d) {
        for (const Highlight &h : plan.highlights[d]) {
            if (h.span.start < 0 || h.span.end > c->documents[d].text.size())
                __builtin_trap();
        }
        for (const UnitInfo &u : c->units[d]) {
            if (u.row < 0 || u.row >= int(c->rows.size()))
                __builtin_trap();
        }
    }
    const QByteArray json = JsonReport::toBytes(*c, false);
    if (json.isEmpty())
        __builtin_trap();
    return 0;
}
