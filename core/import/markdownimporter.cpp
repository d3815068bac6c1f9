#include "core/import/markdownimporter.h"

#include "core/import/plaintextimporter.h"
#include "core/import/textdecoder.h"

#include <md4c.h>

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <climits>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// The named entities people type in Markdown; md4c reports every "&name;" and leaves decoding
// to us. Unknown names stay as written.
const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> entities{
        {u"amp"_s, U'&'},       {u"lt"_s, U'<'},        {u"gt"_s, U'>'},        {u"quot"_s, U'"'},
        {u"apos"_s, U'\''},     {u"nbsp"_s, 0xA0},      {u"shy"_s, 0xAD},       {u"copy"_s, 0xA9},
        {u"reg"_s, 0xAE},       {u"trade"_s, 0x2122},   {u"hellip"_s, 0x2026},  {u"mdash"_s, 0x2014},
        {u"ndash"_s, 0x2013},   {u"minus"_s, 0x2212},   {u"lsquo"_s, 0x2018},   {u"rsquo"_s, 0x2019},
        {u"sbquo"_s, 0x201A},   {u"ldquo"_s, 0x201C},   {u"rdquo"_s, 0x201D},   {u"bdquo"_s, 0x201E},
        {u"laquo"_s, 0xAB},     {u"raquo"_s, 0xBB},     {u"lsaquo"_s, 0x2039},  {u"rsaquo"_s, 0x203A},
        {u"bull"_s, 0x2022},    {u"middot"_s, 0xB7},    {u"deg"_s, 0xB0},       {u"plusmn"_s, 0xB1},
        {u"times"_s, 0xD7},     {u"divide"_s, 0xF7},    {u"frac12"_s, 0xBD},    {u"frac14"_s, 0xBC},
        {u"frac34"_s, 0xBE},    {u"sup2"_s, 0xB2},      {u"sup3"_s, 0xB3},      {u"micro"_s, 0xB5},
        {u"euro"_s, 0x20AC},    {u"pound"_s, 0xA3},     {u"yen"_s, 0xA5},       {u"cent"_s, 0xA2},
        {u"sect"_s, 0xA7},      {u"para"_s, 0xB6},      {u"dagger"_s, 0x2020},  {u"Dagger"_s, 0x2021},
        {u"iexcl"_s, 0xA1},     {u"iquest"_s, 0xBF},    {u"thinsp"_s, 0x2009},  {u"ensp"_s, 0x2002},
        {u"emsp"_s, 0x2003},    {u"zwj"_s, 0x200D},     {u"zwnj"_s, 0x200C},    {u"larr"_s, 0x2190},
        {u"rarr"_s, 0x2192},    {u"uarr"_s, 0x2191},    {u"darr"_s, 0x2193},    {u"hearts"_s, 0x2665},
        {u"Agrave"_s, 0xC0},    {u"Aacute"_s, 0xC1},    {u"Acirc"_s, 0xC2},     {u"Atilde"_s, 0xC3},
        {u"Auml"_s, 0xC4},      {u"Aring"_s, 0xC5},     {u"AElig"_s, 0xC6},     {u"Ccedil"_s, 0xC7},
        {u"Egrave"_s, 0xC8},    {u"Eacute"_s, 0xC9},    {u"Ecirc"_s, 0xCA},     {u"Euml"_s, 0xCB},
        {u"Iacute"_s, 0xCD},    {u"Ntilde"_s, 0xD1},    {u"Oacute"_s, 0xD3},    {u"Ocirc"_s, 0xD4},
        {u"Ouml"_s, 0xD6},      {u"Oslash"_s, 0xD8},    {u"Uacute"_s, 0xDA},    {u"Uuml"_s, 0xDC},
        {u"szlig"_s, 0xDF},     {u"agrave"_s, 0xE0},    {u"aacute"_s, 0xE1},    {u"acirc"_s, 0xE2},
        {u"atilde"_s, 0xE3},    {u"auml"_s, 0xE4},      {u"aring"_s, 0xE5},     {u"aelig"_s, 0xE6},
        {u"ccedil"_s, 0xE7},    {u"egrave"_s, 0xE8},    {u"eacute"_s, 0xE9},    {u"ecirc"_s, 0xEA},
        {u"euml"_s, 0xEB},      {u"igrave"_s, 0xEC},    {u"iacute"_s, 0xED},    {u"icirc"_s, 0xEE},
        {u"iuml"_s, 0xEF},      {u"ntilde"_s, 0xF1},    {u"ograve"_s, 0xF2},    {u"oacute"_s, 0xF3},
        {u"ocirc"_s, 0xF4},     {u"otilde"_s, 0xF5},    {u"ouml"_s, 0xF6},      {u"oslash"_s, 0xF8},
        {u"ugrave"_s, 0xF9},    {u"uacute"_s, 0xFA},    {u"ucirc"_s, 0xFB},     {u"uuml"_s, 0xFC},
        {u"yacute"_s, 0xFD},    {u"yuml"_s, 0xFF},      {u"OElig"_s, 0x152},    {u"oelig"_s, 0x153},
        {u"Scaron"_s, 0x160},   {u"scaron"_s, 0x161},   {u"Zcaron"_s, 0x17D},   {u"zcaron"_s, 0x17E},
        {u"alpha"_s, 0x3B1},    {u"beta"_s, 0x3B2},     {u"gamma"_s, 0x3B3},    {u"delta"_s, 0x3B4},
        {u"pi"_s, 0x3C0},       {u"mu"_s, 0x3BC},       {u"Omega"_s, 0x3A9},    {u"infin"_s, 0x221E},
    };
    return entities;
}

