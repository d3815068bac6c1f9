// Browser tests of the HTML export, in real headless Chromium. The CTest fixture
// html_export_files writes the exports into $SYNOPTIC_EXPORTS; screenshots go to
// $SYNOPTIC_SCREENSHOTS for a person to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';

const exportsDir = process.env.SYNOPTIC_EXPORTS ?? '';
const shotsDir = process.env.SYNOPTIC_SCREENSHOTS ?? path.join(exportsDir, 'screenshots');
const chromiumPath = process.env.CHROMIUM && fs.existsSync(process.env.CHROMIUM) ? process.env.CHROMIUM : '/usr/bin/chromium';

let chromium = null;
let axeSource = '';
let missing = '';
try {
    ({ chromium } = await import('playwright-core'));
    const { createRequire } = await import('node:module');
    axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
} catch {
    missing = 'playwright-core or axe-core is not installed: run npm ci --prefix tests/html';
}
if (!missing && !fs.existsSync(chromiumPath))
    missing = `no Chromium at ${chromiumPath} (Debian: apt-get install chromium)`;
if (!missing && !fs.existsSync(path.join(exportsDir, 'seed.html')))
    missing = 'no exports: run through CTest (fixture html_export_files)';
const skip = missing || false;

let browser;

before(async () => {
    if (skip)
        return;
    fs.mkdirSync(shotsDir, { recursive: true });
    browser = await chromium.launch({
        executablePath: chromiumPath,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
               '--disable-sync', '--no-first-run'],
    });
});

after(async () => {
    await browser?.close();
});

// Opens an export and records everything the page tries: requests, dialogs, console errors and
// Content-Security-Policy violations.
async function open(name, { width = 1280, height = 900, colorScheme = 'light' } = {}) {
    const file = path.join(exportsDir, name);
    const url = pathToFileURL(file).href;
    const context = await browser.newContext({ viewport: { width, height }, colorScheme, javaScriptEnabled: true });
    const page = await context.newPage();
    const seen = { requests: [], dialogs: [], errors: [] };
    page.on('request', (r) => seen.requests.push(r.url()));
    page.on('dialog', async (d) => { seen.dialogs.push(d.message()); await d.dismiss(); });
    page.on('console', (m) => { if (m.type() === 'error') seen.errors.push(m.text()); });
    page.on('pageerror', (e) => seen.errors.push(String(e)));
    await page.addInitScript(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation',
            (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, context, seen, url };
}

async function shot(page, name, fullPage = true) {
    await page.screenshot({ path: path.join(shotsDir, name), fullPage });
}

// For every shown row, the tops of its non-empty cells; rows whose tops differ by more than 1px.
async function unlevelRows(page) {
    return page.evaluate(() => {
        const bad = [];
        let checked = 0;
        for (const row of document.querySelectorAll('.row[id^="row-"]')) {
            const cells = [...row.querySelectorAll(':scope > .c:not(.e)')]
                .map((c) => c.getBoundingClientRect())
                .filter((r) => r.height > 0);
            if (cells.length < 2)
                continue;
            ++checked;
            const tops = cells.map((r) => r.top);
            if (Math.max(...tops) - Math.min(...tops) > 1)
                bad.push(`${row.id}: ${tops.join(', ')}`);
        }
        return { bad, checked };
    });
}

// The page ran its own script (the hash in the policy matches) and nothing else tried to.
async function assertCleanRun(page, seen, url) {
    assert.deepEqual(seen.requests, [url], 'the page requested nothing but itself');
    assert.deepEqual(seen.dialogs, []);
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(csp, /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'none'/);
    // The inline style applied and the inline script ran: both hashes are right.
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.row')).display), 'grid');
    assert.equal(await page.evaluate(() => document.getElementById('keys').hidden), false);
}

test('seed pair: levels, classes, legend, facts, no network', { skip }, async () => {
    const { page, context, seen, url } = await open('seed.html');
    await assertCleanRun(page, seen, url);
    const { bad, checked } = await unlevelRows(page);
    assert.ok(checked >= 5, `only ${checked} rows with two passages`);
    assert.deepEqual(bad, [], 'corresponding passages are level');
    for (const selector of ['.c.m', '.c.d', '.c.u', '.c.f', '.s.f', '.chg', '.ins', '.fact.fact-number', '.fact.fact-date', '.c.e'])
        assert.ok(await page.locator(selector).count() > 0, selector);
    assert.ok(await page.locator('.legend li').count() >= 8);
    for (const sample of ['Same wording', 'Edited passage', 'Only in one article', 'Page furniture', 'Changed words', 'Added words', 'Changed fact', 'Moved passage'])
        assert.ok(await page.locator('.legend', { hasText: sample }).count() === 1, sample);
    // Colour is not the only signal: the number change says what it was.
    // The tooltip is the passage's, once: the facts first, then the other changes.
    const titles = await page.locator('.fact.fact-number').evaluateAll((els) => els.map((e) => e.closest('.s').getAttribute('title')));
    assert.ok(titles.some((t) => /^(Changed .*\n)*Changed number: '(thousands|about 10,000)' vs '(thousands|about 10,000)'/.test(t)),
              titles.join(' | '));
    assert.equal(await page.locator('.chg[title], .ins[title], .fact[title]').count(), 0);
    // Row signs get the legend's meaning as their tooltip when hovered.
    const sign = page.locator('.row[id] > th b').first();
    await sign.hover();
    const legendTitle = await page.locator('.legend .sy', { hasText: await sign.innerText() }).first().getAttribute('title');
    assert.equal(await sign.getAttribute('title'), legendTitle);
    console.log(`# seed.html: ${fs.statSync(path.join(exportsDir, 'seed.html')).size} bytes`);
    // Every fact links to a row that exists, and following the link lands on it.
    const hrefs = await page.locator('.facts a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.length >= 5);
    for (const href of hrefs)
        assert.equal(await page.locator(href).count(), 1, href);
    await page.locator('.facts a').first().click();
    assert.equal(await page.evaluate(() => document.querySelector(':target')?.id), hrefs[0].slice(1));
    // The fact table: conflicts first, the troops figures among them, every mention a link to
    // a sentence that exists; following one lands on it.
    const table = page.locator('ol.ft > li');
    assert.ok(await table.count() >= 1);
    assert.match(await table.first().textContent(), /^Conflict/);
    assert.ok(await page.locator('ol.ft > li', { hasText: 'troops' }).filter({ hasText: 'about 10,000' }).filter({ hasText: '12,000' }).count() === 1);
    const mentions = await page.locator('.ft .at a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(mentions.length >= 2);
    for (const href of mentions)
        assert.equal(await page.locator(href).count(), 1, href);
    if (!await page.locator('details.facttable').evaluate((d) => d.open))
        await page.locator('details.facttable > summary').click();
    await page.locator('.ft .at a').first().click();
    assert.equal(await page.evaluate(() => document.querySelector(':target')?.id), mentions[0].slice(1));
    await shot(page, 'seed.png');
    await context.close();
});

test('related passages: their own class and colour, a legend entry, hover outlines the counterpart', { skip }, async () => {
    for (const colorScheme of ['light', 'dark']) {
        const { page, context, seen, url } = await open('related.html', { colorScheme });
        await assertCleanRun(page, seen, url);
        assert.equal(await page.locator('.legend .s.r').innerText(), 'Related passage');
        assert.match(await page.locator('.meta', { hasText: 'Options:' }).innerText(), /related passages from 25% similarity/);
        const passages = page.locator('.s.r[data-l]');
        assert.equal(await passages.count(), 2, 'one related passage in each report');
        // Not the unique colour: the page's --r, and a cell or card of its own kind.
        const [related, unique] = await page.evaluate(() => {
            const probe = document.createElement('span');
            document.body.append(probe);
            const colour = (v) => { probe.style.background = `var(${v})`; return getComputedStyle(probe).backgroundColor; };
            const out = [colour('--r'), colour('--u')];
            probe.remove();
            return out;
        });
        assert.notEqual(related, unique);
        assert.equal(await passages.first().evaluate((e) => getComputedStyle(e).backgroundColor), related);
        assert.equal(await page.locator('.c.r').count(), 2);
        await passages.first().hover();
        // The passage and its counterpart in the other report, each with its cell.
        await page.waitForFunction(() => document.querySelectorAll('.s.r.hl').length === 2);
        assert.equal(await passages.nth(1).evaluate((e) => e.classList.contains('hl')), true, 'the counterpart is outlined');
        assert.equal(await page.locator('.c.r.hl').count(), 2);
        if (colorScheme === 'light')
            await shot(page, 'related.png');
        await context.close();
    }
});

test('seed pair: hover outlines counterparts, j/k walk the differences', { skip }, async () => {
    const { page, context } = await open('seed.html');
    const passage = page.locator('.c.a0 .s.d[data-l]').first();
    await passage.hover();
    const row = passage.locator('xpath=ancestor::*[contains(concat(" ", @class, " ")," row ")][1]');
    assert.equal(await row.locator('.c.a1.hl').count(), 1, 'the counterpart cell is outlined');
    assert.ok(await row.locator('.c.a1 .s.hl').count() >= 1, 'the counterpart passage is outlined');
    await page.mouse.move(0, 0);
    assert.equal(await page.locator('.hl').count(), 0);

    const diffs = await page.locator('.row.diff').evaluateAll((rows) => rows.map((r) => r.id));
    await page.keyboard.press('j');
    const first = await page.locator('.row.cur').getAttribute('id');
    assert.ok(diffs.includes(first));
    await page.keyboard.press('j');
    const second = await page.locator('.row.cur').getAttribute('id');
    assert.equal(diffs.indexOf(second), diffs.indexOf(first) + 1);
    await page.keyboard.press('k');
    assert.equal(await page.locator('.row.cur').getAttribute('id'), first);
    await page.keyboard.press('n');
    assert.equal(await page.locator('.row.cur').getAttribute('id'), second);
    assert.equal(await page.locator('.row.cur').count(), 1);
    await context.close();
});

test('three articles: levels, matrix, every column', { skip }, async () => {
    const { page, context, seen, url } = await open('three.html');
    await assertCleanRun(page, seen, url);
    const { bad, checked } = await unlevelRows(page);
    assert.ok(checked >= 10, `only ${checked} rows with two passages or more`);
    assert.deepEqual(bad, []);
    assert.equal(await page.locator('table.sim tbody tr').count(), 3);
    assert.equal(await page.locator('.row.head .c').count(), 3);
    // Each column sits at the same x in every row.
    const lefts = await page.evaluate(() => [0, 1, 2].map((d) =>
        new Set([...document.querySelectorAll(`.row[id] > .c.a${d}`)].map((c) => Math.round(c.getBoundingClientRect().left))).size));
    assert.deepEqual(lefts, [1, 1, 1]);
    await shot(page, 'three.png');
    await context.close();
});

test('hostile article runs nothing and shows its markup as text', { skip }, async () => {
    const { page, context, seen, url } = await open('hostile.html');
    await assertCleanRun(page, seen, url);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    const title = await page.title();
    assert.notEqual(title, 'pwned');
    assert.ok(title.startsWith("<script>document.title='pwned'"), title);
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
    assert.equal(await page.locator('style').count(), 1);
    assert.equal(await page.locator('script').count(), 1);
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.body).display), 'none');
    const text = await page.locator('main').innerText();
    for (const shown of ["<script>document.title='pwned';window.pwned=1</script>", '<img src=x onerror=',
                         '<a href="javascript:alert(1)">x</a>', '</style><style>body{display:none}</style>',
                         '</script><script>window.pwned=3</script>', '&amp; &lt;b&gt; &#x3C;script&#x3E;'])
        assert.ok(text.includes(shown), shown);
    // The right-to-left override is fenced in its own passage: the next one reads left to right.
    const fenced = await page.evaluate(() => {
        const s = [...document.querySelectorAll('.s')].find((e) => e.textContent.includes('\u202e'));
        const next = [...document.querySelectorAll('.s')].find((e) => e.textContent.startsWith('This sentence must read'));
        return { bidi: getComputedStyle(s).unicodeBidi, nextDirection: getComputedStyle(next).direction };
    });
    assert.equal(fenced.bidi, 'isolate');
    assert.equal(fenced.nextDirection, 'ltr');
    // The 100,000-character word wraps inside its column instead of widening the page.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `page overflows by ${overflow}px`);
    await page.setViewportSize({ width: 1280, height: 1400 });
    await shot(page, 'hostile.png', false);
    await context.close();
});

