#include "core/export/jsonwriter.h"

#include <QLocale>

#include <cmath>

namespace {

char hexDigit(int v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

void appendUnicodeEscape(QByteArray &out, char16_t u)
{
    const char escape[6] = {'\\', 'u', hexDigit(u >> 12 & 0xf), hexDigit(u >> 8 & 0xf), hexDigit(u >> 4 & 0xf),
                            hexDigit(u & 0xf)};
    out.append(escape, 6);
}

} // namespace

void JsonWriter::appendEscaped(QByteArray &out, QStringView s)
{
    const char16_t *p = s.utf16(), *const end = p + s.size();
    while (p != end) {
        // Runs of plain ASCII are copied at once: most of a report is article text.
        const char16_t *run = p;
        while (p != end && *p >= 0x20 && *p < 0x80 && *p != u'"' && *p != u'\\')
            ++p;
        if (p != run) {
            const qsizetype n = p - run;
            const qsizetype at = out.size();
            out.resize(at + n);
            char *dst = out.data() + at;
            for (qsizetype k = 0; k < n; ++k)
                dst[k] = char(run[k]);
            continue;
        }
        const char16_t u = *p++;
        if (u < 0x80) {
            out.append('\\');
            switch (u) {
            case u'"': out.append('"'); break;
            case u'\\': out.append('\\'); break;
            case 0x08: out.append('b'); break;
            case 0x0c: out.append('f'); break;
            case 0x0a: out.append('n'); break;
            case 0x0d: out.append('r'); break;
            case 0x09: out.append('t'); break;
            default: {
                const char escape[5] = {'u', '0', '0', hexDigit(u >> 4), hexDigit(u & 0xf)};
                out.append(escape, 5);
            }
            }
        } else if (u < 0x800) {
            out.append(char(0xc0 | (u >> 6)));
            out.append(char(0x80 | (u & 0x3f)));
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            const char bytes[4] = {char(0xf0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3f)), char(0x80 | ((c >> 6) & 0x3f)),
                                   char(0x80 | (c & 0x3f))};
            out.append(bytes, 4);
        } else if (QChar::isSurrogate(u)) {
            appendUnicodeEscape(out, u); // a lone surrogate has no UTF-8 form
        } else {
            const char bytes[3] = {char(0xe0 | (u >> 12)), char(0x80 | ((u >> 6) & 0x3f)), char(0x80 | (u & 0x3f))};
            out.append(bytes, 3);
        }
    }
}

void JsonWriter::key(QStringView name)
{
    beforeValue();
    m_out.append('"');
    appendEscaped(m_out, name);
    m_out.append(m_indented ? "\": " : "\":");
    m_afterKey = true;
}

void JsonWriter::value(QStringView s)
{
    beforeValue();
    m_out.append('"');
    appendEscaped(m_out, s);
    m_out.append('"');
}

void JsonWriter::value(qint64 n)
{
    beforeValue();
    m_out.append(QByteArray::number(n));
}

void JsonWriter::value(double d)
{
    beforeValue();
    if (std::isfinite(d))
        m_out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
    else
        m_out.append("null"); // as QJsonDocument: JSON has no infinity or NaN (RFC 8259, section 6)
}

void JsonWriter::value(bool b)
{
    beforeValue();
    m_out.append(b ? "true" : "false");
}

void JsonWriter::null()
{
    beforeValue();
    m_out.append("null");
}

void JsonWriter::open(char bracket)
{
    beforeValue();
    m_out.append(bracket);
    if (m_indented)
        m_out.append('\n');
    m_counts.push_back(0);
}

void JsonWriter::close(char bracket)
{
    Q_ASSERT(!m_counts.empty() && !m_afterKey);
    const bool empty = m_counts.back() == 0;
    m_counts.pop_back();
    if (m_indented) {
        // QJsonDocument writes an empty container as "[\n" and the closing indentation.
        if (!empty)
            m_out.append('\n');
        indent(m_counts.size());
    }
    m_out.append(bracket);
    if (m_indented && m_counts.empty())
        m_out.append('\n');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_counts.empty())
        return; // the top-level value
    if (m_counts.back()++ > 0)
        m_out.append(m_indented ? ",\n" : ",");
    if (m_indented)
        indent(m_counts.size());
}

void JsonWriter::indent(size_t depth)
{
    m_out.append(qsizetype(4 * depth), ' ');
}