// "&amp;", "&#233;" or "&#xE9;" as its character; unknown names as written, invalid code
// points as U+FFFD as HTML does.
QString decodeEntity(const QString &entity)
{
    if (entity.size() < 3 || !entity.startsWith(u'&') || !entity.endsWith(u';'))
        return entity;
    const QStringView body = QStringView(entity).mid(1, entity.size() - 2);
    char32_t code = 0;
    if (body.startsWith(u'#')) {
        const bool hex = body.size() > 1 && (body.at(1) == u'x' || body.at(1) == u'X');
        bool ok = false;
        const qulonglong value = body.mid(hex ? 2 : 1).toULongLong(&ok, hex ? 16 : 10);
        code = ok && value > 0 && value <= 0x10FFFF && !(value >= 0xD800 && value <= 0xDFFF) ? char32_t(value) : 0xFFFD;
    } else {
        code = namedEntities().value(body.toString(), 0);
        if (code == 0)
            return entity;
    }
    return QString::fromUcs4(&code, 1);
}

/// Collects blocks while md4c walks the document.
class BlockCollector
{
public:
    ExtractedText result;

    static int enterBlock(MD_BLOCKTYPE type, void *detail, void *self)
    {
        static_cast<BlockCollector *>(self)->enter(type, detail);
        return 0;
    }
    static int leaveBlock(MD_BLOCKTYPE type, void *detail, void *self)
    {
        static_cast<BlockCollector *>(self)->leave(type, detail);
        return 0;
    }
    static int enterSpan(MD_SPANTYPE type, void *, void *self)
    {
        // An image's alt text is not part of the prose.
        if (type == MD_SPAN_IMG)
            ++static_cast<BlockCollector *>(self)->m_hidden;
        return 0;
    }
    static int leaveSpan(MD_SPANTYPE type, void *, void *self)
    {
        if (type == MD_SPAN_IMG)
            --static_cast<BlockCollector *>(self)->m_hidden;
        return 0;
    }
    static int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self)
    {
        static_cast<BlockCollector *>(self)->addText(type, QString::fromUtf8(text, qsizetype(size)));
        return 0;
    }

    void finish() { flush(); }

