#include "core/import/htmlimporter.h"

#include "core/import/gumboarena.h"
#include "core/import/htmlblockcollector.h"
#include "core/import/htmlnestinglimiter.h"
#include "core/import/htmlpage.h"
#include "core/import/xmlattributelimiter.h"
#include "core/import/textdecoder.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <gumbo.h>

using namespace Qt::StringLiterals;

namespace {

// Real pages nest a few dozen elements deep; deeper markup is flattened before parsing.
constexpr int maxNestingDepth = 512;
// Open-element visits the parser may make (see HtmlNestingLimiter): about a second of its time.
constexpr qint64 parseWorkBudget = 200'000'000;
// Last resort against pages crafted to defeat the nesting model; a 64 MiB page parses in seconds.
constexpr qint64 parseDeadlineMs = 20'000;
// Where a page may declare its encoding; browsers look at the first 1024 bytes, sites exceed that.
constexpr qsizetype charsetScanBytes = 4096;

} // namespace

QString HtmlImporter::declaredEncoding(const QByteArray &data)
{
    static const QRegularExpression meta(uR"(<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+))"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = meta.match(QString::fromLatin1(data.left(charsetScanBytes)));
    if (!m.hasMatch())
        return {};
    QString label = m.captured(1).toLower(); // not const: returned by move
    // The HTML standard reads these labels as windows-1252, which pages labelled Latin-1 really use.
    static const QStringList latin1Labels{u"iso-8859-1"_s, u"iso8859-1"_s, u"latin1"_s, u"l1"_s, u"cp819"_s,
                                          u"ibm819"_s, u"iso_8859-1"_s, u"us-ascii"_s, u"ascii"_s, u"cp1252"_s,
                                          u"x-cp1252"_s};
    if (latin1Labels.contains(label))
        return u"windows-1252"_s;
    // A declaration readable as ASCII cannot be in UTF-16; the standard takes it as UTF-8.
    if (label.startsWith("utf-16"_L1))
        return u"UTF-8"_s;
    return label;
}

QString HtmlImporter::stripSiteSuffix(const QString &title)
{
    static const QRegularExpression separator(uR"(\s+[|\-–—·]\s+)"_s);
    qsizetype at = -1;
    qsizetype length = 0;
    for (QRegularExpressionMatchIterator it = separator.globalMatch(title); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        at = m.capturedStart();
        length = m.capturedLength();
    }
    if (at <= 0)
        return title;
    const QString head = title.left(at).trimmed();
    const QString suffix = title.mid(at + length).trimmed();
    return !head.isEmpty() && suffix.size() < head.size() ? head : title;
}

Extraction HtmlImporter::extract(const QByteArray &data, const QString &, const ImportLimits &limits) const
{
    if (data.size() > limits.maxFileBytes)
        return Extraction::failure(QCoreApplication::translate("HtmlImporter", "the HTML page is over the size limit"));
    const TextDecoder::Result decoded = TextDecoder::decode(data, declaredEncoding(data));
    if (!decoded.ok())
        return Extraction::failure(decoded.error);

    QByteArray utf8 = decoded.text.toUtf8();
    XmlAttributeLimiter::limit(utf8); // gumbo's duplicate-attribute check is quadratic
    const HtmlNestingLimiter::Result limited = HtmlNestingLimiter::limit(utf8, maxNestingDepth, parseWorkBudget);
    if (limited.tooComplex)
        return Extraction::failure(QCoreApplication::translate("HtmlImporter", "the HTML page is nested too deeply to import"));

    // The arena frees the tree; gumbo_destroy_output() would recurse through it.
    GumboArena arena(parseDeadlineMs);
    const GumboOptions options = arena.options();
    const GumboOutput *output = nullptr;
    try {
        output = gumbo_parse_with_options(&options, limited.html.constData(), size_t(limited.html.size()));
    } catch (const GumboArena::DeadlineExceeded &) {
        return Extraction::failure(QCoreApplication::translate("HtmlImporter", "the HTML page is too complex to parse"));
    }
    if (!output || !output->root)
        return Extraction::failure(QCoreApplication::translate("HtmlImporter", "the HTML page could not be parsed"));

    const HtmlPage page(output);
    const int root = page.articleRoot();
    HtmlBlockCollector collector(page.droppedNodes());

    Extraction e;
    const int h1 = page.firstH1(root);
    if (h1 >= 0)
        e.text.title = collector.line(page.at(h1).node);
    if (e.text.title.isEmpty())
        e.text.title = page.metaContent("og:title"_L1).simplified();
    if (e.text.title.isEmpty()) {
        if (const GumboNode *title = page.titleElement())
            e.text.title = stripSiteSuffix(collector.line(title));
    }
    e.text.blocks = collector.collect(page.at(root).node);
    if (e.text.blocks.empty())
        return Extraction::failure(QCoreApplication::translate("HtmlImporter", "no article text found in the HTML page"));
    return e;
}