test('differences only: runs of identical rows are one line each, their text left out; rows stay level', { skip }, async () => {
    const { page, context, seen, url } = await open('seed-diff.html');
    await assertCleanRun(page, seen, url);
    // No fold to open: each run left out is a line naming its rows, and its rows' text is gone.
    assert.equal(await page.locator('details.fold').count(), 0);
    const gaps = await page.locator('.sbody p.gap').allInnerTexts();
    assert.ok(gaps.length >= 1);
    for (const g of gaps)
        assert.match(g, /^⋯ (\d+ identical passages?( and )?)?(\d+ passages? of page furniture)? left out, rows? \d+(–\d+)? ⋯$/);
    // The line stands at its first row's number, so #row-N of a left-out row's run still lands.
    const first = await page.locator('.sbody tr.fr:has(p.gap)').first().getAttribute('id');
    assert.match(gaps[0], new RegExp(`rows? ${first.slice('row-'.length)}\\b`));
    // The header says what is left out and where the full text is.
    assert.match(await page.locator('#left-out').innerText(),
                 /^Differences only: \d+ identical passages? (is|are) left out.*unchanged words more than 6 words from a change.*full text\.$/);
    assert.deepEqual((await unlevelRows(page)).bad, []);
    // A row that keeps its columns (a passage split in two) still outlines its counterpart on hover.
    await page.locator('.sbody .row.diff .s[data-l]').first().hover();
    await page.waitForFunction(() => document.querySelectorAll('.sbody .s.hl').length >= 2);
    await context.close();
});

// For each difference, how many identical rows stand shown right above it, up to the previous
// difference, a left-out run or the top: rows in columns, or lines across them (context written
// once, and with two articles an edited passage written as one line, .rl, a difference).
async function contextAbove(page) {
    return page.evaluate(() => {
        const lines = [...document.querySelectorAll('.sbody > tr')].flatMap((r) =>
            r.matches('.row') ? [r.matches('.diff') ? 'diff' : 'same']
                : r.querySelector('p.gap') ? ['gap'] : [...r.querySelectorAll('.same > p')].map((p) => p.matches('.rl') ? 'diff' : 'same'));
        const out = [];
        lines.forEach((line, i) => {
            if (line !== 'diff')
                return;
            let n = 0;
            for (let k = i - 1; k >= 0 && lines[k] === 'same'; --k)
                ++n;
            out.push(n);
        });
        return out;
    });
}

test('differences only: --context 0 and 3 keep that many rows beside a difference', { skip }, async () => {
    const shown = {};
    for (const rows of [0, 3]) {
        const { page, context, seen, url } = await open(`context${rows}.html`);
        await assertCleanRun(page, seen, url);
        assert.match(await page.locator('header .meta').first().innerText(), new RegExp(`differences only, ${rows} rows of context`));
        const above = await contextAbove(page);
        assert.ok(above.length >= 2, `${above.length} differences`);
        assert.ok(above.every((n) => n <= rows), `context rows above each difference: ${above}`);
        shown[rows] = { above, visible: await page.locator('.sbody .row[id]:visible, .sbody .same > p:visible').count() };
        await context.close();
    }
    console.log(`# context 0: ${JSON.stringify(shown[0])}; context 3: ${JSON.stringify(shown[3])}`);
    assert.ok(shown[0].above.every((n) => n === 0));
    assert.ok(shown[3].above.some((n) => n === 3), 'three rows of context somewhere');
    assert.ok(shown[3].visible > shown[0].visible, 'more rows shown with more context');
});

