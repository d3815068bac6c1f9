#include "core/export/redlineexporter.h"

#include "core/export/htmltext.h"
#include "core/export/notehtml.h"
#include "core/model/version.h"
#include "core/present/exportoutline.h"
#include "core/present/redlineplan.h"
#include "core/present/wording.h"

#include <QDir>
#include <QStringList>

#include <set>

using namespace Qt::StringLiterals;

namespace {

// The fixed part of the style; the colours are generated in front of it. The palette's changed
// and inserted words share one orange, so deletions take the unique passages' reddish purple
// (text only one article has) and insertions the orange. del and ins keep their line (struck,
// underlined) in every scheme and in print, so the marks read without colour too.
const QString kStyle = uR"CSS(*{box-sizing:border-box}
body{margin:0 auto;max-width:48rem;padding:1rem 1.5rem 4rem;background:var(--bg);color:var(--fg);font:16px/1.6 Georgia,"Noto Serif","DejaVu Serif",serif;-webkit-text-size-adjust:100%;text-size-adjust:100%}
header,.legend,.meta,.files,h1,h2{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif}
h1{font-size:1.45rem;line-height:1.25;margin:0 0 .3rem;overflow-wrap:anywhere}
h2{font-size:1.1rem;margin:2rem 0 .4rem;padding-top:.6rem;border-top:2px solid var(--line);overflow-wrap:anywhere}
a{color:inherit}
:focus-visible{outline:2px solid var(--focus);outline-offset:2px}
.meta{margin:.2rem 0 .6rem;color:var(--dim);font-size:.9rem}
.note{margin:.5rem 0;padding:.3rem .7rem;border-left:4px solid var(--dk)}
.files{margin:.3rem 0;padding:0;list-style:none;color:var(--dim);font-size:.85rem}
.files li{overflow-wrap:anywhere}
.an{display:inline-block;min-width:1.3rem;margin-right:.3rem;padding:0 .3rem;border-radius:3px;background:var(--line);color:var(--fg);text-align:center;font-weight:700}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;margin:.6rem 0;padding:0;list-style:none;font-size:.9rem}
.rl p{margin:0 0 .9rem;white-space:pre-wrap;overflow-wrap:anywhere}
del,ins{border-radius:2px;text-decoration-thickness:1.5px}
del{background:var(--u);text-decoration:line-through}
ins{background:var(--ins);text-decoration:underline;text-underline-offset:3px}
.mv{border-radius:2px;outline:1.5px solid var(--mv);text-decoration-color:var(--mv);text-decoration-thickness:2px}
.mv.away{text-decoration-line:line-through;text-decoration-style:double}
.mv.here{text-decoration-line:underline;text-decoration-style:double;text-underline-offset:3px}
.tag{margin:0 .3rem 0 .1rem;padding:0 .35rem;border-radius:3px;background:var(--mv);color:var(--onmv);font:600 .7rem system-ui,sans-serif;text-decoration:none;white-space:nowrap}
.tag.man{background:var(--bg);color:var(--fg);box-shadow:inset 0 0 0 1px var(--fg)}
.fu{color:var(--dim);font-style:italic}
.bidi{unicode-bidi:isolate;margin:0 .1rem;padding:0 .2rem;border:1px solid var(--fact);border-radius:3px;font-size:.75em;font-style:normal;font-weight:600;white-space:nowrap}
.none{color:var(--dim);font-style:italic}
@media print{
body{max-width:none;padding:0;font-size:10.5pt}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
h2{break-after:avoid}
.rl p{orphans:3;widows:3}
a{text-decoration:none}
}
@media (max-width:700px){body{padding:.6rem .7rem 3rem;font-size:15px}}
)CSS"_s;

// "1 deletion", "3 deletions".
QString counted(int n, const QString &noun)
{
    return QString::number(n) + u' ' + noun + (n == 1 ? QString() : u"s"_s);
}

class Writer
{
public:
    Writer(const Comparison &c, const ExportOptions &options)
        : m_c(c), m_options(options), m_title(u"Redline: "_s + ExportOutline::title(c, options.title)), m_notes(c, options.notes)
    {
    }

