#include "core/text/languageidentifier.h"

#include <QByteArray>
#include <QFile>
#include <QByteArrayView>
#include <QHash>
#include <QList>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <vector>

#include <fingerprint.h>
#include <textcat.h>

using namespace Qt::StringLiterals;

namespace {

// Enough text for a confident guess (the library's own advice is a few hundred bytes); the
// classifier's time grows with the input.
constexpr qsizetype sampleChars = 4000;
// Below this many bytes the library answers "SHORT" instead of guessing: its default (1) names
// "Yes." Shuswap.
constexpr int minimumBytes = 40;
// libexttextcat's own figures (its constants.h: MAXNGRAMS, THRESHOLDVALUE, MAXCANDIDATES,
// MAXOUTOFPLACE, MAXNGRAMSIZE), restated: that header's macros have names too plain to include.
// N-grams per profile, the margin within which models are all candidates, how many candidates
// are still an answer, the score of an n-gram a model lacks, the longest n-gram.
constexpr int profileNgrams = 400;
constexpr double candidateMargin = 1.03;
constexpr int maxCandidates = 5;
constexpr int maxOutOfPlace = 400;
constexpr qsizetype maxNgramBytes = 20;

// The library's language models, read once per process, as an index from n-gram to the models
// that have it and its rank there. textcat_Classify compares a text with each of the 164 models
// in turn, merging two sorted lists of 400 strings every time: a fifth of a small PDF's import
// and most of an identified fuzz input. Looking each of the text's n-grams up once gives the
// same scores (tst_language checks the answers against the library's on every test text).
struct Models
{
    /// One n-gram of one model. Grouped by the low bits of the hash: a text's n-gram finds
    /// every model that has it in one bucket; the bytes make the match exact.
    struct Entry
    {
        size_t hash;
        quint16 model;
        quint16 rank;
        quint8 size;
        std::array<char, maxNgramBytes> bytes;
    };
    std::vector<QByteArray> names; ///< "pt--utf8", in the configuration's order
    std::vector<Entry> entries;
    /// Where each bucket's entries start in `entries` (one more than there are buckets). A
    /// binary search over the 65,000 entries was half of an identification: 16 steps of cache
    /// misses for each of a text's 400 n-grams, where a bucket is one.
    std::vector<quint32> buckets;
    size_t mask = 0;

    /// The entries whose hash falls in the bucket of `hash`.
    std::pair<const Entry *, const Entry *> bucketOf(size_t hash) const
    {
        const size_t b = hash & mask;
        return {entries.data() + buckets[b], entries.data() + buckets[b + 1]};
    }
};

size_t hashOf(QByteArrayView ngram)
{
    return qHash(ngram, size_t(0));
}

// A model file's n-grams by rank, as fp_Read reads them: a line's first word, too long ones
// left out, the first 400.
bool readModel(const QString &path, quint16 model, Models &m)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray all = f.readAll();
    int rank = 0;
    for (qsizetype at = 0; at < all.size() && rank < profileNgrams;) {
        qsizetype end = all.indexOf('\n', at);
        if (end < 0)
            end = all.size();
        QByteArrayView line = QByteArrayView(all).sliced(at, end - at).trimmed();
        at = end + 1;
        for (qsizetype k = 0; k < line.size(); ++k) {
            if (line[k] == ' ' || line[k] == '\t') {
                line.truncate(k);
                break;
            }
        }
        if (line.size() > maxNgramBytes)
            continue;
        Models::Entry e{hashOf(line), model, quint16(rank), quint8(line.size()), {}};
        std::copy(line.begin(), line.end(), e.bytes.begin());
        m.entries.push_back(e);
        ++rank;
    }
    return true;
}

