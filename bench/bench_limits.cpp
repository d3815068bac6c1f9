// Inputs built to be slow: deeply nested HTML and a PDF with thousands of pages. The unit tests
// check they import correctly; their cost is measured here.
#include "core/import/documentloader.h"
#include "core/import/xmlattributelimiter.h"

#include <benchmark/benchmark.h>

#include <QByteArray>
#include <QFile>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

QByteArray nestedHtml(int depth, const QByteArray &open, const QByteArray &close)
{
    QByteArray html = "<!DOCTYPE html><html><body><article><p>Before the nest.</p>";
    for (int i = 0; i < depth; ++i)
        html += open + "w" + QByteArray::number(i % 10) + ' ';
    for (int i = 0; i < depth; ++i)
        html += close;
    return html + "<p>After the nest.</p></article></body></html>";
}

// A plain PDF 1.4 file, one line of Helvetica text a page, written by hand so the benchmark
// needs nothing but core.
QByteArray manyPagePdf(int pages)
{
    QByteArray pdf = "%PDF-1.4\n";
    std::vector<qsizetype> offsets;
    auto object = [&](const QByteArray &body) {
        offsets.push_back(pdf.size());
        pdf += QByteArray::number(qsizetype(offsets.size())) + " 0 obj\n" + body + "\nendobj\n";
    };
    // 1 catalog, 2 pages, 3 font, then a page and its content per page.
    QByteArray kids;
    for (int p = 0; p < pages; ++p)
        kids += QByteArray::number(4 + 2 * p) + " 0 R ";
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    for (int p = 0; p < pages; ++p) {
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents "
               + QByteArray::number(5 + 2 * p) + " 0 R >>");
        const QByteArray text = "BT /F1 12 Tf 72 400 Td (Entry " + QByteArray::number(p + 1)
            + " of the register records a payment made on the first working day.) Tj ET";
        object("<< /Length " + QByteArray::number(text.size()) + " >>\nstream\n" + text + "\nendstream");
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(qsizetype(offsets.size()) + 1) + "\n0000000000 65535 f \n";
    for (qsizetype off : offsets)
        pdf += QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(qsizetype(offsets.size()) + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

static void BM_ImportDeepHtml(benchmark::State &state)
{
    const QByteArray html = nestedHtml(int(state.range(0)), "<div>", "</div>");
    const DocumentLoader loader;
    for (auto _ : state) {
        LoadResult r = loader.loadData(html, u"deep.html"_s, u"text/html"_s);
        if (!r.ok())
            state.SkipWithError("the nested page did not import");
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_ImportDeepHtml)->ArgName("depth")->Arg(20000)->Arg(200000)->Unit(benchmark::kMillisecond);

// Imports `pdf` once per iteration, as the window and the fuzz target do.
static void importPdfLoop(benchmark::State &state, const QByteArray &pdf, const QString &name)
{
    const DocumentLoader loader;
    for (auto _ : state) {
        LoadResult r = loader.loadData(pdf, name, u"application/pdf"_s);
        if (!r.ok())
            state.SkipWithError(qPrintable(r.failure.reason));
        benchmark::DoNotOptimize(r);
    }
}

static void BM_ImportThousandsOfPdfPages(benchmark::State &state)
{
    importPdfLoop(state, manyPagePdf(int(state.range(0))), u"register.pdf"_s);
}
BENCHMARK(BM_ImportThousandsOfPdfPages)->ArgName("pages")->Arg(3000)->Unit(benchmark::kMillisecond);

// One execution of the PDF fuzz target on its largest seed (a one-page article printed by
// Chromium, 38 KB): where its runs a second go.
static void BM_ImportSmallPdf(benchmark::State &state)
{
    QFile f(QStringLiteral(SYNOPTIC_TEST_DATA "/import/pdf/chromium-article.pdf"));
    if (!f.open(QIODevice::ReadOnly))
        state.SkipWithError("no chromium-article.pdf");
    importPdfLoop(state, f.readAll(), u"article.pdf"_s);
}
BENCHMARK(BM_ImportSmallPdf)->Unit(benchmark::kMicrosecond);

namespace {

// One DOCX paragraph with `count` attributes: the guard in front of QXmlStreamReader, then the
// parse, as OfficePackage and DocxImporter run them (quadratic without the guard).
void BM_XmlManyAttributes(benchmark::State &state)
{
    QByteArray xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p";
    for (int i = 0; i < state.range(0); ++i)
        xml += " w:a" + QByteArray::number(i) + "=\"1\"";
    xml += "><w:r><w:t>text</w:t></w:r></w:p></w:document>";
    for (auto _ : state) {
        QByteArray copy = xml;
        XmlAttributeLimiter::limit(copy);
        QXmlStreamReader reader(copy);
        while (!reader.atEnd())
            reader.readNext();
        benchmark::DoNotOptimize(reader.hasError());
    }
    state.SetBytesProcessed(state.iterations() * xml.size());
}
BENCHMARK(BM_XmlManyAttributes)->Arg(30'000)->Arg(300'000)->Unit(benchmark::kMillisecond);

} // namespace
