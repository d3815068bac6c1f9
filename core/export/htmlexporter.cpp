#include "core/export/htmlexporter.h"

#include "core/export/htmltext.h"
#include "core/export/notehtml.h"
#include "core/model/version.h"
#include "core/present/exportoutline.h"
#include "core/present/legend.h"
#include "core/present/movedplaces.h"
#include "core/present/rowfolding.h"
#include "core/present/wording.h"
#include "core/present/wordelision.h"
#include "core/text/languagenames.h"

#include <QDir>

#include <algorithm>
#include <array>
#include <numeric>
#include <optional>
#include <set>

using namespace Qt::StringLiterals;

namespace {

// The fixed part of the style. The colours, the column count and the phone labels are
// generated per export in front of it; the hash in the Content-Security-Policy covers both.
const QString kStyle = uR"CSS(*{box-sizing:border-box}
body{margin:0;padding:1rem 1.5rem 4rem;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;-webkit-text-size-adjust:100%;text-size-adjust:100%}
h1{font-size:1.45rem;line-height:1.25;margin:0 0 .3rem;overflow-wrap:anywhere}
h2{font-size:1.05rem;margin:1.3rem 0 .45rem}
a{color:inherit}
:focus-visible{outline:2px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:.5rem;top:-4rem;z-index:5;padding:.3rem .7rem;background:var(--bg);border:2px solid var(--focus)}
.skip:focus{top:.5rem}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
bdi{unicode-bidi:isolate}
.meta{margin:0 0 .8rem;color:var(--dim)}
.note{margin:.5rem 0;padding:.3rem .7rem;border-left:4px solid var(--dk)}
.scroll{position:relative;overflow-x:auto}
.scroll table{border-collapse:collapse;font-variant-numeric:tabular-nums}
.scroll th,.scroll td{padding:.3rem .9rem .3rem 0;text-align:left;vertical-align:top;border-bottom:1px solid var(--line)}
.scroll th{font-weight:600}
.num{text-align:right}
.art .t{max-width:34rem;overflow-wrap:anywhere}
.art .src{max-width:16rem;overflow-wrap:anywhere;color:var(--dim)}
.bar{display:block;width:9rem;height:.75rem;margin-top:.4rem;background:var(--line)}
.bar .m{fill:var(--mk)}.bar .d{fill:var(--dk)}.bar .u{fill:var(--uk)}
.sim .self{color:var(--dim)}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.3rem;margin:0;padding:0;list-style:none}
.legend li{white-space:nowrap}
.legend .s{padding:.05rem .4rem}
.legend .tag{float:none;margin:0}
.legend .sy{display:inline-block;width:1.1rem;text-align:center}
.keys{color:var(--dim);font-size:.85rem}
kbd{font:inherit;border:1px solid var(--line);border-radius:3px;padding:0 .3rem}
.files{margin:.3rem 0;padding:0;list-style:none;color:var(--dim);font-size:.85rem}
.files li{overflow-wrap:anywhere}
.files .an{color:var(--fg)}
.facts{margin:0;padding-left:1.6rem}
.facts li{margin:.2rem 0;overflow-wrap:anywhere}
.facts .k{font-weight:600}
.syn{display:block;margin-top:.4rem}
.shead,.sbody{display:block}
:where(.syn) th{font-weight:inherit;text-align:inherit}
:where(.syn) td,:where(.syn) th{padding:0;vertical-align:baseline}
.row{display:grid;grid-template-columns:var(--cols);column-gap:.4rem;border-top:1px solid var(--line);scroll-margin-top:calc(var(--headh,5rem) + .5rem)}
.factlist>summary{cursor:pointer;color:var(--dim)}
.facttable>summary{cursor:pointer;color:var(--dim)}
.ft{margin:0;padding-left:1.6rem}
.ft li{margin:.2rem 0;overflow-wrap:anywhere}
.ft .k{font-weight:600}
.ft .cf{color:var(--fact);font-weight:600}
.ft .at{display:block;font-size:.85rem;color:var(--dim)}
.ft .at a{margin-right:.6rem}
.skipto{margin:.2rem 0}
.shead{position:sticky;top:0;z-index:2;background:var(--bg)}
.row.head{background:var(--bg);border-top:0;border-bottom:2px solid var(--line)}
.row.head .c{margin:0;padding:.25rem .4rem;background:none;border:0;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;font-weight:600;font-size:.85rem;line-height:1.35}
.row.head .src{display:block;overflow:hidden;text-overflow:ellipsis;font-weight:400;color:var(--dim);font-size:.75rem}
.row.head .an{min-width:1.1rem;margin-right:.2rem;padding:0 .2rem}
.refb{display:inline-block;margin-right:.3rem;padding:0 .35rem;border-radius:3px;background:var(--fg);color:var(--bg);font-size:.75em;font-weight:700;vertical-align:middle}
.an{display:inline-block;min-width:1.3rem;margin-right:.3rem;padding:0 .3rem;border-radius:3px;background:var(--line);text-align:center;font-weight:700}
.row:target,.row.cur,.row:focus-visible{outline:2px solid var(--focus);outline-offset:-1px}
.g,.sbody th{position:sticky;left:0;z-index:1;padding:.45rem .15rem 0 0;background:var(--bg);text-align:right;font-size:.75rem;line-height:1.2;color:var(--dim)}
.g a,.sbody th a{display:block;text-decoration:none}
.sy,.g b,.sbody th b{margin-left:.15rem;font-weight:700}
.sy.fx,.g .fx,.sbody th .fx{color:var(--fact)}
.sy.mv,.g .mv,.sbody th .mv{color:var(--mv)}
.c{min-width:0;margin:.2rem 0;padding:.35rem .5rem;border-left:4px solid transparent;white-space:pre-wrap;overflow-wrap:anywhere}
.c.m{background:var(--m);border-left-color:var(--mk)}
.c.d{background:var(--d);border-left:4px dashed var(--dk)}
.c.u{background:var(--u);border-left:5px double var(--uk)}
.c.f{background:var(--f);border-left:4px dotted var(--dim)}
.c.r{background:var(--r);border-left:5px double var(--rk);outline:1px dashed var(--rk);outline-offset:-1px}
.lone{margin:.5rem -.5rem -.35rem calc(-.5rem - 5px);padding:.35rem .5rem;background:var(--u);border-left:5px double var(--uk);border-top:3px solid var(--bg)}
.c.mv{box-shadow:inset 0 0 0 2px var(--mv)}
.row.fo .c.m,.s.fo{background:transparent;border-left:2px solid var(--mk);padding-left:.45rem}
.row.fo .s.m{background:transparent}
.tag{float:right;margin:0 0 .2rem .5rem;padding:0 .35rem;border-radius:3px;background:var(--mv);color:var(--onmv);font-size:.7rem;font-weight:600;white-space:nowrap}
.tag.man{background:var(--bg);color:var(--fg);box-shadow:inset 0 0 0 1px var(--fg)}
.s{unicode-bidi:isolate}
.s[id]{scroll-margin:calc(var(--headh,5rem) + .5rem) 0 .5rem 2.8rem}
.bidi{unicode-bidi:isolate;margin:0 .1rem;padding:0 .2rem;border:1px solid var(--fact);border-radius:3px;color:var(--fg);font-size:.75em;font-style:normal;font-weight:600;white-space:nowrap}
.cp:empty::after,.cp>.s:empty::before{content:"(the same words as this row's first passage)";font-style:italic}
.s.m{background:var(--m)}.s.d{background:var(--d)}.s.u{background:var(--u)}.s.r{background:var(--r)}
.legend .s.r{outline:1px dashed var(--rk);outline-offset:-1px}
.s.f{color:var(--dim);font-style:italic}
.chg,.ins{border-radius:2px;text-decoration:underline solid;text-decoration-thickness:2px;text-underline-offset:3px}
.chg{background:var(--chg)}
.ins{background:var(--ins);text-decoration-style:dashed}
.fact{font-weight:600;text-decoration:underline wavy var(--fact);text-decoration-thickness:1.5px;text-decoration-skip-ink:none;text-underline-offset:3px}
.hl{outline:2px solid var(--hover);outline-offset:1px}
.s.hl{outline-width:1px;outline-style:dotted}
.s.to,.s.cur,.s:target{outline:2px solid var(--focus);outline-offset:1px}
.s.to:focus{outline-width:3px;outline-offset:2px}
.fr,.fr>td{display:block}
.same{margin:.2rem 0;padding:.35rem .5rem .05rem 3.4rem;background:var(--m);border-left:4px solid var(--mk)}
.same p{margin:0 0 .3rem;white-space:pre-wrap;overflow-wrap:anywhere;scroll-margin-top:calc(var(--headh,5rem) + .5rem)}
.same a{margin:0 .4rem 0 -2.9rem;display:inline-block;width:2.5rem;text-align:right;text-decoration:none;font-size:.75rem;color:var(--dim)}
.same .f{color:var(--dim);font-style:italic;background:var(--f)}
details.fold>summary{padding:.35rem 0 .35rem 3.4rem;border-top:1px solid var(--line);color:var(--dim);font-style:italic;cursor:pointer}
@media print{
body{padding:0;font-size:9.5pt}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.row,tr,.facts li,.ft li{break-inside:avoid;page-break-inside:avoid}
.shead{position:static}
.keys,.skip{display:none}
a{text-decoration:none}
.syn{display:table;width:100%;table-layout:fixed;border-collapse:separate;border-spacing:.6rem 0;min-width:0}
.shead{display:table-header-group;break-inside:avoid}
.sbody{display:table-row-group}
.row{display:table-row}
.row>.g,.sbody th,.row>.c,.fr>td{display:table-cell;border-top:1px solid var(--line)}
.row>.g,.sbody th{width:2.4rem;position:static}
.row.head>*{border-top:0;border-bottom:2px solid var(--line)}
.fr{display:table-row}
.fact{text-decoration-style:double}
}
@media (max-width:700px){
body{padding:.6rem .6rem 3rem;font-size:14px}
.syn{min-width:0}
.row{grid-template-columns:2rem minmax(0,1fr)}
.row.head{display:none}
.c{grid-column:2}
.c.e{display:none}
.c::before{display:block;margin-bottom:.15rem;overflow:hidden;color:var(--dim);font-size:.75rem;font-weight:600;white-space:nowrap;text-overflow:ellipsis}
.art .t{min-width:11rem}
.art td:nth-child(3),.art th:nth-child(3),.art td:last-child,.art th:last-child{display:none}
details.fold>summary{padding-left:2.5rem}
.legend li{white-space:normal}
}
)CSS"_s;

