#include "core/import/htmlnestinglimiter.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>
#include <utility>
#include <vector>

namespace {

// Tag categories of the HTML tree-construction rules the model follows.
enum TagFlag : unsigned {
    Void = 1u << 0,        // never has content or an end tag
    RawText = 1u << 1,     // content is text up to the matching end tag (script, style, title...)
    Special = 1u << 2,     // the spec's "special" category: stops the search of a generic end tag
    Boundary = 1u << 3,    // delimits "has an element in scope"
    ClosesP = 1u << 4,     // its start tag closes an open <p> in button scope
    Breakout = 1u << 5,    // its start tag leaves SVG/MathML content
    Heading = 1u << 6,
    Integration = 1u << 7, // children of this SVG/MathML element are parsed as HTML
    TablePart = 1u << 8,   // ignored by the parser outside a table
};

using FlagTable = std::array<unsigned, GUMBO_TAG_LAST + 1>;

const FlagTable &flagTable()
{
    static const FlagTable table = [] {
        FlagTable t{};
        auto mark = [&t](unsigned flag, std::initializer_list<GumboTag> tags) {
            for (GumboTag tag : tags)
                t[tag] |= flag;
        };
        mark(Void, {GUMBO_TAG_AREA, GUMBO_TAG_BASE, GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND, GUMBO_TAG_BR,
                    GUMBO_TAG_COL, GUMBO_TAG_EMBED, GUMBO_TAG_FRAME, GUMBO_TAG_HR, GUMBO_TAG_IMAGE,
                    GUMBO_TAG_IMG, GUMBO_TAG_INPUT, GUMBO_TAG_ISINDEX, GUMBO_TAG_KEYGEN, GUMBO_TAG_LINK,
                    GUMBO_TAG_MENUITEM, GUMBO_TAG_META, GUMBO_TAG_PARAM, GUMBO_TAG_SOURCE, GUMBO_TAG_TRACK,
                    GUMBO_TAG_WBR});
        mark(RawText, {GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_TEXTAREA, GUMBO_TAG_TITLE, GUMBO_TAG_XMP,
                       GUMBO_TAG_IFRAME, GUMBO_TAG_NOEMBED, GUMBO_TAG_NOFRAMES});
        mark(Special, {GUMBO_TAG_ADDRESS, GUMBO_TAG_APPLET, GUMBO_TAG_AREA, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE,
                       GUMBO_TAG_BASE, GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND, GUMBO_TAG_BLOCKQUOTE,
                       GUMBO_TAG_BODY, GUMBO_TAG_BR, GUMBO_TAG_BUTTON, GUMBO_TAG_CAPTION, GUMBO_TAG_CENTER,
                       GUMBO_TAG_COL, GUMBO_TAG_COLGROUP, GUMBO_TAG_DD, GUMBO_TAG_DETAILS, GUMBO_TAG_DIR,
                       GUMBO_TAG_DIV, GUMBO_TAG_DL, GUMBO_TAG_DT, GUMBO_TAG_EMBED, GUMBO_TAG_FIELDSET,
                       GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE, GUMBO_TAG_FOOTER, GUMBO_TAG_FORM,
                       GUMBO_TAG_FRAME, GUMBO_TAG_FRAMESET, GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3,
                       GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6, GUMBO_TAG_HEAD, GUMBO_TAG_HEADER,
                       GUMBO_TAG_HGROUP, GUMBO_TAG_HR, GUMBO_TAG_HTML, GUMBO_TAG_IFRAME, GUMBO_TAG_IMG,
                       GUMBO_TAG_INPUT, GUMBO_TAG_KEYGEN, GUMBO_TAG_LI, GUMBO_TAG_LINK, GUMBO_TAG_LISTING,
                       GUMBO_TAG_MAIN, GUMBO_TAG_MARQUEE, GUMBO_TAG_MENU, GUMBO_TAG_META, GUMBO_TAG_NAV,
                       GUMBO_TAG_NOEMBED, GUMBO_TAG_NOFRAMES, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_OBJECT,
                       GUMBO_TAG_OL, GUMBO_TAG_P, GUMBO_TAG_PARAM, GUMBO_TAG_PLAINTEXT, GUMBO_TAG_PRE,
                       GUMBO_TAG_SCRIPT, GUMBO_TAG_SECTION, GUMBO_TAG_SELECT, GUMBO_TAG_SOURCE,
                       GUMBO_TAG_STYLE, GUMBO_TAG_SUMMARY, GUMBO_TAG_TABLE, GUMBO_TAG_TBODY, GUMBO_TAG_TD,
                       GUMBO_TAG_TEMPLATE, GUMBO_TAG_TEXTAREA, GUMBO_TAG_TFOOT, GUMBO_TAG_TH,
                       GUMBO_TAG_THEAD, GUMBO_TAG_TITLE, GUMBO_TAG_TR, GUMBO_TAG_TRACK, GUMBO_TAG_UL,
                       GUMBO_TAG_WBR, GUMBO_TAG_XMP, GUMBO_TAG_MI, GUMBO_TAG_MO, GUMBO_TAG_MN, GUMBO_TAG_MS,
                       GUMBO_TAG_MTEXT, GUMBO_TAG_ANNOTATION_XML, GUMBO_TAG_FOREIGNOBJECT, GUMBO_TAG_DESC});
        mark(Boundary, {GUMBO_TAG_APPLET, GUMBO_TAG_CAPTION, GUMBO_TAG_HTML, GUMBO_TAG_TABLE, GUMBO_TAG_TD,
                        GUMBO_TAG_TH, GUMBO_TAG_MARQUEE, GUMBO_TAG_OBJECT, GUMBO_TAG_TEMPLATE, GUMBO_TAG_MI,
                        GUMBO_TAG_MO, GUMBO_TAG_MN, GUMBO_TAG_MS, GUMBO_TAG_MTEXT, GUMBO_TAG_ANNOTATION_XML,
                        GUMBO_TAG_FOREIGNOBJECT, GUMBO_TAG_DESC, GUMBO_TAG_TITLE});
        mark(ClosesP, {GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE, GUMBO_TAG_BLOCKQUOTE,
                       GUMBO_TAG_CENTER, GUMBO_TAG_DETAILS, GUMBO_TAG_DIR, GUMBO_TAG_DIV, GUMBO_TAG_DL,
                       GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE, GUMBO_TAG_FOOTER,
                       GUMBO_TAG_HEADER, GUMBO_TAG_HGROUP, GUMBO_TAG_MAIN, GUMBO_TAG_MENU, GUMBO_TAG_NAV,
                       GUMBO_TAG_OL, GUMBO_TAG_P, GUMBO_TAG_SECTION, GUMBO_TAG_SUMMARY, GUMBO_TAG_UL,
                       GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6,
                       GUMBO_TAG_PRE, GUMBO_TAG_LISTING, GUMBO_TAG_FORM, GUMBO_TAG_PLAINTEXT, GUMBO_TAG_HR,
                       GUMBO_TAG_XMP, GUMBO_TAG_LI, GUMBO_TAG_DD, GUMBO_TAG_DT, GUMBO_TAG_TABLE});
        mark(Breakout, {GUMBO_TAG_B, GUMBO_TAG_BIG, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_BODY, GUMBO_TAG_BR,
                        GUMBO_TAG_CENTER, GUMBO_TAG_CODE, GUMBO_TAG_DD, GUMBO_TAG_DIV, GUMBO_TAG_DL,
                        GUMBO_TAG_DT, GUMBO_TAG_EM, GUMBO_TAG_EMBED, GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3,
                        GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6, GUMBO_TAG_HEAD, GUMBO_TAG_HR, GUMBO_TAG_I,
                        GUMBO_TAG_IMG, GUMBO_TAG_LI, GUMBO_TAG_LISTING, GUMBO_TAG_MENU, GUMBO_TAG_META,
                        GUMBO_TAG_NOBR, GUMBO_TAG_OL, GUMBO_TAG_P, GUMBO_TAG_PRE, GUMBO_TAG_RUBY, GUMBO_TAG_S,
                        GUMBO_TAG_SMALL, GUMBO_TAG_SPAN, GUMBO_TAG_STRONG, GUMBO_TAG_STRIKE, GUMBO_TAG_SUB,
                        GUMBO_TAG_SUP, GUMBO_TAG_TABLE, GUMBO_TAG_TT, GUMBO_TAG_U, GUMBO_TAG_UL,
                        GUMBO_TAG_VAR});
        mark(Heading, {GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6});
        mark(Integration, {GUMBO_TAG_FOREIGNOBJECT, GUMBO_TAG_DESC, GUMBO_TAG_TITLE, GUMBO_TAG_MI, GUMBO_TAG_MO,
                           GUMBO_TAG_MN, GUMBO_TAG_MS, GUMBO_TAG_MTEXT, GUMBO_TAG_ANNOTATION_XML});
        mark(TablePart, {GUMBO_TAG_CAPTION, GUMBO_TAG_COLGROUP, GUMBO_TAG_TBODY, GUMBO_TAG_THEAD,
                         GUMBO_TAG_TFOOT, GUMBO_TAG_TR, GUMBO_TAG_TD, GUMBO_TAG_TH});
        return t;
    }();
    return table;
}

bool has(GumboTag tag, unsigned flags)
{
    return (flagTable()[tag] & flags) != 0;
}

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isTagSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

bool equalsIgnoreCase(const char *p, qsizetype n, const char *lowerWord)
{
    const auto len = qsizetype(std::strlen(lowerWord));
    if (n != len)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        if (asciiLower(p[i]) != lowerWord[i])
            return false;
    }
    return true;
}