    QByteArray run()
    {
        const QString style = styleBlock();
        QString &o = m_out;
        o += u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"_s;
        // No script at all: default-src 'none' forbids every script, fetch and frame.
        o += u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "_s + HtmlText::cspHash(style)
            + u"; img-src 'none'; base-uri 'none'; form-action 'none'\">\n"_s;
        o += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s;
        o += u"<meta name=\"color-scheme\" content=\"light dark\">\n"_s;
        o += u"<meta name=\"generator\" content=\"Synoptic "_s + synopticVersion() + u"\">\n"_s;
        o += u"<title>"_s + HtmlText::escaped(m_title) + u"</title>\n<style>"_s + style + u"</style>\n</head>\n<body>\n"_s;
        header();
        o += u"<main>\n"_s;
        for (int other : RedlinePlanner::othersOf(m_c))
            section(RedlinePlanner::build(m_c, m_c.baseDocument, other));
        // One column has no place for a note beside each article's passage: the list only.
        o += m_notes.list(false);
        o += u"</main>\n</body>\n</html>\n"_s;
        return o.toUtf8();
    }

private:
    QString styleBlock() const
    {
        const HtmlPalette fallback = HtmlPalette::defaults();
        const QString light = HtmlText::cssVariables(m_options.palette.light, fallback.light);
        // The moved tag's text: the text colour on the light scheme's green, the background
        // colour on the dark one's (as in the HTML export, both above 4.5:1).
        QString css = u":root{color-scheme:light dark;"_s + light + u"--onmv:var(--fg)}\n"_s;
        css += u"@media (prefers-color-scheme:dark){:root{"_s + HtmlText::cssVariables(m_options.palette.dark, fallback.dark)
            + u"--onmv:var(--bg)}}\n"_s;
        css += u"@media print{:root{color-scheme:light;"_s + light + u"--onmv:var(--fg)}}\n"_s;
        css += u"@page{size:A4;margin:15mm 14mm;@top-left{content:"_s + HtmlText::cssString(Wording::quote(m_title, 90))
            + u";font-size:8pt}@bottom-right{content:\"Page \" counter(page) \" of \" counter(pages);font-size:8pt}}\n"_s;
        return css + kStyle + (m_notes.isEmpty() ? QString() : NoteHtml::style());
    }

    QString articleTitle(int d) const
    {
        const Document &doc = m_c.documents[size_t(d)];
        return doc.title.isEmpty() ? Wording::sourceName(doc) : doc.title;
    }

    QString articleLabel(int d) const
    {
        return u"<span class=\"an\">%1</span><bdi>"_s.arg(d + 1) + HtmlText::escaped(articleTitle(d)) + u"</bdi>"_s;
    }