// Hover-linking of counterparts, a click (or Enter) to bring them into view, keys j/k (n/p) for
// the next/previous difference and f/F for the next/previous changed fact. The page reads fully
// without it.
const QString kScript = uR"JS((function () {
  'use strict';
  // A cell worded exactly as its row's first is written without its words (a book's identical
  // rows carried them twice), or empty when its markup is the first's: they are copied here,
  // before anything else reads the page, so find, copy, print and screen readers get both.
  // Without the script the style says where they are.
  function fill(to, from) {
    from.childNodes.forEach(function (n) { to.appendChild(n.cloneNode(true)); });
  }
  // A row's number is written as a placeholder link (its href was 4 % of a book's export).
  document.querySelectorAll('.sbody .row[id] > :first-child > a:not([href])').forEach(function (a) {
    a.setAttribute('href', '#' + a.parentElement.parentElement.id);
  });
  document.querySelectorAll('.sbody .same > p[id] > a:first-child:not([href])').forEach(function (a) {
    a.setAttribute('href', '#' + a.parentElement.id);
  });
  document.querySelectorAll('.sbody .cp').forEach(function (cell) {
    var first = cell.parentElement.querySelector(':scope > .c:not(.e)');
    if (!cell.firstChild) return fill(cell, first);
    var from = first.querySelectorAll(':scope > .s');
    cell.querySelectorAll(':scope > .s').forEach(function (s, i) { fill(s, from[i]); });
  });
  var byLink = new Map();
  document.querySelectorAll('[data-l]').forEach(function (el) {
    el.getAttribute('data-l').split(' ').forEach(function (id) {
      if (!byLink.has(id)) byLink.set(id, []);
      byLink.get(id).push(el);
    });
  });
  // A row's signs take their tooltip from the legend's, on first hover.
  var meanings = new Map();
  function signKey(s) { return s.className.replace(/\bsy\b/, '').trim() + s.textContent; }
  document.querySelectorAll('.legend .sy[title]').forEach(function (s) {
    meanings.set(signKey(s), s.title);
  });
  document.addEventListener('mouseover', function (ev) {
    var s = ev.target instanceof Element ? ev.target.closest('.g b, .sbody th b, .same a b') : null;
    if (s && !s.title) s.title = meanings.get(signKey(s)) || '';
  });
  var lit = [];
  function light(el) { el.classList.add('hl'); lit.push(el); }
  document.addEventListener('mouseover', function (ev) {
    var el = ev.target instanceof Element ? ev.target.closest('[data-l]') : null;
    lit.forEach(function (e) { e.classList.remove('hl'); });
    lit = [];
    if (!el) return;
    el.getAttribute('data-l').split(' ').forEach(function (id) {
      (byLink.get(id) || []).forEach(function (u) {
        light(u);
        var cell = u.closest('.lk') || u.closest('.c');
        if (cell) light(cell);
      });
    });
  });
  var head = document.querySelector('.row.head');
  var body = document.querySelector('.sbody');
  function inBody(el) { return el instanceof Element && body !== null && body.contains(el); }
  // Brings an element into view below the sticky header, opening a fold around it, and focuses
  // it; -1 keeps passages and rows out of the tab order.
  function show(el) {
    for (var d = el.closest('details:not([open])'); d; d = d.parentElement.closest('details:not([open])')) d.open = true;
    if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
    var r = el.getBoundingClientRect(), top = head ? Math.max(0, head.getBoundingClientRect().bottom) : 0;
    if (r.top < top || r.bottom > window.innerHeight || r.left < 0 || r.right > window.innerWidth)
      el.scrollIntoView({block: r.height < window.innerHeight - top ? 'center' : 'start', inline: 'nearest'});
    el.focus({preventScroll: true});
  }
  // The row or passage j/k or f/F reached last, outlined.
  function current(el) {
    document.querySelectorAll('.sbody .cur').forEach(function (e) { e.classList.remove('cur'); });
    el.classList.add('cur');
  }
  // One tab stop for the whole comparison, not one per row and tag (issue 14 counted 3,650 in a
  // book): the row the focus was in last, with its own links and the folds beside it. j/k, f/F
  // and clicks move it. Without the script every link is a tab stop, as in any page.
  var home = null;
  function stops(row) {
    var out = Array.prototype.slice.call(row.querySelectorAll('a[href], summary'));
    var fold = row.parentElement.closest('details');
    [row.previousElementSibling, row.nextElementSibling, fold].forEach(function (s) {
      var summary = s && (s.matches('.fr') || s === fold) ? s.querySelector('summary') : null;
      if (summary) out.push(summary);
    });
    return out;
  }
  function setHome(row) {
    if (row === home) return;
    if (home) {
      home.tabIndex = -1;
      stops(home).forEach(function (e) { e.tabIndex = -1; });
    }
    home = row;
    if (!row) return;
    row.tabIndex = 0;
    stops(row).forEach(function (e) { e.tabIndex = 0; });
  }
  if (body) {
    body.querySelectorAll('a[href], summary').forEach(function (e) { e.tabIndex = -1; });
    setHome(body.querySelector(':scope > .row[id], .rl'));
  }
  // A differences-only export's edited passages written as one line (.rl) are differences too.
  var diffs = Array.prototype.slice.call(document.querySelectorAll('.row.diff, .sbody .rl'));
  var cur = -1, from = null;
  // Focus that lands in a row (a click, a link, f/F) is where j/k and Tab continue from.
  document.addEventListener('focusin', function (ev) {
    var row = inBody(ev.target) ? ev.target.closest('.row[id], .rl') : null;
    if (!row) return;
    setHome(row);
    cur = diffs.indexOf(row);
    from = row;
  });
  document.addEventListener('toggle', function (ev) {
    var row = ev.target.matches('details.fold') && ev.target.open ? ev.target.querySelector('.row[id]') : null;
    if (row) setHome(row);
  }, true);
  // The first of `list` below the top of the screen, for a key pressed before anything has focus.
  function firstOnScreen(list) {
    var i = 0;
    while (i < list.length && list[i].getBoundingClientRect().top < 80) i++;
    return i;
  }
  // The first of `list` after `el` in reading order (its length if none), or the last before it.
  function beside(list, el, step) {
    var i;
    if (step > 0) for (i = 0; i < list.length && !(el.compareDocumentPosition(list[i]) & 4); i++);
    else for (i = list.length - 1; i >= 0 && !(el.compareDocumentPosition(list[i]) & 2); i--);
    return i;
  }
  function go(step) {
    if (!diffs.length) return;
    var i;
    if (cur >= 0) i = cur + step;
    else if (from) i = beside(diffs, from, step);
    else i = firstOnScreen(diffs) - (step > 0 ? 0 : 1);
    cur = Math.max(0, Math.min(diffs.length - 1, i));
    current(diffs[cur]);
    show(diffs[cur]);
  }
  // Passages with a changed fact, in reading order.
  var facts = [];
  document.querySelectorAll('.sbody .fact').forEach(function (f) {
    var s = f.closest('.s, .rl') || f;
    if (facts[facts.length - 1] !== s) facts.push(s);
  });
  function goFact(step) {
    if (!facts.length) return;
    var a = document.activeElement, i;
    if (inBody(a) && facts.indexOf(a) >= 0) i = facts.indexOf(a) + step;
    else if (inBody(a)) i = beside(facts, a, step);
    else i = firstOnScreen(facts) - (step > 0 ? 0 : 1);
    i = Math.max(0, Math.min(facts.length - 1, i));
    current(facts[i]);
    show(facts[i]);
  }
  // A click on a passage brings its nearest counterpart into view and focuses it, outlining all
  // of them; clicking it again goes on to the next one.
  var outlined = [], jumpFrom = null, jumpAt = -1;
  function column(el) {
    var c = el.closest('.c');
    var m = c ? /\ba\d+\b/.exec(c.className) : null;
    return m ? m[0] : '';
  }
  function counterparts(el) {
    var own = column(el), out = [];
    el.getAttribute('data-l').split(' ').forEach(function (id) {
      (byLink.get(id) || []).forEach(function (u) {
        if (column(u) !== own && out.indexOf(u) < 0) out.push(u);
      });
    });
    return out.sort(function (a, b) { return a.compareDocumentPosition(b) & 4 ? -1 : 1; });
  }
  function unoutline() {
    outlined.forEach(function (e) { e.classList.remove('to'); });
    outlined = [];
  }
  function jump(el) {
    var list = counterparts(el);
    if (!list.length) return false;
    if (el === jumpFrom && outlined.length) {
      jumpAt = (jumpAt + 1) % list.length;
    } else {
      var y = el.getBoundingClientRect().top, best = Infinity;
      list.forEach(function (u, i) {
        var d = Math.abs(u.getBoundingClientRect().top - y);
        if (d < best) { best = d; jumpAt = i; }
      });
    }
    unoutline();
    jumpFrom = el;
    list.forEach(function (u) { u.classList.add('to'); outlined.push(u); });
    show(list[jumpAt]);
    return true;
  }
  document.addEventListener('click', function (ev) {
    // A double click selects a word and a drag selects text: neither is a jump, nor a link.
    if (ev.button !== 0 || ev.detail > 1 || ev.altKey || ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
    var t = ev.target instanceof Element ? ev.target : null;
    var el = t && inBody(t) && !t.closest('a[href], summary') ? t.closest('.s[data-l]') : null;
    var selection = window.getSelection();
    if (!el || (selection && !selection.isCollapsed && String(selection).trim())) return;
    jump(el);
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey || ev.isComposing) return;
    var t = ev.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    if (ev.key === 'Enter' && inBody(t) && t.matches('.s[data-l]')) jump(t);
    else if (ev.key === 'Escape' && outlined.length) unoutline();
    else if (ev.key === 'j' || ev.key === 'n') go(1);
    else if (ev.key === 'k' || ev.key === 'p') go(-1);
    else if (ev.key === 'f') goFact(1);
    else if (ev.key === 'F') goFact(-1);
    else return;
    ev.preventDefault();
  });
  // A link into the comparison (a fact, a moved tag, a note) gives its target the focus too, so
  // Tab and j/k go on from there.
  window.addEventListener('hashchange', function () {
    var t = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (inBody(t)) show(t);
  });
  // Rows reached by a link land below the sticky header, however tall the article names make it.
  function fitHead() {
    if (head) document.documentElement.style.setProperty('--headh', head.offsetHeight + 'px');
  }
  fitHead();
  window.addEventListener('resize', fitHead);
  var keys = document.getElementById('keys');
  if (keys) keys.hidden = false;
})();
)JS"_s;