// Issue 14: a differences-only export is a report of the differences, as `git diff -U1` is; the
// full export is the record. Sizes measured on the long pair, and on Frankenstein when the dev
// corpus is there (at least 3x smaller); the long pair, a fifth of whose rows differ, at least
// halves (the 3x property without the dev corpus: tst_htmlexporter's differencesOnlyIsSmall).
test('differences only: left-out words are "…" with their count, changed words stay; the file is several times smaller', { skip }, async () => {
    const size = (name) => fs.statSync(path.join(exportsDir, name)).size;
    const pairs = [['long-full.html', 'long-diff.html']];
    if (fs.existsSync(path.join(exportsDir, 'frankenstein-diff.html')))
        pairs.push(['frankenstein.html', 'frankenstein-diff.html']);
    else
        console.log('# frankenstein-diff.html not exported (no ../shared/corpus/dev): the book is not measured');
    for (const [full, diff] of pairs)
        console.log(`# ${full}: ${size(full)} bytes; ${diff}: ${size(diff)} bytes (${(size(full) / size(diff)).toFixed(2)}x smaller)`);
    assert.ok(size('long-diff.html') * 2 <= size('long-full.html'),
              `long-diff.html ${size('long-diff.html')} bytes, long-full.html ${size('long-full.html')}`);
    // The measure: the book at least three times smaller (3.27x when measured).
    if (pairs.length > 1)
        assert.ok(size('frankenstein-diff.html') * 3 <= size('frankenstein.html'),
                  `frankenstein-diff.html ${size('frankenstein-diff.html')} bytes, frankenstein.html ${size('frankenstein.html')}`);
    const { page, context, seen, url } = await open('long-diff.html');
    await assertCleanRun(page, seen, url);
    // Every changed word of the full export's differences is on the page: 1900 -> 1950, Russia -> Ukraine.
    // The full export marks them in each column; the differences-only one writes an edited
    // passage as one line, its first article's words struck (del) and the second's underlined (ins).
    const marked = (p) => p.evaluate(() => [...document.querySelectorAll('.sbody .chg, .sbody .ins, .sbody del, .sbody ins')]
        .map((e) => e.textContent).sort());
    const full = await context.newPage();
    await full.goto(url.replace('long-diff.html', 'long-full.html'), { waitUntil: 'load' });
    assert.deepEqual(await marked(page), await marked(full));
    // Left-out words are a visible "…" whose tooltip, made on hover, says how many.
    const gap = page.locator('.sbody i[data-n]').first();
    assert.equal(await gap.innerText(), '…');
    const n = Number(await gap.getAttribute('data-n'));
    assert.ok(n >= 4, `${n} words`);
    await gap.hover();
    await page.waitForFunction(() => document.querySelector('.sbody i[data-n]').title !== '');
    assert.equal(await gap.getAttribute('title'), `${n} words left out`);
    // Two articles: each edited passage is one line among its context, its changes marked in it,
    // its number a link to itself; the long pair's edits are all one passage a side.
    const lines = await page.locator('.sbody .same > p.rl').evaluateAll((ps) => ps.map((p) => ({
        id: p.id, href: p.querySelector('a').getAttribute('href'), marks: p.querySelectorAll('del, ins').length,
        sign: p.querySelector('a b') ? p.querySelector('a b').textContent : '' })));
    assert.ok(lines.length >= 10, `${lines.length} one-line edits`);
    assert.equal(await page.locator('.sbody .row.diff').count(), 0);
    for (const l of lines) {
        assert.equal(l.href, `#${l.id}`);
        assert.equal(l.sign, '≈');
        assert.ok(l.marks >= 1, `${l.id} has no marked change`);
    }
    // j walks them, focused and outlined, k comes back; the sign's tooltip is the legend's.
    await page.keyboard.press('j');
    await page.waitForFunction(() => document.activeElement && document.activeElement.matches('p.rl.cur'));
    const firstId = await page.evaluate(() => document.activeElement.id);
    await page.keyboard.press('j');
    await page.waitForFunction((id) => document.activeElement.matches('p.rl') && document.activeElement.id !== id, firstId);
    await page.keyboard.press('k');
    await page.waitForFunction((id) => document.activeElement.id === id, firstId);
    await page.locator('.sbody p.rl a b').first().hover();
    await page.waitForFunction(() => document.querySelector('.sbody p.rl a b').title !== '');
    assert.match(await page.locator('.sbody p.rl a b').first().getAttribute('title'), /edited|differ|worded/i);
    await shot(page, 'long-diff.png', false);
    await context.close();
});

