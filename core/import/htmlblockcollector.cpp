#include "core/import/htmlblockcollector.h"

#include <QStringList>

namespace {

bool isElement(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

bool isHeadingTag(GumboTag tag)
{
    return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

bool isBlockTag(GumboTag tag)
{
    if (isHeadingTag(tag))
        return true;
    switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_XMP:
        return true;
    default:
        return false;
    }
}

bool isPreformattedTag(GumboTag tag)
{
    return tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING || tag == GUMBO_TAG_XMP || tag == GUMBO_TAG_PLAINTEXT;
}

} // namespace

HtmlBlockCollector::HtmlBlockCollector(std::unordered_set<const GumboNode *> dropped)
    : m_dropped(std::move(dropped))
{
}

std::vector<TextBlock> HtmlBlockCollector::collect(const GumboNode *root)
{
    m_blocks.clear();
    m_kinds = {BlockKind::Paragraph};
    m_preformatted = 0;
    struct Frame
    {
        const GumboNode *node;
        bool leaving;
    };
    std::vector<Frame> stack{{root, false}};
    while (!stack.empty()) {
        const Frame frame = stack.back();
        stack.pop_back();
        const GumboNode *node = frame.node;
        if (frame.leaving) {
            leaveBlock(node->v.element.tag);
            continue;
        }
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            appendText(node->v.text.text);
            continue;
        }
        // The root is collected even when dropped: <title> is furniture in the body's sense.
        if (!isElement(node) || (node != root && m_dropped.count(node)))
            continue;
        const GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_BR) {
            lineBreak();
            continue;
        }
        if (tag == GUMBO_TAG_HR) {
            flush();
            continue;
        }
        if (node == root || isBlockTag(tag)) {
            enterBlock(tag);
            stack.push_back({node, true});
        }
        const GumboVector &children = node->v.element.children;
        for (unsigned i = children.length; i-- > 0;)
            stack.push_back({static_cast<const GumboNode *>(children.data[i]), false});
    }
    return std::move(m_blocks);
}

QString HtmlBlockCollector::line(const GumboNode *root)
{
    QStringList parts;
    for (const TextBlock &b : collect(root))
        parts << b.text;
    return parts.join(u' ').simplified();
}

void HtmlBlockCollector::enterBlock(GumboTag tag)
{
    flush();
    BlockKind kind = m_kinds.back();
    if (isHeadingTag(tag))
        kind = BlockKind::Heading;
    else if (tag == GUMBO_TAG_LI)
        kind = BlockKind::ListItem;
    else if (tag == GUMBO_TAG_BLOCKQUOTE)
        kind = BlockKind::Quote;
    else if (isPreformattedTag(tag))
        kind = BlockKind::Preformatted;
    if (isPreformattedTag(tag))
        ++m_preformatted;
    m_kinds.push_back(kind);
}

void HtmlBlockCollector::leaveBlock(GumboTag tag)
{
    flush();
    if (isPreformattedTag(tag))
        --m_preformatted;
    m_kinds.pop_back();
}

void HtmlBlockCollector::appendText(const char *utf8)
{
    const QString text = QString::fromUtf8(utf8);
    if (m_preformatted > 0) {
        m_current += text;
        return;
    }
    for (QChar c : text) {
        // QChar::isSpace() includes the no-break space, which pages use as spacing.
        if (c.isSpace()) {
            m_pendingSpace = true;
            continue;
        }
        if (m_pendingSpace && !m_current.isEmpty())
            m_current += u' ';
        m_pendingSpace = false;
        m_current += c;
        m_breaks = 0;
    }
}

void HtmlBlockCollector::lineBreak()
{
    if (m_preformatted > 0) {
        m_current += u'\n';
        return;
    }
    if (++m_breaks >= 2) {
        flush();
        return;
    }
    m_pendingSpace = true;
}

void HtmlBlockCollector::flush()
{
    const BlockKind kind = m_kinds.back();
    QString text = kind == BlockKind::Preformatted ? trimmedPreformatted(m_current) : m_current;
    if (!text.isEmpty())
        m_blocks.push_back({std::move(text), kind});
    m_current.clear();
    m_pendingSpace = false;
    m_breaks = 0;
}

QString HtmlBlockCollector::trimmedPreformatted(const QString &text)
{
    qsizetype first = 0;
    while (first < text.size() && text.at(first).isSpace())
        ++first;
    if (first == text.size())
        return {};
    const qsizetype lineStart = text.lastIndexOf(u'\n', first) + 1;
    qsizetype end = text.size();
    while (end > first && text.at(end - 1).isSpace())
        --end;
    return text.mid(lineStart, end - lineStart);
}