private:
    void enter(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_QUOTE:
            flush();
            m_containers.push_back(type);
            break;
        case MD_BLOCK_LI:
            // A tight list's item holds its text directly, without a paragraph.
            flush();
            m_containers.push_back(type);
            start(BlockKind::ListItem);
            break;
        case MD_BLOCK_P:
            // The first paragraph of a loose list's item is the item's text.
            if (!(m_open && m_text.isEmpty() && !m_containers.empty() && m_containers.back() == MD_BLOCK_LI)) {
                flush();
                start(containerKind());
            }
            break;
        case MD_BLOCK_H:
            flush();
            start(BlockKind::Heading);
            m_headingLevel = static_cast<int>(static_cast<const MD_BLOCK_H_DETAIL *>(detail)->level); // 1 to 6
            break;
        case MD_BLOCK_CODE:
            flush();
            start(BlockKind::Preformatted);
            break;
        case MD_BLOCK_TR:
            flush();
            start(BlockKind::Paragraph);
            m_firstCell = true;
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            if (!m_firstCell)
                m_text.append(u" | "_s);
            m_firstCell = false;
            break;
        case MD_BLOCK_HTML:
            flush();
            ++m_hidden;
            break;
        case MD_BLOCK_HR:
            flush();
            break;
        default:
            break;
        }
    }

    void leave(MD_BLOCKTYPE type, void *)
    {
        switch (type) {
        case MD_BLOCK_QUOTE:
        case MD_BLOCK_LI:
            flush();
            m_containers.pop_back();
            break;
        case MD_BLOCK_H:
            if (m_headingLevel == 1 && result.title.isEmpty())
                result.title = m_text.simplified();
            flush();
            break;
        case MD_BLOCK_P:
        case MD_BLOCK_CODE:
        case MD_BLOCK_TR:
            flush();
            break;
        case MD_BLOCK_HTML:
            --m_hidden;
            break;
        default:
            break;
        }
    }

    void addText(MD_TEXTTYPE type, const QString &text)
    {
        if (m_hidden > 0)
            return;
        if (!m_open)
            start(containerKind()); // text after a nested list, still in the outer item
        switch (type) {
        case MD_TEXT_NORMAL:
        case MD_TEXT_CODE:
        case MD_TEXT_LATEXMATH:
            m_text.append(text);
            break;
        case MD_TEXT_ENTITY:
            m_text.append(decodeEntity(text));
            break;
        case MD_TEXT_BR:
        case MD_TEXT_SOFTBR:
            m_text.append(u' ');
            break;
        case MD_TEXT_HTML:
            // Inline tags are dropped; a <br> still separates the words around it.
            if (text.startsWith(u"<br"_s, Qt::CaseInsensitive))
                m_text.append(u' ');
            break;
        case MD_TEXT_NULLCHAR:
            m_text.append(QChar(QChar::ReplacementCharacter));
            break;
        }
    }

    BlockKind containerKind() const
    {
        if (m_containers.empty())
            return BlockKind::Paragraph;
        return m_containers.back() == MD_BLOCK_LI ? BlockKind::ListItem : BlockKind::Quote;
    }

    void start(BlockKind kind)
    {
        m_open = true;
        m_kind = kind;
        m_text.clear();
    }

    void flush()
    {
        if (!m_open)
            return;
        m_open = false;
        QString text = m_kind == BlockKind::Preformatted ? m_text : m_text.trimmed();
        while (text.endsWith(u'\n'))
            text.chop(1);
        if (!text.trimmed().isEmpty())
            result.blocks.push_back({text, m_kind});
        m_text.clear();
    }

    QString m_text;
    BlockKind m_kind = BlockKind::Paragraph;
    bool m_open = false;
    int m_headingLevel = 0;
    bool m_firstCell = false;
    int m_hidden = 0; ///< inside an HTML block or an image: text is dropped
    std::vector<MD_BLOCKTYPE> m_containers; ///< enclosing block quotes and list items
};

