#pragma once

#include "core/model/comparison.h"
#include "core/model/comparisonnote.h"

#include <QByteArray>

#include <vector>

/// The engine's contract in JSON, as `synoptic-cli compare --json` writes it and
/// resources/schema/report.schema.json describes it. Spans are [start, end) in Unicode code points.
///
/// Written as a stream (JsonWriter), never as a QJsonObject tree: the bytes are those
/// QJsonDocument would write for the same report (keys in its sorted order), compact or indented.
class JsonReport
{
public:
    /// Compact by default: the indented form of a book-length report is three times the size.
    /// `notes` (in columns, as Session::comparisonNotes() gives them) become "notes", each with
    /// the units it lands on (NotePlacer).
    static QByteArray toBytes(const Comparison &comparison, bool indented = false,
                              const std::vector<ComparisonNote> &notes = {});
};