const Models &models()
{
    static Models m;
    static std::once_flag loaded;
    std::call_once(loaded, [] {
        const QString dir = QStringLiteral(SYNOPTIC_TEXTCAT_DIR "/");
        QFile conf(dir + u"fpdb.conf"_s);
        if (!conf.open(QIODevice::ReadOnly))
            return;
        // "file  name  # comment", as special_textcat_Init reads it.
        while (!conf.atEnd()) {
            QByteArray line = conf.readLine();
            if (const qsizetype hash = line.indexOf('#'); hash >= 0)
                line.truncate(hash);
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() < 2 || fields[0].isEmpty())
                continue;
            if (!readModel(dir + QString::fromLocal8Bit(fields[0]), quint16(m.names.size()), m)) {
                m = Models(); // as the library: one model missing, no identification at all
                return;
            }
            m.names.push_back(fields[1]);
        }
        // About one distinct n-gram a bucket: the 164 models share many of theirs.
        size_t count = 1;
        while (count < m.entries.size())
            count <<= 1;
        const size_t mask = count - 1;
        m.mask = mask;
        std::sort(m.entries.begin(), m.entries.end(), [mask](const Models::Entry &x, const Models::Entry &y) {
            return (x.hash & mask) < (y.hash & mask);
        });
        m.buckets.assign(count + 1, 0);
        for (const Models::Entry &e : m.entries)
            ++m.buckets[(e.hash & m.mask) + 1];
        for (size_t b = 0; b < count; ++b)
            m.buckets[b + 1] += m.buckets[b];
    });
    return m;
}

// The text's profile, n-grams by rank, made by the library itself (fp_Create) and read back
// through its printer.
std::vector<QByteArray> profileOf(const QByteArray &sample)
{
    const std::unique_ptr<void, void (*)(void *)> unknown(fp_Init(nullptr), fp_Done);
    fp_SetProperty(unknown.get(), TCPROP_UTF8AWARE, TC_TRUE);
    fp_SetProperty(unknown.get(), TCPROP_MINIMUM_DOCUMENT_SIZE, minimumBytes);
    if (fp_Create(unknown.get(), sample.constData(), uint4(sample.size()), profileNgrams) == 0)
        return {};
    char *buffer = nullptr;
    size_t size = 0;
    FILE *out = open_memstream(&buffer, &size);
    if (!out)
        return {};
    fp_Print(unknown.get(), out);
    std::fclose(out);
    const QList<QByteArray> lines = QByteArray(buffer, qsizetype(size)).split('\n');
    std::free(buffer);
    std::vector<QByteArray> profile;
    for (const QByteArray &l : lines) {
        if (!l.isEmpty())
            profile.push_back(l);
    }
    return profile;
}

// "pt--utf8" -> "pt", "zh-CN-utf8" -> "zh-CN": the configuration names are
// language-country-encoding.
QString bcp47(const QByteArray &name)
{
    QList<QByteArray> parts = name.split('-');
    if (parts.size() > 1)
        parts.removeLast();
    while (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    return QString::fromLatin1(parts.join('-'));
}

} // namespace

QString LanguageIdentifier::identify(QStringView text)
{
    const Models &m = models();
    const QByteArray sample = text.left(sampleChars).toUtf8();
    if (m.names.empty() || sample.size() < minimumBytes)
        return {};
    const std::vector<QByteArray> profile = profileOf(sample);
    if (profile.empty())
        return {};
    // The library's score of a model: for each of the text's n-grams, how far its rank is from
    // the model's, or the maximum when the model lacks it.
    std::vector<qint64> score(m.names.size(), qint64(maxOutOfPlace) * qint64(profile.size()));
    for (size_t rank = 0; rank < profile.size(); ++rank) {
        const QByteArrayView ngram(profile[rank]);
        const size_t h = hashOf(ngram);
        // The models list each n-gram once (the library's merge would match a repeated one
        // once too; tst_language would see the difference).
        const auto [first, last] = m.bucketOf(h);
        for (const Models::Entry *e = first; e != last; ++e) {
            if (e->hash != h || QByteArrayView(e->bytes.data(), e->size) != ngram)
                continue;
            score[e->model] += std::abs(int(e->rank) - int(rank)) - maxOutOfPlace;
        }
    }
    // Candidates are the models within the margin of the best; too many is no answer. Ties go
    // to the model the configuration lists first.
    const size_t best = size_t(std::min_element(score.begin(), score.end()) - score.begin());
    const qint64 cutoff = qint64(double(score[best]) * candidateMargin);
    const auto candidates = std::count_if(score.begin(), score.end(), [cutoff](qint64 s) { return s < cutoff; });
    if (candidates == 0 || candidates > maxCandidates)
        return {};
    return bcp47(m.names[best]);
}
