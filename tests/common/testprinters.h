#pragma once

// QTest::toString specialisations for Synoptic's value types, so that failed QCOMPAREs print
// "divergent" or "[3, +2)" instead of nothing. (Specialisations rather than overloads found by
// argument-dependent lookup, to keep them out of the global namespace.)

#include "core/align/comparison.h"

#include <QTest>

namespace QTest {

template<>
inline char *toString(const LinkKind &k)
{
    return QTest::toString<QString>(::nameOf(k));
}

template<>
inline char *toString(const WordEdit::Op &op)
{
    return QTest::toString<QString>(::nameOf(op));
}

template<>
inline char *toString(const UnitStatus &s)
{
    return QTest::toString<QString>(::nameOf(s));
}

template<>
inline char *toString(const FactChange::Kind &k)
{
    return QTest::toString<QString>(::nameOf(k));
}

template<>
inline char *toString(const Granularity &g)
{
    return QTest::toString<QString>(g == Granularity::Sentence ? QStringLiteral("sentence") : QStringLiteral("paragraph"));
}

template<>
inline char *toString(const UnitRange &r)
{
    return QTest::toString<QString>(QStringLiteral("[%1, +%2)").arg(r.first).arg(r.count));
}

template<>
inline char *toString(const TextSpan &s)
{
    return QTest::toString<QString>(QStringLiteral("[%1, %2)").arg(s.start).arg(s.end));
}

} // namespace QTest