// Issue 14: a cell worded exactly as its row's first is written without its words (Frankenstein's
// identical rows carried 260 KB of text twice); the script copies them in, so the page a reader
// gets has both, for find in page, copying and printing. Without the script the cell says where
// its words are.
test('size: identical passages are written once and shown in both columns', { skip }, async () => {
    const html = fs.readFileSync(path.join(exportsDir, 'long-full.html'), 'utf8');
    const copies = (html.match(/<td class="[^"]* cp"/g) || []).length;
    assert.ok(copies >= 50, `${copies} cells written as copies`);
    // A sentence of an identical row stands once in the file.
    const sentence = 'there are 162 possible syllables in hawaiian, the fewest';
    const inFile = html.split(sentence).length - 1;
    const { page, context, seen, url } = await open('long-full.html', { width: 1400, height: 900 });
    await assertCleanRun(page, seen, url);
    const cells = await page.evaluate(() => [...document.querySelectorAll('.sbody .cp')].map((c) => {
        const first = c.parentElement.querySelector(':scope > .c:not(.e)');
        return { same: c.innerText === first.innerText && c.innerText.length > 0,
                 passages: c.querySelectorAll(':scope > .s').length === first.querySelectorAll(':scope > .s').length };
    }));
    assert.equal(cells.length, copies);
    assert.ok(cells.every((c) => c.same && c.passages), 'every copy reads as its row\'s first cell');
    const shown = await page.evaluate((s) => document.querySelector('main').innerText.split(s).length - 1, sentence);
    assert.deepEqual([inFile, shown], [1, 2], `"${sentence}" in the file and on the page`);
    // Find in page reaches both columns; a selection of the row copies both.
    const found = await page.evaluate((s) => {
        const at = [];
        window.getSelection().removeAllRanges();
        while (window.find(s, true) && at.length < 4)
            at.push(window.getSelection().anchorNode.parentElement.closest('.c').className);
        return at;
    }, sentence);
    assert.deepEqual(found.map((c) => c.match(/a\d/)[0]), ['a0', 'a1'], found.join(' | '));
    // Every row's number links to its row, as it was written before (issue 14).
    assert.equal(await page.evaluate(() => [...document.querySelectorAll('.sbody .row[id] > :first-child > a')]
        .filter((a) => a.getAttribute('href') !== '#' + a.closest('.row').id).length), 0);
    const copied = await page.evaluate((s) => {
        const row = [...document.querySelectorAll('.sbody .row')].find((r) => r.textContent.includes(s));
        window.getSelection().selectAllChildren(row);
        return String(window.getSelection()).split(s).length - 1;
    }, sentence);
    assert.equal(copied, 2, 'a selected row copies both passages');
    await context.close();
    // Without the script the first cell has the words and the copy says where they are.
    const noScript = await browser.newContext({ viewport: { width: 1400, height: 900 }, javaScriptEnabled: false, colorScheme: 'dark' });
    const bare = await noScript.newPage();
    await bare.goto(url);
    const fallback = await bare.evaluate((s) => {
        const row = [...document.querySelectorAll('.sbody .row')].find((r) => r.textContent.includes(s));
        const copy = row.querySelector('.cp > .s');
        const number = row.querySelector('th > a');
        // In the text's own colour: the dim one is 4.3:1 on the dark scheme's passages.
        const label = getComputedStyle(copy, '::before');
        return { first: row.querySelector('.c').textContent.includes(s), label: label.content,
                 color: label.color === getComputedStyle(document.body).color,
                 number: number.textContent === row.id.slice('row-'.length) && !number.hasAttribute('href') };
    }, sentence);
    assert.deepEqual(fallback, { first: true, label: '"(the same words as this row\'s first passage)"', color: true, number: true });
    await bare.locator('.cp').first().scrollIntoViewIfNeeded();
    await shot(bare, 'long-full-noscript.png', false);
    await noScript.close();
});

// Issue 14: the bytes of tags and attributes per row of the comparison, read from the file as
// written (not the browser's serialisation). long-full.html measured 378.9 bytes per row (111
// rows) with ARIA roles on div rows and cells, classed row signs and <bdi> around every fact
// table quote; 311.7 as a real table (th scope="row" on the row numbers), <b> signs and <bdi>
// only where a quote needs it; 277.7 with the row numbers' cells styled by their place (no
// class="g") and their links' href set by the script, cells that copy their row's first written
// without their passages' spans. The budget leaves about 3 % for growth: the row number's href
// alone (about 16 bytes a row here) fails it. Frankenstein, the 80,000-word pair, must
// export under 1.5 MB (1,887,454 bytes before the copies and these cuts, 1,485,084 after).
test('size: the markup per row of the comparison stays within its budget', { skip }, async () => {
    const books = ['frankenstein.html'].filter((name) => fs.existsSync(path.join(exportsDir, name)));
    for (const name of ['long-full.html', ...books]) {
        const html = fs.readFileSync(path.join(exportsDir, name), 'utf8');
        const start = html.indexOf('<tbody class="sbody">'), end = html.indexOf('</tbody></table>', start);
        assert.ok(start > 0 && end > start, `${name}: no comparison table body`);
        const body = html.slice(start, end);
        const rows = (body.match(/ id="row-\d+"/g) || []).length;
        const markup = (body.match(/<[^>]*>/g) || []).reduce((n, tag) => n + Buffer.byteLength(tag), 0);
        const perRow = markup / rows;
        console.log(`# ${name}: ${Buffer.byteLength(html)} bytes, ${rows} rows, ${perRow.toFixed(1)} bytes of markup per row`);
        if (name === 'long-full.html') {
            assert.ok(rows >= 100, `${rows} rows: not the pair this budget was measured on`);
            assert.ok(perRow < 286, `${perRow.toFixed(1)} bytes of markup per row`);
        } else {
            assert.ok(Buffer.byteLength(html) < 1500000, `${name}: ${Buffer.byteLength(html)} bytes`);
        }
    }
});

test('differences only: a row the same only ignoring case has the quieter cue, the legend and header say so', { skip }, async () => {
    const { page, context, seen, url } = await open('folding.html');
    await assertCleanRun(page, seen, url);
    // "To Mrs. SAVILLE" / "To Mrs. Saville": identical rows, one of them only under the folding.
    const folded = page.locator('.row.fo');
    assert.equal(await folded.count(), 1);
    assert.match(await folded.innerText(), /SAVILLE[\s\S]*Saville/);
    assert.equal(await folded.getAttribute('title'), 'Same wording, ignoring case');
    // Context the same word for word is written once across the columns.
    assert.equal(await page.locator('.sbody .same > p').count() >= 1, true);
    // The card is not painted like word-for-word agreement.
    const bg = (sel) => page.locator(sel).first().evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.notEqual(await bg('.row.fo .c'), await bg('.sbody .same'));
    assert.equal(await page.locator('.legend .s.fo').innerText(), 'Same wording, ignoring case');
    assert.match(await page.locator('header').innerText(), /differences only[\s\S]*Options: .*case ignored/);
    await page.screenshot({ path: path.join(shotsDir, 'folding.png') });
    await context.close();
});

test('print keeps rows whole and colours exact, in landscape', { skip }, async () => {
    const { page, context } = await open('seed.html');
    await page.emulateMedia({ media: 'print' });
    const style = await page.evaluate(() => {
        const row = getComputedStyle(document.querySelector('.row.diff'));
        const cell = getComputedStyle(document.querySelector('.c.d'));
        return { breakInside: row.breakInside, adjust: cell.printColorAdjust ?? cell.webkitPrintColorAdjust,
                 sticky: getComputedStyle(document.querySelector('.row.head')).position };
    });
    assert.equal(style.breakInside, 'avoid');
    assert.equal(style.adjust, 'exact');
    assert.equal(style.sticky, 'static');
    const started = performance.now();
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
    const seconds = (performance.now() - started) / 1000;
    assert.ok(pdf.length > 10000);
    const file = path.join(shotsDir, 'seed-print.pdf');
    fs.writeFileSync(file, pdf);
    // Every page names the articles (the header group repeats), the title and its number.
    const pages = execFileSync(process.env.PDFPAGES, [file], { encoding: 'utf8' }).split('\x1e').slice(0, -1);
    console.log(`# print: ${pages.length} pages, ${pdf.length} bytes, ${seconds.toFixed(1)} s`);
    assert.ok(pages.length > 1, `${pages.length} page(s)`);
    const title = await page.locator('h1').innerText();
    // Line breaks fall anywhere in a name and the columns' lines interleave in the PDF's text,
    // so the texts are compared without white space, and the names by their first 20 characters.
    const bare = (t) => t.replace(/\s+/g, '');
    const names = (await page.locator('.row.head .c bdi').allInnerTexts()).map((n) => n.slice(0, 20));
    // The comparison starts on the page with its heading and the repeated names (the header's
    // file list names the articles too, on a page that may still be the facts).
    const first = pages.findIndex((text) => bare(text).includes('Comparison') && names.every((name) => bare(text).includes(bare(name))));
    assert.ok(first >= 0 && first < pages.length - 1, `the comparison starts on page ${first + 1} of ${pages.length}`);
    pages.forEach((text, i) => {
        if (i > first)
            for (const name of names)
                assert.ok(bare(text).includes(bare(name)), `page ${i + 1} lacks the article name ${name}`);
        assert.ok(bare(text).includes(bare(`Page ${i + 1} of ${pages.length}`)), `page ${i + 1} lacks its number`);
        assert.ok(bare(text).includes(bare(title.slice(0, 60))), `page ${i + 1} lacks the title`);
    });
    await context.close();
});

test('print: a book-length export prints with its header on every page (time logged, not asserted)', { skip }, async () => {
    const file = path.join(exportsDir, 'frankenstein.html');
    if (!fs.existsSync(file)) {
        console.log('# frankenstein.html not exported (no ../shared/corpus/dev): the book is not printed');
        return;
    }
    const { page, context } = await open('frankenstein.html');
    await page.emulateMedia({ media: 'print' });
    const started = performance.now();
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
    // Issue 14's target is under 30 s; a loaded CI machine makes any timed assertion flaky.
    const seconds = (performance.now() - started) / 1000;
    const out = path.join(shotsDir, 'frankenstein-print.pdf');
    fs.writeFileSync(out, pdf);
    const pages = execFileSync(process.env.PDFPAGES, [out], { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\x1e').slice(0, -1);
    console.log(`# print frankenstein.html: ${pages.length} pages, ${pdf.length} bytes, ${seconds.toFixed(1)} s`);
    const rows = await page.locator('.sbody .row[id]').count();
    // At most a dozen rows of a book fit a landscape page, and a row is never cut.
    assert.ok(pages.length > rows / 12, `${pages.length} pages for ${rows} rows`);
    const bare = (t) => t.replace(/\s+/g, '');
    const names = (await page.locator('.row.head .c bdi').allInnerTexts()).map((n) => bare(n.slice(0, 20)));
    const first = pages.findIndex((text) => bare(text).includes('Comparison') && names.every((name) => bare(text).includes(name)));
    assert.ok(first >= 0, 'the comparison starts with the article names');
    pages.forEach((text, i) => {
        if (i > first)
            for (const name of names)
                assert.ok(bare(text).includes(name), `page ${i + 1} lacks the article name ${name}`);
        assert.ok(bare(text).includes(bare(`Page ${i + 1} of ${pages.length}`)), `page ${i + 1} lacks its number`);
    });
    await context.close();
});

test('dark mode follows the reader', { skip }, async () => {
    const { page, context } = await open('seed.html', { colorScheme: 'dark' });
    const colors = await page.evaluate(() => ({
        body: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.body).color,
        match: getComputedStyle(document.querySelector('.c.m')).backgroundColor,
    }));
    assert.equal(colors.body, 'rgb(30, 30, 30)');
    assert.equal(colors.text, 'rgb(232, 232, 232)');
    assert.equal(colors.match, 'rgb(31, 61, 87)'); // Palette::standard().dark.match, #1f3d57
    await shot(page, 'seed-dark.png');
    await context.close();
});

test('a 400px phone stacks the passages with labels', { skip }, async () => {
    const { page, context } = await open('seed.html', { width: 400, height: 800 });
    const layout = await page.evaluate(() => {
        const row = [...document.querySelectorAll('.row[id]')].find((r) => r.querySelectorAll(':scope > .c:not(.e)').length === 2);
        const [a, b] = [...row.querySelectorAll(':scope > .c:not(.e)')].map((c) => c.getBoundingClientRect());
        return {
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            stacked: b.top >= a.bottom - 1 && Math.abs(a.left - b.left) < 1,
            label: getComputedStyle(row.querySelector('.c.a1'), '::before').content,
        };
    });
    assert.ok(layout.overflow <= 1, `page overflows by ${layout.overflow}px`);
    assert.ok(layout.stacked);
    assert.match(layout.label, /^"2 · North Korea/);
    await shot(page, 'seed-phone.png');
    await context.close();
});

// axe-core run in the page (through the debugging protocol, so the page's policy still holds),
// WCAG 2.x A and AA rules and best practices. Returns the violations as "rule (impact): n
// nodes, first: selector" lines, grouped by impact.
async function axe(page) {
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length,
                                          first: v.nodes[0]?.target.join(' '), summary: v.nodes[0]?.failureSummary }));
    });
    return violations;
}

