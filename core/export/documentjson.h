#pragma once

#include "core/model/document.h"

#include <QJsonObject>

/// The JSON form of a document shared by `synoptic-cli segment --json` and the alignment
/// report: {"path","title","format","text","paragraphs","sentences","furniture"}, spans as
/// [start, end) code point offsets into "text".
class DocumentJson
{
public:
    static QJsonObject toJson(const Document &doc);
};
