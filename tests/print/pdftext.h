#pragma once

// The text of a PDF as poppler reads it, for tests of the PDF export (poppler-cpp, so the
// tests need no poppler-utils).

#include <QByteArray>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <memory>

struct PdfWord
{
    int page = 0;
    QRectF box; ///< in points, origin top left
    QString text;
};

struct PdfText
{
    bool ok = false;
    int pages = 0;
    QSizeF pageSize;      ///< of the first page, in points
    QStringList pageText; ///< per page, in reading order
    std::vector<PdfWord> words;

    static QString fromUstring(const poppler::ustring &s)
    {
        const poppler::byte_array utf8 = s.to_utf8();
        return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    }

    static PdfText read(const QByteArray &pdf)
    {
        PdfText t;
        std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(pdf.constData(), int(pdf.size())));
        if (!doc || doc->is_locked())
            return t;
        t.ok = true;
        t.pages = doc->pages();
        for (int i = 0; i < t.pages; ++i) {
            std::unique_ptr<poppler::page> page(doc->create_page(i));
            if (i == 0)
                t.pageSize = QSizeF(page->page_rect().width(), page->page_rect().height());
            t.pageText << fromUstring(page->text());
            for (const poppler::text_box &box : page->text_list()) {
                const poppler::rectf r = box.bbox();
                t.words.push_back({i, QRectF(r.x(), r.y(), r.width(), r.height()), fromUstring(box.text())});
            }
        }
        return t;
    }

    /// All pages' text with white space folded to single spaces.
    QString simplified() const { return pageText.join(u' ').simplified(); }
};