const axeLog = [];
function report(name, scheme, violations) {
    const line = `${name} ${scheme}: ` + (violations.length
        ? violations.map((v) => `${v.id} (${v.impact}) ×${v.nodes}`).join(', ') : 'no violations');
    axeLog.push(line);
    console.log(`# axe ${line}`);
}

for (const name of ['seed.html', 'related.html', 'three.html', 'eight.html', 'seed-diff.html', 'long-diff.html', 'hostile.html', 'spoof.html', 'notes.html', 'manual.html']) {
    for (const colorScheme of ['light', 'dark']) {
        test(`axe: ${name} in ${colorScheme} has no serious or critical violations`, { skip }, async () => {
            const { page, context } = await open(name, { colorScheme });
            const violations = await axe(page);
            report(name, colorScheme, violations);
            const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
            assert.deepEqual(grave, [], JSON.stringify(grave, null, 1));
            await context.close();
        });
    }
}

test('accessibility: table roles name the articles, landmarks, skip link, focus moves with j/k', { skip }, async () => {
    const { page, context } = await open('three.html');
    // The comparison is a table to assistive technology; its column headers are the articles.
    const snapshot = await page.locator('.syn').ariaSnapshot();
    assert.match(snapshot, /^- table "Comparison"/);
    assert.match(snapshot, /columnheader "1 hawaiian/);
    // Rows and cells by their computed roles (a real table under display:grid), not by markup.
    assert.equal(await page.locator('.syn').getByRole('row').count(), await page.locator('.syn .row').count());
    assert.equal(await page.locator('.sbody').getByRole('rowheader').count(), await page.locator('.syn .row[id]').count());
    assert.equal(await page.locator('.sbody').getByRole('cell').count(), 3 * await page.locator('.syn .row[id]').count());
    assert.equal(await page.locator('main').count(), 1);
    // Two lists of links: the changed facts by row, the facts across the articles by subject.
    assert.equal(await page.locator('nav h2').count(), 2);
    assert.deepEqual(await page.locator('h2').allInnerTexts(),
                     ['Articles', 'Similarity', 'Legend', ...(await page.locator('nav h2').allInnerTexts()), 'Comparison']);
    // The first Tab reaches the skip link, which shows itself and leads to the comparison.
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
        const a = document.activeElement;
        return { text: a.textContent, href: a.getAttribute('href'), top: a.getBoundingClientRect().top };
    });
    assert.deepEqual([skip.text, skip.href], ['Skip to the comparison', '#comparison']);
    assert.ok(skip.top >= 0, 'the focused skip link is on screen');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => location.hash), '#comparison');
    // j/k move the focus, which is visible.
    await page.keyboard.press('j');
    const focused = await page.evaluate(() => {
        const a = document.activeElement;
        return { id: a.id, cur: a.classList.contains('cur'), outline: getComputedStyle(a).outlineStyle };
    });
    assert.match(focused.id, /^row-\d+$/);
    assert.ok(focused.cur);
    assert.equal(focused.outline, 'solid');
    await page.keyboard.press('j');
    const next = await page.evaluate(() => document.activeElement.id);
    assert.notEqual(next, focused.id);
    await page.keyboard.press('p');
    assert.equal(await page.evaluate(() => document.activeElement.id), focused.id);
    await context.close();
});

test('facts: collapsed beyond 20, a skip link, links land below the sticky header', { skip }, async () => {
    for (const name of ['seed.html', 'eight.html']) {
        const { page, context } = await open(name, { width: 1280, height: 700 });
        const count = await page.locator('.facts li').count();
        const isOpen = await page.locator('details.factlist').evaluate((d) => d.open);
        assert.equal(isOpen, count <= 20, `${name}: ${count} facts, open ${isOpen}`);
        assert.equal(await page.locator('nav .skipto a[href="#comparison"]').count(), 1);
        if (!isOpen)
            await page.locator('details.factlist > summary').click();
        const link = page.locator('.facts a').nth(Math.min(count - 1, 3));
        const target = await link.getAttribute('href');
        await link.click();
        const { rowTop, headBottom } = await page.evaluate((id) => ({
            rowTop: document.querySelector(id).getBoundingClientRect().top,
            headBottom: document.querySelector('.row.head').getBoundingClientRect().bottom,
        }), target);
        assert.ok(rowTop >= headBottom - 1, `${name}: ${target} at ${rowTop}px under the header ending at ${headBottom}px`);
        console.log(`# ${name}: ${count} facts, list ${isOpen ? 'open' : 'collapsed'}`);
        await context.close();
    }
});

// Issue #17: a session's notes beside their passages and in a list. notes.html comes from a
// session (tests/html/export.cmake) with, in order: a disputed note on article 1's second
// sentence, an unclear note on the link between that sentence and article 2's, a note with
// hostile text on article 2's "Shipping companies" paragraph, a confirmed note far down article
// 1, one past the text and one on the whole comparison.
test('notes: markers beside their passages, a list that links to them, hostile text inert', { skip }, async () => {
    const { page, context, seen, url } = await open('notes.html', { width: 1400, height: 900 });
    await assertCleanRun(page, seen, url);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    // The only <b> elements are the rows' signs.
    assert.equal(await page.locator('main b:not(.sbody th > b)').count(), 0, 'the note\'s <b> is text, not markup');
    // Each marker: which column, which passage it precedes, its words, its colour and border.
    const markers = await page.evaluate(() => [...document.querySelectorAll('.nm')].map((m) => {
        const cell = m.closest('.c');
        const column = [...cell.classList].find((c) => /^a\d$/.test(c));
        let next = m.nextElementSibling;
        while (next && !next.classList.contains('s'))
            next = next.nextElementSibling;
        const box = m.getBoundingClientRect(), cellBox = cell.getBoundingClientRect();
        const style = getComputedStyle(m);
        return { id: m.id, column, passage: next ? next.textContent.slice(0, 30) : '', label: m.firstChild.textContent + m.childNodes[1].textContent,
                 color: style.borderTopColor, border: style.borderTopStyle, inCell: box.left >= cellBox.left - 1 && box.right <= cellBox.right + 1,
                 visible: box.width > 0 && box.height > 0 };
    }));
    const byId = Object.fromEntries(markers.map((m) => [m.id, m]));
    assert.deepEqual(Object.keys(byId).sort(), ['nm1-0', 'nm2-0', 'nm2-1', 'nm3-0', 'nm4-0'], JSON.stringify(markers));
    const expect = { 'nm1-0': ['a0', 'Officials said the cost', /disputed/],
                     'nm2-0': ['a0', 'Officials said the cost', /unclear ↔ 2/],
                     'nm2-1': ['a1', 'Officials put the cost', /unclear ↔ 1/],
                     'nm3-0': ['a1', 'Shipping companies welcomed', /note/],
                     'nm4-0': ['a0', 'The next meeting is planned', /confirmed/] };
    for (const [id, [column, passage, label]] of Object.entries(expect)) {
        const m = byId[id];
        assert.equal(m.column, column, `${id} column`);
        assert.ok(m.passage.startsWith(passage), `${id} precedes "${m.passage}"`);
        assert.match(m.label, label, `${id} label`);
        assert.ok(m.visible && m.inCell, `${id} is visible inside its cell`);
    }
    // The verdict is told by its word and sign, by shape (disputed double, unclear dashed) and colour.
    assert.equal(byId['nm1-0'].border, 'double');
    assert.equal(byId['nm2-0'].border, 'dashed');
    assert.notEqual(byId['nm1-0'].color, byId['nm4-0'].color);
    // The text is hidden until hover or focus, then readable in a box, bidi override flagged.
    const hostile = page.locator('#nm3-0');
    const hidden = await hostile.locator('.nt').boundingBox();
    assert.ok(hidden.width <= 1, 'note text hidden at rest');
    await hostile.focus();
    const shown = await hostile.locator('.nt').evaluate((t) => ({ w: t.getBoundingClientRect().width, h: t.getBoundingClientRect().height,
                                                                   text: t.innerText, badges: t.querySelectorAll('.bidi').length }));
    assert.ok(shown.w > 100 && shown.h > 20, `focused note text is shown: ${JSON.stringify(shown)}`);
    assert.ok(shown.text.includes('<script>window.pwned=1</script></p><b>bold</b> "quoted"'), shown.text);
    assert.equal(shown.badges, 1, 'the U+202E is shown as a badge, not obeyed');
    await page.locator('#nm1-0').hover();
    assert.ok((await page.locator('#nm1-0 .nt').boundingBox()).width > 100, 'hovered note text is shown');
    await shot(page, 'notes-hover.png', false);
    // The list: every note in order, with its verdict word, articles and quoted passage.
    const items = await page.locator('.nl > li').allInnerTexts();
    assert.equal(items.length, 6);
    assert.match(items[0], /disputed[\s\S]*Article 1: “Officials said the cost/);
    assert.match(items[1], /unclear[\s\S]*Link between article 1 “Officials said[^↔]*↔ article 2 “Officials put the cost/);
    assert.ok(items[2].includes('<script>window.pwned=1</script>'), items[2]);
    assert.match(items[4], /Not shown: its passage in article 2 \(code points 900000 to 900010\) is outside the text/);
    assert.match(items[5], /confirmed[\s\S]*On the whole comparison/);
    assert.equal(await page.locator('.nl > li:nth-child(6) a').count(), 0, 'a note on the whole comparison links nowhere');
    assert.equal(await page.locator('details.notelist').evaluate((d) => d.open), true);
    // The list's verdict badges have the markers' shapes.
    assert.deepEqual(await page.locator('.nl .nv').evaluateAll((b) => b.map((e) => getComputedStyle(e).borderTopStyle)),
                     ['double', 'dashed', 'solid', 'solid', 'solid', 'solid']);
    // A list entry scrolls its passage into view below the sticky header.
    await page.locator('.nl > li:nth-child(4) a').click();
    const landed = await page.evaluate(() => ({
        top: document.getElementById('nm4-0').getBoundingClientRect().top,
        bottom: document.getElementById('nm4-0').getBoundingClientRect().bottom,
        headBottom: document.querySelector('.row.head').getBoundingClientRect().bottom,
        hash: location.hash,
    }));
    assert.equal(landed.hash, '#nm4-0');
    assert.ok(landed.top >= landed.headBottom - 1 && landed.bottom <= 900,
              `the marker at ${landed.top}px, the header ending at ${landed.headBottom}px`);
    // A marker leads back to its entry in the list.
    await page.locator('#nm2-1').click();
    assert.equal(await page.evaluate(() => location.hash), '#note-2');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(seen.errors, []);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'notes.png');
    await context.close();
});

