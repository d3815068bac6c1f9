#include "core/text/languageidentifier.h"

#include <QByteArray>
#include <QList>

#include <memory>
#include <mutex>
#include <textcat.h>

using namespace Qt::StringLiterals;

namespace {

// Enough text for a confident guess (the library's own advice is a few hundred bytes); the
// classifier's time grows with the input.
constexpr qsizetype sampleChars = 4000;
// Below this many bytes the library answers "SHORT" instead of guessing: its default (1) names
// "Yes." Shuswap.
constexpr int minimumBytes = 40;

struct Classifier
{
    std::unique_ptr<void, void (*)(void *)> handle{nullptr, textcat_Done};
    std::mutex mutex; ///< textcat_Classify writes into the handle
};

Classifier &classifier()
{
    static Classifier c;
    static std::once_flag loaded;
    std::call_once(loaded, [] {
        const QByteArray dir = QByteArrayLiteral(SYNOPTIC_TEXTCAT_DIR "/");
        c.handle.reset(special_textcat_Init((dir + "fpdb.conf").constData(), dir.constData()));
        if (c.handle)
            textcat_SetProperty(c.handle.get(), TCPROP_MINIMUM_DOCUMENT_SIZE, minimumBytes);
    });
    return c;
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
    Classifier &c = classifier();
    if (!c.handle)
        return {};
    const QByteArray sample = text.left(sampleChars).toUtf8();
    QByteArray result;
    {
        const std::lock_guard lock(c.mutex);
        result = textcat_Classify(c.handle.get(), sample.constData(), size_t(sample.size()));
    }
    // "[pt--utf8][gl--utf8]": best first; "UNKNOWN" or "SHORT" otherwise.
    if (!result.startsWith('['))
        return {};
    const qsizetype close = result.indexOf(']');
    return close > 1 ? bcp47(result.mid(1, close - 1)) : QString();
}
