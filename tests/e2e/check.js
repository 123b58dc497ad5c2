#!/usr/bin/env node
// Accessibility + reflow check for a built Handouts site.
//
//   node check.js [--site DIR] [--all] [--out DIR] [page.html ...]
//
// * Opens pages over file:// in Debian's headless Chromium (puppeteer-core, no
//   browser download), injects axe-core and runs the WCAG 2.0/2.1/2.2 A+AA and
//   best-practice rules. Prints every violation (rule id, impact, help, count,
//   target selectors) and the rules axe could not decide ("incomplete").
// * Reflow (WCAG 1.4.10): for every checked page, at 320 CSS px (DPR 1) and at
//   640 CSS px with DPR 2 (a 1280 px window at 200 % zoom), reports whether
//   the document scrolls horizontally and which elements stick out. Saves
//   screenshots of the variant page in both sizes to --out.
// * Requests to the site's own absolute base URL (read from the canonical link
//   of index.html, or $SITE_BASE_URL) are served from the site folder, so
//   pages such as 404.html that use absolute URLs get their CSS; every other
//   network request is aborted: the check never leaves the machine.
//
// * Search: on each language's home page, types into the search box as a
//   reader would (a word of the first indexed title, cut short and stripped of
//   accents, to exercise prefix matching and accent folding), checks the
//   spoken count and the results, that Tab reaches the first result, runs axe
//   and the reflow check with the results shown, and that without JavaScript
//   the box is not shown. Saves a 390 px screenshot of each search to --out.
//
// Exit code: 0 = no violations and no overflow, 1 = problems found, 2 = error.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const puppeteer = require('puppeteer-core');

const AXE_PATH = require.resolve('axe-core/axe.min.js');
const AXE_VERSION = require('axe-core/package.json').version;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// Pages checked by default (relative to the site folder). The first one that
// matches a variant page ("a--b.html") is used for the screenshots.
const DEFAULT_PAGES = [
  'index.html',
  'en/index.html',
  'en/cancer/prostate.html',
  'en/prostate-hormone-therapy/index.html',
  'en/prostate-hormone-therapy/prostate--adt.html',
  'es/prostate-hormone-therapy/prostate--adt.html',
  '404.html',
];

const VIEWPORTS = [
  { name: '320px', width: 320, height: 800, deviceScaleFactor: 1 },
  { name: '640px@2x (200% zoom)', width: 640, height: 800, deviceScaleFactor: 2 },
];

function parseArgs(argv) {
  const opts = {
    site: process.env.SITE_DIR || path.join(__dirname, '..', '..', '_site'),
    out: process.env.SHOT_DIR || path.join(os.tmpdir(), 'handouts-e2e'),
    all: false,
    pages: [],
    chrome: process.env.CHROME_PATH || '/usr/bin/chromium',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--site') opts.site = argv[++i];
    else if (a === '--out') opts.out = argv[++i];
    else if (a === '--all') opts.all = true;
    else if (a === '--chrome') opts.chrome = argv[++i];
    else if (a === '-h' || a === '--help') {
      console.log('usage: node check.js [--site DIR] [--out DIR] [--chrome PATH] [--all] [page.html ...]');
      process.exit(0);
    } else opts.pages.push(a);
  }
  opts.site = path.resolve(opts.site);
  return opts;
}

function listHtml(dir, base = dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listHtml(p, base));
    else if (e.name.endsWith('.html')) out.push(path.relative(base, p).split(path.sep).join('/'));
  }
  return out.sort();
}

function siteBaseUrl(site) {
  if (process.env.SITE_BASE_URL) return process.env.SITE_BASE_URL.replace(/\/?$/, '/');
  try {
    const html = fs.readFileSync(path.join(site, 'index.html'), 'utf8');
    const m = html.match(/<link[^>]+rel="canonical"[^>]+href="([^"]+)"/);
    if (m) return new URL('.', m[1]).href; // https://host/index.html -> https://host/
  } catch { /* no index.html */ }
  return null;
}

const MIME = { '.html': 'text/html', '.css': 'text/css', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml', '.webp': 'image/webp', '.js': 'text/javascript',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.xml': 'application/xml' };

async function setUpNetwork(page, site, baseUrl) {
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('about:')) return req.continue();
    if (baseUrl && url.startsWith(baseUrl)) {
      const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(baseUrl).pathname.length));
      const file = path.join(site, rel || 'index.html');
      if (file.startsWith(site) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        return req.respond({ status: 200, contentType: MIME[path.extname(file)] || 'application/octet-stream',
          body: fs.readFileSync(file) });
      }
      return req.respond({ status: 404, body: '' });
    }
    return req.abort('blockedbyclient');
  });
}

