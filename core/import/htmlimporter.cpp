#include "core/import/htmlimporter.h"

#include "core/import/htmlnestinglimiter.h"
#include "core/import/xmlattributelimiter.h"
#include "core/import/textdecoder.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <gumbo.h>

#include <cstddef>
#include <cstdlib>
#include <functional>
#include <new>
#include <unordered_set>
#include <vector>

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

struct ParseDeadlineExceeded
{
};

// Owns every allocation gumbo makes, so the tree is freed in one sweep (gumbo frees it
// recursively, which overflows the stack on deep trees) and a parse can be abandoned by
// throwing out of the allocator.
class GumboArena
{
public:
    GumboArena()
    {
        m_head.prev = m_head.next = &m_head;
        m_timer.start();
    }
    ~GumboArena()
    {
        for (Block *b = m_head.next; b != &m_head;) {
            Block *next = b->next;
            std::free(b);
            b = next;
        }
    }
    GumboArena(const GumboArena &) = delete;
    GumboArena &operator=(const GumboArena &) = delete;

    GumboOptions options()
    {
        GumboOptions o = kGumboDefaultOptions;
        o.allocator = &GumboArena::allocate;
        o.deallocator = &GumboArena::deallocate;
        o.userdata = this;
        // Gumbo copies the whole stack of open elements into every error it records, which is
        // quadratic on deep pages; the errors are of no use here.
        o.max_errors = 0;
        return o;
    }

private:
    struct alignas(std::max_align_t) Block
    {
        Block *prev;
        Block *next;
    };

    static void *allocate(void *userdata, size_t size)
    {
        auto *self = static_cast<GumboArena *>(userdata);
        if (++self->m_allocations % 256 == 0 && self->m_timer.hasExpired(parseDeadlineMs))
            throw ParseDeadlineExceeded{};
        auto *b = static_cast<Block *>(std::malloc(sizeof(Block) + size));
        if (!b)
            throw std::bad_alloc();
        b->prev = &self->m_head;
        b->next = self->m_head.next;
        self->m_head.next->prev = b;
        self->m_head.next = b;
        return b + 1;
    }

    static void deallocate(void *, void *ptr)
    {
        if (!ptr)
            return;
        Block *b = static_cast<Block *>(ptr) - 1;
        b->prev->next = b->next;
        b->next->prev = b->prev;
        std::free(b);
    }

    Block m_head;
    QElapsedTimer m_timer;
    quint64 m_allocations = 0;
};

bool isElement(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

const char *attribute(const GumboNode *node, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? a->value : nullptr;
}

// The space-separated tokens of an attribute value (class, role, itemprop), lower-cased.
QStringList tokens(const char *value)
{
    if (!value)
        return {};
    return QString::fromUtf8(value).toLower().simplified().split(u' ', Qt::SkipEmptyParts);
}

// The attributes the article search looks at, read in one pass: most elements have none, and
// gumbo_get_attribute() per name is a linear search each time.
struct Attributes
{
    const char *className = nullptr;
    const char *id = nullptr;
    const char *role = nullptr;
    const char *itemprop = nullptr;
    const char *style = nullptr;
    const char *ariaHidden = nullptr;
    bool hidden = false;

    explicit Attributes(const GumboNode *node)
    {
        const GumboVector &attributes = node->v.element.attributes;
        for (unsigned i = 0; i < attributes.length; ++i) {
            const auto *a = static_cast<const GumboAttribute *>(attributes.data[i]);
            // Gumbo lower-cases attribute names.
            const QLatin1StringView name(a->name);
            if (name == "class"_L1)
                className = a->value;
            else if (name == "id"_L1)
                id = a->value;
            else if (name == "role"_L1)
                role = a->value;
            else if (name == "itemprop"_L1)
                itemprop = a->value;
            else if (name == "style"_L1)
                style = a->value;
            else if (name == "aria-hidden"_L1)
                ariaHidden = a->value;
            else if (name == "hidden"_L1)
                hidden = true;
        }
    }

    bool hasRole(std::initializer_list<const char *> roles) const
    {
        if (!role)
            return false;
        const QStringList own = tokens(role);
        for (const char *r : roles) {
            if (own.contains(QLatin1StringView(r)))
                return true;
        }
        return false;
    }
};

bool isHeadingTag(GumboTag tag)
{
    return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

// Characters that are not white space in a text node, a measure of how much it says.
qsizetype visibleLength(const char *utf8)
{
    qsizetype n = 0;
    for (auto *p = reinterpret_cast<const unsigned char *>(utf8); *p; ++p) {
        if (*p > ' ' && (*p & 0xC0) != 0x80) // skip UTF-8 continuation bytes
            ++n;
    }
    return n;
}

bool isHidden(const Attributes &a)
{
    if (a.hidden || (a.ariaHidden && qstricmp(a.ariaHidden, "true") == 0))
        return true;
    if (a.style) {
        QByteArray compact;
        for (const char *p = a.style; *p; ++p) {
            if (!QChar::isSpace(uchar(*p)))
                compact.append(*p);
        }
        compact = compact.toLower();
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }
    return false;
}

// Elements that never hold article text, wherever they are.
bool isFurnitureTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_METER:
    case GUMBO_TAG_PROGRESS:
    case GUMBO_TAG_MENU:
    // Captions describe a photo, not the story, and repeat across articles with the same picture.
    case GUMBO_TAG_FIGCAPTION:
        return true;
    default:
        return false;
    }
}

