// Lint time per keystroke, measured in the page (performance.now() around
// lint()) while typing into the form and the editor of a body with ten
// containers. Printed to the test log; lint per keystroke must stay under
// 16 ms, one frame at 60 Hz (median and 95th percentile; see below).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadavg } from 'node:os';
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

  const since = (n) =>
    page.evaluate((n) => {
      const s = window.deploylintPage.app.stats;
      return { lint: s.lint.slice(n), update: s.update.slice(n), size: s.size.slice(n) };
    }, n);
  const mark = () => page.evaluate(() => window.deploylintPage.app.stats.lint.length);

  /** One round: KEYS keys into the last container's image input, then KEYS into the editor. */
  async function round() {
    let from = await mark();
    const image = page.locator('#f-deployment-template-containers-9-image_url');
    await image.click();
    await image.press('End');
    await image.pressSequentially('-rc1'.repeat(KEYS / 4));
    const form = await since(from);
    assert.equal(form.lint.length, KEYS, 'one lint per keystroke');

    from = await mark();
    await page.evaluate(() => {
      const { view } = window.deploylintPage.app.editor;
      const at = view.state.doc.toString().indexOf('"video-analytics-9') + '"video-analytics-9'.length;
      view.focus();
      view.dispatch({ selection: { anchor: at } });
    });
    await page.keyboard.type('x'.repeat(KEYS));
    const editor = await since(from);
    assert.equal(editor.lint.length, KEYS, 'one lint per keystroke');
    return { form, editor };
  }

  // Wall-clock time on a shared 2-core machine: a keystroke whose lint is
  // preempted by another process can exceed a frame without the linter being
  // slow. So the bound is on the median and the 95th percentile of each
  // round's 40 + 40 keystrokes, every round is printed (with the machine's
  // load), and a round spoilt by load is measured again, at most three rounds.
  const failures = [];
  for (let r = 1; r <= 3; r++) {
    const { form, editor } = await round();
    const report = {
      round: r,
      load: +loadavg()[0].toFixed(2),
      body: `${form.size.at(-1)} UTF-16 units, 10 containers`,
      formLint: summary(form.lint),
      formUpdate: summary(form.update),
      editorLint: summary(editor.lint),
      editorUpdate: summary(editor.update),
    };
    console.log(`latency (ms per keystroke; lint = lint() alone, update = lint + both views): ${JSON.stringify(report)}`);
    failures.length = 0;
    for (const [name, s] of [['form', report.formLint], ['editor', report.editorLint]]) {
      if (!(s.median < FRAME_MS)) failures.push(`${name}: median lint per keystroke ${s.median} ms, not under ${FRAME_MS} ms`);
      if (!(s.p95 < FRAME_MS)) failures.push(`${name}: 95th percentile ${s.p95} ms, not under ${FRAME_MS} ms`);
    }
    if (!failures.length) break;
  }
  assert.deepEqual(failures, []);
  assert.deepEqual(errors, []);
  await page.close();
});