bool startsWithIgnoreCase(const char *p, qsizetype n, const char *lowerWord)
{
    const auto len = qsizetype(std::strlen(lowerWord));
    return n >= len && equalsIgnoreCase(p, len, lowerWord);
}

// Known tags compare by enum; unknown ones (custom elements, SVG shapes) by their lower-case name.
struct TagName
{
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    quint64 hash = 0;

    friend bool operator==(const TagName &, const TagName &) = default;
};

TagName tagName(const char *p, qsizetype n)
{
    TagName name;
    name.tag = gumbo_tagn_enum(p, unsigned(n));
    quint64 h = 14695981039346656037ull; // FNV-1a
    for (qsizetype i = 0; i < n; ++i) {
        h ^= static_cast<unsigned char>(asciiLower(p[i]));
        h *= 1099511628211ull;
    }
    name.hash = h;
    return name;
}

struct Tag
{
    TagName name;
    bool selfClosing = false;
    bool fontBreakout = false; // <font color|face|size> leaves SVG/MathML content like <b> does
    qsizetype begin = 0;       // byte range of the whole tag
    qsizetype endPos = 0;
};

struct Open
{
    TagName name;
    bool foreign = false; // in the SVG or MathML namespace
};

class Limiter
{
public:
    Limiter(const QByteArray &in, int maxDepth, qint64 budget)
        : m_in(in), m_d(in.constData()), m_n(in.size()), m_maxDepth(maxDepth), m_budget(budget)
    {
    }

