#pragma once

#include <QLatin1StringView>
#include <QString>

#include <gumbo.h>

#include <functional>
#include <unordered_set>
#include <vector>

/// The element tree of a parsed page in document order, with furniture marked and the article
/// found.
class HtmlPage
{
public:
    /// One element of the page and what the article search needs to know about it.
    struct Element
    {
        const GumboNode *node = nullptr;
        int parent = -1; ///< index into HtmlPage::m_elements, -1 for <html>
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

    explicit HtmlPage(const GumboOutput *output);

    const Element &at(int index) const { return m_elements[size_t(index)]; }
    /// The nodes of dropped elements (furniture, widgets): what HtmlBlockCollector skips.
    std::unordered_set<const GumboNode *> droppedNodes() const;

    /// The element holding the article: the largest <article> (unless it is only a teaser card),
    /// the articleBody, <main>, the densest block of paragraphs, or the whole body.
    int articleRoot() const;

    /// The first <h1> with text inside `within`, else anywhere in the page; -1 when there is none.
    int firstH1(int within) const;

    /// The content of the first <meta property|name="key">.
    QString metaContent(QLatin1StringView key) const;
    /// The page's <title>, or null.
    const GumboNode *titleElement() const;

private:
    /// Lists the elements in document order with an explicit stack: pages can nest deeply.
    void collect(const GumboNode *root);

    /// Sums text bottom-up over elements that are not dropped. Children follow their parent in
    /// document order, so a reverse sweep sees every element after all of its children.
    void aggregate();

    /// Widgets are recognised by class names, which are too broad to trust on their own: an
    /// element holding half the page's text, or the article, is never one ("article-body
    /// has-comments").
    void dropWidgets();
    /// The element with the most text among those `accept` takes, or -1.
    int largest(const std::function<bool(const Element &)> &accept) const;

    /// The element whose own paragraphs say most; then its ancestors while their other
    /// descendants add half as much again (a story split into several paragraph containers).
    int densestBlock() const;
    /// Whether element `index` is `ancestor` or lies inside it.
    bool isInside(int index, int ancestor) const;

    std::vector<Element> m_elements;
    int m_body = 0;
};
