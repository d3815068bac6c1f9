#include "core/align/sequencediff.h"

#include <QTest>

#include <cctype>
#include <string>
#include <vector>

namespace {

std::vector<char> chars(const char *s)
{
    return std::vector<char>(s, s + std::char_traits<char>::length(s));
}

// Reference: the length of a longest common subsequence, by the textbook table.
int lcsLength(const std::vector<char> &a, const std::vector<char> &b)
{
    std::vector<std::vector<int>> t(a.size() + 1, std::vector<int>(b.size() + 1, 0));
    for (size_t i = 1; i <= a.size(); ++i) {
        for (size_t j = 1; j <= b.size(); ++j)
            t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : std::max(t[i - 1][j], t[i][j - 1]);
    }
    return t[a.size()][b.size()];
}

// Checks that the steps walk both sequences from start to end without gaps or overlaps, that
// Equal steps really cover equal elements, and returns how many elements they keep.
template<typename T>
int checkedEqualCount(const std::vector<T> &a, const std::vector<T> &b, const std::vector<DiffStep> &steps)
{
    int i = 0, j = 0, equal = 0;
    for (const DiffStep &s : steps) {
        if (s.count <= 0 || s.aPos != i || s.bPos != j) {
            QTest::qFail("a step does not start where the previous one ended", __FILE__, __LINE__);
            return -1;
        }
        switch (s.op) {
        case DiffStep::Op::Equal:
            for (int k = 0; k < s.count; ++k) {
                if (!(a[size_t(i + k)] == b[size_t(j + k)])) {
                    QTest::qFail("an Equal step covers different elements", __FILE__, __LINE__);
                    return -1;
                }
            }
            i += s.count;
            j += s.count;
            equal += s.count;
            break;
        case DiffStep::Op::Delete: i += s.count; break;
        case DiffStep::Op::Insert: j += s.count; break;
        }
    }
    if (i != int(a.size()) || j != int(b.size())) {
        QTest::qFail("the steps do not reach the end of both sequences", __FILE__, __LINE__);
        return -1;
    }
    return equal;
}

} // namespace

namespace QTest {

template<>
inline char *toString(const DiffStep &s)
{
    const char *op = s.op == DiffStep::Op::Equal ? "Equal" : s.op == DiffStep::Op::Delete ? "Delete" : "Insert";
    return QTest::toString<QString>(QStringLiteral("%1(a %2, b %3, %4)").arg(QLatin1StringView(op)).arg(s.aPos).arg(s.bPos).arg(s.count));
}

} // namespace QTest