// A differences-only export's words left out (WordElision) are "…" with their count in data-n;
// the tooltip saying how many is made on first hover (2,000 of them in Frankenstein). Without the
// script the header's note says what "…" stands for.
const QString kLeftOutScript = uR"JS(document.addEventListener('mouseover', function (ev) {
  var i = ev.target instanceof Element ? ev.target.closest('i[data-n]') : null;
  if (i && !i.title) i.title = i.getAttribute('data-n') + ' words left out';
});
)JS"_s;

// Longer fact lists start collapsed.
constexpr size_t kOpenFacts = 20;

// Whether a passage has a right-to-left letter, so its direction must be guessed (dir="auto");
// the others are left to right like the page, and skip the attribute (72 KB of a book).
bool hasRightToLeft(const TextSpan &span, const Document &doc)
{
    for (const char32_t cp : doc.slice(span).toUcs4()) {
        const QChar::Direction dir = QChar::direction(cp);
        if (dir == QChar::DirR || dir == QChar::DirAL)
            return true;
    }
    return false;
}

// Article text quoted in the page's left-to-right wording, escaped; isolated in a <bdi> only when
// it can reorder what stands around it: a right-to-left letter or digit, or a bidi control.
// Plain left-to-right quotes render the same without (2,379 fact mentions in a book, 11 bytes each).
QString quoted(QStringView text)
{
    const QList<uint> points = text.toUcs4();
    const bool bidi = std::any_of(points.begin(), points.end(), [](uint cp) {
        const QChar::Direction dir = QChar::direction(char32_t(cp));
        return dir == QChar::DirR || dir == QChar::DirAL || dir == QChar::DirAN || dir == QChar::DirRLE
            || dir == QChar::DirRLO || dir == QChar::DirLRE || dir == QChar::DirLRO || dir == QChar::DirPDF
            || dir == QChar::DirRLI || dir == QChar::DirLRI || dir == QChar::DirFSI || dir == QChar::DirPDI;
    });
    const QString escaped = HtmlText::escaped(text);
    return bidi ? u"<bdi>"_s + escaped + u"</bdi>"_s : escaped;
}

QLatin1StringView statusClass(UnitStatus s)
{
    switch (s) {
    case UnitStatus::Match: return "m"_L1;
    case UnitStatus::Divergent: return "d"_L1;
    case UnitStatus::Unique: return "u"_L1;
    case UnitStatus::Furniture: return "f"_L1;
    case UnitStatus::Related: return "r"_L1;
    }
    return "u"_L1;
}

QLatin1StringView swatchClass(LegendEntry::Swatch swatch)
{
    switch (swatch) {
    case LegendEntry::Swatch::Match: return "s m"_L1;
    case LegendEntry::Swatch::Divergent: return "s d"_L1;
    case LegendEntry::Swatch::Unique: return "s u"_L1;
    case LegendEntry::Swatch::Furniture: return "s f"_L1;
    case LegendEntry::Swatch::Related: return "s r"_L1;
    case LegendEntry::Swatch::Changed: return "chg"_L1;
    case LegendEntry::Swatch::Inserted: return "ins"_L1;
    case LegendEntry::Swatch::Fact: return "fact"_L1;
    case LegendEntry::Swatch::Moved: return "tag"_L1;
    }
    return "s"_L1;
}

QLatin1StringView signClass(RowSign::Kind kind)
{
    switch (kind) {
    case RowSign::Kind::Moved: return "mv"_L1;
    case RowSign::Kind::Fact: return "fx"_L1;
    default: return {};
    }
}

// The legend's sign, with its meaning.
QString legendSign(const RowSign &sign)
{
    const QLatin1StringView kind = signClass(sign.kind);
    return u"<span class=\"sy"_s + (kind.isEmpty() ? QString() : u' ' + kind) + u"\" title=\""_s + sign.meaning + u"\">"_s
        + sign.symbol + u"</span>"_s;
}

// A row's sign: a bare <b> (its weight is the sign's), the meaning left to the legend and the
// script's tooltip. Written on every row, it was 25 bytes as a classed span.
QString rowSign(const RowSign &sign)
{
    const QLatin1StringView kind = signClass(sign.kind);
    return (kind.isEmpty() ? u"<b>"_s : u"<b class=\""_s + kind + u"\">"_s) + sign.symbol + u"</b>"_s;
}

// A mark's class; empty for roles that are not marks.
QString markClass(const Highlight &h)
{
    switch (h.role) {
    case HighlightRole::Changed: return u"chg"_s;
    case HighlightRole::Inserted: return u"ins"_s;
    case HighlightRole::Fact: return u"fact fact-"_s + nameOf(h.factKind);
    default: return {};
    }
}

// The classes of the marks in `marks` whose role `keep` accepts, each once.
template<typename Keep>
QString markClasses(const std::vector<Highlight> &marks, Keep keep)
{
    QStringList classes;
    for (const Highlight &h : marks) {
        const QString c = keep(h) ? markClass(h) : QString();
        if (!c.isEmpty() && !classes.contains(c))
            classes << c;
    }
    return classes.join(u' ');
}

QString markClasses(const std::vector<Highlight> &marks)
{
    return markClasses(marks, [](const Highlight &) { return true; });
}

// Appends `span` of `doc`, its words in `gaps` (WordElision's, in text order) written as "…"
// with their count. `gap` is where the previous call stopped: successive calls take successive
// spans, and a gap begun in an earlier span has its mark there.
void appendElided(QString &o, const Document &doc, TextSpan span, const std::vector<WordElision::Gap> &gaps,
                  std::vector<WordElision::Gap>::const_iterator &gap)
{
    qsizetype at = span.start;
    for (; gap != gaps.end() && gap->span.start < span.end; ++gap) {
        if (gap->span.start >= at) {
            HtmlText::appendText(o, doc.slice({at, gap->span.start}));
            o += u"<i data-n=\"%1\">\u2026</i>"_s.arg(gap->words);
        }
        at = std::min(span.end, gap->span.end);
        if (gap->span.end > span.end)
            break;
    }
    HtmlText::appendText(o, doc.slice({at, span.end}));
}

// Whether a piece holds words the other article words differently or lacks (a fact's mark alone
// can cover words both articles have).
bool isChange(const TextPiece &piece)
{
    return std::any_of(piece.marks.begin(), piece.marks.end(), [](const Highlight &h) {
        return h.role == HighlightRole::Changed || h.role == HighlightRole::Inserted;
    });
}

class Writer
{
    // A passage of a cell (or the text between two, unit -1): its markup without the passage's
    // own span, and the tooltip lines its marks gathered ([0] facts, [1] the other marks).
    struct Segment
    {
        int unit = -1;
        QString body;
        std::array<QStringList, 2> tips;
        bool marked = false; ///< a word in it is marked changed, inserted or a fact
        bool lone = false; ///< in the passage tucked below the linked one (CellPlan::lone)
    };

public:
    Writer(const Comparison &c, const HighlightPlan &plan, const ExportOptions &options)
        : m_c(c)
        , m_plan(plan)
        , m_options(options)
        , m_n(int(c.documents.size()))
        , m_title(ExportOutline::title(c, options.title))
        , m_factUnits(c.documents.size())
        , m_rowOf(c.documents.size())
        , m_notes(c, options.notes)
    {
        for (const FactTableEntry &e : c.factTable.entries) {
            if (!listed(e))
                continue;
            for (const FactMention &m : e.mentions)
                m_factUnits[size_t(m.doc)].insert(m.unit);
        }
        for (size_t d = 0; d < c.documents.size(); ++d)
            m_rowOf[d].assign(c.units[d].size(), -1);
        for (size_t r = 0; r < plan.rows.size(); ++r) {
            for (size_t d = 0; d < plan.rows[r].cells.size(); ++d) {
                const UnitRange &units = plan.rows[r].cells[d].units;
                for (int u = units.first; u < units.end(); ++u)
                    m_rowOf[d][size_t(u)] = int(r);
            }
        }
    }