async function runAxe(page) {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
    const slim = (list) => list.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, tags: v.tags,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, summary: n.failureSummary })),
    }));
    return { violations: slim(r.violations), incomplete: slim(r.incomplete) };
  }, TAGS);
}

async function checkOverflow(page) {
  return page.evaluate(() => {
    const de = document.documentElement;
    const cw = de.clientWidth;
    const offenders = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > cw + 0.5 || r.left < -0.5) {
        // Skip things deliberately moved off-screen (e.g. the skip link) and
        // descendants of an element that scrolls on its own (tables).
        const cs = getComputedStyle(el);
        if (cs.position === 'absolute' && r.bottom < 0) continue;
        let p = el.parentElement, inScroller = false;
        while (p && p !== document.body) {
          const ps = getComputedStyle(p);
          if (ps.overflowX === 'auto' || ps.overflowX === 'scroll' || ps.overflowX === 'hidden') { inScroller = true; break; }
          p = p.parentElement;
        }
        if (inScroller) continue;
        const id = el.id ? '#' + el.id : '';
        const cls = el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '';
        offenders.push(`${el.tagName.toLowerCase()}${id}${cls} right=${Math.round(r.right)} width=${Math.round(r.width)}`);
      }
    }
    return { scrollWidth: de.scrollWidth, clientWidth: cw, overflow: de.scrollWidth > cw, offenders: offenders.slice(0, 10) };
  });
}

// A word of the first indexed title as a reader might type it: without accents, at most its first five letters.
function searchQuery(site, lang) {
  const file = path.join(site, lang, 'search-index.js');
  if (!fs.existsSync(file)) return null;
  const text = fs.readFileSync(file, 'utf8');
  const index = JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1));
  const first = index.documents[0];
  if (!first) return null;
  // A word with an accent if the title has one (to exercise folding), else its longest.
  const accented = (w) => (w.normalize('NFD') !== w ? 1 : 0);
  const word = first.title.split(/[\s\p{P}]+/u).sort((a, b) => accented(b) - accented(a) || b.length - a.length)[0];
  return { expected: first.title, query: word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().slice(0, 5) };
}

