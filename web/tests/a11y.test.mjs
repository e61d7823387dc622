// Accessibility, checked by a tool nobody here wrote: axe-core (the npm
// package, web/'s devDependency) injected into the built page in headless
// Chromium, run on the page as loaded, with errors shown (typed into the form,
// underlined in the editor), and in 中文. No violation of impact serious or
// critical may remain; on failure the message lists each one with its nodes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { launch, linted, messagesOf, open, revision, serve } from './helpers.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const NAME_ID = 'f-deployment-template-containers-0-name';
const DNS_ID = 'f-deployment-template-configs-dns_policy';

let server;
let origin;
let browser;

before(async () => {
  ({ server, origin } = await serve());
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

/**
 * Runs axe-core on the whole page; returns its violations of impact serious
 * or critical, each as id, impact, help and the CSS targets of its nodes with
 * axe's summary of what fails there.
 */
async function seriousViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), failure: n.failureSummary })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Each state's violations as text: id, impact, help, and where (with axe's summary). */
function report(byState) {
  return Object.entries(byState)
    .filter(([, found]) => found.length > 0)
    .map(([state, found]) => `${state}:\n${found.map((v) => `  ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    at ${n.target}\n      ${n.failure.replace(/\n/g, '\n      ')}`).join('\n')}`).join('\n')}`)
    .join('\n');
}

/** Types `text` into an input key by key, after clearing it. */
async function typeInto(page, locator, text) {
  await locator.click();
  await locator.press('Control+A');
  await locator.press('Delete');
  await locator.pressSequentially(text);
}

/** Hovers the first error underline until CodeMirror's lint tooltip shows. */
async function hoverTooltip(page) {
  await page.locator('#editor .cm-lintRange-error').first().hover();
  await page.waitForSelector('#editor .cm-tooltip-lint');
}

/** Opens the editor's diagnostics panel from the keyboard (Ctrl+Shift+M); its list takes the focus. */
async function openPanel(page) {
  await page.mouse.move(0, 0);
  await page.locator('#editor .cm-content').focus();
  await page.keyboard.press('Control+Shift+M');
  await page.waitForFunction(() => document.activeElement?.matches('#editor .cm-panel-lint ul') && document.querySelector('#editor .cm-panel-lint [aria-selected]'));
}

/** Errors shown: a bad name and port typed into the form, host network with an incompatible DNS policy. */
async function typeErrors(page) {
  await typeInto(page, page.getByLabel('Container name', { exact: true }), 'Video_Analytics');
  await typeInto(page, page.getByLabel('Host port', { exact: true }), '80800');
  await page.getByLabel('Host network', { exact: true }).check();
  await page.waitForSelector(`#${DNS_ID}[aria-invalid="true"]`);
  assert.ok((await messagesOf(page, NAME_ID)).length > 0, 'a message under "Container name"');
  assert.ok((await page.locator('#editor .cm-lintRange-error').count()) >= 1, 'underlined in the editor');
  assert.ok((await page.locator('#editor .cm-lint-marker-error').count()) >= 1, 'marked in the lint gutter');
}

/** Switches the page to 中文 and waits for the messages in Chinese. */
async function toChinese(page) {
  const before = await revision(page);
  await page.getByLabel('Language').selectOption('zh');
  await linted(page, before);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  assert.match(await page.locator('#status').textContent(), /个错误/);
}

/** Asserts that no state has a violation, listing them all (every state) when some do. */
function assertNone(found) {
  const ids = Object.fromEntries(Object.entries(found).map(([state, v]) => [state, v.map((x) => x.id)]));
  const none = Object.fromEntries(Object.keys(found).map((state) => [state, []]));
  assert.deepEqual(ids, none, `axe-core found serious or critical violations:\n${report(found)}`);
}

test('axe-core: no serious or critical violation as loaded, with errors shown, and in 中文', async () => {
  const { page, errors } = await open(browser, origin, '?lang=en');
  const found = {};
  found['as loaded'] = await seriousViolations(page);
  await typeErrors(page);
  found['errors shown'] = await seriousViolations(page);
  await hoverTooltip(page);
  found['errors shown, lint tooltip'] = await seriousViolations(page);
  await page.mouse.move(0, 0);
  await toChinese(page);
  found['中文, errors shown'] = await seriousViolations(page);
  await hoverTooltip(page);
  assert.match(await page.locator('#editor .cm-tooltip-lint').textContent(), /[\u4e00-\u9fff]/);
  found['中文, lint tooltip'] = await seriousViolations(page);
  assert.equal(Object.keys(found).length, 5);
  assertNone(found);
  assert.deepEqual(errors, []);
  await page.close();
});

/** Moves the panel's selection (arrow keys) to the diagnostic with rule `code`. */
async function selectInPanel(page, code) {
  for (let i = 0; i < 30; i++) {
    const selected = await page.locator('#editor .cm-panel-lint [aria-selected] .cm-diagnosticSource').textContent();
    if (selected === code) return;
    await page.keyboard.press('ArrowDown');
  }
  assert.fail(`no ${code} in the diagnostics panel`);
}

const DNS_RULE = 'dns-policy-host-network';
const DNS_FIX = () => `#editor .cm-panel-lint [role="option"]:has(.cm-diagnosticSource:text-is("${DNS_RULE}")) .cm-diagnosticAction`;

test("axe-core: no serious or critical violation in the editor's diagnostics panel, in English and 中文; its fixes still apply from the keyboard and by a click", async () => {
  const { page, errors } = await open(browser, origin, '?lang=en');
  const dns = page.locator(`#${DNS_ID}`);
  await typeErrors(page);
  const wrongPolicy = await dns.inputValue();
  await openPanel(page);
  assertNone({ 'diagnostics panel': await seriousViolations(page) });
  // No control inside an option; the fix is text naming its key.
  assert.equal(await page.locator('#editor .cm-panel-lint [role="option"] :is(button, input, select, textarea, a, [tabindex])').count(), 0);
  const fix = page.locator(DNS_FIX());
  assert.equal(await fix.textContent(), 'Fix: use `ClusterFirstWithHostNet` (press F)');
  assert.equal(await fix.locator('u').textContent(), 'F');
  // Selected with the arrows, applied with its letter.
  await selectInPanel(page, DNS_RULE);
  await page.keyboard.press('f');
  await page.waitForSelector(`#${DNS_ID}:not([aria-invalid])`);
  assert.equal(await dns.inputValue(), 'ClusterFirstWithHostNet');
  await page.locator('#editor .cm-panel-lint button[name="close"]').click();
  await page.waitForSelector('#editor .cm-panel-lint', { state: 'detached' });

  // 中文: the same error again, the panel in Chinese, the fix applied by a click.
  await dns.selectOption(wrongPolicy);
  await page.waitForSelector(`#${DNS_ID}[aria-invalid="true"]`);
  await toChinese(page);
  await openPanel(page);
  assert.equal(await page.locator('#editor .cm-panel-lint ul').getAttribute('aria-label'), '诊断');
  assertNone({ '中文, diagnostics panel': await seriousViolations(page) });
  assert.equal(await page.locator(DNS_FIX()).textContent(), '修复：改用 `ClusterFirstWithHostNet` (按 C)');
  await page.locator(DNS_FIX()).click();
  await page.waitForSelector(`#${DNS_ID}:not([aria-invalid])`);
  assert.equal(await dns.inputValue(), 'ClusterFirstWithHostNet');
  assert.deepEqual(errors, []);
  await page.close();
});
