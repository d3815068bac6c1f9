// Writes a synthetic pair of editions as two text files, for whole-process timings
// (bench/peers.sh) that need files rather than in-process documents:
//   synthetic-pair WORDS DIR   writes DIR/a.txt (about WORDS words) and DIR/b.txt (its revision)
// The same seeds as bench_align's editions(), so both measure the same text.
#include "bench/syntheticcorpus.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0 && f.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fputs("usage: synthetic-pair WORDS DIR\n", stderr);
        return 2;
    }
    const int words = std::atoi(argv[1]);
    const QString dir = QString::fromLocal8Bit(argv[2]);
    if (words <= 0 || !QDir().mkpath(dir)) {
        std::fputs("synthetic-pair: WORDS must be positive and DIR writable\n", stderr);
        return 2;
    }
    const QString a = SyntheticCorpus::text(words, 11);
    if (!writeFile(dir + u"/a.txt"_s, a) || !writeFile(dir + u"/b.txt"_s, SyntheticCorpus::revise(a, 12))) {
        std::fputs("synthetic-pair: could not write the files\n", stderr);
        return 1;
    }
    return 0;
}
