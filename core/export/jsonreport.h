#pragma once

#include "core/model/comparison.h"

#include <QByteArray>
#include <QJsonObject>

/// The engine's contract in JSON, as `synoptic-cli compare --json` writes it and
/// resources/schema/report.schema.json describes it. Spans are [start, end) in Unicode code points.
class JsonReport
{
public:
    static QJsonObject toJson(const Comparison &comparison);
    static QByteArray toBytes(const Comparison &comparison, bool indented = true);
};