// Class or id naming a widget: share bars, cookie banners, newsletter boxes, related links, ads.
bool looksLikeWidget(const Attributes &a)
{
    static const QLatin1StringView keywords[] = {
        "share"_L1,       "sharing"_L1,       "social"_L1,       "newsletter"_L1, "related"_L1,  "promo"_L1,
        "advert"_L1,      "cookie"_L1,        "consent"_L1,      "gdpr"_L1,       "comment"_L1,  "subscribe"_L1,
        "signup"_L1,      "sidebar"_L1,       "breadcrumb"_L1,   "popup"_L1,      "modal"_L1,    "outbrain"_L1,
        "taboola"_L1,     "sponsor"_L1,       "recommend"_L1,    "most-read"_L1,  "mostread"_L1, "most-popular"_L1,
        "trending"_L1,    "toolbar"_L1,       "sr-only"_L1,      "visually-hidden"_L1, "screen-reader"_L1,
        "skip-link"_L1,   "skiplink"_L1,
    };
    QStringList names = tokens(a.className);
    names += tokens(a.id);
    for (const QString &name : std::as_const(names)) {
        // "ad" alone would match "header", "read" and "shadow".
        if (name == "ad"_L1 || name == "ads"_L1 || name.startsWith("ad-"_L1) || name.startsWith("ad_"_L1)
            || name.startsWith("ads-"_L1) || name.startsWith("ads_"_L1))
            return true;
        for (QLatin1StringView keyword : keywords) {
            if (name.contains(keyword))
                return true;
        }
    }
    return false;
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

// One element of the page and what the article search needs to know about it.
struct Element
{
    const GumboNode *node = nullptr;
    int parent = -1; ///< index into Page::m_elements, -1 for <html>
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    bool furniture = false; ///< dropped for what it is (tag, hidden, role), whatever its size
    bool dropped = false;   ///< furniture, a widget, or inside one
    bool inLink = false;
    bool inSection = false;      ///< inside <article> or <main>, where a <header> holds the headline
    bool articleBody = false;    ///< itemprop="articleBody"
    bool main = false;           ///< <main> or role="main"
    bool widgetName = false;     ///< class or id of a share, cookie, related... widget
    bool holdsArticle = false;   ///< is or contains an <article>, <main> or articleBody
    // Measures in visible characters (see visibleLength), of text outside dropped elements.
    qsizetype ownText = 0;       ///< in the element's own text nodes
    qsizetype ownLinkText = 0;
    qsizetype text = 0;          ///< in the whole subtree
    qsizetype linkText = 0;
    qsizetype paragraphScore = 0; ///< text of the direct <p> children, less their link text
    qsizetype paragraphTotal = 0; ///< paragraphScore summed over the subtree
};

// The element tree of a parsed page in document order, with furniture marked and the article found.
class Page
{
public:
    explicit Page(const GumboOutput *output)
    {
        collect(output->root);
        for (size_t i = 0; i < m_elements.size(); ++i) {
            if (m_elements[i].tag == GUMBO_TAG_BODY && m_elements[i].parent == 0) {
                m_body = int(i);
                break;
            }
        }
        aggregate();
        dropWidgets();
        aggregate();
    }

    const Element &at(int index) const { return m_elements[size_t(index)]; }

    std::unordered_set<const GumboNode *> droppedNodes() const
    {
        std::unordered_set<const GumboNode *> out;
        for (const Element &e : m_elements) {
            if (e.dropped)
                out.insert(e.node);
        }
        return out;
    }

    // The element holding the article: the largest <article> (unless it is only a teaser card),
    // the articleBody, <main>, the densest block of paragraphs, or the whole body.
    int articleRoot() const
    {
        const qsizetype bodyText = at(m_body).text;
        const int article = largest([](const Element &e) { return e.tag == GUMBO_TAG_ARTICLE; });
        if (article >= 0 && at(article).text * 4 >= bodyText)
            return article;
        const int articleBody = largest([](const Element &e) { return e.articleBody; });
        if (articleBody >= 0)
            return articleBody;
        const int main = largest([](const Element &e) { return e.main; });
        if (main >= 0)
            return main;
        return densestBlock();
    }

    // The first <h1> with text inside `within`, else anywhere in the page; -1 when there is none.
    int firstH1(int within) const
    {
        for (bool anywhere : {false, true}) {
            for (size_t i = 0; i < m_elements.size(); ++i) {
                const Element &e = m_elements[i];
                if (e.tag == GUMBO_TAG_H1 && !e.dropped && e.text > 0 && (anywhere || isInside(int(i), within)))
                    return int(i);
            }
        }
        return -1;
    }

    // The content of the first <meta property|name="key">.
    QString metaContent(QLatin1StringView key) const
    {
        for (const Element &e : m_elements) {
            if (e.tag != GUMBO_TAG_META)
                continue;
            for (const char *attr : {"property", "name"}) {
                const char *value = attribute(e.node, attr);
                if (value && QLatin1StringView(value).compare(key, Qt::CaseInsensitive) == 0)
                    return QString::fromUtf8(attribute(e.node, "content"));
            }
        }
        return {};
    }

    const GumboNode *titleElement() const
    {
        for (const Element &e : m_elements) {
            if (e.tag == GUMBO_TAG_TITLE && e.node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML)
                return e.node;
        }
        return nullptr;
    }

private:
    // Lists the elements in document order with an explicit stack: pages can nest deeply.
    void collect(const GumboNode *root)
    {
        std::vector<std::pair<const GumboNode *, int>> stack{{root, -1}};
        while (!stack.empty()) {
            const auto [node, parent] = stack.back();
            stack.pop_back();
            if (!isElement(node)) {
                if (parent >= 0 && node->type != GUMBO_NODE_COMMENT && node->type != GUMBO_NODE_DOCUMENT) {
                    Element &p = m_elements[size_t(parent)];
                    const qsizetype n = visibleLength(node->v.text.text);
                    p.ownText += n;
                    if (p.inLink)
                        p.ownLinkText += n;
                }
                continue;
            }
            Element e;
            e.node = node;
            e.parent = parent;
            e.tag = node->v.element.tag;
            const Element *p = parent >= 0 ? &m_elements[size_t(parent)] : nullptr;
            e.inLink = e.tag == GUMBO_TAG_A || (p && p->inLink);
            e.inSection = p && (p->inSection || p->tag == GUMBO_TAG_ARTICLE || p->tag == GUMBO_TAG_MAIN);
            const Attributes a(node);
            e.furniture = isFurnitureTag(e.tag) || node->v.element.tag_namespace == GUMBO_NAMESPACE_SVG
                || isHidden(a)
                || a.hasRole({"navigation", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar",
                              "dialog", "alertdialog", "tablist"})
                // A page header holds the logo and menus; an article's header holds its headline.
                || ((e.tag == GUMBO_TAG_HEADER || a.hasRole({"banner"})) && !e.inSection);
            e.articleBody = a.itemprop && tokens(a.itemprop).contains("articlebody"_L1);
            e.main = e.tag == GUMBO_TAG_MAIN || a.hasRole({"main"});
            e.widgetName = (a.className || a.id) && looksLikeWidget(a);
            e.holdsArticle = e.tag == GUMBO_TAG_ARTICLE || e.main || e.articleBody;
            e.dropped = e.furniture || (p && p->dropped);
            const int index = int(m_elements.size());
            m_elements.push_back(e);
            const GumboVector &children = node->v.element.children;
            for (unsigned i = children.length; i-- > 0;)
                stack.emplace_back(static_cast<const GumboNode *>(children.data[i]), index);
        }
        for (size_t i = m_elements.size(); i-- > 0;) {
            Element &e = m_elements[i];
            if (e.parent >= 0)
                m_elements[size_t(e.parent)].holdsArticle |= e.holdsArticle;
        }
    }

    // Sums text bottom-up over elements that are not dropped. Children follow their parent in
    // document order, so a reverse sweep sees every element after all of its children.
    void aggregate()
    {
        for (Element &e : m_elements) {
            e.text = e.dropped ? 0 : e.ownText;
            e.linkText = e.dropped ? 0 : e.ownLinkText;
            e.paragraphScore = 0;
            e.paragraphTotal = 0;
        }
        for (size_t i = m_elements.size(); i-- > 0;) {
            Element &e = m_elements[i];
            e.paragraphTotal += e.paragraphScore;
            if (e.dropped || e.parent < 0)
                continue;
            Element &p = m_elements[size_t(e.parent)];
            p.text += e.text;
            p.linkText += e.linkText;
            p.paragraphTotal += e.paragraphTotal;
            if (e.tag == GUMBO_TAG_P)
                p.paragraphScore += e.text - e.linkText;
        }
    }

    // Widgets are recognised by class names, which are too broad to trust on their own: an
    // element holding half the page's text, or the article, is never one ("article-body
    // has-comments").
    void dropWidgets()
    {
        const qsizetype bodyText = at(m_body).text;
        for (Element &e : m_elements) {
            const bool parentDropped = e.parent >= 0 && m_elements[size_t(e.parent)].dropped;
            const bool widget = e.tag != GUMBO_TAG_HTML && e.tag != GUMBO_TAG_BODY && !e.holdsArticle
                && e.text * 2 < bodyText && (e.tag == GUMBO_TAG_FORM || e.widgetName);
            e.dropped = parentDropped || e.furniture || widget;
        }
    }

    int largest(const std::function<bool(const Element &)> &accept) const
    {
        int best = -1;
        for (size_t i = 0; i < m_elements.size(); ++i) {
            const Element &e = m_elements[i];
            if (!e.dropped && e.text > 0 && accept(e) && (best < 0 || e.text > at(best).text))
                best = int(i);
        }
        return best;
    }

    // The element whose own paragraphs say most; then its ancestors while their other
    // descendants add half as much again (a story split into several paragraph containers).
    int densestBlock() const
    {
        int best = -1;
        for (size_t i = 0; i < m_elements.size(); ++i) {
            const Element &e = m_elements[i];
            if (!e.dropped && e.paragraphScore > 0 && (best < 0 || e.paragraphScore > at(best).paragraphScore))
                best = int(i);
        }
        if (best < 0)
            return m_body;
        while (best != m_body && at(best).parent >= 0) {
            const Element &parent = at(at(best).parent);
            if (parent.paragraphTotal * 2 < at(best).paragraphTotal * 3)
                break;
            best = at(best).parent;
        }
        return best;
    }

    bool isInside(int index, int ancestor) const
    {
        for (int i = index; i >= 0; i = at(i).parent) {
            if (i == ancestor)
                return true;
        }
        return false;
    }

    std::vector<Element> m_elements;
    int m_body = 0;
};

// Turns an element subtree into blocks: block elements end the text before them, inline
// elements join the text around them with white space only where the source has it.
class BlockCollector
{
public:
    explicit BlockCollector(std::unordered_set<const GumboNode *> dropped)
        : m_dropped(std::move(dropped))
    {
    }

    std::vector<TextBlock> collect(const GumboNode *root)
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

    /// The text of a subtree on one line (a heading, the <title>).
    QString line(const GumboNode *root)
    {
        QStringList parts;
        for (const TextBlock &b : collect(root))
            parts << b.text;
        return parts.join(u' ').simplified();
    }

private:
    void enterBlock(GumboTag tag)
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

    void leaveBlock(GumboTag tag)
    {
        flush();
        if (isPreformattedTag(tag))
            --m_preformatted;
        m_kinds.pop_back();
    }

    void appendText(const char *utf8)
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

    // One <br> is a line break inside the paragraph; two in a row separate paragraphs.
    void lineBreak()
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

    void flush()
    {
        const BlockKind kind = m_kinds.back();
        QString text = kind == BlockKind::Preformatted ? trimmedPreformatted(m_current) : m_current;
        if (!text.isEmpty())
            m_blocks.push_back({std::move(text), kind});
        m_current.clear();
        m_pendingSpace = false;
        m_breaks = 0;
    }

    // Drops blank lines before and white space after the text; keeps the first line's indent.
    static QString trimmedPreformatted(const QString &text)
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

    const std::unordered_set<const GumboNode *> m_dropped;
    std::vector<TextBlock> m_blocks;
    std::vector<BlockKind> m_kinds;
    QString m_current;
    bool m_pendingSpace = false;
    int m_breaks = 0;       // <br>s since the last visible character
    int m_preformatted = 0; // depth of <pre> elements around the current text
};

} // namespace

