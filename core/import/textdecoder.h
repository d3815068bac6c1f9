#pragma once

#include <QByteArray>
#include <QString>

/// Turns bytes of unknown encoding into text. A byte-order mark wins, then valid UTF-8,
/// then ICU's charset detector; conversion is ICU's. Used by every text-based importer.
class TextDecoder
{
public:
    struct Result
    {
        QString text;
        QString encoding; ///< IANA/ICU name of the encoding used, e.g. "UTF-8", "windows-1252"
        QString error;    ///< non-empty when the bytes are not text (binary, undecodable)
        bool ok() const { return error.isEmpty(); }
    };

    /// `declared` is an encoding named by the container (HTML meta charset, HTTP header); it is
    /// used when no BOM is present and it decodes cleanly.
    static Result decode(const QByteArray &bytes, const QString &declared = {});

    /// True when the bytes look binary: NUL bytes outside UTF-16 text, or many control bytes.
    static bool looksBinary(const QByteArray &bytes);
};
