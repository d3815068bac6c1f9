#include "core/text/languageidentifier.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <algorithm>
#include <climits>
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
// libexttextcat's own figures (constants.h, not installed for use): n-grams per profile, the
// margin within which models are all candidates, and how many candidates are still an answer.
constexpr int profileNgrams = 400;
constexpr double candidateMargin = 1.03;
constexpr int maxCandidates = 5;

// One language model of the library's configuration, and the script most of its letters are in.
struct Model
{
    void *fingerprint = nullptr;
    QByteArray name; ///< "pt--utf8"
    QChar::Script script = QChar::Script_Common;
};

// The models, read once per process. textcat_Classify compares a text with all 164 of them, a
// fifth of a small PDF's import and most of an identified fuzz input: here only the models of
// the scripts the text is written in are compared (one of another script shares none of its
// n-grams), and the language found last first, so that the library's cut-off (a comparison
// stops once it is worse than the best so far by the margin) ends the others early. The
// answer is textcat's (tst_language checks it on every test text).
struct Models
{
    std::vector<Model> models;
    std::vector<size_t> order; ///< the order to compare in: the last language found first
    std::mutex mutex;          ///< guards `order`

    ~Models()
    {
        for (const Model &m : models)
            fp_Done(m.fingerprint);
    }
};

// The script most letters of a model file's n-grams are written in ("_" marks a word's edge).
QChar::Script scriptOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QChar::Script_Common;
    std::vector<int> count(QChar::ScriptCount, 0);
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        const qsizetype end = line.indexOf('\t') >= 0 ? line.indexOf('\t') : line.indexOf(' ');
        const QString ngram = QString::fromUtf8(end >= 0 ? line.left(end) : line.trimmed());
        for (const char32_t c : ngram.toUcs4()) {
            if (QChar::isLetter(c))
                ++count[size_t(QChar::script(c))];
        }
    }
    const auto best = std::max_element(count.begin(), count.end());
    return *best > 0 ? QChar::Script(best - count.begin()) : QChar::Script_Common;
}

Models &models()
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
            Model model;
            model.fingerprint = fp_Init(fields[1].constData());
            model.name = fields[1];
            const QString file = dir + QString::fromLocal8Bit(fields[0]);
            if (!model.fingerprint || fp_Read(model.fingerprint, QFile::encodeName(file).constData(), profileNgrams) == 0) {
                // As the library: one model missing, no identification at all.
                if (model.fingerprint)
                    fp_Done(model.fingerprint);
                for (const Model &read : m.models)
                    fp_Done(read.fingerprint);
                m.models.clear();
                return;
            }
            model.script = scriptOf(file);
            m.models.push_back(std::move(model));
        }
        for (size_t i = 0; i < m.models.size(); ++i)
            m.order.push_back(i);
    });
    return m;
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

// The scripts `text` has letters in.
std::vector<bool> scriptsOf(QStringView text)
{
    std::vector<bool> used(QChar::ScriptCount, false);
    used[QChar::Script_Common] = true; // models with no letters of their own are always compared
    for (const char32_t c : text.toUcs4()) {
        if (QChar::isLetter(c))
            used[size_t(QChar::script(c))] = true;
    }
    return used;
}

} // namespace

QString LanguageIdentifier::identify(QStringView text)
{
    Models &m = models();
    const QStringView sampled = text.left(sampleChars);
    const QByteArray sample = sampled.toUtf8();
    if (m.models.empty() || sample.size() < minimumBytes)
        return {};
    const std::unique_ptr<void, void (*)(void *)> unknown(fp_Init(nullptr), fp_Done);
    fp_SetProperty(unknown.get(), TCPROP_UTF8AWARE, TC_TRUE);
    fp_SetProperty(unknown.get(), TCPROP_MINIMUM_DOCUMENT_SIZE, minimumBytes);
    if (fp_Create(unknown.get(), sample.constData(), uint4(sample.size()), profileNgrams) == 0)
        return {};
    const std::vector<bool> scripts = scriptsOf(sampled);

    const std::lock_guard lock(m.mutex);
    // A model is a candidate when its score is under the best one's by the margin. Whatever the
    // order, every candidate's score is exact: it was under the cut-off when it was compared.
    int best = INT_MAX, cutoff = INT_MAX;
    std::vector<std::pair<int, size_t>> scored; // score, model
    for (const size_t i : m.order) {
        if (!scripts[size_t(m.models[i].script)])
            continue;
        const int score = fp_Compare(m.models[i].fingerprint, unknown.get(), cutoff);
        scored.push_back({score, i});
        if (score < best) {
            best = score;
            cutoff = int(double(score) * candidateMargin);
        }
    }
    int candidates = 0;
    size_t winner = m.models.size();
    for (const auto &[score, i] : scored) {
        candidates += score < cutoff;
        // Ties go to the model the configuration lists first.
        if (score == best && i < winner)
            winner = i;
    }
    if (candidates == 0 || candidates > maxCandidates)
        return {};
    const auto at = std::find(m.order.begin(), m.order.end(), winner);
    std::rotate(m.order.begin(), at, at + 1);
    return bcp47(m.models[winner].name);
}
