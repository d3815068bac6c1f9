#include "core/import/htmlpage.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

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

} // namespace

HtmlPage::HtmlPage(const GumboOutput *output)
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

std::unordered_set<const GumboNode *> HtmlPage::droppedNodes() const
{
    std::unordered_set<const GumboNode *> out;
    for (const Element &e : m_elements) {
        if (e.dropped)
            out.insert(e.node);
    }
    return out;
}

int HtmlPage::articleRoot() const
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

int HtmlPage::firstH1(int within) const
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

QString HtmlPage::metaContent(QLatin1StringView key) const
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

const GumboNode *HtmlPage::titleElement() const
{
    for (const Element &e : m_elements) {
        if (e.tag == GUMBO_TAG_TITLE && e.node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML)
            return e.node;
    }
    return nullptr;
}

void HtmlPage::collect(const GumboNode *root)
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

void HtmlPage::aggregate()
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

void HtmlPage::dropWidgets()
{
    const qsizetype bodyText = at(m_body).text;
    for (Element &e : m_elements) {
        const bool parentDropped = e.parent >= 0 && m_elements[size_t(e.parent)].dropped;
        const bool widget = e.tag != GUMBO_TAG_HTML && e.tag != GUMBO_TAG_BODY && !e.holdsArticle
            && e.text * 2 < bodyText && (e.tag == GUMBO_TAG_FORM || e.widgetName);
        e.dropped = parentDropped || e.furniture || widget;
    }
}

int HtmlPage::largest(const std::function<bool(const Element &)> &accept) const
{
    int best = -1;
    for (size_t i = 0; i < m_elements.size(); ++i) {
        const Element &e = m_elements[i];
        if (!e.dropped && e.text > 0 && accept(e) && (best < 0 || e.text > at(best).text))
            best = int(i);
    }
    return best;
}

int HtmlPage::densestBlock() const
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

bool HtmlPage::isInside(int index, int ancestor) const
{
    for (int i = index; i >= 0; i = at(i).parent) {
        if (i == ancestor)
            return true;
    }
    return false;
}