    HtmlNestingLimiter::Result run()
    {
        HtmlNestingLimiter::Result result;
        qsizetype pos = 0;
        while (pos < m_n && !m_tooComplex) {
            const char *lt = static_cast<const char *>(std::memchr(m_d + pos, '<', size_t(m_n - pos)));
            if (!lt)
                break;
            const qsizetype i = lt - m_d;
            pos = markup(i);
        }
        result.tooComplex = m_tooComplex;
        result.removedTags = m_removed;
        if (m_removed == 0) {
            result.html = m_in;
        } else {
            m_out.append(m_d + m_copied, m_n - m_copied);
            result.html = m_out;
        }
        return result;
    }

private:
    // Handles the markup starting with the '<' at `i`; returns where text resumes.
    qsizetype markup(qsizetype i)
    {
        const char *p = m_d + i;
        const qsizetype left = m_n - i;
        if (startsWithIgnoreCase(p, left, "<!--"))
            return commentEnd(i + 4);
        if (inForeign() && startsWithIgnoreCase(p, left, "<![cdata["))
            return find(i + 9, "]]>");
        if (left >= 2 && (p[1] == '!' || p[1] == '?'))
            return find(i + 2, ">");
        if (left >= 3 && p[1] == '/' && p[2] == '>')
            return i + 3;
        if (left >= 3 && p[1] == '/' && isAsciiAlpha(p[2]))
            return tag(i, true);
        if (left >= 2 && p[1] == '/')
            return find(i + 2, ">");
        if (left >= 2 && isAsciiAlpha(p[1]))
            return tag(i, false);
        return i + 1;
    }