    QByteArray run()
    {
        const QString &title = m_title;
        const QString style = styleBlock();
        const QString script = m_options.differencesOnly ? kScript + kLeftOutScript : kScript;
        QString &o = m_out;
        o.reserve(4096 + 4 * std::accumulate(m_c.documents.begin(), m_c.documents.end(), qsizetype(0),
                                             [](qsizetype s, const Document &d) { return s + d.text.size(); }));
        o += u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"_s;
        o += u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "_s + HtmlText::cspHash(style)
            + u"; script-src "_s + HtmlText::cspHash(script) + u"; img-src 'none'; base-uri 'none'; form-action 'none'\">\n"_s;
        o += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s;
        o += u"<meta name=\"color-scheme\" content=\"light dark\">\n"_s;
        o += u"<meta name=\"generator\" content=\"Synoptic "_s + synopticVersion() + u"\">\n"_s;
        o += u"<title>"_s + HtmlText::escaped(title) + u"</title>\n<style>"_s + style + u"</style>\n</head>\n<body>\n"_s;
        o += u"<a class=\"skip\" href=\"#comparison\">Skip to the comparison</a>\n"_s;
        header(title);
        o += u"<main>\n"_s;
        overview();
        synopsis();
        o += u"</main>\n"_s;
        o += u"<script>"_s + script + u"</script>\n</body>\n</html>\n"_s;
        return o.toUtf8();
    }

private:
    QString styleBlock() const
    {
        const HtmlPalette fallback = HtmlPalette::defaults();
        const QString light = HtmlText::cssVariables(m_options.palette.light, fallback.light);
        // The moved tag's text: white on the light scheme's green is 3.4:1, so the light scheme
        // writes it in the text colour (5.1:1) and the dark one in the background colour (7.4:1).
        // Issue #13: eight columns of 9rem fit a 1,400 px window (74.4rem of 15px plus the page's
        // padding); narrower windows scroll the comparison sideways, the row numbers staying put.
        QString css = u":root{color-scheme:light dark;--cols:2.4rem repeat(%1,minmax(9rem,1fr));"_s.arg(m_n) + light
            + u"--onmv:var(--fg)}\n.syn{min-width:calc(2.4rem + %1 * 9.4rem)}\n"_s.arg(m_n);
        css += u"@media (prefers-color-scheme:dark){:root{"_s + HtmlText::cssVariables(m_options.palette.dark, fallback.dark)
            + u"--onmv:var(--bg)}}\n"_s;
        css += u"@media print{:root{color-scheme:light;"_s + light + u"--onmv:var(--fg)}}\n"_s;
        // On a phone the cells stack, each labelled with its article.
        css += u"@media (max-width:700px){.g,.sbody th{grid-row:span %1}"_s.arg(m_n);
        for (int d = 0; d < m_n; ++d) {
            const QString label = QString::number(d + 1) + u" \u00b7 "_s + Wording::quote(articleTitle(d), 40);
            css += u".a%1::before{content:"_s.arg(d) + HtmlText::cssString(label) + u'}';
        }
        css += u"}\n"_s;
        // Printed pages carry the title and their number in the margin (Chromium draws the
        // margin boxes since version 131); the article names repeat as the table's header group.
        css += u"@page{size:A4 landscape;margin:13mm 10mm 12mm;@top-left{content:"_s
            + HtmlText::cssString(Wording::quote(m_title, 110)) + u";font-size:8pt}@bottom-right{content:\"Page \" counter(page) \" of \" counter(pages);font-size:8pt}}\n"_s;
        // A differences-only export's lines for left-out rows and its marks for left-out words.
        if (m_options.differencesOnly) {
            css += u".gap{margin:0;padding:.35rem 0 .35rem 3.4rem;border-top:1px solid var(--line);color:var(--dim);font-style:italic}"
                   "i[data-n]{padding:0 .2rem;font-style:normal}.sbody .same a{color:var(--fg)}"
                   ".same .rl{margin:0 -.5rem .3rem calc(-3.4rem - 4px);padding:.15rem .5rem .15rem 3.4rem;background:var(--d);border-left:4px dashed var(--dk)}"
                   ".rl.cur,.rl:focus-visible,.rl:target{outline:2px solid var(--focus);outline-offset:-1px}"
                   ".same a b{margin-left:.15rem}.same a .fx{color:var(--fact)}.same a .mv{color:var(--mv)}"
                   "del,ins{border-radius:2px;text-decoration-thickness:1.5px}del{background:var(--u);text-decoration:line-through}"
                   "ins{background:var(--ins);text-decoration:underline;text-underline-offset:3px}del.fact{text-decoration-line:line-through}"
                   "@media (max-width:700px){.gap{padding-left:2.5rem}}\n"_s;
        }
        return css + kStyle + (m_notes.isEmpty() ? QString() : NoteHtml::style());
    }

    // A column header's title: the start every title shares becomes "…" (eight versions of one
    // file differ at the end, where the header's ellipsis would cut), keeping a few characters
    // of it for context. The header's title attribute carries the full title.
    QString headerTitle(int d) const
    {
        const QString title = articleTitle(d);
        qsizetype shared = title.size();
        for (int o = 0; o < m_n; ++o) {
            const QString other = articleTitle(o);
            qsizetype i = 0;
            while (i < shared && i < other.size() && other[i] == title[i])
                ++i;
            shared = i;
        }
        constexpr qsizetype kMinShared = 12, kContext = 4;
        if (m_n < 2 || shared < kMinShared || shared >= title.size())
            return title;
        qsizetype cut = shared - kContext;
        if (title[cut].isLowSurrogate())
            --cut;
        return u"\u2026"_s + title.mid(cut);
    }

    QString articleTitle(int d) const
    {
        const Document &doc = m_c.documents[size_t(d)];
        return doc.title.isEmpty() ? Wording::sourceName(doc) : doc.title;
    }

    void header(const QString &title)
    {
        QString &o = m_out;
        o += u"<header>\n<h1><bdi>"_s + HtmlText::escaped(title) + u"</bdi></h1>\n<p class=\"meta\">"_s;
        o += QString::number(m_n) + u" articles · "_s
            + (m_c.granularity == Granularity::Sentence ? u"sentence"_s : u"paragraph"_s) + u" alignment"_s;
        if (m_n == 2)
            o += u" · similarity "_s + ExportOutline::percent(m_c.similarity[0][1]);
        const int moves = MovedPlaces::count(m_c);
        o += moves == 1 ? u" · 1 moved passage"_s : u" · %1 moved passages"_s.arg(moves);
        if (m_options.differencesOnly)
            o += u" · differences only, %1"_s.arg(ExportOutline::contextRows(m_options.context));
        if (m_options.exportedAt.isValid()) {
            o += u" · exported <time datetime=\""_s + m_options.exportedAt.toString(Qt::ISODate) + u"\">"_s
                + m_options.exportedAt.toString(u"yyyy-MM-dd HH:mm"_s) + u"</time>"_s;
        }
        o += u" · Synoptic "_s + synopticVersion() + u"</p>\n"_s;
        if (m_options.differencesOnly) {
            int leftOut = 0;
            for (const RowRun &run : RowFolding::runs(m_plan, true, m_options.context)) {
                for (int r = run.first; run.folded && r < run.first + run.count; ++r)
                    leftOut += hasNote(r) ? 0 : 1;
            }
            o += u"<p class=\"note\" id=\"left-out\">Differences only: "_s
                + (leftOut == 1 ? u"1 identical passage is"_s : u"%1 identical passages are"_s.arg(leftOut))
                + u" left out, each run of them one line (\u22ef); in the passages shown, unchanged words more than %1 words from a change are left out as \u2026 (its tooltip says how many)."_s
                      .arg(WordElision::kContextWords);
            if (m_n == 2)
                o += u" A passage edited between the two articles is one line: <del>struck</del> words are only in 1, <ins>underlined</ins> words only in 2."_s;
            o += u" Export without \u201cdifferences only\u201d for the full text.</p>\n"_s;
        }
        if (!m_c.notice.isEmpty())
            o += u"<p class=\"note\">"_s + HtmlText::escaped(m_c.notice) + u"</p>\n"_s;
        const QString reference = Legend::reference(m_c);
        if (!reference.isEmpty())
            o += u"<p class=\"meta ref\" id=\"reference\">"_s + HtmlText::escaped(reference) + u"</p>\n"_s;
        files();
        o += u"<p class=\"meta\">Options: "_s + HtmlText::escaped(optionsText()) + u"</p>\n</header>\n"_s;
    }

    // Where each article came from: the full path and the file's date, so a printout says
    // which versions of the files were compared.
    void files()
    {
        QString &o = m_out;
        o += u"<ul class=\"files\">\n"_s;
        for (int d = 0; d < m_n; ++d) {
            const Document &doc = m_c.documents[size_t(d)];
            const bool isFile = !doc.path.isEmpty() && doc.path != u"-"_s;
            o += u"<li><span class=\"an\">%1</span> <bdi class=\"path\">"_s.arg(d + 1)
                + HtmlText::escaped(isFile ? QDir::cleanPath(doc.path) : Wording::sourceName(doc)) + u"</bdi>"_s;
            if (doc.modified.isValid()) {
                o += u" · modified <time datetime=\""_s + doc.modified.toString(Qt::ISODate) + u"\">"_s
                    + doc.modified.toString(u"yyyy-MM-dd HH:mm"_s) + u"</time>"_s;
            }
            o += languageText(d);
            if (d == m_c.baseDocument && m_n > 2)
                o += u" · <strong class=\"reference\">reference</strong>: the others' changes are marked against it"_s;
            o += u"</li>\n"_s;
        }
        o += u"</ul>\n"_s;
    }

    // The language the article was read in, which chose its stemmer and function words: a
    // reader who sees an odd alignment can tell a wrong language from a real difference.
    QString languageText(int d) const
    {
        if (size_t(d) >= m_c.languages.size())
            return {};
        const QString &read = m_c.languages[size_t(d)];
        const QString &identified = m_c.documents[size_t(d)].language;
        const auto named = [](const QString &code) {
            const QString name = LanguageNames::displayName(code, u"en");
            return HtmlText::escaped(name.isEmpty() ? code : name + u" ("_s + code + u')');
        };
        QString text = u" · <span class=\"lang\">read in "_s + named(read) + u"</span>"_s;
        if (identified.isEmpty())
            text += u", its language not identified"_s;
        else if (identified != read)
            text += u", chosen over the identified "_s + named(identified);
        return text;
    }

    // The alignment options in words, each one whether or not it is the default.
    QString optionsText() const
    {
        const AlignOptions &a = m_c.options;
        QStringList parts;
        parts << (a.granularity == Granularity::Sentence ? u"sentences aligned"_s : u"paragraphs aligned"_s);
        parts << u"edited passages from %1 similarity"_s.arg(ExportOutline::percent(a.divergentThreshold));
        parts << (a.ignoreCase ? u"case ignored"_s : u"case compared"_s);
        parts << (a.ignorePunctuation ? u"punctuation ignored"_s : u"punctuation compared"_s);
        parts << (a.ignoreDigits ? u"digits ignored"_s : u"digits compared"_s);
        parts << (a.ignoreDiacritics ? u"diacritics ignored"_s : u"diacritics compared"_s);
        parts << (a.ignoreFurniture ? u"page furniture left out"_s : u"page furniture aligned"_s);
        parts << (a.language.isEmpty() ? u"language per article"_s : u"language "_s + a.language);
        if (a.relatedLinks)
            parts << u"related passages from %1 similarity"_s.arg(ExportOutline::percent(a.relatedThreshold));
        return parts.join(u" · "_s);
    }

    void overview()
    {
        articles();
        if (m_n > 2)
            similarity();
        legend();
        facts();
        factTable();
        m_out += m_notes.list();
    }

