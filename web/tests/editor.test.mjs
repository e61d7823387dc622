// The editor in headless Chromium: every shipped example pasted in shows
// exactly the diagnostics of the package in Node (same code, severity, line,
// underlined text), the kind is recognised from a pasted body, quick fixes
// repair the text, and spans land right on non-ASCII text.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { stringify } from 'yaml';
import { join } from 'node:path';
import { ROOT, deploylint, editorText, example, launch, linted, open, paste, revision, screenshot, serve, spanText, utf16 } from './helpers.mjs';

let server;
let origin;
let browser;
let page;
let errors;

before(async () => {
  ({ server, origin } = await serve());
  browser = await launch();
  ({ page, errors } = await open(browser, origin, '?lang=en'));
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

/** What the page's editor shows, and what Node says, in one comparable shape. */
async function compare(text, expectKind) {
  const fromNode = deploylint.lint(text, expectKind ? { kind: expectKind } : undefined);
  const shown = await page.evaluate(() => window.deploylintPage.editorDiagnostics());
  const want = fromNode
    .map((d) => ({
      from: utf16(text, d.span.start),
      to: utf16(text, d.span.end),
      line: d.line,
      severity: d.severity,
      source: d.code,
      text: spanText(text, d.span),
      actions: d.fix ? [`Fix: ${d.fix.title}`] : [],
    }))
    .sort((a, b) => a.from - b.from || a.to - b.to || a.source.localeCompare(b.source));
  const got = shown.slice().sort((a, b) => a.from - b.from || a.to - b.to || a.source.localeCompare(b.source));
  assert.deepEqual(got, want);
  return fromNode;
}

const files = (set) =>
  readdirSync(join(ROOT, 'examples', set))
    .filter((f) => /\.(json|ya?ml)$/.test(f))
    .sort();

for (const set of ['valid', 'broken']) {
  for (const file of files(set)) {
    test(`pasting examples/${set}/${file} shows the package's diagnostics at their lines`, async () => {
      const text = example(`${set}/${file}`);
      await paste(page, text);
      // The kind is recognised from the pasted body, as the CLI does.
      const kind = deploylint.detectKind(text);
      assert.ok(kind, 'every shipped example has a recognisable kind');
      assert.equal(await page.locator('#kind').inputValue(), kind);
      assert.equal(await page.locator('#format').inputValue(), file.endsWith('.json') ? 'json' : 'yaml');
      const found = await compare(text);
      // The same diagnostics as linting without a kind (the CLI's `check`).
      assert.deepEqual(found, deploylint.lint(text));
      const underlined = await page.locator('#editor .cm-lintRange').count();
      if (set === 'valid') {
        assert.equal(found.filter((d) => d.severity !== 'info').length, 0, 'a valid example is clean');
      } else {
        assert.ok(found.length >= 1);
        assert.ok(underlined >= 1, 'broken: underlined in the editor');
      }
      assert.deepEqual(errors, []);
    });
  }
}

test('broken ief-v3-create: the findings of examples/README.md at their lines', async () => {
  const text = example('broken/ief-v3-create.json');
  await paste(page, text);
  const shown = await page.evaluate(() => window.deploylintPage.editorDiagnostics().map((d) => [d.line, d.source]));
  // Lines of the file, read off it: name 2, dns_policy 19, the values of
  // `Exists` 37, limits.cpu 57, env name 63, host_port 79, the range given
  // with a host port 84.
  assert.deepEqual(shown, [
    [2, 'deployment-name'],
    [19, 'dns-policy-host-network'],
    [37, 'affinity-expression-values'],
    [57, 'invalid-type'],
    [63, 'env-var'],
    [79, 'port-number'],
    [84, 'host-port-exclusive'],
  ]);
  await page.locator('#editor .cm-lintRange').first().hover();
  await page.waitForSelector('.cm-tooltip-lint');
  await screenshot(page, 'editor-broken-ief-v3-create.png');
  await page.mouse.move(0, 0);
});

test('a quick fix from the lint panel repairs the text', async () => {
  const text = example('broken/cce-release-update.json');
  await paste(page, text);
  const action = deploylint.lint(text).find((d) => d.code === 'release-action');
  assert.equal(action.fix.title, 'replace with `upgrade`');
  // Open the panel from the keyboard (Ctrl-Shift-M), click the fix (text in the
  // option, not a nested button: lint-panel.ts; its letter key: a11y.test.mjs).
  await page.click('#editor .cm-content');
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.cm-panel.cm-panel-lint');
  const before = await revision(page);
  await page.locator('.cm-panel-lint .cm-diagnosticAction', { hasText: 'Fix: replace with `upgrade`' }).click();
  await linted(page, before);
  const fixed = await editorText(page);
  assert.equal(fixed, text.replace('"upgrad"', '"upgrade"'));
  const left = await compare(fixed);
  assert.equal(left.filter((d) => d.code === 'release-action').length, 0);
  assert.equal(left.length, deploylint.lint(text).length - 1);
  // One undo step brings the mistake back.
  await page.click('#editor .cm-content');
  await page.keyboard.press('Control+z');
  await page.waitForFunction((t) => window.deploylintPage.app.editor.text === t, text);
  await page.keyboard.press('Escape');
});

test('a quick fix offered in the form repairs the text too', async () => {
  // A misspelt enum value in the v3 create body: the form offers the fix under the select.
  const text = example('valid/ief-v3-create.json').replace('"restart_policy": "Always"', '"restart_policy": "always"');
  await paste(page, text);
  const d = deploylint.lint(text).find((x) => x.pointer === '/deployment/template/configs/restart_policy');
  assert.ok(d?.fix, 'restart_policy `always` has a fix');
  const before = await revision(page);
  await page.locator('#f-deployment-template-configs-restart_policy-error button.fix').click();
  await linted(page, before);
  assert.equal(await editorText(page), example('valid/ief-v3-create.json'));
  assert.equal(await page.locator('#f-deployment-template-configs-restart_policy').inputValue(), 'Always');
});

test('spans on Chinese text and emoji land on the exact characters (UTF-8 bytes → UTF-16)', async () => {
  const body = JSON.parse(example('valid/ief-v3-create.json'));
  body.description = '深圳仓库 😀 摄像头 (测试)';
  body.tags[0].value = '边缘-😀';
  body.deployment.template.containers[0].name = '视频';
  const text = JSON.stringify(body, null, 2);
  await paste(page, text);
  const found = await compare(text);
  const pointers = found.map((d) => d.pointer);
  assert.ok(pointers.includes('/description'));
  assert.ok(pointers.includes('/deployment/template/containers/0/name'));
  const shown = await page.evaluate(() => window.deploylintPage.editorDiagnostics());
  const name = shown.find((d) => d.text === '"视频"');
  assert.ok(name, `the container name's underline covers exactly "视频" (got ${JSON.stringify(shown.map((d) => d.text))})`);
  // The same body as YAML, where strings are unquoted.
  const y = stringify(body, { lineWidth: 0 });
  await paste(page, y);
  await compare(y);
  const yShown = await page.evaluate(() => window.deploylintPage.editorDiagnostics());
  assert.ok(yShown.some((d) => d.text === '视频'), `YAML: the underline covers exactly 视频 (got ${JSON.stringify(yShown.map((d) => d.text))})`);
});

test('YAML: switching the format converts the text, and the form edits YAML in place', async () => {
  const text = example('valid/ief-v3-create.json');
  await paste(page, text);
  const before = await revision(page);
  await page.locator('#format').selectOption('yaml');
  await linted(page, before);
  const y = await editorText(page);
  assert.match(y, /^name: edge-video-analytics$/m);
  assert.equal(await page.locator('#format').inputValue(), 'yaml');
  await compare(y, 'ief-v3-create');
  // A form edit keeps the YAML (and a comment the user wrote).
  await paste(page, `# my deployment\n${y}`);
  await page.getByLabel('Replicas', { exact: true }).fill('3');
  const edited = await editorText(page);
  assert.match(edited, /^# my deployment$/m);
  assert.match(edited, /^ {2}replicas: 3$/m);
  await compare(edited, 'ief-v3-create');
  // Back to JSON.
  await page.locator('#format').selectOption('json');
  assert.equal(JSON.parse(await editorText(page)).deployment.replicas, 3);
  assert.deepEqual(errors, []);
});

test('the kind selector switches to another kind (editor only) and back to the form', async () => {
  await paste(page, example('valid/ief-v3-create.json'));
  assert.equal(await page.locator('#form-note').isVisible(), false);
  let before = await revision(page);
  await page.locator('#kind').selectOption('cce-release-update');
  await linted(page, before);
  // That kind's example is loaded; the form says it edits v3 create bodies only.
  assert.equal(await editorText(page), example('valid/cce-release-update.json'));
  assert.equal(await page.locator('#form-note').textContent(), 'The form edits IEF v3 create bodies. Edit this kind in the editor.');
  assert.equal(await page.locator('#form input').count(), 0);
  assert.match(await page.locator('#status').textContent(), /^0 errors, 0 warnings/);
  // Typing a mistake in the editor is linted as that kind.
  before = await revision(page);
  await page.evaluate(() => {
    const { view } = window.deploylintPage.app.editor;
    const at = view.state.doc.toString().indexOf('"upgrade"') + 1;
    view.dispatch({ changes: { from: at, to: at + 'upgrade'.length, insert: 'upgrad' } });
  });
  await linted(page, before);
  await compare(await editorText(page), 'cce-release-update');
  assert.equal((await page.evaluate(() => window.deploylintPage.editorDiagnostics()))[0].source, 'release-action');
  // Back to the form.
  before = await revision(page);
  await page.locator('#kind').selectOption('ief-v3-create');
  await linted(page, before);
  assert.equal(await editorText(page), example('valid/ief-v3-create.json'));
  assert.equal(await page.getByLabel('Deployment name', { exact: true }).inputValue(), 'edge-video-analytics');
  assert.deepEqual(errors, []);
});