    // Position after the first `needle` at or after `from`, or the end of input.
    qsizetype find(qsizetype from, const char *needle) const
    {
        const qsizetype at = m_in.indexOf(needle, from);
        return at < 0 ? m_n : at + qsizetype(std::strlen(needle));
    }

    // "<!-->" and "<!--->" are complete comments; otherwise "-->" or "--!>" ends one.
    qsizetype commentEnd(qsizetype i) const
    {
        if (i < m_n && m_d[i] == '>')
            return i + 1;
        if (i + 1 < m_n && m_d[i] == '-' && m_d[i + 1] == '>')
            return i + 2;
        for (qsizetype at = m_in.indexOf("--", i); at >= 0; at = m_in.indexOf("--", at + 1)) {
            if (at + 2 < m_n && m_d[at + 2] == '>')
                return at + 3;
            if (at + 3 < m_n && m_d[at + 2] == '!' && m_d[at + 3] == '>')
                return at + 4;
        }
        return m_n;
    }

    qsizetype tag(qsizetype i, bool end)
    {
        Tag t;
        t.begin = i;
        qsizetype j = i + (end ? 2 : 1);
        const qsizetype nameStart = j;
        while (j < m_n && !isTagSpace(m_d[j]) && m_d[j] != '/' && m_d[j] != '>')
            ++j;
        t.name = tagName(m_d + nameStart, j - nameStart);
        t.endPos = attributesEnd(j, &t);
        if (t.endPos < 0)
            return m_n; // the input ends inside the tag, which the parser then drops
        if (end) {
            endTag(t);
            return t.endPos;
        }
        if (!startTag(t))
            return m_n; // <plaintext>: the rest is text
        if (has(t.name.tag, RawText) && !inForeign())
            return rawTextEnd(t);
        return t.endPos;
    }

    // Follows the tokenizer's attribute states; returns the position after '>' or -1 at the end.
    qsizetype attributesEnd(qsizetype i, Tag *t) const
    {
        while (i < m_n) {
            const char c = m_d[i];
            if (isTagSpace(c)) {
                ++i;
                continue;
            }
            if (c == '>')
                return i + 1;
            if (c == '/') {
                ++i;
                if (i < m_n && m_d[i] == '>') {
                    t->selfClosing = true;
                    return i + 1;
                }
                continue;
            }
            // An attribute name; a leading '=' is taken as part of it, as the tokenizer does.
            const qsizetype nameStart = i++;
            while (i < m_n && !isTagSpace(m_d[i]) && m_d[i] != '/' && m_d[i] != '>' && m_d[i] != '=')
                ++i;
            const qsizetype nameLen = i - nameStart;
            if (equalsIgnoreCase(m_d + nameStart, nameLen, "color") || equalsIgnoreCase(m_d + nameStart, nameLen, "face")
                || equalsIgnoreCase(m_d + nameStart, nameLen, "size"))
                t->fontBreakout = t->name.tag == GUMBO_TAG_FONT;
            while (i < m_n && isTagSpace(m_d[i]))
                ++i;
            if (i >= m_n || m_d[i] != '=')
                continue;
            ++i;
            while (i < m_n && isTagSpace(m_d[i]))
                ++i;
            if (i >= m_n)
                return -1;
            if (m_d[i] == '"' || m_d[i] == '\'') {
                const void *q = std::memchr(m_d + i + 1, m_d[i], size_t(m_n - i - 1));
                if (!q)
                    return -1;
                i = static_cast<const char *>(q) - m_d + 1;
            } else if (m_d[i] == '>') {
                return i + 1;
            } else {
                while (i < m_n && !isTagSpace(m_d[i]) && m_d[i] != '>')
                    ++i;
            }
        }
        return -1;
    }