    void articles()
    {
        QString &o = m_out;
        const QStringList heads = Wording::articleTableHeadings();
        // Scrollable on a phone, so it takes focus (keyboard users scroll it with the arrows).
        o += u"<h2 id=\"articles\">Articles</h2>\n<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"articles\">"
             "<table class=\"art\"><thead><tr>"_s;
        for (qsizetype i = 0; i < heads.size(); ++i)
            o += (i >= 3 ? u"<th class=\"num\">"_s : u"<th>"_s) + HtmlText::escaped(heads[i]) + u"</th>"_s;
        o += u"<th><span class=\"vh\">Shares</span></th></tr></thead><tbody>\n"_s;
        for (int d = 0; d < m_n; ++d) {
            const DocumentStats &s = m_c.stats[size_t(d)];
            // A related passage is still a claim only its article makes: it counts as unique here.
            const double m = s.share(s.matchingWords), dv = s.share(s.divergentWords),
                         u = s.share(s.uniqueWords + s.relatedWords);
            o += u"<tr><td><span class=\"an\">%1</span></td><td class=\"t\"><bdi>"_s.arg(d + 1) + HtmlText::escaped(articleTitle(d))
                + u"</bdi></td><td class=\"src\"><bdi>"_s + HtmlText::escaped(Wording::sourceName(m_c.documents[size_t(d)]))
                + u"</bdi></td><td class=\"num\">"_s + QString::number(s.words) + u"</td><td class=\"num\">"_s
                + ExportOutline::percent(m) + u"</td><td class=\"num\">"_s + ExportOutline::percent(dv)
                + u"</td><td class=\"num\">"_s + ExportOutline::percent(u) + u"</td><td>"_s;
            // The bar repeats the three shares for the eye; the numbers carry them for the rest.
            o += u"<svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\">"_s;
            double x = 0;
            for (const auto &[cls, share] : {std::pair{u"m"_s, m}, std::pair{u"d"_s, dv}, std::pair{u"u"_s, u}}) {
                o += u"<rect class=\"%1\" x=\"%2\" width=\"%3\" height=\"10\"/>"_s.arg(cls, QString::number(x * 100, 'f', 1),
                                                                                     QString::number(share * 100, 'f', 1));
                x += share;
            }
            o += u"</svg></td></tr>\n"_s;
        }
        o += u"</tbody></table></div>\n"_s;
    }

    void similarity()
    {
        QString &o = m_out;
        o += u"<h2 id=\"similarity\">Similarity</h2>\n<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"similarity\">"
             "<table class=\"sim\"><thead><tr><td></td>"_s;
        for (int d = 0; d < m_n; ++d)
            o += u"<th class=\"num\" scope=\"col\"><span class=\"an\">%1</span></th>"_s.arg(d + 1);
        o += u"</tr></thead><tbody>\n"_s;
        for (int a = 0; a < m_n; ++a) {
            o += u"<tr><th scope=\"row\"><span class=\"an\">%1</span></th>"_s.arg(a + 1);
            for (int b = 0; b < m_n; ++b) {
                if (a == b)
                    o += u"<td class=\"num self\">—</td>"_s;
                else
                    o += u"<td class=\"num\">"_s + ExportOutline::percent(m_c.similarity[size_t(a)][size_t(b)]) + u"</td>"_s;
            }
            o += u"</tr>\n"_s;
        }
        o += u"</tbody></table></div>\n"_s;
    }

