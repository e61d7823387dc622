// The form in headless Chromium: messages under inputs as the user types,
// cross-field rules, findings on the nearest section, both views in step,
// labels and messages in English and Chinese, keyboard-only use.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { deploylint, editorText, example, launch, linted, messagesOf, open, paste, revision, screenshot, serve } from './helpers.mjs';

const KIND = 'ief-v3-create';
const C0 = '/deployment/template/containers/0';
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

/** The diagnostics Node gives for the valid v3 example with one change, at `pointer`. */
function expected(change, pointer, lang = 'en') {
  const body = JSON.parse(example(`valid/${KIND}.json`));
  change(body);
  return deploylint
    .lint(JSON.stringify(body, null, 2), { kind: KIND, lang })
    .filter((d) => d.pointer === pointer)
    .map((d) => [d.code, d.severity, d.message]);
}

/** Scrolls the first container into view with its name input focused (the editor follows). */
async function showContainer(page) {
  await page.locator('#lang').focus();
  await page.locator(`#${NAME_ID}`).focus();
  await page.evaluate(() => document.getElementById('s-deployment-template-containers-0').scrollIntoView({ block: 'start' }));
  await page.waitForSelector('#editor .cm-revealed');
}

/** Types `text` into an input key by key, after clearing it. */
async function typeInto(page, locator, text) {
  await locator.click();
  await locator.press('Control+A');
  await locator.press('Delete');
  await locator.pressSequentially(text);
}

