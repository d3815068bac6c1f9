#pragma once

#include <QByteArray>

/// A linear-time guard in front of QXmlStreamReader, which checks each attribute of an element
/// against all the others before it (quadratic: one paragraph with 300,000 attributes in a
/// 0.7 MB DOCX parses for minutes). Attributes past `maxPerElement` carry no text we import, so
/// they are dropped from the bytes before parsing, and counted. gumbo does the same for HTML
/// (200,000 attributes on one element: 20 s), so the HTML importer uses it too; it reads
/// unquoted and bare attributes as HTML writes them.
class XmlAttributeLimiter
{
public:
    static constexpr int defaultMaxPerElement = 512;

    /// Drops the attributes of each start tag past the first `maxPerElement`; returns how many
    /// it dropped (0 leaves `xml` untouched). Comments, CDATA, processing instructions and
    /// declarations are copied as they are; an unterminated value is left for the parser to
    /// report.
    static qsizetype limit(QByteArray &xml, int maxPerElement = defaultMaxPerElement);
};