QString HtmlImporter::declaredEncoding(const QByteArray &data)
{
    static const QRegularExpression meta(uR"(<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+))"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = meta.match(QString::fromLatin1(data.left(charsetScanBytes)));
    if (!m.hasMatch())
        return {};
    const QString label = m.captured(1).toLower();
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
        return Extraction::failure(u"the HTML page is over the size limit"_s);
    const TextDecoder::Result decoded = TextDecoder::decode(data, declaredEncoding(data));
    if (!decoded.ok())
        return Extraction::failure(decoded.error);

    QByteArray utf8 = decoded.text.toUtf8();
    XmlAttributeLimiter::limit(utf8); // gumbo's duplicate-attribute check is quadratic
    const HtmlNestingLimiter::Result limited = HtmlNestingLimiter::limit(utf8, maxNestingDepth, parseWorkBudget);
    if (limited.tooComplex)
        return Extraction::failure(u"the HTML page is nested too deeply to import"_s);

    // The arena frees the tree; gumbo_destroy_output() would recurse through it.
    GumboArena arena;
    const GumboOptions options = arena.options();
    const GumboOutput *output = nullptr;
    try {
        output = gumbo_parse_with_options(&options, limited.html.constData(), size_t(limited.html.size()));
    } catch (const ParseDeadlineExceeded &) {
        return Extraction::failure(u"the HTML page is too complex to parse"_s);
    }
    if (!output || !output->root)
        return Extraction::failure(u"the HTML page could not be parsed"_s);

    const Page page(output);
    const int root = page.articleRoot();
    BlockCollector collector(page.droppedNodes());

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
        return Extraction::failure(u"no article text found in the HTML page"_s);
    return e;
}
