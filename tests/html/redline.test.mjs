// Browser tests of the redline export (synoptic-cli compare --redline), in real headless
// Chromium: the files the fixture html_export_files writes. Screenshots go to
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
if (!missing && !fs.existsSync(path.join(exportsDir, 'seed-redline.html')))
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

// Opens an export, recording requests, dialogs, console errors and CSP violations.
async function open(name, { width = 1200, height = 900, colorScheme = 'light' } = {}) {
    const url = pathToFileURL(path.join(exportsDir, name)).href;
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

// Nothing ran, nothing was fetched, the style applied (its hash in the policy is right).
async function assertCleanRun(page, seen, url) {
    assert.deepEqual(seen.requests, [url], 'the page requested nothing but itself');
    assert.deepEqual(seen.dialogs, []);
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(csp, /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'none'; base-uri 'none'/);
    assert.equal(await page.locator('script').count(), 0);
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('del')).textDecorationLine), 'line-through');
}

test('seed redline: clean run, word changes match the JSON report', { skip }, async () => {
    const { page, context, seen, url } = await open('seed-redline.html');
    await assertCleanRun(page, seen, url);
    await page.screenshot({ path: path.join(shotsDir, 'seed-redline.png'), fullPage: true });
    assert.equal(await page.locator('main section.rl').count(), 1);

    // The report's changed words between the reference and the other article, outside moved
    // passages (shown whole at both places): each is one <del> on the reference's side and one
    // <ins> on the other's.
    const report = JSON.parse(fs.readFileSync(path.join(exportsDir, 'seed.json'), 'utf8'));
    const ref = report.baseDocument;
    let deleted = 0, inserted = 0;
    for (const link of report.links) {
        if (link.moved || (link.a !== ref && link.b !== ref))
            continue;
        const [r, o] = link.a === ref ? ['aText', 'bText'] : ['bText', 'aText'];
        for (const change of link.changes) {
            deleted += change[r] !== '' ? 1 : 0;
            inserted += change[o] !== '' ? 1 : 0;
        }
    }
    assert.ok(deleted > 5 && inserted > 5, `${deleted} deleted, ${inserted} inserted`);
    assert.equal(await page.locator('main del:not(.p)').count(), deleted);
    assert.equal(await page.locator('main ins:not(.p)').count(), inserted);
    // A known change: "headed" struck, "departed" underlined right after it.
    assert.equal(await page.evaluate(() => {
        const del = [...document.querySelectorAll('main del')].find((d) => d.textContent === 'headed');
        return del?.nextElementSibling?.outerHTML;
    }), '<ins>departed</ins>');
    // The header names both articles, the options and the version.
    const header = await page.locator('header').innerText();
    assert.match(header, /Reference: 2\s*North Korea 'plots'/);
    assert.match(header, /compared with 1\s*N Korean FM/);
    assert.match(header, /Options: .*case ignored/);
    assert.match(header, /Synoptic \d+\.\d+/);
    await context.close();
});

test('seed redline: dark scheme follows the reader, print is light', { skip }, async () => {
    const { page, context } = await open('seed-redline.html', { colorScheme: 'dark' });
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.screenshot({ path: path.join(shotsDir, 'seed-redline-dark.png') });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.notEqual(dark, printed);
    assert.equal(printed, 'rgb(255, 255, 255)');
    await context.close();
});

test('seed redline prints to PDF with page numbers', { skip }, async () => {
    const { page, context } = await open('seed-redline.html');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const file = path.join(shotsDir, 'seed-redline-print.pdf');
    fs.writeFileSync(file, pdf);
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    if (process.env.PDFPAGES) {
        const pages = execFileSync(process.env.PDFPAGES, [file], { encoding: 'utf8' }).split('\x1e').slice(0, -1);
        console.log(`# redline print: ${pages.length} pages, ${pdf.length} bytes`);
        assert.ok(pages.length >= 2, `${pages.length} page(s)`);
        pages.forEach((text, i) => {
            assert.ok(text.replace(/\s+/g, '').includes(`Page${i + 1}of${pages.length}`), `page ${i + 1} lacks its number`);
        });
    }
    await context.close();
});