class TestSequenceDiff : public QObject
{
    Q_OBJECT

private slots:
    void longestCommonSubsequence_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<int>("lcs");
        QTest::newRow("textbook") << QByteArray("ABCBDAB") << QByteArray("BDCABA") << 4;
        QTest::newRow("identical") << QByteArray("synoptic") << QByteArray("synoptic") << 8;
        QTest::newRow("all different") << QByteArray("abc") << QByteArray("xyz") << 0;
        QTest::newRow("both empty") << QByteArray() << QByteArray() << 0;
        QTest::newRow("a empty") << QByteArray() << QByteArray("abc") << 0;
        QTest::newRow("b empty") << QByteArray("abc") << QByteArray() << 0;
        QTest::newRow("insertion in the middle") << QByteArray("kitten") << QByteArray("kitchen") << 5;
        QTest::newRow("prefix and suffix shared") << QByteArray("xxAyy") << QByteArray("xxByy") << 4;
        QTest::newRow("reversed") << QByteArray("abcdef") << QByteArray("fedcba") << 1;
    }

    void longestCommonSubsequence()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(int, lcs);
        const std::vector<char> va(a.begin(), a.end()), vb(b.begin(), b.end());
        QCOMPARE(lcsLength(va, vb), lcs); // the reference agrees with the row
        QCOMPARE(checkedEqualCount(va, vb, SequenceDiff<char>::diff(va, vb)), lcs);
    }

    void exactStepsForAKnownPair()
    {
        // One changed element between shared runs: Equal, Delete, Insert, Equal, with adjacent
        // steps of one kind merged into one.
        const std::vector<DiffStep> steps = SequenceDiff<char>::diff(chars("the cat sat"), chars("the bat sat"));
        const std::vector<DiffStep> expected{{DiffStep::Op::Equal, 0, 0, 4},
                                             {DiffStep::Op::Delete, 4, 4, 1},
                                             {DiffStep::Op::Insert, 5, 4, 1},
                                             {DiffStep::Op::Equal, 5, 5, 6}};
        QCOMPARE(steps, expected);
    }

    void emptyInputs()
    {
        QVERIFY(SequenceDiff<char>::diff({}, {}).empty());
        const std::vector<DiffStep> insert{{DiffStep::Op::Insert, 0, 0, 3}};
        QCOMPARE(SequenceDiff<char>::diff({}, chars("abc")), insert);
        const std::vector<DiffStep> remove{{DiffStep::Op::Delete, 0, 0, 3}};
        QCOMPARE(SequenceDiff<char>::diff(chars("abc"), {}), remove);
    }

    void allDifferentIsOneReplacement()
    {
        const std::vector<DiffStep> expected{{DiffStep::Op::Delete, 0, 0, 3}, {DiffStep::Op::Insert, 3, 0, 4}};
        QCOMPARE(SequenceDiff<char>::diff(chars("abc"), chars("wxyz")), expected);
    }

    void matchesTheReferenceOnPseudoRandomInputs()
    {
        // A fixed linear congruential generator: the same inputs on every run.
        quint32 state = 12345;
        auto next = [&state](quint32 bound) {
            state = state * 1103515245u + 12345u;
            return (state >> 16) % bound;
        };
        for (int round = 0; round < 200; ++round) {
            std::vector<char> a(next(30)), b(next(30));
            for (char &c : a)
                c = char('a' + next(4));
            for (char &c : b)
                c = char('a' + next(4));
            QCOMPARE(checkedEqualCount(a, b, SequenceDiff<char>::diff(a, b)), lcsLength(a, b));
        }
    }

    void largeInputsAreCutAtUniqueAnchors()
    {
        // 3000 x 3000 is past the exact limit: the diff runs on anchors, and still finds every
        // kept element when ten are dropped and five inserted.
        std::vector<int> a(3000), b;
        for (int i = 0; i < 3000; ++i)
            a[size_t(i)] = i;
        for (int i = 0; i < 3000; ++i) {
            if (i % 300 == 7)
                continue;
            if (i % 600 == 100)
                b.push_back(-i);
            b.push_back(i);
        }
        QVERIFY(int64_t(a.size()) * int64_t(b.size()) > SequenceDiff<int>::exactCellLimit);
        QCOMPARE(checkedEqualCount(a, b, SequenceDiff<int>::diff(a, b)), 2990);
    }

    void largeInputsWithoutAnchorsAreReplaced()
    {
        // Nothing occurs once on each side and the region is too large to search exactly.
        std::vector<int> a, b;
        for (int i = 0; i < 1500; ++i) {
            a.insert(a.end(), {1, 2});
            b.insert(b.end(), {2, 1});
        }
        const std::vector<DiffStep> expected{{DiffStep::Op::Delete, 0, 0, 3000}, {DiffStep::Op::Insert, 3000, 0, 3000}};
        QCOMPARE(SequenceDiff<int>::diff(a, b), expected);
    }

    void customComparator()
    {
        // Generic over the comparison: case-insensitive characters.
        struct FoldedHash
        {
            size_t operator()(char c) const { return std::hash<int>()(std::tolower(static_cast<unsigned char>(c))); }
        };
        struct FoldedEq
        {
            bool operator()(char x, char y) const
            {
                return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
            }
        };
        const std::vector<DiffStep> steps = SequenceDiff<char, FoldedHash, FoldedEq>::diff(chars("Synoptic"), chars("SYNOPTIC"));
        const std::vector<DiffStep> expected{{DiffStep::Op::Equal, 0, 0, 8}};
        QCOMPARE(steps, expected);
    }
};

QTEST_APPLESS_MAIN(TestSequenceDiff)
#include "tst_sequencediff.moc"