    void legend()
    {
        m_out += u"<h2>Legend</h2>\n<ul class=\"legend\">\n"_s;
        for (const LegendEntry &e : Legend::entries(m_c.options.relatedLinks)) {
            m_out += u"<li><span class=\""_s + swatchClass(e.swatch) + u"\">"_s + HtmlText::escaped(e.label) + u"</span>"_s;
            if (!e.description.isEmpty())
                m_out += u' ' + HtmlText::escaped(e.description);
            m_out += u"</li>\n"_s;
        }
        for (const RowSign &sign : ExportOutline::allSigns())
            m_out += u"<li>"_s + legendSign(sign) + sign.label + u"</li>\n"_s;
        // The window's legend entry for rows the same only under the folding options (RowPlan::folded).
        const QString foldedAway = Wording::foldedAway(m_c.options);
        const bool anyFolded = std::any_of(m_plan.rows.begin(), m_plan.rows.end(), [](const RowPlan &r) { return r.folded; });
        if (anyFolded && !foldedAway.isEmpty()) {
            m_out += u"<li><span class=\"s fo\">Same wording, ignoring "_s + HtmlText::escaped(foldedAway)
                + u"</span> the same words once "_s + HtmlText::escaped(foldedAway) + u" is set aside: quieter than the same wording as written</li>\n"_s;
        }
        const QString reference = Legend::reference(m_c);
        if (!reference.isEmpty())
            m_out += u"<li>"_s + HtmlText::escaped(reference) + u"</li>\n"_s;
        m_out += uR"(</ul>
<p class="keys" id="keys" hidden>Keys: <kbd>j</kbd> or <kbd>n</kbd> next difference, <kbd>k</kbd> or <kbd>p</kbd> previous;
<kbd>f</kbd> next changed fact, <kbd>Shift</kbd>+<kbd>F</kbd> previous. Hover a passage to outline its counterparts; click it
(or press <kbd>Enter</kbd> on it) to bring them into view, again for the next one; <kbd>Esc</kbd> clears the outlines.</p>
)"_s;
    }

    void facts()
    {
        const std::vector<FactEntry> entries = ExportOutline::facts(m_c);
        QString &o = m_out;
        o += u"<nav aria-labelledby=\"facts\">\n<h2 id=\"facts\">Changed facts (%1)</h2>\n"_s.arg(entries.size());
        if (entries.empty()) {
            o += u"<p>None found.</p>\n</nav>\n"_s;
            return;
        }
        // A long list is a wall before the comparison: beyond kOpenFacts entries it starts closed.
        o += u"<p class=\"skipto\"><a href=\"#comparison\">Skip the facts to the comparison</a></p>\n<details class=\"factlist\""_s
            + (entries.size() > kOpenFacts ? u""_s : u" open"_s) + u"><summary>"_s
            + (entries.size() == 1 ? u"1 changed fact"_s : u"%1 changed facts"_s.arg(entries.size())) + u"</summary>\n<ol class=\"facts\">\n"_s;
        for (const FactEntry &e : entries) {
            const FactChange &f = m_c.links[size_t(e.link)].facts[size_t(e.fact)];
            o += u"<li><a href=\"#row-%1\">Row %1</a>: <span class=\"k\">"_s.arg(e.row + 1) + HtmlText::escaped(Wording::factKind(f.kind))
                + u"</span> "_s + HtmlText::escaped(Wording::factSides(m_c, m_c.links[size_t(e.link)], f)) + u"</li>\n"_s;
        }
        o += u"</ol>\n</details>\n</nav>\n"_s;
    }

    // The article set's facts by subject, conflicts first (FactTable), each mention a link to its
    // sentence: the fact-checker's view across all articles, where the list above is per pair.
    void factTable()
    {
        const FactTable &t = m_c.factTable;
        QString &o = m_out;
        o += u"<nav aria-labelledby=\"facttable\">\n<h2 id=\"facttable\">Facts across the articles (%1)</h2>\n"_s.arg(
            t.entries.size());
        if (t.entries.empty()) {
            o += u"<p>No fact is stated by two articles.</p>\n</nav>\n"_s;
            return;
        }
        const int conflicts = t.conflictCount();
        const auto several = size_t(std::count_if(t.entries.begin(), t.entries.end(),
                                                  [](const FactTableEntry &e) { return e.severalValuesNoConflict(); }));
        o += u"<details class=\"facttable\""_s + (t.entries.size() > kOpenFacts ? u""_s : u" open"_s) + u"><summary>"_s
            + (conflicts == 1 ? u"1 conflict"_s : u"%1 conflicts"_s.arg(conflicts))
            + u", %1 agreements"_s.arg(t.entries.size() - size_t(conflicts) - several)
            + (several > 0 ? u", %1 with several values and no conflict"_s.arg(several) : QString())
            + u"</summary>\n<ol class=\"ft\">\n"_s;
        for (const FactTableEntry &e : t.entries) {
            if (!listed(e))
                continue;
            const bool conflict = e.status == FactTableEntry::Status::Conflict;
            o += u"<li><span class=\""_s + (conflict ? u"cf"_s : u"ag"_s) + u"\">"_s + HtmlText::escaped(Wording::factStatus(e))
                + u"</span> <span class=\"k\">"_s + HtmlText::escaped(Wording::factKind(e.kind)) + u"</span> "_s
                + quoted(Wording::quote(e.subject)) + u": "_s + HtmlText::escaped(Wording::factStatement(m_c, e))
                + u"<span class=\"at\">"_s;
            for (const FactMention &m : e.mentions) {
                o += u"<a href=\"#u%1-%2\">"_s.arg(m.doc).arg(m.unit) + QString::number(m.doc + 1) + u": "_s
                    + quoted(Wording::quote(m.text, 40)) + u"</a>"_s;
            }
            o += u"</span></li>\n"_s;
        }
        o += u"</ol>\n</details>\n"_s;
        const size_t agreements = t.entries.size() - size_t(conflicts);
        if (m_options.differencesOnly && agreements > 0) {
            o += u"<p class=\"keys\">"_s
                + (agreements == 1 ? u"The entry without a conflict is"_s : u"The %1 entries without a conflict are"_s.arg(agreements))
                + u" left out of this differences-only export; the full export lists them.</p>\n"_s;
        }
        if (t.singleArticleSubjects > 0)
            o += u"<p class=\"keys\">%1 more stated by one article only.</p>\n"_s.arg(t.singleArticleSubjects);
        o += u"</nav>\n"_s;
    }

    // Whether the fact table lists an entry: a differences-only export lists the conflicts alone
    // (issue 14: Frankenstein's 348 agreements were a tenth of the export).
    bool listed(const FactTableEntry &e) const
    {
        return !m_options.differencesOnly || e.status == FactTableEntry::Status::Conflict;
    }

    void synopsis()
    {
        QString &o = m_out;
        // A real table laid out as grids (cells of one row stay level, columns line up by the
        // shared template): Chromium keeps its table semantics under display:block and grid, so
        // assistive technology knows which article a cell is in without ARIA roles on every row
        // and cell (164 KB of a book's export).
        o += u"<h2 id=\"comparison\">Comparison</h2>\n<table class=\"syn\" aria-labelledby=\"comparison\">\n"
             "<thead class=\"shead\"><tr class=\"row head\"><th class=\"g\"><span class=\"vh\">Row</span></th>"_s;
        for (int d = 0; d < m_n; ++d) {
            const QString source = Wording::sourceName(m_c.documents[size_t(d)]);
            // Two lines at most, each cut with an ellipsis (the sticky header stays under a tenth
            // of the screen with eight articles); the title attribute carries them in full.
            const bool reference = d == m_c.baseDocument && m_n > 2;
            const bool showSource = source != articleTitle(d);
            const QString full = articleTitle(d) + (showSource ? u" \u2014 "_s + source : QString());
            // A shortened title is named in full to assistive technology.
            const QString label = headerTitle(d) == articleTitle(d)
                ? QString()
                : u" aria-label=\""_s + HtmlText::escaped(HtmlText::withoutBidiControls(QString::number(d + 1) + u' ' + articleTitle(d))) + u'"';
            o += u"<th class=\"c a%1\""_s.arg(d) + label + u" title=\""_s + HtmlText::escaped(HtmlText::withoutBidiControls(full))
                + u"\"><span class=\"an\">%1</span><bdi>"_s.arg(d + 1) + HtmlText::escaped(headerTitle(d)) + u"</bdi>"_s;
            if (showSource || reference) {
                o += u"<span class=\"src\">"_s;
                // The window's header badge: with two articles the marks are symmetric, no reference.
                // It leads the second line, where no long name can push it out of sight.
                if (reference)
                    o += u"<span class=\"refb\">Reference</span>"_s;
                if (showSource)
                    o += u"<bdi>"_s + HtmlText::escaped(source) + u"</bdi>"_s;
                o += u"</span>"_s;
            }
            o += u"</th>"_s;
        }
        o += u"</tr></thead>\n<tbody class=\"sbody\">\n"_s;
        for (const RowRun &run : RowFolding::runs(m_plan, m_options.differencesOnly, m_options.context)) {
            // Folds come with differences only, and leave their rows out.
            if (run.folded) {
                leaveOut(run);
                continue;
            }
            for (int r = run.first; r < run.first + run.count; ++r) {
                // In a run of shown rows a context row's neighbours inside the run lead to differences.
                if (m_options.differencesOnly && m_plan.rows[size_t(r)].identical
                    && sameRow(r, r + 1 < run.first + run.count, r > run.first))
                    continue;
                if (m_options.differencesOnly && redlineRow(r))
                    continue;
                closeSame();
                row(r);
            }
            closeSame();
        }
        o += u"</tbody></table>\n"_s;
    }

    // A differences-only export leaves the text of folded rows out, as `git diff` leaves out the
    // lines between its hunks (issue 14: they were a third of Frankenstein's export); the full
    // export is the complete record. A row with a note stays, written as a row: the note is the
    // fact-checker's. The rows left out keep their link targets (fact table mentions, moved
    // tags) on the line that stands for them.
    void leaveOut(const RowRun &run)
    {
        const int end = run.first + run.count;
        int from = run.first;
        for (int r = run.first; r <= end; ++r) {
            if (r < end && !hasNote(r))
                continue;
            if (r > from)
                gapLine(RowRun{from, r - from, true});
            if (r < end)
                row(r);
            from = r + 1;
        }
    }

    bool hasNote(int r) const
    {
        const RowPlan &rp = m_plan.rows[size_t(r)];
        for (int d = 0; d < m_n; ++d) {
            if (m_notes.touches(d, rp.cells[size_t(d)].units))
                return true;
        }
        return false;
    }

    void gapLine(const RowRun &run)
    {
        QString &o = m_out;
        const int last = run.first + run.count;
        o += u"<tr class=\"fr\" id=\"row-%1\"><td colspan=\"%2\"><p class=\"gap\">"_s.arg(run.first + 1).arg(m_n + 1);
        for (int r = run.first; r < last; ++r) {
            for (int d = 0; d < m_n; ++d) {
                const UnitRange &units = m_plan.rows[size_t(r)].cells[size_t(d)].units;
                for (int u = units.first; u < units.end(); ++u) {
                    if (m_factUnits[size_t(d)].count(u) || m_c.units[size_t(d)][size_t(u)].moved)
                        o += u"<span id=\"u%1-%2\"></span>"_s.arg(d).arg(u);
                }
            }
        }
        const QString rows = run.count == 1 ? u"row %1"_s.arg(run.first + 1) : u"rows %1\u2013%2"_s.arg(run.first + 1).arg(last);
        o += u"\u22ef "_s + HtmlText::escaped(RowFolding::label(m_plan, run)) + u" left out, "_s + rows + u" \u22ef</p></td></tr>\n"_s;
    }

    // A differences-only export's context row whose articles all say exactly the same is written
    // once, across the columns, as a unified diff writes its context lines (issue 14: a row's
    // cells' markup was two thirds of its bytes). It keeps its number and id, and the targets of
    // links into it (fact table mentions) as empty anchors. False, with nothing written, for a row
    // that needs its columns: a passage missing somewhere, moved, linked by hand, under a note, or
    // worded differently (case).
    // `before` and `after`: whether a difference follows it, or precedes it, across the context.
    bool sameRow(int r, bool before, bool after)
    {
        const RowPlan &rp = m_plan.rows[size_t(r)];
        QString text;
        for (int d = 0; d < m_n; ++d) {
            const UnitRange &units = rp.cells[size_t(d)].units;
            if (m_n < 2 || units.isEmpty() || ExportOutline::isMoved(m_c, d, units) || ExportOutline::isManual(m_c, d, units)
                || m_notes.touches(d, units))
                return false;
            const QString own = m_c.documents[size_t(d)].slice(m_c.rangeSpan(d, units)).toString();
            if (d == 0)
                text = own;
            else if (own != text)
                return false;
        }
        QString &o = m_out;
        openSame();
        o += u"<p id=\"row-%1\""_s.arg(r + 1) + (rp.cells[0].status == UnitStatus::Furniture ? u" class=\"f\""_s : QString())
            + (hasRightToLeft(m_c.rangeSpan(0, rp.cells[0].units), m_c.documents[0]) ? u" dir=\"auto\">"_s : u">"_s)
            + u"<a>%1</a> "_s.arg(r + 1);
        factAnchors(r);
        // Its words nearest the differences beside it stay (WordElision's context, counted from
        // the end that faces one), the rest is "…".
        const TextSpan span = m_c.rangeSpan(0, rp.cells[0].units);
        std::vector<TextSpan> faces;
        if (before && !span.isEmpty())
            faces.push_back({span.end - 1, span.end});
        if (after && !span.isEmpty())
            faces.push_back({span.start, span.start + 1});
        qsizetype at = span.start;
        const QStringView all = m_c.documents[0].text;
        for (const WordElision::Gap &gap : WordElision::gaps(all, span, faces)) {
            HtmlText::appendText(o, all.mid(at, gap.span.start - at));
            o += u"<i data-n=\"%1\">\u2026</i>"_s.arg(gap.words);
            at = gap.span.end;
        }
        HtmlText::appendText(o, all.mid(at, span.end - at));
        o += u"</p>\n"_s;
        return true;
    }

    // A differences-only export of two articles writes a passage edited between them as one line,
    // its words once with the first article's struck and the second's underlined, among its
    // context lines, as `git diff --word-diff` does (issue 14: the two cells repeated every word
    // kept around a change, and their markup was half of Frankenstein's differences). It keeps
    // its row's number, id, signs and the targets of links into it. False, with nothing
    // written, for a row that needs its columns: a side whose passages are not all linked to the
    // other's, moved, linked by hand, under a note, or with unchanged words worded differently
    // (the case folded away).
    bool redlineRow(int r)
    {
        const RowPlan &rp = m_plan.rows[size_t(r)];
        if (m_n != 2 || rp.identical)
            return false;
        for (int d = 0; d < 2; ++d) {
            const CellPlan &cell = rp.cells[size_t(d)];
            if (cell.units.isEmpty() || !cell.lone.isEmpty() || cell.status != UnitStatus::Divergent
                || ExportOutline::isMoved(m_c, d, cell.units) || ExportOutline::isManual(m_c, d, cell.units)
                || m_notes.touches(d, cell.units) || !linkedAcross(r, d))
                return false;
        }
        const std::array<std::vector<TextPiece>, 2> pieces{ExportOutline::pieces(m_c, m_plan, 0, rp.cells[0].units),
                                                           ExportOutline::pieces(m_c, m_plan, 1, rp.cells[1].units)};
        const std::optional<std::vector<LineStep>> steps = lineSteps(pieces);
        if (!steps)
            return false;
        // Words are left out around both sides' changes: the second's stand between the first's
        // words where the walk met them.
        std::vector<TextSpan> changed;
        const TextSpan whole = m_c.rangeSpan(0, rp.cells[0].units);
        for (const LineStep &step : *steps) {
            if (step.kind == LineStep::Kind::Change && step.side == 0)
                changed.push_back(pieces[0][step.piece].span);
            else if (step.kind == LineStep::Kind::Change)
                changed.push_back({std::max(whole.start, step.span.start - 1), std::min(whole.end, step.span.start + 1)});
        }
        const std::vector<WordElision::Gap> gaps = leftOut(0, rp.cells[0].units, changed);
        auto gap = gaps.begin();
        const Document &first = m_c.documents[0];
        QString line;
        for (const LineStep &step : *steps) {
            switch (step.kind) {
            case LineStep::Kind::Change:
                change(line, step.side, pieces[size_t(step.side)][step.piece]);
                break;
            case LineStep::Kind::Space:
                line += u' ';
                break;
            case LineStep::Kind::Same: {
                const TextPiece &piece = pieces[0][step.piece];
                const QString tips = factTips(0, piece);
                if (!tips.isNull())
                    line += u"<span class=\""_s + markClasses(piece.marks) + u"\" title=\""_s + HtmlText::escaped(tips) + u"\">"_s;
                appendElided(line, first, step.span, gaps, gap);
                if (!tips.isNull())
                    line += u"</span>"_s;
                break;
            }
            }
        }
        QString &o = m_out;
        openSame();
        const bool rtl = hasRightToLeft(whole, first) || hasRightToLeft(m_c.rangeSpan(1, rp.cells[1].units), m_c.documents[1]);
        o += u"<p class=\"rl\" id=\"row-%1\""_s.arg(r + 1) + (rtl ? u" dir=\"auto\">"_s : u">"_s) + u"<a>%1"_s.arg(r + 1);
        for (const RowSign &sign : ExportOutline::rowSigns(m_c, m_plan, r))
            o += rowSign(sign);
        o += u"</a> "_s;
        factAnchors(r);
        o += line + u"</p>\n"_s;
        return true;
    }

    // Whether every passage of `d` in row `r` is linked to one of the other article's there.
    bool linkedAcross(int r, int d) const
    {
        const UnitRange &own = m_plan.rows[size_t(r)].cells[size_t(d)].units;
        const UnitRange &other = m_plan.rows[size_t(r)].cells[size_t(1 - d)].units;
        for (int u = own.first; u < own.end(); ++u) {
            bool linked = false;
            for (const int k : m_c.units[size_t(d)][size_t(u)].links) {
                const Link &l = m_c.links[size_t(k)];
                const UnitRange there = l.side(1 - d) >= 0 ? l.end(1 - d).units : UnitRange{};
                linked = linked || (there.first < other.end() && other.first < there.end());
            }
            if (!linked)
                return false;
        }
        return true;
    }

    // A one-line edit's text in order: the first article's unchanged words (Same, a stretch of
    // one of its pieces), either side's changed words (Change, a whole piece), and a space only
    // the second article has (Space).
    struct LineStep
    {
        enum class Kind { Same, Change, Space };
        Kind kind = Kind::Same;
        int side = 0;
        size_t piece = 0;
        TextSpan span; ///< Same: the text, in the first article; Change of the second: where it stands there
    };

    // The two passages' unchanged words, in order, are the same text but for white space next to
    // a change ("THE| MODERN" against "MODERN"): walked side by side, each side's changes are
    // placed where they stand between them, the unchanged text as the first article has it, a
    // space added where only the second has one. Nothing when the unchanged words differ.
    std::optional<std::vector<LineStep>> lineSteps(const std::array<std::vector<TextPiece>, 2> &pieces) const
    {
        using Kind = LineStep::Kind;
        const Document &first = m_c.documents[0], &second = m_c.documents[1];
        const auto blank = [](const Document &doc, TextSpan span) {
            const QStringView text = doc.slice(span);
            return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
        };
        std::vector<LineStep> out;
        std::array<size_t, 2> at{0, 0};
        std::array<qsizetype, 2> pos{pieces[0].front().span.start, pieces[1].front().span.start};
        for (;;) {
            for (size_t d = 0; d < 2; ++d) {
                for (; at[d] < pieces[d].size() && isChange(pieces[d][at[d]]); ++at[d]) {
                    out.push_back({Kind::Change, int(d), at[d], {pos[0], pos[0]}});
                    pos[d] = pieces[d][at[d]].span.end;
                }
            }
            const bool end0 = at[0] == pieces[0].size(), end1 = at[1] == pieces[1].size();
            if (end0 && end1)
                return out;
            // One side's unchanged text is over: the rest of the other's piece may only be blank.
            if (end0 || end1) {
                const size_t d = end0 ? 1 : 0;
                const TextPiece &p = pieces[d][at[d]];
                if (!blank(m_c.documents[d], {pos[d], p.span.end}))
                    return std::nullopt;
                if (d == 0 && pos[0] < p.span.end)
                    out.push_back({Kind::Same, 0, at[0], {pos[0], p.span.end}});
                pos[d] = p.span.end;
                ++at[d];
                continue;
            }
            const TextPiece &p0 = pieces[0][at[0]], &p1 = pieces[1][at[1]];
            qsizetype from = pos[0];
            while (pos[0] < p0.span.end && pos[1] < p1.span.end) {
                const QChar c0 = first.text[pos[0]], c1 = second.text[pos[1]];
                if (c0 == c1 || (c0.isSpace() && c1.isSpace())) {
                    ++pos[0];
                    ++pos[1];
                } else if (c0.isSpace()) {
                    ++pos[0];
                } else if (c1.isSpace()) {
                    if (from < pos[0])
                        out.push_back({Kind::Same, 0, at[0], {from, pos[0]}});
                    out.push_back({Kind::Space, 1, at[1], {}});
                    from = pos[0];
                    ++pos[1];
                } else {
                    return std::nullopt;
                }
            }
            if (from < pos[0])
                out.push_back({Kind::Same, 0, at[0], {from, pos[0]}});
            at[0] += pos[0] == p0.span.end;
            at[1] += pos[1] == p1.span.end;
        }
    }

    // A redline line's changed words of article `d`: struck for the first, underlined for the
    // second, with a fact's class and kind.
    void change(QString &o, int d, const TextPiece &piece) const
    {
        const QLatin1StringView tag = d == 0 ? "del"_L1 : "ins"_L1;
        const QString facts = markClasses(piece.marks, [](const Highlight &h) { return h.role == HighlightRole::Fact; });
        o += u'<' + tag;
        if (!facts.isEmpty())
            o += u" class=\""_s + facts + u"\" title=\""_s + HtmlText::escaped(factTips(d, piece)) + u'"';
        o += u'>';
        HtmlText::appendText(o, m_c.documents[size_t(d)].slice(piece.span));
        o += u"</"_s + tag + u'>';
    }

    // The tooltip lines of a piece's marks, each once: [0] its facts, [1] the other marks.
    std::array<QStringList, 2> tipsOf(int d, const TextPiece &piece) const
    {
        std::array<QStringList, 2> out;
        for (const Highlight &h : piece.marks) {
            const QString tip = ExportOutline::describe(m_c, d, h);
            QStringList &list = out[h.role == HighlightRole::Fact ? 0 : 1];
            if (!tip.isEmpty() && !list.contains(tip))
                list << tip;
        }
        return out;
    }

    // The tooltip of a piece's fact marks (what a differences-only export keeps of tooltips);
    // null when it has none.
    QString factTips(int d, const TextPiece &piece) const
    {
        const QStringList facts = tipsOf(d, piece)[0];
        return facts.isEmpty() ? QString() : facts.join(u'\n');
    }

    // Opens a block of rows written once across the columns, unless one is open.
    void openSame()
    {
        if (!m_sameOpen)
            m_out += u"<tr class=\"fr\"><td colspan=\"%1\"><div class=\"same\">"_s.arg(m_n + 1);
        m_sameOpen = true;
    }

    // Empty anchors for the fact table's links to the passages of row `r`, for a row written
    // as a line across the columns.
    void factAnchors(int r)
    {
        const RowPlan &rp = m_plan.rows[size_t(r)];
        for (int d = 0; d < m_n; ++d) {
            const UnitRange &units = rp.cells[size_t(d)].units;
            for (int u = units.first; u < units.end(); ++u) {
                if (m_factUnits[size_t(d)].count(u))
                    m_out += u"<span id=\"u%1-%2\"></span>"_s.arg(d).arg(u);
            }
        }
    }

    // Ends the block of rows written once, if one is open.
    void closeSame()
    {
        if (m_sameOpen)
            m_out += u"</div></td></tr>\n"_s;
        m_sameOpen = false;
    }

    void row(int r)
    {
        const RowPlan &rp = m_plan.rows[size_t(r)];
        QString &o = m_out;
        // Without scope a th heads its row or its column by a guess (Playwright's role
        // computation took 14 of three.html's 26 row numbers for something else).
        // The row number's cell is styled by its place (.sbody th) in the table, 10 bytes a row;
        // its link gets its href from the page's script (kScript), 15 more.
        o += u"<tr class=\"row%1\" id=\"row-%2\"><th scope=\"row\"><a>%2</a>"_s
                 .arg(rp.identical ? (rp.folded ? u" fo\" title=\"Same wording, ignoring "_s + HtmlText::escaped(Wording::foldedAway(m_c.options)) : QString()) : u" diff"_s)
                 .arg(r + 1);
        for (const RowSign &sign : ExportOutline::rowSigns(m_c, m_plan, r))
            o += rowSign(sign);
        o += u"</th>"_s;
        m_firstCell = -1;
        m_row = r;
        for (int d = 0; d < m_n; ++d)
            cell(d, rp.cells[size_t(d)]);
        o += u"</tr>\n"_s;
    }

    void cell(int d, const CellPlan &cell)
    {
        QString &o = m_out;
        if (cell.units.isEmpty()) {
            o += u"<td class=\"c a%1 e\"></td>"_s.arg(d);
            return;
        }
        const std::vector<Segment> segments = cellSegments(d, cell.units, cell.loneSpan);
        const bool moved = ExportOutline::isMoved(m_c, d, cell.units);
        // The cell's content, and the same with its passages left empty.
        QString full, hollow;
        // dir="ltr" keeps the English tag out of the cell's direction guess.
        if (moved)
            full += movedTag(d, cell.units);
        // The page's own text colours, so the tag reads as well as the text in either scheme.
        if (ExportOutline::isManual(m_c, d, cell.units))
            full += u"<span class=\"tag man\" dir=\"ltr\" title=\"Linked by hand: a person said this passage corresponds, "
                    "the engine did not find it\">manual</span>"_s;
        // The linked part gets a block of its own too, so that hovering a counterpart outlines
        // it alone, not the unlinked paragraph tucked below it (CellPlan::lone).
        if (!cell.lone.isEmpty())
            full += u"<div class=\"lk\">"_s;
        hollow = full;
        bool loneOpen = false;
        for (const Segment &s : segments) {
            if (s.lone && !loneOpen) {
                const QString lone = u"</div><div class=\"lone\" title=\"Only in this article\">"_s;
                full += lone;
                hollow += lone;
                loneOpen = true;
            }
            if (s.unit < 0) {
                full += s.body;
                hollow += s.body;
                continue;
            }
            // A differences-only export keeps the tooltips that say what the row does not show
            // (a fact's kind); "Changed words: 'a' vs 'b'" and "Not in the other article" restate
            // the marked words beside each other and the legend (issue 14: 100 KB of Frankenstein).
            const QStringList tips = m_options.differencesOnly ? s.tips[0] : s.tips[0] + s.tips[1];
            const QString open = m_notes.markersAt(d, s.unit, cell.units) + unitSpan(d, s.unit, tips.join(u'\n'));
            full += open + s.body + u"</span>"_s;
            hollow += open + u"</span>"_s;
        }
        if (!cell.lone.isEmpty()) {
            // The lone block, or the linked one when the text ended first.
            full += u"</div>"_s;
            hollow += u"</div>"_s;
        }
        // A cell that reads as the row's first is left for the page's script to fill from it
        // (kScript): whole when its markup is the first's to the byte, else its passages' words.
        // Without the script the style says where its words are.
        const bool first = m_firstCell < 0;
        const bool same = !first && full == m_firstMarkup;
        const bool copy = same || (!first && isCopy(segments, m_firstSegments));
        if (first) {
            m_firstCell = d;
            m_firstSegments = segments;
            m_firstMarkup = full;
        }
        o += u"<td class=\"c a%1 "_s.arg(d) + statusClass(cell.status) + (moved ? u" mv"_s : QString())
            + (copy ? u" cp\""_s : u"\""_s)
            + (hasRightToLeft(m_c.rangeSpan(d, cell.units), m_c.documents[size_t(d)]) ? u" dir=\"auto\">"_s : u">"_s);
        if (!same)
            o += copy ? hollow : full;
        o += u"</td>"_s;
    }

    // Whether a cell reads exactly as the row's first cell, passage for passage, with no word
    // marked in either: its words are then written once (Frankenstein's identical rows carried
    // 260 KB of text twice).
    static bool isCopy(const std::vector<Segment> &cell, const std::vector<Segment> &first)
    {
        const auto plain = [](const Segment &s) { return !s.marked; };
        return cell.size() == first.size() && std::all_of(cell.begin(), cell.end(), plain)
            && std::all_of(first.begin(), first.end(), plain)
            && std::equal(cell.begin(), cell.end(), first.begin(),
                          [](const Segment &a, const Segment &b) {
                              return (a.unit < 0) == (b.unit < 0) && a.lone == b.lone && a.body == b.body;
                          });
    }

    // A cell's text as its passages' markup, in order. A passage's tooltip lists what changed in
    // it, once, instead of one tooltip per marked fragment (they were nearly half of a long
    // export's bytes): the facts first, they are what a fact-checker hovers for. Text outside any
    // unit keeps a tooltip per fragment.
    // Segments from `lone` on (CellPlan::loneSpan) are the passage tucked below the linked one:
    // the white space before it is left out, its block would only add a blank line.
    std::vector<Segment> cellSegments(int d, const UnitRange &units, const TextSpan &lone) const
    {
        const Document &doc = m_c.documents[size_t(d)];
        const std::vector<TextPiece> pieces = ExportOutline::pieces(m_c, m_plan, d, units);
        const std::vector<WordElision::Gap> gaps = m_options.differencesOnly ? leftOut(d, units, pieces) : std::vector<WordElision::Gap>{};
        auto gap = gaps.begin();
        std::vector<Segment> out;
        for (const TextPiece &piece : pieces) {
            const bool inLone = !lone.isEmpty() && piece.span.start >= lone.start;
            if (!lone.isEmpty() && !inLone && piece.unit < 0 && piece.span.end == lone.start)
                continue;
            if (out.empty() || piece.unit != out.back().unit || inLone != out.back().lone)
                out.push_back(Segment{piece.unit, {}, {}, false, inLone});
            Segment &s = out.back();
            if (piece.marks.empty()) {
                // Left-out words lie in unmarked pieces only (WordElision never crosses a mark).
                appendElided(s.body, doc, piece.span, gaps, gap);
                continue;
            }
            s.marked = true;
            const std::array<QStringList, 2> own = tipsOf(d, piece);
            s.body += u"<span class=\""_s + markClasses(piece.marks) + u'"';
            if (s.unit < 0)
                s.body += u" title=\""_s + HtmlText::escaped((own[0] + own[1]).join(u'\n')) + u'"';
            s.body += u'>';
            HtmlText::appendText(s.body, doc.slice(piece.span));
            s.body += u"</span>"_s;
            for (size_t k = 0; k < 2; ++k) {
                for (const QString &tip : own[k]) {
                    if (!s.tips[k].contains(tip))
                        s.tips[k] << tip;
                }
            }
        }
        return out;
    }

    // The unchanged words a differences-only export leaves out of the cell, passage by passage
    // (WordElision), in text order. Unique passages and page furniture stay whole: they are
    // differences, or too short to matter.
    // Where, in a passage of `d`, its counterpart has changes: words the other article has and
    // this one lacks are marked there only, and the "…" must not fall on the place they are
    // missing from. The two passages' unmarked words are the same, in order, so a change's place
    // is found by counting unmarked characters up to it. Only for two articles, one passage each
    // side; elsewhere the passage's own marks decide.
    std::vector<TextSpan> counterpartChanges(int d, const UnitRange &units, const std::vector<TextPiece> &pieces) const
    {
        const RowPlan &rp = m_plan.rows[size_t(m_row)];
        if (m_n != 2 || units.count != 1 || rp.cells[size_t(1 - d)].units.count != 1)
            return {};
        const auto unmarkedBefore = [](const std::vector<TextPiece> &list) {
            std::vector<qsizetype> out;
            qsizetype seen = 0;
            for (const TextPiece &piece : list) {
                if (piece.marks.empty())
                    seen += piece.span.length();
                else if (out.empty() || out.back() != seen)
                    out.push_back(seen);
            }
            return out;
        };
        std::vector<TextSpan> out;
        const std::vector<qsizetype> places
            = unmarkedBefore(ExportOutline::pieces(m_c, m_plan, 1 - d, rp.cells[size_t(1 - d)].units));
        auto place = places.begin();
        qsizetype seen = 0;
        for (const TextPiece &piece : pieces) {
            if (!piece.marks.empty())
                continue;
            for (; place != places.end() && *place <= seen + piece.span.length(); ++place) {
                const qsizetype at = piece.span.start + (*place - seen);
                out.push_back({std::max(piece.span.start, at - 1), std::min(piece.span.end, at + 1)});
            }
            seen += piece.span.length();
        }
        return out;
    }

    std::vector<WordElision::Gap> leftOut(int d, const UnitRange &units, const std::vector<TextPiece> &pieces) const
    {
        std::vector<TextSpan> changed;
        for (const TextPiece &piece : pieces) {
            if (!piece.marks.empty())
                changed.push_back(piece.span);
        }
        for (const TextSpan &place : counterpartChanges(d, units, pieces))
            changed.push_back(place);
        return leftOut(d, units, changed);
    }

    // The same, given the places of the changes in `d`'s text.
    std::vector<WordElision::Gap> leftOut(int d, const UnitRange &units, const std::vector<TextSpan> &changed) const
    {
        std::vector<WordElision::Gap> out;
        const QStringView text = m_c.documents[size_t(d)].text;
        for (int u = units.first; u < units.end(); ++u) {
            const UnitStatus status = m_c.units[size_t(d)][size_t(u)].status;
            if (status != UnitStatus::Match && status != UnitStatus::Divergent)
                continue;
            // An edited passage with no marked word of its own lost words its counterpart shows
            // marked: its words stay, lest the "…" fall where the counterpart's change is.
            const TextSpan span = m_c.unitSpan(d, u);
            if (status == UnitStatus::Divergent
                && std::none_of(changed.begin(), changed.end(), [&span](const TextSpan &c) { return c.overlaps(span); }))
                continue;
            for (const WordElision::Gap &g : WordElision::gaps(text, span, changed))
                out.push_back(g);
        }
        std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.span.start < b.span.start; });
        return out;
    }

    // The tag links to the passage's other places, one link per row they stand in (with more
    // than two articles a passage can have moved in several), and each of those links back here.
    QString movedTag(int d, const UnitRange &units) const
    {
        std::vector<std::pair<int, UnitRef>> places; // the row, the first other end in it
        for (const UnitRef &end : MovedPlaces::otherEnds(m_c, d, units)) {
            const int r = m_rowOf[size_t(end.doc)][size_t(end.unit)];
            if (r >= 0 && std::none_of(places.begin(), places.end(), [r](const auto &p) { return p.first == r; }))
                places.emplace_back(r, end);
        }
        std::sort(places.begin(), places.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        const auto href = [](const UnitRef &end) { return u"#u%1-%2"_s.arg(end.doc).arg(end.unit); };
        if (places.empty())
            return u"<span class=\"tag\" dir=\"ltr\" title=\"This passage is in another place in another article\">moved</span>"_s;
        if (places.size() == 1) {
            return u"<a class=\"tag\" dir=\"ltr\" href=\""_s + href(places.front().second)
                + u"\" title=\"This passage is in another place in another article: go there\">moved</a>"_s;
        }
        QString o = u"<span class=\"tag\" dir=\"ltr\" title=\"This passage is in other places in other articles\">moved:"_s;
        for (const auto &[r, end] : places)
            o += u" <a href=\""_s + href(end) + u"\" title=\"Go to row %1\">row %1</a>"_s.arg(r + 1);
        o += u"</span>"_s;
        return o;
    }

    // A passage's opening tag.
    QString unitSpan(int d, int unit, const QString &title) const
    {
        QString out;
        const UnitInfo &info = m_c.units[size_t(d)][size_t(unit)];
        out += u"<span class=\"s "_s + statusClass(info.status) + u'"';
        // A moved tag's target, or a fact table mention's.
        if (info.moved || m_factUnits[size_t(d)].count(unit))
            out += u" id=\"u%1-%2\""_s.arg(d).arg(unit);
        if (!info.links.empty()) {
            out += u" data-l=\""_s;
            for (size_t i = 0; i < info.links.size(); ++i)
                out += (i ? u" "_s : QString()) + QString::number(info.links[i]);
            out += u'"';
        }
        // Which articles word a divergent passage as the reference does, as the window's tooltip says.
        const QString agreement = Wording::referenceAgreement(m_c, d, unit);
        const QString full = agreement.isEmpty() ? title : title.isEmpty() ? agreement : agreement + u'\n' + title;
        if (!full.isEmpty())
            out += u" title=\""_s + HtmlText::escaped(full) + u'"';
        out += u'>';
        return out;
    }

    const Comparison &m_c;
    const HighlightPlan &m_plan;
    const ExportOptions &m_options;
    const int m_n;
    const QString m_title;
    QString m_out;
    std::vector<std::set<int>> m_factUnits; ///< by document: units a fact table mention links to
    std::vector<std::vector<int>> m_rowOf; ///< by document and unit: the row showing it, -1 for none
    int m_row = -1; ///< the row being written (row())
    bool m_sameOpen = false; ///< inside a block of context rows written once (sameRow())
    int m_firstCell = -1; ///< the row's first cell with text, -1 before it is written
    std::vector<Segment> m_firstSegments; ///< that cell's passages, which a copy must match (isCopy())
    QString m_firstMarkup; ///< that cell's content as written
    NoteHtml m_notes;
};

} // namespace

QByteArray HtmlExporter::toHtml(const PresentedComparison &comparison, const ExportOptions &options)
{
    return Writer(comparison.comparison(), comparison.plan(), options).run();
}