    // Where the end tag closing a raw-text element starts. Script data has escape states in which
    // "</script>" does not end the script ("<!-- <script> </script> -->").
    qsizetype rawTextEnd(const Tag &t) const
    {
        const bool script = t.name.tag == GUMBO_TAG_SCRIPT;
        const char *name = gumbo_normalized_tagname(t.name.tag);
        enum { Data, Escaped, DoubleEscaped } state = Data;
        for (qsizetype i = t.endPos; i < m_n; ++i) {
            if (m_d[i] == '-' && state != Data && startsWithIgnoreCase(m_d + i, m_n - i, "-->")) {
                state = Data;
                i += 2;
                continue;
            }
            if (m_d[i] != '<')
                continue;
            if (script && state == Data && startsWithIgnoreCase(m_d + i, m_n - i, "<!--")) {
                // Continue at the first '-' so "<!-->" ends the escape at once.
                state = Escaped;
                i += 1;
                continue;
            }
            if (i + 1 < m_n && m_d[i + 1] == '/' && isElementName(i + 2, name)) {
                if (state != DoubleEscaped)
                    return i;
                state = Escaped;
            } else if (state == Escaped && isElementName(i + 1, "script")) {
                state = DoubleEscaped;
            }
        }
        return m_n;
    }

    // True when `name` starts at `i` followed by white space, '/' or '>' (not by the end).
    bool isElementName(qsizetype i, const char *name) const
    {
        const auto len = qsizetype(std::strlen(name));
        if (i + len >= m_n || !equalsIgnoreCase(m_d + i, len, name))
            return false;
        const char after = m_d[i + len];
        return isTagSpace(after) || after == '/' || after == '>';
    }

    bool inForeign() const { return !m_stack.empty() && m_stack.back().foreign && !has(m_stack.back().name.tag, Integration); }

    void remove(const Tag &t)
    {
        m_out.append(m_d + m_copied, t.begin - m_copied);
        m_out.append(' '); // the removed tag may have separated two words
        m_copied = t.endPos;
        ++m_removed;
    }

    void popTo(size_t index)
    {
        while (m_stack.size() > index) {
            if (m_stack.back().name.tag == GUMBO_TAG_TABLE)
                --m_openTables;
            m_stack.pop_back();
        }
    }

    void spend(qint64 work)
    {
        m_work += work;
        if (m_work > m_budget)
            m_tooComplex = true;
    }

    // Index of the topmost element `matches` accepts, searching down from the top and giving up
    // at one `stops` accepts; -1 when there is none.
    template<typename Match, typename Stop>
    qsizetype findOpen(Match matches, Stop stops)
    {
        for (size_t k = m_stack.size(); k-- > 0;) {
            spend(1);
            if (matches(m_stack[k].name))
                return qsizetype(k);
            if (stops(m_stack[k].name.tag))
                return -1;
        }
        return -1;
    }

    // Pops the element findOpen() finds and everything above it.
    template<typename Match, typename Stop>
    void close(Match matches, Stop stops)
    {
        const qsizetype k = findOpen(matches, stops);
        if (k >= 0)
            popTo(size_t(k));
    }

