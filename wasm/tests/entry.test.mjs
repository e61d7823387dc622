// The browser/bundler entry (index.js) used from Node: nothing works before
// `await init()` (and nothing throws either), everything after it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import init, * as deploylint from '../pkg/index.js';

test('before init: diagnostics, null and [] instead of exceptions', () => {
  assert.equal(deploylint.isReady(), false);
  const [d] = deploylint.lint('{}');
  assert.equal(d.code, 'internal-error');
  assert.match(d.message, /await init\(\)/);
  assert.deepEqual(Object.keys(d).sort(), ['code', 'column', 'column_utf16', 'end_column', 'end_column_utf16', 'end_line', 'help', 'line', 'message', 'pointer', 'severity', 'span']);
  assert.equal(deploylint.lintDocuments('{}')[0].diagnostics[0].code, 'internal-error');
  assert.equal(deploylint.detectKind('{"chart_id": "x"}'), null);
  assert.deepEqual(deploylint.kinds(), []);
  assert.deepEqual(deploylint.rules(), []);
  assert.equal(deploylint.schema('ief-v3-create'), null);
  assert.equal(deploylint.describeField('cce-release-update', '/action'), null);
  assert.equal(deploylint.nodeAt('{}', 0), null);
  assert.equal(deploylint.resolve('cce-release-update', '/action'), null);
  assert.deepEqual(deploylint.allowedFields('cce-release-update', ''), []);
  assert.equal(deploylint.positionAt('x', 0), null);
  assert.equal(deploylint.offsetAt('x', { line: 0, character: 0 }), null);
  assert.equal(deploylint.utf16Offset('x', 0), null);
  assert.equal(deploylint.byteOffset('x', 0), null);
  assert.equal(deploylint.version(), null);
});

test('init() loads the .wasm next to the module (file: URL in Node), once', async () => {
  const a = init();
  const b = deploylint.init();
  assert.equal(a, b);
  await a;
  assert.equal(deploylint.isReady(), true);
  await init();
  assert.equal(deploylint.detectKind('{"chart_id": "x"}'), 'cce-release-update');
  assert.equal(deploylint.nodeAt('{"chart_id": "x"}', 2).pointer, '/chart_id');
  assert.equal(deploylint.lint('{"chart_id": "x", "action": "upgrad", "parameters": {}, "values": {}}')[0].code, 'release-action');
});

test('after init(), the warm-up lints a body of each kind when idle, and changes no answer', async () => {
  const { WARM_UP } = await import('../pkg/core.js');
  await init();
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.deepEqual(
    WARM_UP.map((b) => deploylint.detectKind(b)),
    ['ief-v3-create', 'ief-v2-create', 'cce-release-update', 'ief-v3-update', 'ief-v2-update'],
  );
  for (const body of WARM_UP) {
    const found = deploylint.lint(body);
    assert.ok(found.every((d) => d.code !== 'internal-error'), body);
  }
  assert.equal(deploylint.lint('{"chart_id": "x", "action": "upgrad", "parameters": {}, "values": {}}')[0].code, 'release-action');
});