async function checkSearch(browser, opts, baseUrl) {
  let problems = 0;
  const fail = (msg) => { console.log(`  SEARCH PROBLEM: ${msg}`); problems++; };
  const langs = fs.readdirSync(opts.site).filter((d) => fs.existsSync(path.join(opts.site, d, 'search-index.js'))).sort();
  for (const lang of langs) {
    const rel = `${lang}/index.html`;
    const q = searchQuery(opts.site, lang);
    console.log(`\n== search on ${rel}${q ? `: typing "${q.query}"` : ' (empty index)'}`);
    if (!q) continue;
    const page = await browser.newPage();
    await setUpNetwork(page, opts.site, baseUrl);
    await page.setViewport({ width: 390, height: 900, deviceScaleFactor: 1 });
    await page.goto('file://' + path.join(opts.site, rel), { waitUntil: 'load' });
    if (await page.$eval('form[data-search]', (f) => f.hidden)) fail('the search form is still hidden with JavaScript on');
    await page.focus('#search-input');
    await page.keyboard.type(q.query, { delay: 30 });
    await page.waitForFunction(() => document.querySelector('.search-status').textContent !== '', { timeout: 10000 })
      .catch(() => fail('no status after typing'));
    const r = await page.evaluate(() => ({
      status: document.querySelector('.search-status').textContent,
      titles: [...document.querySelectorAll('.search-results a')].map((a) => a.textContent),
      hrefs: [...document.querySelectorAll('.search-results a')].map((a) => a.href),
      labels: { one: document.querySelector('form[data-search]').dataset.resultsOne, many: document.querySelector('form[data-search]').dataset.results },
    }));
    console.log(`  status: "${r.status}"; results: ${r.titles.slice(0, 3).map((t) => `"${t}"`).join(', ')}${r.titles.length > 3 ? ', …' : ''}`);
    const said = r.titles.length === 1 ? r.labels.one : r.labels.many.replace('{count}', r.titles.length.toLocaleString(lang));
    if (r.status !== said) fail(`status "${r.status}" does not say ${r.titles.length} results`);
    if (!r.titles.includes(q.expected)) fail(`"${q.expected}" is not among the results`);
    if (r.hrefs.some((h) => !h.startsWith('file://' + path.join(opts.site, lang) + '/'))) fail('a result leads outside this language');
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement !== document.querySelector('.search-results a'))) fail('Tab from the box does not reach the first result');
    const shot = path.join(opts.out, `search-${lang}-390.png`);
    await page.screenshot({ path: shot, fullPage: false });
    console.log(`  screenshot: ${shot}`);
    const { violations } = await runAxe(page);
    for (const v of violations) fail(`axe ${v.id} with results shown: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
    for (const vp of VIEWPORTS) {
      await page.setViewport(vp);
      const o = await checkOverflow(page);
      if (o.overflow) fail(`horizontal scroll at ${vp.name} with results shown: ${o.offenders.join('; ')}`);
    }

    await page.focus('#search-input');
    await page.keyboard.down('Control'); await page.keyboard.press('a'); await page.keyboard.up('Control');
    await page.keyboard.type('qqqzzzxxx');
    await page.waitForFunction(() => document.querySelector('.search-results').hidden, { timeout: 10000 })
      .catch(() => fail('a word no handout has still shows results'));
    console.log(`  nonsense word: "${await page.$eval('.search-status', (s) => s.textContent)}"`);

    await page.setJavaScriptEnabled(false);
    await page.reload({ waitUntil: 'load' });
    if (await page.$eval('form[data-search]', (f) => getComputedStyle(f).display !== 'none')) fail('the search form shows without JavaScript');
    await page.close();
  }
  return problems;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(opts.site, 'index.html'))) {
    console.error(`No built site at ${opts.site} (index.html missing). Build it first or pass --site.`);
    process.exit(2);
  }
  const pages = opts.pages.length ? opts.pages : opts.all ? listHtml(opts.site) : DEFAULT_PAGES;
  const variantPage = pages.find((p) => /--[^/]+\.html$/.test(p));
  const baseUrl = siteBaseUrl(opts.site);
  fs.mkdirSync(opts.out, { recursive: true });

  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'a11y-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: opts.chrome,
    headless: true,
    userDataDir,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-extensions', '--disable-sync'],
  });

  console.log(`site: ${opts.site}  base URL mapped: ${baseUrl || '(none)'}  axe-core ${AXE_VERSION}  ${await browser.version()}`);
  const allViolations = new Map(); // rule id -> {impact, help, pages: Set, nodes}
  let overflowProblems = 0;
  let searchProblems = 0;
  try {
    for (const rel of pages) {
      const file = path.join(opts.site, rel);
      if (!fs.existsSync(file)) { console.log(`\n== ${rel}: MISSING`); overflowProblems++; continue; }
      const page = await browser.newPage();
      await setUpNetwork(page, opts.site, baseUrl);
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto('file://' + file, { waitUntil: 'load' });

      const { violations, incomplete } = await runAxe(page);
      console.log(`\n== ${rel}`);
      if (!violations.length) console.log('  axe: no violations');
      for (const v of violations) {
        console.log(`  VIOLATION ${v.id} [${v.impact}] ${v.help} — ${v.nodes.length} node(s)`);
        for (const n of v.nodes.slice(0, 5)) console.log(`      ${n.target.join(' ')}   ${n.html.slice(0, 120)}`);
        if (v.nodes.length > 5) console.log(`      … and ${v.nodes.length - 5} more`);
        const agg = allViolations.get(v.id) || { impact: v.impact, help: v.help, url: v.helpUrl, pages: new Set(), nodes: 0 };
        agg.pages.add(rel); agg.nodes += v.nodes.length; allViolations.set(v.id, agg);
      }
      if (incomplete.length) {
        console.log('  needs manual review (axe incomplete): ' +
          incomplete.map((v) => `${v.id}×${v.nodes.length}`).join(', '));
      }

      for (const vp of VIEWPORTS) {
        await page.setViewport(vp);
        const o = await checkOverflow(page);
        const status = o.overflow ? 'HORIZONTAL SCROLL' : 'ok';
        console.log(`  reflow ${vp.name}: scrollWidth=${o.scrollWidth} clientWidth=${o.clientWidth} ${status}`);
        if (o.overflow || o.offenders.length) {
          for (const off of o.offenders) console.log(`      sticks out: ${off}`);
        }
        if (o.overflow) overflowProblems++;
        if (rel === variantPage) {
          const shot = path.join(opts.out, `${rel.replace(/[\/]/g, '_').replace(/\.html$/, '')}-${vp.width}${vp.deviceScaleFactor > 1 ? '@2x' : ''}.png`);
          await page.screenshot({ path: shot, fullPage: true });
          console.log(`      screenshot: ${shot}`);
        }
      }
      await page.close();
    }
    searchProblems = await checkSearch(browser, opts, baseUrl);
  } finally {
    await browser.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }

  console.log('\n== summary');
  console.log(`pages checked: ${pages.length}`);
  if (!allViolations.size) console.log('axe violations: none');
  for (const [id, a] of allViolations) {
    console.log(`axe ${id} [${a.impact}] ${a.help}: ${a.nodes} node(s) on ${a.pages.size} page(s) — ${a.url}`);
  }
  console.log(`reflow problems: ${overflowProblems}`);
  console.log(`search problems: ${searchProblems}`);
  process.exit(allViolations.size || overflowProblems || searchProblems ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(2); });
