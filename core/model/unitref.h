#pragma once

/// One document's passage: a unit of `Comparison::units`, addressed by document and index.
struct UnitRef
{
    int doc = -1;
    int unit = -1;

    bool isValid() const { return doc >= 0 && unit >= 0; }
    friend bool operator==(const UnitRef &, const UnitRef &) = default;
    friend auto operator<=>(const UnitRef &, const UnitRef &) = default;
};