// Issue #17: a manual link in the export. manual.html is the notes articles compared with
// --link joining article 1's school question to article 2's shipping paragraph, which the engine
// leaves apart (tests/html/export.cmake).
test('manual link: both passages in one row, each tagged manual', { skip }, async () => {
    const { page, context, seen, url } = await open('manual.html', { width: 1400, height: 900 });
    await assertCleanRun(page, seen, url);
    // One row holds both passages, each tagged
    // "manual" with the reason on hover, and no other passage is.
    const manual = await page.evaluate(() => [...document.querySelectorAll('.tag.man')].map((t) => ({
        row: t.closest('.row') ? t.closest('.row').id : '',
        text: t.closest('.c').textContent,
        title: t.title,
    })));
    assert.equal(manual.length, 2, JSON.stringify(manual));
    assert.equal(manual[0].row, manual[1].row, 'the two manually linked passages share a row');
    assert.match(manual[0].row, /^row-\d+$/);
    assert.match(manual.map((m) => m.text).join(' | '), /Teachers asked.*\| .*Shipping companies/s);
    assert.match(manual[0].title, /Linked by hand/);
    await context.close();
});

test('notes: printed with their text; on a 400px phone beside the passage, no overflow', { skip }, async () => {
    const { page, context } = await open('notes.html', { width: 400, height: 800 });
    const phone = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        marker: document.getElementById('nm1-0').getBoundingClientRect().width,
    }));
    assert.ok(phone.overflow <= 1, `page overflows by ${phone.overflow}px`);
    assert.ok(phone.marker > 0);
    await page.locator('#nm3-0').focus();
    const box = await page.locator('#nm3-0 .nt').boundingBox();
    assert.ok(box.x >= -1 && box.x + box.width <= 401, `the note box stays on the screen: ${JSON.stringify(box)}`);
    await page.locator('#nm1-0').scrollIntoViewIfNeeded();
    await shot(page, 'notes-phone.png', false);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('#nm1-0 .nt').evaluate((t) => ({ w: t.getBoundingClientRect().width, position: getComputedStyle(t).position }));
    assert.equal(printed.position, 'static');
    assert.ok(printed.w > 10, 'printed notes show their text');
    await context.close();
});

test('header: full paths, file dates, options, version', { skip }, async () => {
    const { page, context } = await open('three.html');
    const files = await page.locator('header .files li').allInnerTexts();
    assert.equal(files.length, 3);
    files.forEach((f) => assert.ok(!f.includes('/../'), f));
    files.forEach((f, i) => assert.match(f, new RegExp(`^${i + 1} .*/wikipedia/hawaiian-language-v${i}\\.txt · modified \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d`), f));
    assert.equal(await page.locator('header .files time[datetime]').count(), 3);
    assert.equal(await page.locator('header .files li', { hasText: 'reference: the others\' changes are marked against it' }).count(), 1);
    const meta = await page.locator('header').innerText();
    assert.match(meta, /Options: sentences aligned · edited passages from \d+% similarity · case ignored/);
    assert.match(meta, /Synoptic \d+\.\d+\.\d+/);
    await context.close();
});

