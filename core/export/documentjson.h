#pragma once

#include "core/export/jsonwriter.h"
#include "core/model/document.h"

/// The JSON form of a document shared by `synoptic-cli segment --json` and the alignment
/// report: {"format","furniture","language","paragraphs","path","sentences","text","title"},
/// spans as [start, end) code point offsets into "text". "language" is the one identified on
/// import (or set with --language).
class DocumentJson
{
public:
    /// `readIn`: the language a comparison read the document in (Comparison::languages), which
    /// the report adds as "languageRead" since it can differ from "language" (overridden for the
    /// article or all of them, or guessed for a text too short to identify); empty for a
    /// document on its own (`segment --json`), which then has no such key.
    static void write(JsonWriter &json, const Document &doc, const QString &readIn = {});
};