    static bool isOneOf(GumboTag tag, std::initializer_list<GumboTag> tags)
    {
        return std::find(tags.begin(), tags.end(), tag) != tags.end();
    }

    static bool isBoundary(GumboTag t) { return has(t, Boundary); }
    static bool isTableBoundary(GumboTag t) { return isOneOf(t, {GUMBO_TAG_TABLE, GUMBO_TAG_HTML, GUMBO_TAG_TEMPLATE}); }

    GumboTag top() const { return m_stack.empty() ? GUMBO_TAG_LAST : m_stack.back().name.tag; }

    void closeP()
    {
        close([](const TagName &n) { return n.tag == GUMBO_TAG_P; },
              [](GumboTag t) { return isBoundary(t) || t == GUMBO_TAG_BUTTON; });
    }

    // Pops the elements whose end tags are optional, as the parser does before closing annotations.
    void generateImpliedEndTags()
    {
        while (isOneOf(top(), {GUMBO_TAG_DD, GUMBO_TAG_DT, GUMBO_TAG_LI, GUMBO_TAG_OPTION, GUMBO_TAG_OPTGROUP,
                               GUMBO_TAG_P, GUMBO_TAG_RB, GUMBO_TAG_RP, GUMBO_TAG_RT, GUMBO_TAG_RTC}))
            popTo(m_stack.size() - 1);
    }

