// libFuzzer target for one importer, chosen at compile time by SYNOPTIC_FUZZ_MIME. The whole
// import stage runs: decoding, extraction, segmentation and furniture marking.
#include "core/import/documentloader.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const DocumentLoader loader = [] {
        // Small limits keep every input well inside the 2 s / 2 GB budget; the real limits are
        // tested in the unit tests.
        ImportLimits limits;
        limits.maxFileBytes = 4 * 1024 * 1024;
        limits.maxUnpackedBytes = 32 * 1024 * 1024;
        limits.maxPdfPages = 200;
        DocumentLoader l(limits);
        // Language identification reads the extracted text whatever its format: the plain-text
        // target covers it, the others spend their runs on extraction (it was a fifth of a
        // PDF run, BM_ImportSmallPdf).
        l.setIdentifiesLanguage(QStringLiteral(SYNOPTIC_FUZZ_MIME) == u"text/plain"_s);
        return l;
    }();
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const LoadResult r = loader.loadData(bytes, u"fuzz-input"_s, QStringLiteral(SYNOPTIC_FUZZ_MIME));
    if (r.ok()) {
        // Spans must stay inside the text whatever the input.
        const Document &d = *r.document;
        for (const Word &w : d.words) {
            if (w.span.start < 0 || w.span.end > d.text.size() || w.span.start > w.span.end)
                __builtin_trap();
        }
    } else if (r.failure.reason.isEmpty()) {
        __builtin_trap(); // a failure must say why
    }
    return 0;
}
