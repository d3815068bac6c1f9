#include "core/import/xmlattributelimiter.h"

#include <cstring>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A scanner over the bytes that copies what it passes into `out` once anything was dropped.
class Scanner
{
public:
    Scanner(const QByteArray &in, int max) : m_in(in), m_end(in.size()), m_max(max) { }

    qsizetype run()
    {
        while (m_pos < m_end) {
            const qsizetype lt = m_in.indexOf('<', m_pos);
            if (lt < 0) {
                m_pos = m_end;
                break;
            }
            m_pos = lt + 1;
            if (m_pos >= m_end)
                break;
            const char c = m_in[m_pos];
            if (startsWith("!--"))
                skipPast("-->");
            else if (startsWith("![CDATA["))
                skipPast("]]>");
            else if (c == '?')
                skipPast("?>");
            else if (c == '!' || c == '/')
                skipPast(">");
            else
                startTag();
        }
        copyUpTo(m_end);
        return m_dropped;
    }

    QByteArray &output() { return m_out; }

private:
    bool startsWith(const char *s) const
    {
        const qsizetype n = qsizetype(std::strlen(s));
        return m_pos + n <= m_end && std::memcmp(m_in.constData() + m_pos, s, size_t(n)) == 0;
    }

    void skipPast(const char *s)
    {
        const qsizetype at = m_in.indexOf(s, m_pos);
        m_pos = at < 0 ? m_end : at + qsizetype(std::strlen(s));
    }

    void copyUpTo(qsizetype pos)
    {
        if (m_dropped > 0 && pos > m_copied)
            m_out.append(m_in.constData() + m_copied, pos - m_copied);
        m_copied = pos;
    }

    // Copies what lies between the last drop and this one, and skips [from, to).
    void drop(qsizetype from, qsizetype to)
    {
        if (m_dropped == 0)
            m_out.reserve(m_in.size());
        m_out.append(m_in.constData() + m_copied, from - m_copied);
        m_copied = to;
        ++m_dropped;
    }

    bool at(char c) const { return m_pos < m_end && m_in[m_pos] == c; }

    void skipSpaces()
    {
        while (m_pos < m_end && isSpace(m_in[m_pos]))
            ++m_pos;
    }

    // Attributes as HTML writes them too: quoted, unquoted (x=1) or bare (disabled).
    void startTag()
    {
        while (m_pos < m_end && !isSpace(m_in[m_pos]) && m_in[m_pos] != '>' && m_in[m_pos] != '/')
            ++m_pos;
        int count = 0;
        while (m_pos < m_end) {
            const qsizetype attributeStart = m_pos;
            skipSpaces();
            if (m_pos >= m_end || at('>') || at('<'))
                return;
            if (at('/')) {
                ++m_pos;
                continue;
            }
            while (m_pos < m_end && !isSpace(m_in[m_pos]) && !at('=') && !at('>') && !at('<') && !at('/'))
                ++m_pos;
            const qsizetype nameEnd = m_pos;
            skipSpaces();
            if (at('=')) {
                ++m_pos;
                skipSpaces();
                if (at('"') || at('\'')) {
                    const qsizetype close = m_in.indexOf(m_in[m_pos], m_pos + 1);
                    if (close < 0) {
                        m_pos = m_end; // unterminated: left to the parser
                        return;
                    }
                    m_pos = close + 1;
                } else {
                    while (m_pos < m_end && !isSpace(m_in[m_pos]) && !at('>'))
                        ++m_pos;
                }
            } else {
                m_pos = nameEnd; // a bare attribute; what follows is the next one
            }
            if (++count > m_max)
                drop(attributeStart, m_pos);
        }
    }

    const QByteArray &m_in;
    const qsizetype m_end;
    const int m_max;
    qsizetype m_pos = 0;
    qsizetype m_copied = 0;
    qsizetype m_dropped = 0;
    QByteArray m_out;
};

} // namespace

qsizetype XmlAttributeLimiter::limit(QByteArray &xml, int maxPerElement)
{
    Scanner scanner(xml, maxPerElement);
    const qsizetype dropped = scanner.run();
    if (dropped > 0)
        xml = std::move(scanner.output());
    return dropped;
}
