#include "core/export/notehtml.h"

#include "core/export/htmltext.h"
#include "core/present/wording.h"

using namespace Qt::StringLiterals;

namespace {

// The verdict's sign, word and class: the sign and the word carry it for whoever cannot tell
// the colours apart, and in print.
struct VerdictLook
{
    QString sign;
    QString word;
    QLatin1StringView cls;
};

VerdictLook look(NoteVerdict v)
{
    switch (v) {
    case NoteVerdict::Confirmed: return {u"\u2713"_s, u"confirmed"_s, "vc"_L1};
    case NoteVerdict::Disputed: return {u"\u2717"_s, u"disputed"_s, "vd"_L1};
    case NoteVerdict::Unclear: return {u"?"_s, u"unclear"_s, "vu"_L1};
    case NoteVerdict::None: break;
    }
    return {u"\u270e"_s, u"note"_s, "vn"_L1};
}

// The long notes the list shows in full start the list closed beyond this many.
constexpr size_t kOpenNotes = 20;

} // namespace

NoteHtml::NoteHtml(const Comparison &comparison, const std::vector<ComparisonNote> &notes)
    : m_c(comparison), m_notes(notes), m_placed(NotePlacer(comparison).place(notes)), m_marked(notes.size())
{
}

QString NoteHtml::style()
{
    // The text hides like .vh (still read by screen readers, as part of the marker's link) and
    // shows as a box on hover and focus; printed, it follows the marker in the text.
    return uR"CSS(.nm{position:relative;display:inline-block;margin:0 .3rem .1rem 0;padding:0 .4rem;border:2px solid var(--vcol);border-radius:.7rem;background:var(--bg);color:var(--fg);font-size:.75rem;font-weight:700;line-height:1.4;text-decoration:none;white-space:nowrap;vertical-align:baseline;scroll-margin-top:calc(var(--headh,5rem) + 1.5rem)}
.nm .nt{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.nm:hover,.nm:focus-visible,.nm:target{z-index:4}
.nm:target{outline:2px solid var(--focus);outline-offset:2px}
.nm:hover .nt,.nm:focus .nt{top:calc(100% + .2rem);left:0;z-index:4;width:max-content;max-width:min(24rem,85vw);height:auto;max-height:18rem;overflow:auto;clip-path:none;padding:.4rem .6rem;border:1px solid var(--line);border-left:4px solid var(--vcol);border-radius:4px;background:var(--bg);box-shadow:0 2px 8px rgba(0,0,0,.25);color:var(--fg);font-weight:400;font-size:.85rem;line-height:1.4;white-space:pre-wrap;overflow-wrap:anywhere;text-align:start}
.vc{--vcol:var(--mv)}.vd{--vcol:var(--fact)}.vu{--vcol:var(--dk)}.vn{--vcol:var(--dim)}
.notelist>summary{cursor:pointer;color:var(--dim)}
.nl{margin:0;padding-left:1.6rem}
.nl>li{margin:.45rem 0;overflow-wrap:anywhere;scroll-margin-top:1rem}
.nl .nv{display:inline-block;margin-right:.5rem;padding:0 .4rem;border:2px solid var(--vcol);border-radius:.7rem;font-size:.8rem;font-weight:700}
.nl .at a,.nl .at>span{margin-right:.4rem}
.nl .nx{display:block;margin:.15rem 0 0;white-space:pre-wrap}
.nl .np{color:var(--dim);font-style:italic}
.vd.nm,.nl .vd.nv{border-style:double;border-width:4px}
.vu.nm,.nl .vu.nv{border-style:dashed}
@media (max-width:700px){.nm:hover .nt,.nm:focus .nt{position:fixed;top:auto;right:.5rem;bottom:.5rem;left:.5rem;width:auto;max-width:none;max-height:45vh}}
@media print{.nm .nt{position:static;display:inline;width:auto;height:auto;clip-path:none;white-space:pre-wrap;font-weight:400}.nm{white-space:normal}}
)CSS"_s;
}

QString NoteHtml::markersAt(int doc, int unit, const UnitRange &shown)
{
    QString out;
    for (size_t k = 0; k < m_placed.size(); ++k) {
        const NotePlacement &p = m_placed[k];
        for (int end = 0; end < 2; ++end) {
            const std::optional<NotePassage> &passage = end == 0 ? p.at : p.linkedAt;
            if (!passage || passage->doc != doc || m_marked[k][size_t(end)])
                continue;
            // The first unit of the note's passage the cell shows.
            if (unit != std::max(passage->units.first, shown.first) || !passage->units.contains(unit))
                continue;
            m_marked[k][size_t(end)] = true;
            out += marker(int(k), end);
        }
    }
    return out;
}