test('reference: --base names it in the header, its column and the legend; tooltips say who agrees', { skip }, async () => {
    const { page, context, seen, url } = await open('reference.html');
    const reference = await page.locator('header #reference').innerText();
    assert.match(reference, /^Reference: 1 \(.+\), the others' changes are marked against it$/);
    const files = await page.locator('header .files li').allInnerTexts();
    assert.match(files[0], /reference: the others' changes are marked against it/);
    assert.ok(!files[1].includes('reference') && !files[2].includes('reference'), files.join('\n'));
    // The column header's badge sits on the first column only.
    const heads = page.locator('.row.head .c');
    assert.equal(await heads.count(), 3);
    assert.equal(await heads.nth(0).locator('.refb').innerText(), 'Reference');
    assert.equal(await page.locator('.row.head .refb').count(), 1);
    assert.ok(await page.locator('ul.legend li', { hasText: /^Reference: 1 / }).count() === 1);
    // A passage another article edits says which articles word it as the reference does.
    const titles = await page.locator('.a1 .s[title], .a2 .s[title]').evaluateAll((els) => els.map((e) => e.title));
    assert.ok(titles.some((t) => /^Reference: 1 \(.+\)\. (Same wording as the reference: \d|No other article has)/.test(t)),
              titles.slice(0, 5).join('\n---\n'));
    await shot(page, 'reference.png', false);
    await assertCleanRun(page, seen, url);
    await context.close();
});

test('bidi: control characters are flagged and fenced, passages take their own direction', { skip }, async () => {
    const { page, context, seen, url } = await open('spoof.html');
    await assertCleanRun(page, seen, url);
    const badge = page.locator('.bidi', { hasText: '⟨RLO⟩' });
    assert.equal(await badge.count(), 1);
    assert.match(await badge.getAttribute('title'), /^U\+202E RIGHT-TO-LEFT OVERRIDE/);
    // The override stays inside its badge's isolate: the file name reads in its real order.
    const passage = page.locator('.c', { hasText: 'invoice_' });
    const shown = await passage.evaluate((c) => {
        const text = c.querySelector('.bidi').parentElement;
        return getComputedStyle(c.querySelector('.bidi')).unicodeBidi + ' ' + text.textContent.includes('invoice_⟨RLO⟩\u202egnp.exe');
    });
    assert.equal(shown, 'isolate true');
    // The Arabic passage is right to left as a whole (its cell, not only its sentence).
    const arabic = await page.locator('.c', { hasText: 'قال المتحدث' }).evaluate((c) => ({
        dir: c.getAttribute('dir'), direction: getComputedStyle(c).direction }));
    assert.deepEqual(arabic, { dir: 'auto', direction: 'rtl' });
    // ... so it starts at the right, its full stop at its left end (the sentences are isolates,
    // which a cell guessing its direction per paragraph, as before, could not see into).
    const gap = await page.locator('.c', { hasText: 'قال المتحدث' }).evaluate((c) => {
        const cell = c.getBoundingClientRect(), text = c.querySelector('.s').getBoundingClientRect();
        return { right: cell.right - text.right, left: text.left - cell.left };
    });
    assert.ok(gap.right < 20 && gap.left > 100, JSON.stringify(gap));
    const english = await page.locator('.c', { hasText: 'invoice_' }).evaluate((c) => getComputedStyle(c).direction);
    assert.equal(english, 'ltr');
    await shot(page, 'spoof.png', false);
    await context.close();
});

// Issue #13: eight articles at 1,400 px, every column on screen and a header that leaves room
// for the text. Rows whose only text is in the last column must not look empty.
test('eight columns fit a 1,400×900 window: no sideways scrolling, a compact sticky header', { skip }, async () => {
    const { page, context, seen, url } = await open('wiki8.html', { width: 1400, height: 900 });
    await assertCleanRun(page, seen, url);
    const fit = await page.evaluate(() => {
        const out = [];
        for (const cell of document.querySelectorAll('.row > .c')) {
            const r = cell.getBoundingClientRect();
            if (r.width === 0)
                continue;
            if (r.left < 0 || r.right > window.innerWidth)
                out.push(`${cell.className} ${r.left}..${r.right}`);
        }
        return { scrollWidth: document.scrollingElement.scrollWidth, outside: out.slice(0, 5),
                 columns: document.querySelectorAll('.row.head > .c').length };
    });
    assert.equal(fit.columns, 8);
    assert.ok(fit.scrollWidth <= 1400, `the page is ${fit.scrollWidth}px wide`);
    assert.deepEqual(fit.outside, [], 'every cell within the viewport');
    // Scrolled to the comparison, the sticky header takes at most a tenth of the screen; long
    // titles are cut with an ellipsis, whole in the title attribute.
    await page.locator('#row-5').scrollIntoViewIfNeeded();
    const head = await page.evaluate(() => {
        const h = document.querySelector('.row.head');
        const r = h.getBoundingClientRect();
        const cells = [...h.querySelectorAll('.c')];
        return { top: r.top, height: r.height, titled: cells.every((c) => c.title.length > 0),
                 ellipsis: getComputedStyle(cells[0]).textOverflow, widths: cells.map((c) => c.getBoundingClientRect().width) };
    });
    assert.equal(head.top, 0, 'the header sticks to the top');
    assert.ok(head.height <= 90, `the sticky header is ${head.height}px tall`);
    assert.ok(head.titled);
    assert.equal(head.ellipsis, 'ellipsis');
    assert.ok(Math.min(...head.widths) >= 130, `columns ${head.widths.join(', ')}px wide`);
    await shot(page, 'wiki8.png', false);
    // A paragraph only one version has, tucked below that version's linked passage to save a
    // row, is a block of its own in the colours of a unique passage, inside the linked cell;
    // hovering it outlines no counterpart.
    const lone = await page.evaluate(() => {
        const l = document.querySelector('.c.m > .lone, .c.d > .lone');
        const u = document.querySelector('.row > .c.u');
        if (!l || !u)
            return null;
        l.parentElement.dataset.probe = 'tucked';
        const cell = l.parentElement.getBoundingClientRect();
        const r = l.getBoundingClientRect();
        return { bg: getComputedStyle(l).backgroundColor, uniqueBg: getComputedStyle(u).backgroundColor,
                 cellBg: getComputedStyle(l.parentElement).backgroundColor, linked: l.querySelectorAll('[data-l]').length,
                 inside: r.left >= cell.left - 1 && r.right <= cell.right + 1 && r.top > cell.top && r.bottom <= cell.bottom + 1 };
    });
    assert.ok(lone, 'a paragraph tucked below a linked passage');
    assert.equal(lone.bg, lone.uniqueBg);
    assert.notEqual(lone.bg, lone.cellBg);
    assert.equal(lone.linked, 0);
    assert.ok(lone.inside, JSON.stringify(lone));
    await page.locator('[data-probe] > .lk > .s[data-l]').first().hover();
    await page.waitForFunction(() => document.querySelectorAll('.hl').length > 0);
    await page.locator('[data-probe] > .lone .s').first().hover();
    await page.waitForFunction(() => document.querySelector('[data-probe] > .lone .s:hover') !== null);
    assert.equal(await page.locator('.hl').count(), 0, 'a tucked paragraph has no counterpart to outline');
    await page.mouse.move(0, 0);
    // A narrower window scrolls the comparison sideways; the row numbers stay at the left.
    await page.setViewportSize({ width: 900, height: 900 });
    const narrow = await page.evaluate(() => {
        const scroller = document.scrollingElement;
        scroller.scrollLeft = 400;
        const g = document.querySelector('.row[id] > th').getBoundingClientRect();
        return { scrollWidth: scroller.scrollWidth, gutterLeft: g.left, scrolled: scroller.scrollLeft };
    });
    assert.ok(narrow.scrollWidth > 900 && narrow.scrolled > 0, JSON.stringify(narrow));
    assert.ok(Math.abs(narrow.gutterLeft) <= 1, `the row gutter is sticky: ${JSON.stringify(narrow)}`);
    await context.close();
});

// Issue #14: where an element is against the screen and the sticky header.
function onScreen(page, selector) {
    return page.evaluate((sel) => {
        const r = document.querySelector(sel).getBoundingClientRect();
        const head = document.querySelector('.row.head').getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, headBottom: head.bottom, height: window.innerHeight,
                 visible: r.top >= Math.max(0, head.bottom) - 1 && r.bottom <= window.innerHeight + 1 };
    }, selector);
}

// The focused element: its id and classes, and whether it is a passage.
function focused(page) {
    return page.evaluate(() => {
        const a = document.activeElement;
        const cell = a.closest('.c');
        return { id: a.id, passage: a.matches('.s'), column: cell ? [...cell.classList].find((c) => /^a\d$/.test(c)) : '',
                 text: a.textContent.slice(0, 40), outline: getComputedStyle(a).outlineStyle };
    });
}

test('click a passage: its moved counterpart scrolls into view, outlined and focused; Enter goes back', { skip }, async () => {
    for (const width of [1400, 400]) {
        const { page, context, seen, url } = await open('moved.html', { width, height: 700 });
        if (width > 700)
            await assertCleanRun(page, seen, url);
        // "Residents complained" is article 1's second paragraph and article 2's last.
        const from = page.locator('.c.a0 .s', { hasText: 'Residents complained' });
        const to = page.locator('.c.a1 .s', { hasText: 'Residents complained' });
        const toId = await to.getAttribute('id');
        // The first place at the bottom of the screen, the second (further down) off it.
        await from.evaluate((e) => e.scrollIntoView({ block: 'end' }));
        assert.equal((await onScreen(page, `#${toId}`)).visible, false, 'the counterpart starts off screen');
        await from.click();
        const landed = await onScreen(page, `#${toId}`);
        assert.ok(landed.visible, `${width}px: the counterpart is on screen below the header: ${JSON.stringify(landed)}`);
        const f = await focused(page);
        assert.deepEqual([f.id, f.column, f.outline], [toId, 'a1', 'solid']);
        assert.deepEqual(await page.locator('.s.to').evaluateAll((e) => e.map((s) => s.id)), [toId]);
        await shot(page, `moved-click-${width}.png`, false);
        // Enter on the focused counterpart goes back to the first place.
        await page.keyboard.press('Enter');
        const back = await focused(page);
        assert.equal(back.column, 'a0');
        assert.ok(back.text.startsWith('Residents complained'), back.text);
        assert.ok((await onScreen(page, `#${back.id}`)).visible);
        // Esc clears the outlines.
        await page.keyboard.press('Escape');
        assert.equal(await page.locator('.s.to').count(), 0);
        await context.close();
    }
});

test('click a passage with several counterparts: each click goes on to the next; selection and links stay', { skip }, async () => {
    const { page, context } = await open('three.html', { width: 1400, height: 900 });
    // A passage of the first article with counterparts in both others.
    const row = await page.evaluate(() => {
        for (const s of document.querySelectorAll('.row[id] > .c.a0 .s[data-l]')) {
            const r = s.closest('.row');
            const ids = s.getAttribute('data-l').split(' ');
            const others = [...r.querySelectorAll('.c.a1 .s[data-l], .c.a2 .s[data-l]')]
                .filter((o) => o.getAttribute('data-l').split(' ').some((id) => ids.includes(id)));
            if (new Set(others.map((o) => o.closest('.c').className.match(/a\d/)[0])).size === 2 && s.textContent.length > 40)
                return r.id;
        }
        return '';
    });
    assert.match(row, /^row-\d+$/);
    const passage = page.locator(`#${row} > .c.a0 .s[data-l]`).first();
    await passage.scrollIntoViewIfNeeded();
    await passage.click();
    // All counterparts are outlined, in both other articles; each click focuses the next one,
    // and after the last the first again.
    const outlined = await page.locator('.s.to').evaluateAll((e) => e.map((s) => s.closest('.c').className.match(/a\d/)[0]));
    assert.deepEqual([...new Set(outlined)].sort(), ['a1', 'a2']);
    const reached = [await focused(page)];
    for (let i = 0; i < outlined.length; ++i) {
        await passage.click();
        reached.push(await focused(page));
    }
    assert.equal(new Set(reached.slice(0, -1).map((f) => f.column + f.text)).size, outlined.length, JSON.stringify(reached));
    assert.deepEqual(reached[outlined.length], reached[0]);
    assert.ok(reached.every((f) => f.passage && f.column !== 'a0'));
    await shot(page, 'three-click.png', false);
    // A drag across words selects them and jumps nowhere.
    await page.keyboard.press('Escape');
    await page.evaluate(() => document.activeElement.blur());
    const box = await passage.boundingBox();
    await page.mouse.move(box.x + 4, box.y + 8);
    await page.mouse.down();
    await page.mouse.move(box.x + Math.min(box.width - 4, 160), box.y + 8, { steps: 5 });
    await page.mouse.up();
    assert.ok((await page.evaluate(() => String(window.getSelection()))).length > 3, 'text is selected');
    assert.equal(await page.locator('.s.to').count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement.matches('.s')), false, 'no counterpart took the focus');
    // A link in a cell (the row's number) is followed, not taken for a jump.
    await page.locator(`#${row} > th a`).click();
    assert.equal(await page.evaluate(() => location.hash), `#${row}`);
    assert.equal(await page.locator('.s.to').count(), 0);
    await context.close();
});

