#include "core/model/comparison.h"

using namespace Qt::StringLiterals;

TextSpan Comparison::rangeSpan(int doc, const UnitRange &range) const
{
    if (range.isEmpty())
        return {};
    return {unitSpan(doc, range.first).start, unitSpan(doc, range.end() - 1).end};
}

QString nameOf(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Match: return u"match"_s;
    case LinkKind::Divergent: return u"divergent"_s;
    case LinkKind::Related: return u"related"_s;
    }
    return {};
}

QString nameOf(FactChange::Kind kind)
{
    switch (kind) {
    case FactChange::Kind::Number: return u"number"_s;
    case FactChange::Kind::Date: return u"date"_s;
    case FactChange::Kind::Name: return u"name"_s;
    case FactChange::Kind::Quote: return u"quote"_s;
    case FactChange::Kind::Attribution: return u"attribution"_s;
    }
    return {};
}

QString nameOf(WordEdit::Op op)
{
    switch (op) {
    case WordEdit::Op::Equal: return u"equal"_s;
    case WordEdit::Op::Replace: return u"replace"_s;
    case WordEdit::Op::Delete: return u"delete"_s;
    case WordEdit::Op::Insert: return u"insert"_s;
    }
    return {};
}

QString nameOf(UnitStatus status)
{
    switch (status) {
    case UnitStatus::Furniture: return u"furniture"_s;
    case UnitStatus::Unique: return u"unique"_s;
    case UnitStatus::Divergent: return u"divergent"_s;
    case UnitStatus::Match: return u"match"_s;
    case UnitStatus::Related: return u"related"_s;
    }
    return {};
}