test('three articles: one section per other article', { skip }, async () => {
    const { page, context, seen, url } = await open('three-redline.html');
    await assertCleanRun(page, seen, url);
    assert.equal(await page.locator('main section.rl').count(), 2);
    assert.equal(await page.locator('main section.rl h2').count(), 2);
    await context.close();
});

test('hostile article: markup shown as text, nothing runs', { skip }, async () => {
    const { page, context, seen, url } = await open('hostile-redline.html');
    await assertCleanRun(page, seen, url);
    assert.equal(await page.locator('main img, main iframe, main object, main form, main a[href^="http"]').count(), 0);
    await context.close();
});

test('moved paragraph: marked at both places, each links to the other', { skip }, async () => {
    const { page, context, seen, url } = await open('moved-redline.html');
    await assertCleanRun(page, seen, url);
    await page.screenshot({ path: path.join(shotsDir, 'moved-redline.png'), fullPage: true });
    const away = page.locator('main .mv.away');
    const here = page.locator('main .mv.here');
    assert.equal(await away.count(), 1);
    assert.equal(await here.count(), 1);
    assert.equal(await away.locator('a.tag').getAttribute('href'), '#' + await here.getAttribute('id'));
    assert.equal(await here.locator('a.tag').getAttribute('href'), '#' + await away.getAttribute('id'));
    // The moved paragraph ends the other article, so it comes after the last shared one.
    const order = await page.evaluate(() => {
        const text = document.querySelector('main').innerText;
        return [text.indexOf('Shipping companies'), text.lastIndexOf('Residents complained')];
    });
    assert.ok(order[0] < order[1], String(order));
    await context.close();
});

// Issue #17: a session's notes are listed after the sections (one column has no place beside
// each article's passage), hostile text shown as text, the policy holding.
test('notes redline: the notes listed, verdicts in words, hostile text inert', { skip }, async () => {
    const { page, context, seen, url } = await open('notes-redline.html');
    await assertCleanRun(page, seen, url);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    assert.equal(await page.locator('main b').count(), 0);
    const items = await page.locator('.nl > li').allInnerTexts();
    assert.equal(items.length, 6);
    assert.match(items[0], /disputed Article 1: “Officials said the cost/);
    assert.match(items[1], /unclear Link between article 1 “Officials said[^↔]*↔ article 2 “Officials put the cost/);
    assert.ok(items[2].includes('<script>window.pwned=1</script></p><b>bold</b>'), items[2]);
    assert.equal(await page.locator('.nl a').count(), 0, 'no links to markers the redline does not have');
    assert.equal(await page.locator('.nl .bidi').count(), 1, 'the U+202E is a badge');
    await context.close();
});

// Issue #14: axe-core on the redlines, as on the side-by-side exports (export.test.mjs), WCAG 2.x
// A and AA and best practices, injected through the debugging protocol (the page's policy allows
// no script). Light, dark and a 400px phone.
for (const name of ['seed-redline.html', 'moved-redline.html', 'three-redline.html', 'notes-redline.html']) {
    for (const [colorScheme, width] of [['light', 1200], ['dark', 1200], ['light', 400]]) {
        test(`axe: ${name} in ${colorScheme} at ${width}px has no serious or critical violations`, { skip }, async () => {
            const { page, context } = await open(name, { colorScheme, width });
            await page.evaluate(axeSource);
            const { violations, contrasted } = await page.evaluate(async () => {
                const r = await window.axe.run(document);
                const contrast = r.passes.find((p) => p.id === 'color-contrast');
                return {
                    violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length,
                                                           first: v.nodes[0]?.target.join(' '), summary: v.nodes[0]?.failureSummary })),
                    contrasted: contrast ? contrast.nodes.map((n) => n.html.slice(0, 5)) : [],
                };
            });
            console.log(`# axe ${name} ${colorScheme} ${width}px: ` + (violations.length
                ? violations.map((v) => `${v.id} (${v.impact}) ×${v.nodes}`).join(', ') : 'no violations'));
            const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
            assert.deepEqual(grave, [], JSON.stringify(grave, null, 1));
            // The marked words' colours were measured, not left undecided.
            assert.ok(contrasted.some((h) => h.startsWith('<del')) && contrasted.some((h) => h.startsWith('<ins')),
                      `contrast measured on ${contrasted.length} elements`);
            await context.close();
        });
    }
}
