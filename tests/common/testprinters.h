#pragma once

// QTest::toString specialisations for Synoptic's value types, so that failed QCOMPAREs print
// "divergent" or "[3, +2)" instead of nothing. (Specialisations rather than overloads found by
// argument-dependent lookup, to keep them out of the global namespace.) TestPrinters holds the
// texts they print, for tests that compare extracted blocks as lists of lines.

#include "core/model/comparison.h"
#include "core/model/extractedtext.h"

#include <QStringList>
#include <QTest>

#include <vector>

namespace TestPrinters {

inline QString nameOf(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Paragraph:
        return QStringLiteral("Paragraph");
    case BlockKind::Heading:
        return QStringLiteral("Heading");
    case BlockKind::ListItem:
        return QStringLiteral("ListItem");
    case BlockKind::Quote:
        return QStringLiteral("Quote");
    case BlockKind::Preformatted:
        return QStringLiteral("Preformatted");
    }
    return QStringLiteral("?");
}

/// "Heading: Background", with tabs and line breaks spelled out so a failure shows them.
inline QString describeBlock(const TextBlock &b)
{
    QString text = b.text;
    text.replace(u'\t', QStringLiteral("\\t")).replace(u'\n', QStringLiteral("\\n"));
    return nameOf(b.kind) + QStringLiteral(": ") + text;
}

/// One describeBlock() per block: comparing these lists names the first block that differs,
/// where comparing the vectors would only say that they differ.
inline QStringList describe(const std::vector<TextBlock> &blocks)
{
    QStringList out;
    for (const TextBlock &b : blocks)
        out << describeBlock(b);
    return out;
}

} // namespace TestPrinters

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

template<>
inline char *toString(const BlockKind &k)
{
    return QTest::toString<QString>(TestPrinters::nameOf(k));
}

template<>
inline char *toString(const TextBlock &b)
{
    return QTest::toString<QString>(TestPrinters::describeBlock(b));
}

template<>
inline char *toString(const FactTableEntry::Status &s)
{
    return QTest::toString<QString>(nameOf(s));
}

} // namespace QTest