    // The parser's implied closings for a start tag, so unclosed <p>, <li> and <td> do not pile up.
    void closeImplied(GumboTag tag)
    {
        const auto listStop = [](GumboTag t) {
            return has(t, Special) && !isOneOf(t, {GUMBO_TAG_ADDRESS, GUMBO_TAG_DIV, GUMBO_TAG_P});
        };
        if (tag == GUMBO_TAG_LI)
            close([](const TagName &n) { return n.tag == GUMBO_TAG_LI; }, listStop);
        else if (tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT)
            close([](const TagName &n) { return isOneOf(n.tag, {GUMBO_TAG_DD, GUMBO_TAG_DT}); }, listStop);
        if (has(tag, ClosesP))
            closeP();

        if (has(tag, Heading) && has(top(), Heading)) {
            popTo(m_stack.size() - 1);
        } else if (tag == GUMBO_TAG_OPTION || tag == GUMBO_TAG_OPTGROUP) {
            if (top() == GUMBO_TAG_OPTION)
                popTo(m_stack.size() - 1);
            if (tag == GUMBO_TAG_OPTGROUP && top() == GUMBO_TAG_OPTGROUP)
                popTo(m_stack.size() - 1);
        } else if (tag == GUMBO_TAG_BUTTON) {
            close([](const TagName &n) { return n.tag == GUMBO_TAG_BUTTON; }, isBoundary);
        } else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
            close([](const TagName &n) { return isOneOf(n.tag, {GUMBO_TAG_TD, GUMBO_TAG_TH}); },
                  [](GumboTag t) { return t == GUMBO_TAG_TR || isTableBoundary(t); });
        } else if (tag == GUMBO_TAG_TR) {
            close([](const TagName &n) { return n.tag == GUMBO_TAG_TR; }, [](GumboTag t) {
                return isOneOf(t, {GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT}) || isTableBoundary(t);
            });
        } else if (isOneOf(tag, {GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT, GUMBO_TAG_CAPTION, GUMBO_TAG_COLGROUP})) {
            close([](const TagName &n) {
                return isOneOf(n.tag, {GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT, GUMBO_TAG_CAPTION, GUMBO_TAG_COLGROUP});
            }, isTableBoundary);
        } else if (isOneOf(tag, {GUMBO_TAG_RB, GUMBO_TAG_RT, GUMBO_TAG_RTC, GUMBO_TAG_RP})) {
            if (findOpen([](const TagName &n) { return n.tag == GUMBO_TAG_RUBY; }, isBoundary) >= 0)
                generateImpliedEndTags();
        }
    }

    // Returns false when the rest of the input is text (<plaintext>).
    bool startTag(const Tag &t)
    {
        const GumboTag tag = t.name.tag;
        bool foreign = inForeign();
        if (foreign && (has(tag, Breakout) || t.fontBreakout)) {
            while (!m_stack.empty() && m_stack.back().foreign && !has(m_stack.back().name.tag, Integration))
                popTo(m_stack.size() - 1);
            foreign = false;
        }
        if (foreign || tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH) {
            if (!t.selfClosing)
                push(t, true);
            return true;
        }
        if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_BODY)
            return true; // merged into the existing element, never nested
        if (has(tag, TablePart) && m_openTables == 0)
            return true; // ignored outside tables
        closeImplied(tag);
        if (tag == GUMBO_TAG_PLAINTEXT)
            return false;
        if (has(tag, Void | RawText))
            return true; // no nested elements: raw text is skipped by the caller
        push(t, false);
        return true;
    }

    void push(const Tag &t, bool foreign)
    {
        if (int(m_stack.size()) >= m_maxDepth) {
            remove(t);
            if (!m_suppressed.empty() && m_suppressed.back().first == t.name)
                ++m_suppressed.back().second;
            else
                m_suppressed.emplace_back(t.name, 1);
            return;
        }
        spend(qint64(m_stack.size()));
        if (t.name.tag == GUMBO_TAG_TABLE)
            ++m_openTables;
        m_stack.push_back({t.name, foreign});
    }

    void endTag(const Tag &t)
    {
        // The end tag of a removed start tag goes too, so the flattened content stays inside
        // the deepest kept element instead of closing it early.
        if (!m_suppressed.empty() && m_suppressed.back().first == t.name) {
            remove(t);
            if (--m_suppressed.back().second == 0)
                m_suppressed.pop_back();
            return;
        }
        const TagName name = t.name;
        const GumboTag tag = name.tag;
        const auto same = [name](const TagName &n) { return n == name; };
        // In SVG/MathML an end tag closes the nearest foreign element of that name.
        for (size_t k = m_stack.size(); k-- > 0 && m_stack[k].foreign;) {
            spend(1);
            if (m_stack[k].name == name) {
                popTo(k);
                return;
            }
        }
        if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || has(tag, Void | RawText))
            return;
        if (tag == GUMBO_TAG_P) {
            closeP();
        } else if (tag == GUMBO_TAG_LI) {
            close(same, [](GumboTag s) { return isBoundary(s) || s == GUMBO_TAG_OL || s == GUMBO_TAG_UL; });
        } else if (has(tag, Heading)) {
            close([](const TagName &n) { return has(n.tag, Heading); }, isBoundary);
        } else if (has(tag, TablePart) || tag == GUMBO_TAG_TABLE) {
            close(same, isTableBoundary);
        } else if (has(tag, Special)) {
            close(same, isBoundary);
        } else {
            // Formatting and ordinary elements: the search stops at a special element (the
            // adoption agency keeps the depth there, so not popping is the safe estimate).
            close(same, [](GumboTag s) { return has(s, Special); });
        }
    }

    const QByteArray &m_in;
    const char *m_d;
    const qsizetype m_n;
    const int m_maxDepth;
    const qint64 m_budget;

    std::vector<Open> m_stack;
    // Removed start tags still waiting for their end tags, run-length encoded: a flattened page
    // may hold millions of them.
    std::vector<std::pair<TagName, qsizetype>> m_suppressed;
    int m_openTables = 0;
    qint64 m_work = 0;
    bool m_tooComplex = false;
    QByteArray m_out;
    qsizetype m_copied = 0;
    qsizetype m_removed = 0;
};

} // namespace

HtmlNestingLimiter::Result HtmlNestingLimiter::limit(const QByteArray &utf8, int maxDepth, qint64 workBudget)
{
    return Limiter(utf8, maxDepth, workBudget).run();
}
