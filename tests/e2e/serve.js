#!/usr/bin/env node
// `handouts serve` in a real browser (Debian's headless Chromium through puppeteer-core, no download):
//
//   node serve.js --handouts "dotnet ../../generator/bin/Debug/net10.0/handouts.dll" [--content DIR] [--templates DIR]
//
// Copies the content folder to a scratch folder, starts serve on it, opens a handout's page and scrolls down, then
// as a nurse would: edits the handout's title (the page must show it by itself, at the same scroll position), breaks
// the front matter (the problems overlay must appear, naming the file and code), fixes it (the overlay must go), and
// stops serve with Ctrl+C (it must exit 0). Exit code: 0 = all seen, 1 = a step failed, 2 = could not run.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const puppeteer = require('puppeteer-core');

function parse(argv) {
  const opts = { handouts: null, content: '../../content', templates: '../../templates', chrome: process.env.CHROME_PATH || '/usr/bin/chromium', port: '1400' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--handouts') opts.handouts = argv[++i];
    else if (a === '--content') opts.content = argv[++i];
    else if (a === '--templates') opts.templates = argv[++i];
    else if (a === '--chrome') opts.chrome = argv[++i];
    else if (a === '--port') opts.port = argv[++i];
  }
  if (!opts.handouts) { console.error('usage: node serve.js --handouts CMD'); process.exit(2); }
  return opts;
}

async function until(what, check, ms = 15000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try { if (await check()) return true; } catch (e) { /* the page is reloading */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function main() {
  const opts = parse(process.argv.slice(2));
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'handouts-serve-'));
  const content = path.join(scratch, 'content');
  fs.cpSync(opts.content, content, { recursive: true });
  const file = path.join(content, 'handouts', fs.readdirSync(path.join(content, 'handouts')).filter((f) => f.endsWith('.en.md')).sort()[0]);
  const slug = path.basename(file).split('.')[0];
  const original = fs.readFileSync(file, 'utf8');

  const [cmd, ...args] = opts.handouts.split(' ');
  const serve = spawn(cmd, [...args, 'serve', '--content', content, '--templates', path.resolve(opts.templates), '--port', opts.port, '--no-pdf'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  serve.stdout.on('data', (d) => { log += d; });
  serve.stderr.on('data', (d) => { log += d; });
  const exited = new Promise((resolve) => serve.on('exit', (code) => resolve(code)));

  const browser = await puppeteer.launch({
    executablePath: opts.chrome, headless: true, userDataDir: path.join(scratch, 'chromium'),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-extensions'],
  });
  let failed = false;
  try {
    await until('the address', async () => /http:\/\/127\.0\.0\.1:\d+\//.test(log), 60000);
    const address = log.match(/http:\/\/127\.0\.0\.1:\d+\//)[0];
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 800 });
    await until('the first build', async () => (await page.goto(`${address}en/${slug}/`, { waitUntil: 'load' })).status() === 200, 60000);
    await page.evaluate(() => window.scrollTo(0, 600));
    const title = await page.$eval('h1', (h) => h.textContent.trim());
    console.log(`serving ${address}en/${slug}/: "${title}"`);

    const started = Date.now();
    fs.writeFileSync(file, original.replace(/^title: (.*)$/m, 'title: $1 (edited)'));
    await until('the edited title without a manual reload', async () => (await page.$eval('h1', (h) => h.textContent)).includes('(edited)'));
    const scrolled = await page.evaluate(() => window.scrollY);
    console.log(`edited title shown after ${Date.now() - started} ms, scroll ${scrolled} px`);
    if (Math.abs(scrolled - 600) > 40) { failed = true; console.log('FAILED: the scroll position was not kept'); }

    fs.writeFileSync(file, original.replace(/^cancer_types: .*$/m, 'cancer_types: [nonsense]'));
    await until('the problems overlay', async () => (await page.$('#handouts-serve-problems')) !== null);
    const overlay = await page.$eval('#handouts-serve-problems', (p) => p.textContent);
    console.log(`overlay: ${overlay.slice(0, 160).replace(/\s+/g, ' ')}`);
    if (!overlay.includes('HND005') || !overlay.includes(path.basename(file))) { failed = true; console.log('FAILED: the overlay does not name the file and code'); }

    fs.writeFileSync(file, original);
    await until('the overlay to clear', async () => (await page.$('#handouts-serve-problems')) === null);
    console.log('overlay cleared once fixed');
  } catch (e) {
    failed = true;
    console.log(`FAILED: ${e.message}\n--- serve said:\n${log.slice(-2000)}`);
  } finally {
    await browser.close();
    serve.kill('SIGINT');
  }

  const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), 10000))]);
  if (code !== 0) { failed = true; console.log(`FAILED: serve did not stop cleanly on Ctrl+C (${code})`); }
  fs.rmSync(scratch, { recursive: true, force: true });
  process.exit(failed ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(2); });
