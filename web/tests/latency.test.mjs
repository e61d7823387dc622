// Lint time per keystroke, measured in the page (performance.now() around
// lint()) while typing into the form and the editor of a body with ten
// containers. Printed to the test log; lint per keystroke must stay under
// 16 ms, one frame at 60 Hz.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { deploylint, example, launch, open, paste, serve } from './helpers.mjs';

const FRAME_MS = 16;
const KEYS = 40;

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

/** The valid v3 create example with ten containers (distinct names and host ports). */
function tenContainers() {
  const body = JSON.parse(example('valid/ief-v3-create.json'));
  const [c] = body.deployment.template.containers;
  body.deployment.template.containers = Array.from({ length: 10 }, (_, i) => {
    const copy = structuredClone(c);
    copy.name = `video-analytics-${i}`;
    copy.ports[0].host_port = 18080 + i;
    copy.ports[1].host_port_range = { min_port: 30000 + i * 20, max_port: 30010 + i * 20 };
    return copy;
  });
  return JSON.stringify(body, null, 2);
}

function summary(ms) {
  const s = ms.slice().sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { n: s.length, median: +at(0.5).toFixed(3), p95: +at(0.95).toFixed(3), max: +s[s.length - 1].toFixed(3) };
}

test('lint per keystroke on a ten-container body stays under one frame (16 ms)', async () => {
  const { page, errors } = await open(browser, origin, '?lang=en');
  const text = tenContainers();
  assert.equal(deploylint.lint(text).length, 0, 'the ten-container body is valid');
  await paste(page, text);
  const names = await page.$$eval('#form input', (els) => els.filter((e) => /^f-deployment-template-containers-\d+-name$/.test(e.id)).length);
  assert.equal(names, 10, 'the form shows ten containers');

  const mark = () => page.evaluate(() => window.deploylintPage.app.stats.lint.length);

  // Typing into the last container's image input, key by key.
  let from = await mark();
  const image = page.locator('#f-deployment-template-containers-9-image_url');
  await image.click();
  await image.press('End');
  await image.pressSequentially('-rc1'.repeat(KEYS / 4));
  const form = await page.evaluate((n) => {
    const s = window.deploylintPage.app.stats;
    return { lint: s.lint.slice(n), update: s.update.slice(n), size: s.size.slice(n) };
  }, from);
  assert.equal(form.lint.length, KEYS, 'one lint per keystroke');

  // Typing into the editor, at the end of the last container's name.
  from = await mark();
  await page.evaluate(() => {
    const { view } = window.deploylintPage.app.editor;
    const at = view.state.doc.toString().indexOf('"video-analytics-9"') + '"video-analytics-9'.length;
    view.focus();
    view.dispatch({ selection: { anchor: at } });
  });
  await page.keyboard.type('x'.repeat(KEYS));
  const editor = await page.evaluate((n) => {
    const s = window.deploylintPage.app.stats;
    return { lint: s.lint.slice(n), update: s.update.slice(n), size: s.size.slice(n) };
  }, from);
  assert.equal(editor.lint.length, KEYS, 'one lint per keystroke');

  const report = {
    body: `${form.size.at(-1)} UTF-16 units, 10 containers`,
    formLint: summary(form.lint),
    formUpdate: summary(form.update),
    editorLint: summary(editor.lint),
    editorUpdate: summary(editor.update),
  };
  // The test log shows the measurement.
  console.log(`latency (ms per keystroke; lint = lint() alone, update = lint + both views): ${JSON.stringify(report)}`);
  // Wall-clock time: a keystroke whose lint was preempted by another process
  // on a busy machine can exceed a frame without the linter being slow, so
  // the bound is on the median and the 95th percentile; the log shows the maximum.
  for (const [name, ms] of [['form', form.lint], ['editor', editor.lint]]) {
    const { median, p95 } = summary(ms);
    assert.ok(median < FRAME_MS, `${name}: median lint per keystroke under ${FRAME_MS} ms (${median} ms)`);
    assert.ok(p95 < FRAME_MS, `${name}: 95% of keystrokes lint under ${FRAME_MS} ms (p95 ${p95} ms)`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});
