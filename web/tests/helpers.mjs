// Shared by the browser tests: serve web/dist on 127.0.0.1 with a tiny static
// server (the page needs nothing else), start Debian's headless Chromium
// through playwright-core, open the page, and lint in Node with the same
// WebAssembly package for the expected results.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const WEB = fileURLToPath(new URL('..', import.meta.url));
export const ROOT = join(WEB, '..');
export const DIST = join(WEB, 'dist');
export const ARTIFACTS = join(WEB, 'test-results');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** The package as Node loads it (wasm/pkg/node.js initialises on import). */
export const deploylint = await import(join(ROOT, 'wasm', 'pkg', 'node.js'));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Serves web/dist; resolves to its origin. */
export async function serve() {
  assert.ok(existsSync(join(DIST, 'index.html')), 'web/dist is missing: run bash web/build.sh');
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    const file = normalize(join(DIST, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(DIST.replace(/[\\/]$/, '') + sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/**
 * Debian's Chromium, headless, with the flags this machine needs (no network
 * but loopback). playwright-core passes --headless and a fresh, empty
 * --user-data-dir of its own, removed on close.
 */
export async function launch() {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing (apt-get install chromium; scripts/test-web.sh does)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    chromiumSandbox: false,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Opens the page and waits for the package to load. Any console error or
 * uncaught exception on the page is collected in `errors` (tests assert none).
 */
export async function open(browser, origin, query = '') {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${origin}/${query}`);
  await page.waitForSelector('body[data-ready="yes"]', { timeout: 30_000 });
  return { page, errors };
}

/** The page's lint revision (one per change). */
export function revision(page) {
  return page.evaluate(() => Number(document.body.dataset.revision ?? 0));
}

/** Waits until the page has linted past `after`. */
export async function linted(page, after) {
  await page.waitForFunction((n) => Number(document.body.dataset.revision ?? 0) > n, after);
}

/**
 * Pastes `text` over the editor's whole text, as a user does: focus, select
 * all, and a real `paste` event carrying the text (CodeMirror's own paste path).
 */
export async function paste(page, text) {
  const before = await revision(page);
  await page.click('#editor .cm-content');
  await page.keyboard.press('Control+A');
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.querySelector('#editor .cm-content').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  await linted(page, before);
  // The page normalises nothing: the editor holds exactly what was pasted.
  assert.equal(await editorText(page), text);
}

export function editorText(page) {
  return page.evaluate(() => window.deploylintPage.app.editor.text);
}

/** Replaces the editor's text programmatically (not a paste: the kind stays). */
export async function setText(page, text) {
  const before = await revision(page);
  await page.evaluate((t) => window.deploylintPage.app.editor.replace(t, 'input.test'), text);
  await linted(page, before);
}

/** The messages shown in the form under the element `id` (an input or a fieldset): [code, severity, text]. */
export function messagesOf(page, id) {
  return page.$$eval(`[id="${id}-error"] > p.message`, (ps) => ps.map((p) => [p.dataset.code, p.className.replace('message ', ''), p.firstChild.textContent]));
}

/** Byte span → the text it covers, computed in Node from the UTF-8 bytes (independent of the page's conversion). */
export function spanText(text, span) {
  return Buffer.from(text, 'utf8').subarray(span.start, span.end).toString('utf8');
}

/** The UTF-16 offset of a byte offset, computed in Node. */
export function utf16(text, byte) {
  return Buffer.from(text, 'utf8').subarray(0, byte).toString('utf8').length;
}

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, name);
  await page.screenshot({ path, fullPage: false });
  return path;
}

export function example(path) {
  return readFileSync(join(ROOT, 'examples', path), 'utf8');
}