bool NoteHtml::touches(int doc, const UnitRange &units) const
{
    for (const NotePlacement &p : m_placed) {
        for (const std::optional<NotePassage> *passage : {&p.at, &p.linkedAt}) {
            if (*passage && (*passage)->doc == doc && (*passage)->units.first < units.end()
                && units.first < (*passage)->units.end())
                return true;
        }
    }
    return false;
}

QString NoteHtml::marker(int note, int end) const
{
    const ComparisonNote &n = m_notes[size_t(note)];
    const NotePlacement &p = m_placed[size_t(note)];
    const VerdictLook v = look(n.verdict);
    // dir="ltr" keeps the English words out of a right-to-left cell's direction guess.
    QString out = u"<a class=\"nm "_s + v.cls + u"\" dir=\"ltr\" id=\""_s + markerId(note, end) + u"\" href=\"#note-%1\">"_s.arg(note + 1)
        + u"<span aria-hidden=\"true\">"_s + v.sign + u"</span> "_s + v.word;
    QString on;
    if (p.linkedAt) {
        const int other = end == 0 ? p.linkedAt->doc : p.at->doc;
        out += u" \u2194 %1"_s.arg(other + 1);
        on = u"On the link with article %1: "_s.arg(other + 1);
    }
    out += u"<span class=\"nt\"> Note %1: "_s.arg(note + 1) + on + u"<bdi>"_s;
    HtmlText::appendText(out, n.text);
    return out + u"</bdi></span></a>"_s;
}

QString NoteHtml::verdictBadge(NoteVerdict verdict) const
{
    const VerdictLook v = look(verdict);
    return u"<span class=\"nv "_s + v.cls + u"\"><span aria-hidden=\"true\">"_s + v.sign + u"</span> "_s + v.word + u"</span>"_s;
}

QString NoteHtml::passageLink(int note, int end, const NotePassage &passage, bool linked) const
{
    const Document &doc = m_c.documents[size_t(passage.doc)];
    // The passage noted, or the sentence of a note on a single place.
    const TextSpan span = passage.span.isEmpty() ? m_c.rangeSpan(passage.doc, passage.units) : passage.span;
    const QString quoted = u"\u201c<bdi>"_s + HtmlText::escaped(Wording::quote(doc.slice(span), 50)) + u"</bdi>\u201d"_s;
    return linked ? u"<a href=\"#"_s + markerId(note, end) + u"\">"_s + quoted + u"</a>"_s : u"<span>"_s + quoted + u"</span>"_s;
}

QString NoteHtml::list(bool linked) const
{
    if (m_notes.empty())
        return {};
    const size_t n = m_notes.size();
    QString o = u"<nav aria-labelledby=\"notes\">\n<h2 id=\"notes\">Notes (%1)</h2>\n<details class=\"notelist\""_s.arg(n)
        + (n > kOpenNotes ? u""_s : u" open"_s) + u"><summary>"_s
        + (n == 1 ? u"1 note"_s : u"%1 notes"_s.arg(n)) + u" by the fact-checker</summary>\n<ol class=\"nl\">\n"_s;
    for (size_t k = 0; k < n; ++k) {
        const ComparisonNote &note = m_notes[k];
        const NotePlacement &p = m_placed[k];
        o += u"<li id=\"note-%1\">"_s.arg(k + 1) + verdictBadge(note.verdict) + u" <span class=\"at\">"_s;
        if (p.onComparison()) {
            o += u"On the whole comparison"_s;
        } else if (!p.at) {
            o += u"<span class=\"np\">Not shown: "_s + HtmlText::escaped(p.problem) + u"</span>"_s;
        } else {
            if (p.linkedAt) {
                o += u"Link between article %1 "_s.arg(p.at->doc + 1) + passageLink(int(k), 0, *p.at, linked)
                    + u"\u2194 article %1 "_s.arg(p.linkedAt->doc + 1) + passageLink(int(k), 1, *p.linkedAt, linked);
            } else {
                o += u"Article %1: "_s.arg(p.at->doc + 1) + passageLink(int(k), 0, *p.at, linked);
            }
        }
        o += u"</span>"_s;
        if (note.created.isValid()) {
            const QDateTime utc = note.created.toUTC();
            o += u" <time datetime=\""_s + utc.toString(Qt::ISODate) + u"\">"_s + utc.toString(u"yyyy-MM-dd HH:mm"_s)
                + u" UTC</time>"_s;
        }
        o += u"<span class=\"nx\"><bdi>"_s;
        HtmlText::appendText(o, note.text);
        o += u"</bdi></span></li>\n"_s;
    }
    return o + u"</ol>\n</details>\n</nav>\n"_s;
}