QString unquoteYaml(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
        return value.mid(1, value.size() - 2).replace(u"\\\""_s, u"\""_s);
    if (value.size() >= 2 && value.startsWith(u'\'') && value.endsWith(u'\''))
        return value.mid(1, value.size() - 2).replace(u"''"_s, u"'"_s);
    // A plain scalar ends at a comment.
    const qsizetype comment = value.indexOf(u" #"_s);
    return comment >= 0 ? value.left(comment).trimmed() : value;
}

// Splits off a leading front matter block (YAML between "---" lines, or TOML between "+++"
// lines, as Jekyll, Hugo and Pandoc write it) and returns its title.
QString takeFrontMatter(QStringList &lines)
{
    if (lines.isEmpty())
        return {};
    const QString fence = lines.first().trimmed();
    if (fence != u"---"_s && fence != u"+++"_s)
        return {};
    const bool toml = fence == u"+++"_s;
    static const QRegularExpression keyLine(uR"(^([A-Za-z_][\w-]*)\s*[:=]\s*(.*)$)"_s);
    QString title;
    bool hasKeys = false;
    bool inTitle = false; // reading the indented lines of a "title: >" block scalar
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        const QString trimmed = line.trimmed();
        if (trimmed == fence || (!toml && trimmed == u"..."_s)) {
            if (!hasKeys)
                return {}; // a thematic break, not front matter
            lines.remove(0, i + 1);
            return title.simplified();
        }
        const bool continuation = line.startsWith(u' ') || line.startsWith(u'\t');
        if (inTitle && continuation) {
            title += u' ' + trimmed;
            continue;
        }
        inTitle = false;
        const QRegularExpressionMatch m = keyLine.match(line);
        if (m.hasMatch()) {
            hasKeys = true;
            if (title.isEmpty() && m.captured(1).compare(u"title"_s, Qt::CaseInsensitive) == 0) {
                static const QRegularExpression blockScalar(uR"(^[|>][+-]?$)"_s);
                inTitle = blockScalar.match(m.captured(2).trimmed()).hasMatch();
                if (!inTitle)
                    title = unquoteYaml(m.captured(2));
            }
        } else if (!trimmed.isEmpty() && !continuation && !trimmed.startsWith(u'-') && !trimmed.startsWith(u'#')
                   && !trimmed.startsWith(u'[')) {
            return {}; // prose: not front matter
        }
    }
    return {}; // never closed: not front matter
}

// Nothing when md4c fails (it only does when out of memory).
std::optional<ExtractedText> parse(const QString &markdown)
{
    QStringList lines = PlainTextImporter::splitLines(markdown);
    const QString frontTitle = takeFrontMatter(lines);
    const QByteArray utf8 = lines.join(u'\n').toUtf8();

    MD_PARSER parser{};
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS | MD_FLAG_PERMISSIVEAUTOLINKS;
    parser.enter_block = &BlockCollector::enterBlock;
    parser.leave_block = &BlockCollector::leaveBlock;
    parser.enter_span = &BlockCollector::enterSpan;
    parser.leave_span = &BlockCollector::leaveSpan;
    parser.text = &BlockCollector::text;

    BlockCollector collector;
    if (utf8.size() > qsizetype(UINT_MAX) || md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &collector) != 0)
        return std::nullopt;
    collector.finish();
    if (!frontTitle.isEmpty())
        collector.result.title = frontTitle;
    return collector.result;
}

} // namespace

ExtractedText MarkdownImporter::fromText(const QString &markdown)
{
    return parse(markdown).value_or(ExtractedText());
}

Extraction MarkdownImporter::extract(const QByteArray &data, const QString &, const ImportLimits &) const
{
    const TextDecoder::Result decoded = TextDecoder::decode(data);
    if (!decoded.ok())
        return Extraction::failure(decoded.error);
    std::optional<ExtractedText> text = parse(decoded.text);
    if (!text)
        return Extraction::failure(QCoreApplication::translate("MarkdownImporter", "the Markdown document is too large to parse"));
    Extraction e;
    e.text = std::move(*text);
    return e;
}
