// Prints the text of a PDF page by page, each page followed by a record separator (U+001E;
// poppler ends pages with form feeds of its own), for the browser tests' print checks: node
// cannot read a PDF's text without a heavy package, and poppler-cpp is already a dependency.
// Usage: html_pdfpages FILE.pdf
#include "tests/print/pdftext.h"

#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fputs("usage: html_pdfpages FILE.pdf\n", stderr);
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const PdfText text = PdfText::read(file.readAll());
    if (!text.ok)
        return 1;
    for (const QString &page : text.pageText) {
        std::fputs(page.toUtf8().constData(), stdout);
        std::fputc('\x1e', stdout);
    }
    return 0;
}
