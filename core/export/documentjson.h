#pragma once

#include "core/export/jsonwriter.h"
#include "core/model/document.h"

/// The JSON form of a document shared by `synoptic-cli segment --json` and the alignment
/// report: {"format","furniture","language","paragraphs","path","sentences","text","title"},
/// spans as [start, end) code point offsets into "text".
class DocumentJson
{
public:
    static void write(JsonWriter &json, const Document &doc);
};