test('an invalid container name shows the rule message under that input as it is typed; fixing it clears it', async () => {
  const { page, errors } = await open(browser, origin, '?lang=en');
  const name = page.getByLabel('Container name', { exact: true });
  assert.equal(await name.count(), 1);
  assert.equal(await name.getAttribute('id'), NAME_ID);
  assert.equal(await name.inputValue(), 'video-analytics');

  // The hint is the package's field doc, tied to the input.
  const info = deploylint.describeField(KIND, `${C0}/name`);
  assert.equal(await page.locator(`#${NAME_ID}-hint`).textContent(), info.doc_en);
  assert.equal(await name.getAttribute('aria-describedby'), `${NAME_ID}-hint ${NAME_ID}-error`);

  await typeInto(page, name, 'Video_Analytics');
  const want = expected((b) => (b.deployment.template.containers[0].name = 'Video_Analytics'), `${C0}/name`);
  assert.ok(want.length > 0, 'Node reports the bad name');
  assert.deepEqual(await messagesOf(page, NAME_ID), want);
  assert.equal(await name.getAttribute('aria-invalid'), 'true');
  // The message is what aria-describedby points at.
  assert.equal(await page.locator(`#${NAME_ID}-error`).textContent(), want.map((w) => w[2]).join(''));
  // The editor holds the same body.
  assert.match(await editorText(page), /"name": "Video_Analytics"/);
  assert.ok((await page.locator('#editor .cm-lintRange-error').count()) >= 1);

  // Every keystroke was checked: a prefix that is already wrong showed the message too.
  await typeInto(page, name, 'video-analytics-2');
  assert.deepEqual(await messagesOf(page, NAME_ID), []);
  assert.equal(await name.getAttribute('aria-invalid'), null);
  assert.match(await editorText(page), /"name": "video-analytics-2"/);
  assert.equal(await page.locator('#editor .cm-lintRange-error').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('choosing host network makes an incompatible DNS policy an error under "DNS policy"', async () => {
  const { page, errors } = await open(browser, origin, '?lang=en');
  const dns = page.getByLabel('DNS policy', { exact: true });
  const host = page.getByLabel('Host network', { exact: true });
  assert.equal(await dns.inputValue(), 'ClusterFirst');
  assert.equal(await host.isChecked(), false);
  assert.deepEqual(await messagesOf(page, DNS_ID), []);

  await host.check();
  await page.waitForSelector(`#${DNS_ID}[aria-invalid="true"]`);
  const want = expected((b) => (b.deployment.template.configs.host_network = true), '/deployment/template/configs/dns_policy');
  assert.equal(want.length, 1);
  assert.equal(want[0][0], 'dns-policy-host-network');
  assert.deepEqual(await messagesOf(page, DNS_ID), want);
  assert.match(await editorText(page), /"host_network": true/);

  // Typing elsewhere leaves the message element alone (a live region announces it once).
  await page.evaluate((id) => (document.querySelector(`#${id}-error > p`).dataset.seen = 'yes'), DNS_ID);
  await page.getByLabel('Description', { exact: true }).pressSequentially(' two');
  assert.equal(await page.evaluate((id) => document.querySelector(`#${id}-error > p`).dataset.seen, DNS_ID), 'yes');

  // A policy that goes with the host network clears it.
  await dns.selectOption('ClusterFirstWithHostNet');
  await page.waitForSelector(`#${DNS_ID}:not([aria-invalid])`);
  assert.deepEqual(await messagesOf(page, DNS_ID), []);
  assert.match(await editorText(page), /"dns_policy": "ClusterFirstWithHostNet"/);

  // And unticking host network makes that one wrong instead.
  await host.uncheck();
  await page.waitForSelector(`#${DNS_ID}[aria-invalid="true"]`);
  assert.deepEqual(await messagesOf(page, DNS_ID), expected((b) => (b.deployment.template.configs.dns_policy = 'ClusterFirstWithHostNet'), '/deployment/template/configs/dns_policy'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('findings without an input of their own show on the nearest enclosing section', async () => {
  const { page, errors } = await open(browser, origin, '?lang=en');
  const text = example(`broken/${KIND}.json`);
  await paste(page, text);
  const all = deploylint.lint(text, { kind: KIND });
  const where = await page.evaluate(() =>
    [...document.querySelectorAll('#form p.message')].map((p) => [p.dataset.at, p.closest('.messages').id.replace(/-error$/, '')]),
  );
  // Every finding is somewhere in the form, once.
  assert.deepEqual(where.map((w) => w[0]).sort(), all.map((d) => d.pointer).sort());
  const shownAt = Object.fromEntries(where);
  assert.equal(shownAt['/name'], 'f-name');
  assert.equal(shownAt['/deployment/template/configs/dns_policy'], DNS_ID);
  assert.equal(shownAt[`${C0}/resources/limits/cpu`], 'f-deployment-template-containers-0-resources-limits-cpu');
  assert.equal(shownAt[`${C0}/envs/0/name`], 'f-deployment-template-containers-0-envs-0-name');
  assert.equal(shownAt[`${C0}/ports/0/host_port`], 'f-deployment-template-containers-0-ports-0-host_port');
  // host_port_range given with host_port: the range's own section.
  assert.equal(shownAt[`${C0}/ports/1/host_port_range`], 's-deployment-template-containers-0-ports-1-host_port_range');
  // The affinity has no inputs: the deployment section (the template's nearest).
  const affinity = all.find((d) => d.pointer.includes('/affinity/')).pointer;
  assert.equal(shownAt[affinity], 's-body');
  assert.equal(await page.locator('#s-deployment-template-containers-0-ports-1-host_port_range').getAttribute('aria-invalid'), 'true');
  assert.deepEqual(errors, []);
  await page.close();
});

test('editing in the editor updates the form, and structural form edits update the editor', async () => {
  const { page, errors } = await open(browser, origin, '?lang=en');
  // Type in the editor: the image input follows.
  const before = await revision(page);
  await page.evaluate(() => {
    const { view } = window.deploylintPage.app.editor;
    const text = view.state.doc.toString();
    const at = text.indexOf('video-analytics:2.4.1') + 'video-analytics:2.4'.length;
    view.focus();
    view.dispatch({ selection: { anchor: at, head: at + 2 } });
  });
  await page.keyboard.type('.9');
  await linted(page, before);
  assert.equal(await page.getByLabel('Image', { exact: true }).inputValue(), 'swr.cn-north-4.myhuaweicloud.com/edge-platform/video-analytics:2.4.9');

  // Focusing an input marks its value in the editor and scrolls it into view.
  await page.getByLabel('Image', { exact: true }).focus();
  await page.waitForSelector('#editor .cm-revealed');
  assert.equal(await page.locator('#editor .cm-revealed').textContent(), '"swr.cn-north-4.myhuaweicloud.com/edge-platform/video-analytics:2.4.9"');
  assert.ok(await page.locator('#editor .cm-revealed').isVisible());

  // Add a container in the form: a second container appears in the editor, focus on its name.
  await page.getByRole('button', { name: 'Add a container' }).click();
  await page.waitForSelector('#f-deployment-template-containers-1-name');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-deployment-template-containers-1-name');
  let body = JSON.parse(await editorText(page));
  assert.equal(body.deployment.template.containers.length, 2);
  assert.deepEqual(body.deployment.template.containers[1], { name: 'container-2', image_url: '' });
  // Its empty image is an error under its Image input.
  const image1 = 'f-deployment-template-containers-1-image_url';
  assert.equal(await page.locator(`#${image1}`).getAttribute('aria-invalid'), 'true');
  assert.ok((await messagesOf(page, image1)).length > 0);

  // An env from a secret, switched to the host IP.
  const source = page.locator('#c-deployment-template-containers-0-envs-1-source');
  assert.equal(await source.inputValue(), 'secret');
  await source.selectOption('host');
  body = JSON.parse(await editorText(page));
  assert.deepEqual(body.deployment.template.containers[0].envs[1], { name: 'MQTT_PASSWORD', field_path: 'status.hostIP' });

  // A node group instead of a node: migration and toleration appear.
  await page.getByLabel('A node group').check();
  await page.getByLabel('Node group ID').fill('7a1b2c3d');
  await page.getByLabel('Fault toleration (seconds)').fill('60');
  body = JSON.parse(await editorText(page));
  assert.equal(body.node_ids, undefined);
  assert.equal(body.group_id, '7a1b2c3d');
  assert.equal(body.deployment.template.configs.migration, false);
  assert.equal(body.deployment.template.configs.toleration_seconds, 60);

  // Remove the second container.
  await page.getByRole('button', { name: 'Remove Container 2' }).click();
  body = JSON.parse(await editorText(page));
  assert.equal(body.deployment.template.containers.length, 1);
  assert.equal(await page.locator('#f-deployment-template-containers-1-name').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('switching to 中文 switches labels, hints and messages', async () => {
  const { page, errors } = await open(browser, origin, '?lang=en');
  await typeInto(page, page.getByLabel('Container name', { exact: true }), 'Video_Analytics');
  await typeInto(page, page.getByLabel('Host port', { exact: true }), '80800');
  await page.getByLabel('Host network', { exact: true }).check();
  await page.waitForSelector(`#${DNS_ID}[aria-invalid="true"]`);
  await showContainer(page);
  await screenshot(page, 'form-errors-en.png');

  const before = await revision(page);
  await page.getByLabel('Language').selectOption('zh');
  await linted(page, before);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  for (const label of ['部署名称', '容器名称', '镜像', '主机网络', 'DNS 策略', '重启策略', '实例数']) {
    assert.equal(await page.getByLabel(label, { exact: true }).count(), 1, label);
  }
  assert.equal(await page.getByLabel('Container name', { exact: true }).count(), 0);
  assert.equal(await page.getByLabel('语言').inputValue(), 'zh');
  const info = deploylint.describeField(KIND, `${C0}/name`);
  assert.equal(await page.locator(`#${NAME_ID}-hint`).textContent(), info.doc_zh);

  const change = (b) => {
    b.deployment.template.containers[0].name = 'Video_Analytics';
    b.deployment.template.containers[0].ports[0].host_port = 80800;
    b.deployment.template.configs.host_network = true;
  };
  const nameZh = expected(change, `${C0}/name`, 'zh');
  const dnsZh = expected(change, '/deployment/template/configs/dns_policy', 'zh');
  assert.notDeepEqual(nameZh, expected(change, `${C0}/name`, 'en'));
  assert.deepEqual(await messagesOf(page, NAME_ID), nameZh);
  assert.deepEqual(await messagesOf(page, DNS_ID), dnsZh);
  assert.match(await page.locator('#status').textContent(), /个错误/);
  // The editor's diagnostics are in Chinese too.
  await page.locator('#editor .cm-lintRange-error').first().hover();
  await page.waitForSelector('.cm-tooltip-lint');
  assert.match(await page.locator('.cm-tooltip-lint').textContent(), /[\u4e00-\u9fff]/);
  await page.mouse.move(0, 0);
  await showContainer(page);
  await screenshot(page, 'form-errors-zh.png');

  // And back.
  await page.getByLabel('语言').selectOption('en');
  assert.equal(await page.getByLabel('Container name', { exact: true }).count(), 1);
  assert.deepEqual(await messagesOf(page, NAME_ID), expected(change, `${C0}/name`, 'en'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('keyboard only: Tab reaches every input, Space and arrows change them, Enter adds a container', async () => {
  const { page, errors } = await open(browser, origin, '?lang=en');
  // Walk the whole page with Tab, noting each focused control's label.
  const seen = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const label = el.labels?.[0]?.firstChild?.textContent ?? el.getAttribute('aria-label') ?? el.textContent;
      return { id: el.id, tag: el.tagName, label: (label ?? '').trim().slice(0, 60), editor: el.classList.contains('cm-content') };
    });
    if (!f) break;
    if (seen.some((s) => s.id === f.id && s.editor === f.editor && s.label === f.label && f.id)) break;
    seen.push(f);
    if (f.editor) break;
  }
  const labels = seen.map((s) => s.label);
  for (const want of ['Language', 'Request kind', 'Deployment name', 'Description', 'Replicas', 'Node ID', 'Tag key', 'Container name', 'Image', 'Container port', 'Variable name', 'Volume name', 'CPU limit (cores)', 'Host network', 'DNS policy', 'Restart policy', 'Add a container']) {
    assert.ok(labels.includes(want), `Tab reaches "${want}" (reached: ${labels.join(' | ')})`);
  }
  assert.ok(seen.at(-1).editor, 'Tab reaches the editor');
  // Every input, select and textarea of the form was reached.
  const all = await page.$$eval('#form input:not([type=radio]), #form select, #form textarea', (els) => els.map((e) => e.id));
  const reached = new Set(seen.map((s) => s.id));
  assert.deepEqual(all.filter((id) => !reached.has(id)), []);
  // Tab leaves the editor (no trap).
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('cm-content')), false);

  // Space ticks "Host network"; the DNS policy becomes an error.
  await page.getByLabel('Host network', { exact: true }).focus();
  await page.keyboard.press('Space');
  await page.waitForSelector(`#${DNS_ID}[aria-invalid="true"]`);
  // Arrow keys pick another policy in the select.
  await page.getByLabel('DNS policy', { exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction((id) => document.getElementById(id).value === 'ClusterFirstWithHostNet', DNS_ID);
  await page.waitForSelector(`#${DNS_ID}:not([aria-invalid])`);
  // Enter on "Add a container" adds one and puts the focus on its name.
  await page.getByRole('button', { name: 'Add a container' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'f-deployment-template-containers-1-name');
  await page.keyboard.type('-x');
  assert.equal(JSON.parse(await editorText(page)).deployment.template.containers[1].name, 'container-2-x');
  assert.deepEqual(errors, []);
  await page.close();
});

test('bodies of the wrong shape (wrong JSON types anywhere) never break the form', async () => {
  const { page, errors } = await open(browser, origin, '?lang=en');
  const base = JSON.parse(example(`valid/${KIND}.json`));
  const c = base.deployment.template.containers[0];
  const variants = [
    (b) => (b.deployment.template.containers = 'x'),
    (b) => (b.deployment.template.containers = [null, 1, 'two', [], {}]),
    (b) => (b.deployment.template = []),
    (b) => (b.deployment = null),
    (b) => (b.node_ids = 'abc'),
    (b) => (b.group_id = 5),
    (b) => (b.tags = [1, null, { key: [] }]),
    (b) => Object.assign(c, { ports: {}, envs: [{ value_from: 'x' }, { value_from: { configmap: 3 } }], liveness_probe: 5, readiness_probe: { http_get: [], exec: null } }),
    (b) => Object.assign(c, { resources: [], command: 'ls', args: [1, { a: 1 }], volumes: 'v', name: 7, image_url: null }),
    (b) => (b.deployment.template.configs = { host_network: 'yes', dns_policy: 3, restart_policy: ['Always'] }),
  ];
  for (const change of variants) {
    const body = structuredClone(base);
    change(body);
    const text = JSON.stringify(body, null, 2);
    await paste(page, text);
    // Every finding is shown somewhere in the form.
    const shown = await page.$$eval('#form p.message', (ps) => ps.length);
    assert.equal(shown, deploylint.lint(text, { kind: KIND }).length, `all findings shown for ${change}`);
    // And typing into the first and the last text input still edits the body.
    for (const input of [page.locator('#form input[type=text]').first(), page.locator('#form input[type=text]').last()]) {
      const id = await input.getAttribute('id');
      await input.fill('edited-value');
      assert.match(await editorText(page), /edited-value/, `#${id} still edits after ${change}`);
      assert.equal(await page.locator(`#${id}`).inputValue(), 'edited-value');
    }
  }
  // A value typed under a scalar replaces the scalar with the objects leading to it.
  const body = structuredClone(base);
  body.deployment.template.containers = [c, 1];
  await paste(page, JSON.stringify(body, null, 2));
  await page.locator('#f-deployment-template-containers-1-name').fill('second');
  assert.deepEqual(JSON.parse(await editorText(page)).deployment.template.containers[1], { name: 'second' });
  assert.deepEqual(errors, []);
  await page.close();
});
