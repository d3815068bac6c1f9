#include "core/import/textdecoder.h"

#include <QCoreApplication>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <memory>
#include <optional>

namespace {

struct DetectorCloser
{
    void operator()(UCharsetDetector *d) const { ucsdet_close(d); }
};
struct ConverterCloser
{
    void operator()(UConverter *c) const { ucnv_close(c); }
};

bool isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= n)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and out-of-range values are not valid UTF-8.
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000)
            || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return false;
        i += extra + 1;
    }
    return true;
}

// Converts with ICU; returns false when the converter had to substitute for invalid bytes
// (the caller then tries another candidate).
bool convert(const QByteArray &bytes, const char *charset, QString *out, bool strict)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(charset, &status));
    if (U_FAILURE(status))
        return false;
    if (strict) {
        ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
        if (U_FAILURE(status))
            return false;
    }
    QString result;
    // UTF-16 never needs more code units than input bytes, except for single-byte charsets
    // where it is one unit per byte, and a few multi-byte charsets mapping to supplementary planes.
    result.resize(bytes.size() * 2 + 16);
    const qsizetype len = ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(result.data()),
                                        static_cast<int32_t>(result.size()), bytes.constData(),
                                        static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status))
        return false;
    result.truncate(len);
    *out = result;
    return true;
}

QString stripBom(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

// A byte-order mark is the author's own statement of the encoding: nothing when there is none.
std::optional<TextDecoder::Result> decodeByBom(const QByteArray &bytes)
{
    struct Bom
    {
        const char *bytes;
        int size;
        const char *charset;
    };
    static constexpr Bom boms[] = {
        {"\xEF\xBB\xBF", 3, "UTF-8"},
        {"\xFF\xFE\x00\x00", 4, "UTF-32LE"},
        {"\x00\x00\xFE\xFF", 4, "UTF-32BE"},
        {"\xFF\xFE", 2, "UTF-16LE"},
        {"\xFE\xFF", 2, "UTF-16BE"},
    };
    for (const Bom &bom : boms) {
        if (bytes.startsWith(QByteArray::fromRawData(bom.bytes, bom.size))) {
            TextDecoder::Result r;
            if (convert(bytes.mid(bom.size), bom.charset, &r.text, true)) {
                r.encoding = QString::fromLatin1(bom.charset);
                return r;
            }
            r.error = QCoreApplication::translate("TextDecoder", "the file starts with a %1 byte-order mark but is not valid %1")
                          .arg(QString::fromLatin1(bom.charset));
            return r;
        }
    }
    return std::nullopt;
}

// UTF-16 without BOM: detectable from the NULs in every other byte of Latin text.
std::optional<TextDecoder::Result> decodeUtf16WithoutBom(const QByteArray &bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return std::nullopt;
    qsizetype evenNul = 0, oddNul = 0;
    const qsizetype n = qMin<qsizetype>(bytes.size(), 4096);
    for (qsizetype i = 0; i + 1 < n; i += 2) {
        evenNul += bytes.at(i) == 0;
        oddNul += bytes.at(i + 1) == 0;
    }
    const qsizetype pairs = n / 2;
    const char *utf16 = nullptr;
    if (oddNul * 10 > pairs * 3 && evenNul == 0)
        utf16 = "UTF-16LE";
    else if (evenNul * 10 > pairs * 3 && oddNul == 0)
        utf16 = "UTF-16BE";
    TextDecoder::Result r;
    if (utf16 && convert(bytes, utf16, &r.text, true)) {
        r.encoding = QString::fromLatin1(utf16);
        return r;
    }
    return std::nullopt;
}

// The last resort: ICU's guesses, most confident first, the first that converts cleanly.
TextDecoder::Result decodeByDetection(const QByteArray &bytes)
{
    TextDecoder::Result r;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&status));
    if (U_FAILURE(status)) {
        r.error = QCoreApplication::translate("TextDecoder", "the text encoding detector is unavailable");
        return r;
    }
    ucsdet_setText(det.get(), bytes.constData(), static_cast<int32_t>(bytes.size()), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(det.get(), &count, &status);
    if (U_SUCCESS(status)) {
        for (int32_t i = 0; i < count; ++i) {
            UErrorCode s = U_ZERO_ERROR;
            const char *name = ucsdet_getName(matches[i], &s);
            if (U_FAILURE(s) || !name)
                continue;
            // ICU reports ISO-8859-1 for text that uses 0x80-0x9F, which only Windows-1252
            // maps to printable characters (curly quotes, dashes): prefer the superset.
            QByteArray charset(name);
            if (charset == "ISO-8859-1")
                charset = "windows-1252";
            if (convert(bytes, charset.constData(), &r.text, true)) {
                r.encoding = QString::fromLatin1(charset);
                r.text = stripBom(r.text);
                return r;
            }
        }
    }
    r.error = QCoreApplication::translate("TextDecoder", "the text encoding could not be recognised");
    return r;
}

} // namespace

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    const qsizetype n = qMin<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B)
            ++control;
    }
    return n > 0 && control * 20 > n; // more than 5% control bytes
}

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes, const QString &declared)
{
    Result r;
    if (bytes.isEmpty())
        return r;
    if (std::optional<Result> bom = decodeByBom(bytes))
        return *bom;
    if (std::optional<Result> utf16 = decodeUtf16WithoutBom(bytes))
        return *utf16;

    if (looksBinary(bytes)) {
        r.error = QCoreApplication::translate("TextDecoder", "the file is binary, not text");
        return r;
    }

    if (isValidUtf8(bytes)) {
        r.text = QString::fromUtf8(bytes);
        r.encoding = QStringLiteral("UTF-8");
        return r;
    }

    if (!declared.isEmpty()) {
        const QByteArray name = declared.toLatin1();
        if (convert(bytes, name.constData(), &r.text, true)) {
            r.encoding = declared;
            r.text = stripBom(r.text);
            return r;
        }
    }
    return decodeByDetection(bytes);
}
