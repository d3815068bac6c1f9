#pragma once

#include <QByteArray>
#include <QStringView>

#include <vector>

/// Writes JSON straight into a byte array, without building a document tree first: a report of a
/// book-length comparison is tens of megabytes, and a QJsonObject tree of it costs several times
/// that in memory and a third of the run's time.
///
/// The bytes are those QJsonDocument::toJson() writes for the same values, compact or indented:
/// the same string escaping (", \ and control characters escaped, \u00XX in lower-case hex, the
/// rest as UTF-8, a lone surrogate as \uXXXX), the same numbers (integers as integers, doubles in
/// their shortest round-trip form, non-finite ones as null), and indented output with four spaces,
/// "key": value, and a newline after the top-level value. QJsonObject writes its keys sorted, so
/// callers that want its exact bytes write keys in sorted order; readers do not depend on it.
///
/// The caller nests begin/end calls and gives every value inside an object a key(); misuse is
/// caught by assertions in debug builds.
class JsonWriter
{
public:
    enum class Style { Compact, Indented };

    JsonWriter(QByteArray &out, Style style) : m_out(out), m_indented(style == Style::Indented) { }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    /// The key of the next value; `name` is written escaped like any string.
    void key(QStringView name);

    void value(QStringView s);
    /// A string literal (u"..."), which would otherwise convert to bool.
    void value(const char16_t *s) { value(QStringView(s)); }
    void value(qint64 n);
    void value(int n) { value(qint64(n)); }
    void value(double d);
    void value(bool b);
    void null();

    /// Appends `s` to `out` as a JSON string body (without the quotes), escaped as QJsonDocument does.
    static void appendEscaped(QByteArray &out, QStringView s);

private:
    void open(char bracket);
    void close(char bracket);
    // Separator and indentation before a value or key, unless a key was just written.
    void beforeValue();
    void indent(size_t depth);

    QByteArray &m_out;
    bool m_indented;
    bool m_afterKey = false;
    std::vector<int> m_counts; ///< values written so far in each open container, outermost first
};