    void header()
    {
        QString &o = m_out;
        const int ref = m_c.baseDocument;
        o += u"<header>\n<h1><bdi>"_s + HtmlText::escaped(m_title) + u"</bdi></h1>\n"_s;
        o += u"<p class=\"meta\">Reference: "_s + articleLabel(ref) + u" · "_s
            + (m_c.documents.size() == 2 ? u"compared with "_s + articleLabel(RedlinePlanner::othersOf(m_c).front())
                                         : u"each of the other %1 articles in its own section"_s.arg(m_c.documents.size() - 1))
            + u"</p>\n<p class=\"meta\">"_s;
        o += m_c.granularity == Granularity::Sentence ? u"sentence alignment"_s : u"paragraph alignment"_s;
        if (m_options.exportedAt.isValid()) {
            o += u" · exported <time datetime=\""_s + m_options.exportedAt.toString(Qt::ISODate) + u"\">"_s
                + m_options.exportedAt.toString(u"yyyy-MM-dd HH:mm"_s) + u"</time>"_s;
        }
        o += u" · Synoptic "_s + synopticVersion() + u"</p>\n"_s;
        if (!m_c.notice.isEmpty())
            o += u"<p class=\"note\">"_s + HtmlText::escaped(m_c.notice) + u"</p>\n"_s;
        o += u"<ul class=\"files\">\n"_s;
        for (int d = 0; d < int(m_c.documents.size()); ++d) {
            const Document &doc = m_c.documents[size_t(d)];
            const bool isFile = !doc.path.isEmpty() && doc.path != u"-"_s;
            o += u"<li><span class=\"an\">%1</span> <bdi>"_s.arg(d + 1)
                + HtmlText::escaped(isFile ? QDir::cleanPath(doc.path) : Wording::sourceName(doc)) + u"</bdi>"_s;
            if (doc.modified.isValid())
                o += u" · modified "_s + doc.modified.toString(u"yyyy-MM-dd HH:mm"_s);
            if (d == ref)
                o += u" · the reference"_s;
            o += u"</li>\n"_s;
        }
        o += u"</ul>\n<p class=\"meta\">Options: "_s + HtmlText::escaped(optionsText()) + u"</p>\n"_s;
        o += uR"(<ul class="legend" aria-label="Legend">
<li><del>Struck</del> only in the reference</li>
<li><ins>Underlined</ins> only in the other article</li>
<li><span class="mv away">Double struck</span> moved away: the other article has it elsewhere</li>
<li><span class="mv here">Double underlined</span> moved here in the other article</li>
<li><span class="fu">Dimmed</span> page furniture</li>
</ul>
</header>
)"_s;
    }

    QString optionsText() const
    {
        const AlignOptions &a = m_c.options;
        QStringList parts;
        parts << u"edited passages from %1 similarity"_s.arg(ExportOutline::percent(a.divergentThreshold));
        parts << (a.ignoreCase ? u"case ignored"_s : u"case compared"_s);
        parts << (a.ignorePunctuation ? u"punctuation ignored"_s : u"punctuation compared"_s);
        parts << (a.ignoreDigits ? u"digits ignored"_s : u"digits compared"_s);
        parts << (a.ignoreDiacritics ? u"diacritics ignored"_s : u"diacritics compared"_s);
        parts << (a.ignoreFurniture ? u"page furniture left out"_s : u"page furniture aligned"_s);
        return parts.join(u" · "_s);
    }

    void section(const RedlinePlan &plan)
    {
        QString &o = m_out;
        const int other = plan.other;
        int deletions = 0, insertions = 0;
        for (const RedlineRun &run : plan.runs) {
            deletions += run.kind == RedlineRun::Kind::Deleted;
            insertions += run.kind == RedlineRun::Kind::Inserted;
        }
        o += u"<section class=\"rl\" id=\"vs-%1\" aria-labelledby=\"h-%1\">\n<h2 id=\"h-%1\">"_s.arg(other + 1)
            + articleLabel(plan.reference) + u" → "_s + articleLabel(other) + u"</h2>\n"_s;
        o += u"<p class=\"meta\">"_s + counted(deletions, u"deletion"_s) + u" · "_s + counted(insertions, u"insertion"_s)
            + u" · "_s + counted(movesBetween(plan.reference, other), u"moved passage"_s) + u"</p>\n"_s;
        const Document &ref = m_c.documents[size_t(plan.reference)];
        const Document &oth = m_c.documents[size_t(other)];
        bool open = false;
        std::set<int> tagged; // manual links already tagged, once each, where they start
        for (const RedlineRun &run : plan.runs) {
            if (run.paragraphStart) {
                if (open)
                    o += u"</p>\n"_s;
                o += u"<p dir=\"auto\">"_s;
                open = true;
            } else if (run.spaceBefore) {
                o += u' ';
            }
            if (run.link >= 0 && m_c.links[size_t(run.link)].manual && tagged.insert(run.link).second)
                o += u"<span class=\"tag man\" title=\"Linked by hand: a person said these passages correspond, the "
                     "engine did not find it\">manual</span>"_s;
            const QString id = u"%1-%2"_s.arg(other + 1).arg(run.link);
            // "p": a whole passage only one article has (word changes inside a passage have no
            // class); "fu": page furniture, dimmed.
            const QString cls = run.link < 0 ? (run.furniture ? u" class=\"p fu\""_s : u" class=\"p\""_s) : QString();
            switch (run.kind) {
            case RedlineRun::Kind::Equal:
                HtmlText::appendText(o, ref.slice(run.reference));
                break;
            case RedlineRun::Kind::Deleted:
                o += u"<del"_s + cls + u'>';
                HtmlText::appendText(o, ref.slice(run.reference));
                o += u"</del>"_s;
                break;
            case RedlineRun::Kind::Inserted:
                o += u"<ins"_s + cls + u'>';
                HtmlText::appendText(o, oth.slice(run.other));
                o += u"</ins>"_s;
                break;
            case RedlineRun::Kind::MovedAway:
                o += u"<span class=\"mv away\" id=\"from-"_s + id + u"\"><a class=\"tag\" href=\"#to-"_s + id
                    + u"\" title=\"The other article has this passage in another place: go there\">moved ↓</a>"_s;
                HtmlText::appendText(o, ref.slice(run.reference));
                o += u"</span>"_s;
                break;
            case RedlineRun::Kind::MovedHere:
                o += u"<span class=\"mv here\" id=\"to-"_s + id + u"\"><a class=\"tag\" href=\"#from-"_s + id
                    + u"\" title=\"The reference has this passage in another place: go there\">moved ↑</a>"_s;
                HtmlText::appendText(o, oth.slice(run.other));
                o += u"</span>"_s;
                break;
            }
        }
        if (open)
            o += u"</p>\n"_s;
        else
            o += u"<p class=\"none\">Both articles are empty.</p>\n"_s;
        o += u"</section>\n"_s;
    }

    int movesBetween(int a, int b) const
    {
        int n = 0;
        for (const Link &l : m_c.links)
            n += l.moved && l.side(a) >= 0 && l.other(a) == b;
        return n;
    }

    const Comparison &m_c;
    const ExportOptions &m_options;
    const QString m_title;
    QString m_out;
    NoteHtml m_notes;
};

} // namespace

QByteArray RedlineExporter::toHtml(const PresentedComparison &comparison, const ExportOptions &options)
{
    return Writer(comparison.comparison(), options).run();
}
