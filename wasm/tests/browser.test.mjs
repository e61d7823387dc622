// REAL BROWSER: wasm/pkg and a small form page are served on 127.0.0.1 by a
// tiny Node server; headless Debian Chromium (driven by playwright-core) loads
// the package as an ES module, lints a bad manifest as the user types it, and
// the page shows the diagnostics' codes and pointers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { PKG, ROOT } from './helpers.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html', '.json': 'application/json' };

const PAGE = `<!doctype html>
<meta charset="utf-8">
<title>deploylint form</title>
<label>Request body <textarea id="body" rows="20" cols="80"></textarea></label>
<ul id="problems"></ul>
<script type="module">
  import init, { lint, detectKind, describeField, nodeAt, version } from '/pkg/index.js';
  const body = document.getElementById('body');
  const problems = document.getElementById('problems');
  await init();
  body.addEventListener('input', () => {
    problems.replaceChildren(...lint(body.value).map((d) => {
      const li = document.createElement('li');
      li.dataset.code = d.code;
      li.dataset.pointer = d.pointer;
      li.textContent = d.line + ':' + d.column + ' ' + d.message;
      return li;
    }));
  });
  window.deploylint = { lint, detectKind, describeField, nodeAt, version };
  document.body.dataset.ready = 'yes';
</script>`;

let server;
let origin;
let browser;
const requests = [];

before(async () => {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing (apt-get install chromium; wasm/test.sh does)`);
  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname);
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      return;
    }
    const rel = normalize(url.pathname.replace(/^\/pkg\//, '')).replace(/^(\.\.[/\\])+/, '');
    const file = join(PKG, rel);
    if (!url.pathname.startsWith('/pkg/') || !file.startsWith(PKG) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  // The flags of the machine notes; playwright-core adds --headless and a fresh,
  // empty --user-data-dir of its own (it refuses one in args) and removes it on close.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    chromiumSandbox: false,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

test('Chromium lints a bad manifest typed into a form, with codes and pointers', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  await page.goto(`${origin}/`);
  await page.waitForSelector('body[data-ready="yes"]', { timeout: 30_000 });

  const bad = readFileSync(join(ROOT, 'examples/broken/cce-release-update.json'), 'utf8');
  await page.fill('#body', bad);
  await page.waitForSelector('#problems li');
  const shown = await page.$$eval('#problems li', (lis) => lis.map((li) => [li.dataset.code, li.dataset.pointer]));
  assert.deepEqual(shown.slice(0, 2), [
    ['release-action', '/action'],
    ['invalid-type', '/parameters/dry_run'],
  ]);
  const first = await page.$eval('#problems li', (li) => li.textContent);
  assert.equal(first, '3:13 `action` is `upgrad`; did you mean `upgrade`?');

  // The same API in the page as in Node: identical results for a v3 body.
  const v3 = readFileSync(join(ROOT, 'examples/broken/ief-v3-create.json'), 'utf8');
  const inPage = await page.evaluate((text) => window.deploylint.lint(text, { lang: 'zh' }), v3);
  const inNode = (await import('../pkg/node.js')).lint(v3, { lang: 'zh' });
  assert.deepEqual(inPage, inNode);
  assert.ok(inPage.length > 0);
  assert.equal(await page.evaluate(() => window.deploylint.detectKind('{"chart_id": "x"}')), 'cce-release-update');
  assert.equal(
    await page.evaluate(() => window.deploylint.describeField('cce-release-update', '/action').values.join(',')),
    'upgrade,rollback',
  );
  // The cursor query in the page: string indices, as the textarea counts them.
  assert.deepEqual(
    await page.evaluate(() => {
      const text = '{"description": "😀", "action": "upgrad"}';
      return window.deploylint.nodeAt(text, text.indexOf('upgrad'));
    }),
    { document: 0, pointer: '/action', place: 'value', span: { start: 32, end: 40 }, enclosing: '', key: 'action' },
  );
  // Nasty input in the page: diagnostics, no exception.
  const deep = await page.evaluate(() => window.deploylint.lint('['.repeat(100000))[0].code);
  assert.equal(deep, 'limit-exceeded');

  assert.ok(requests.includes('/pkg/deploylint_wasm_bg.wasm'), requests.join(' '));
  assert.deepEqual(errors, []);
  await page.close();
});