test('f and Shift+F walk the passages with a changed fact, focused and on screen', { skip }, async () => {
    const { page, context } = await open('seed.html', { width: 1400, height: 900 });
    assert.match(await page.locator('#keys').innerText(), /f next changed fact, Shift\s*\+\s*F previous/);
    const facts = await page.evaluate(() => {
        const out = [];
        for (const f of document.querySelectorAll('.sbody .fact')) {
            const s = f.closest('.s');
            if (out[out.length - 1] !== s.id + s.textContent)
                out.push(s.id + s.textContent);
        }
        return out;
    });
    assert.ok(facts.length >= 3, `${facts.length} passages with facts`);
    const at = async () => {
        const f = await page.evaluate(() => {
            const a = document.activeElement;
            const r = a.getBoundingClientRect();
            return { key: a.id + a.textContent, fact: a.querySelectorAll('.fact').length, cur: a.classList.contains('cur'),
                     visible: r.top >= document.querySelector('.row.head').getBoundingClientRect().bottom - 1 && r.bottom <= innerHeight };
        });
        assert.ok(f.fact > 0 && f.cur && f.visible, JSON.stringify(f));
        return facts.indexOf(f.key);
    };
    await page.keyboard.press('f');
    assert.equal(await at(), 0);
    await page.keyboard.press('f');
    assert.equal(await at(), 1);
    await page.keyboard.press('f');
    assert.equal(await at(), 2);
    await page.keyboard.press('Shift+F');
    assert.equal(await at(), 1);
    await shot(page, 'seed-fact-key.png', false);
    // j goes on from the fact's row to the next difference after it.
    const factRow = await page.evaluate(() => document.activeElement.closest('.row').id);
    await page.keyboard.press('j');
    const next = await page.evaluate(() => document.activeElement.id);
    const rows = await page.locator('.row[id]').evaluateAll((r) => r.map((e) => e.id));
    assert.ok(rows.indexOf(next) > rows.indexOf(factRow), `${next} after ${factRow}`);
    await context.close();
});

test('moved passages link both ways, and the link lands on the passage below the header', { skip }, async () => {
    for (const name of ['wiki8.html', 'moved.html']) {
        const { page, context } = await open(name, { width: 1400, height: 600 });
        // Every link of a moved tag reaches a passage whose own tag links back to the tag's row.
        const links = await page.evaluate(() => [...document.querySelectorAll('.sbody .tag a[href], .sbody a.tag[href]')].map((a) => {
            const row = a.closest('.row').id;
            const target = document.querySelector(a.getAttribute('href'));
            const back = target ? [...target.closest('.c').querySelectorAll('.tag a[href], a.tag[href]')]
                .map((b) => document.querySelector(b.getAttribute('href'))?.closest('.row').id) : [];
            return { row, href: a.getAttribute('href'), target: !!target, back };
        }));
        assert.ok(links.length >= 2, `${name}: ${links.length} moved links`);
        for (const l of links) {
            assert.ok(l.target, `${name}: ${l.href} from ${l.row} exists`);
            assert.ok(l.back.includes(l.row), `${name}: ${l.href} links back to ${l.row}: ${JSON.stringify(l)}`);
        }
        if (name === 'moved.html') {
            assert.equal(links.length, 2);
            const tag = page.locator('.c.a1 a.tag');
            await tag.scrollIntoViewIfNeeded();
            await tag.click();
            const href = await tag.getAttribute('href');
            await focusMoved(page, href);
            const landed = await onScreen(page, href);
            assert.ok(landed.visible, JSON.stringify(landed));
            assert.equal(await page.evaluate(() => '#' + document.activeElement.id), href, 'the passage reached takes the focus');
            await shot(page, 'moved-link.png', false);
        }
        await context.close();
    }
});

// Tab from the top of the page until the focus comes round again: the number of tab stops, at
// most `cap` (issue 14 counted about 3,650 in a book). The stops' texts are returned to read.
async function tabStops(page, cap) {
    await page.evaluate(() => { window.__stops = new Map(); window.scrollTo(0, 0); document.activeElement?.blur(); });
    const stops = [];
    for (let i = 0; i < cap + 2; ++i) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
            const a = document.activeElement;
            if (!a || a === document.body)
                return null;
            if (window.__stops.has(a))
                return { again: true };
            window.__stops.set(a, true);
            return { again: false, text: `${a.tagName.toLowerCase()}${a.id ? '#' + a.id : ''} ${(a.textContent || '').trim().slice(0, 30)}` };
        });
        if (stop === null && stops.length)
            break;
        if (stop?.again)
            break;
        if (stop)
            stops.push(stop.text);
    }
    return stops;
}

// A link into the comparison moves the focus on hashchange, which fires after the click or key
// press returns: wait for it (a loaded CI machine once read the focus before it had moved).
async function focusMoved(page, href) {
    await page.waitForFunction((h) => '#' + document.activeElement.id === h, href, { timeout: 5000 }).catch(() => {});
}

test('tab stops: a handful, not one per row; the rest reached with j/k and from the current row', { skip }, async () => {
    const books = ['frankenstein.html'].filter((name) => fs.existsSync(path.join(exportsDir, name)));
    if (!books.length)
        console.log('# frankenstein.html not exported (no ../shared/corpus/dev): the book is not counted');
    for (const name of [...books, 'wiki8.html', 'seed.html', 'moved.html']) {
        const { page, context } = await open(name, { width: 1400, height: 900 });
        // Links inside the fact lists are stops when a list is open (at most 20 entries each).
        const listed = await page.evaluate(() => [...document.querySelectorAll('details[open] > ol a[href]')].length);
        const stops = await tabStops(page, listed + 20);
        const rows = await page.locator('.row[id]').count();
        console.log(`# tab stops in ${name}: ${stops.length} (${rows} rows, ${listed} in open fact lists): ${stops.join(' | ')}`);
        assert.ok(stops.length <= listed + 12, `${name}: ${stops.length} tab stops`);
        assert.equal(stops[0], 'a Skip to the comparison');
        assert.equal(stops.filter((s) => /^(tr|div)#row-/.test(s)).length, 1, 'one row is a tab stop');
        await context.close();
    }
    // A moved tag is reached by keyboard: j to its row, Tab into it, Enter follows it.
    const { page, context } = await open('moved.html', { width: 1400, height: 500 });
    const tagRow = await page.locator('.c.a1 a.tag').evaluate((a) => a.closest('.row').id);
    for (let i = 0; i < 20 && await page.evaluate(() => document.activeElement.id) !== tagRow; ++i)
        await page.keyboard.press('j');
    assert.equal(await page.evaluate(() => document.activeElement.id), tagRow);
    for (let i = 0; i < 4 && !await page.evaluate(() => document.activeElement.matches('a.tag')); ++i)
        await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.matches('.c.a1 a.tag')), true, 'Tab reaches the moved tag');
    const href = await page.evaluate(() => document.activeElement.getAttribute('href'));
    await page.keyboard.press('Enter');
    await focusMoved(page, href);
    assert.equal(await page.evaluate(() => '#' + document.activeElement.id), href);
    await context.close();
});
