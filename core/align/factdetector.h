#pragma once

#include "core/model/comparison.h"

#include <vector>

/// Finds, among the word edits of a divergent link, the differences a fact-checker cares
/// about: numbers and quantities, dates and times, names, quotations and attributions.
/// Works on English news wording; other languages still get number and quotation changes.
class FactDetector
{
public:
    static std::vector<FactChange> detect(const Document &a, const Document &b, const Link &link);
};
