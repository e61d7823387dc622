// The query API for editors and forms: nodeAt, resolve, allowedFields and the
// offset conversions. Offsets are JavaScript string indices (UTF-16 code
// units); the texts hold Chinese and emoji so that bytes, characters and
// UTF-16 units all differ.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as deploylint from '../pkg/node.js';

const { nodeAt, resolve, allowedFields, positionAt, offsetAt, utf16Offset, byteOffset, describeField, lint } = deploylint;

/** nodeAt with the text of its span, for exact comparisons. */
function at(text, offset, options) {
  const n = nodeAt(text, offset, options);
  return n && { ...n, text: text.slice(n.span.start, n.span.end) };
}

const JSON_BODY = '{"description": "中文 😀", "name": "web",  "deployment": {"replicas": 1}}';

test('nodeAt on JSON: key, value, between members, the edges', () => {
  const key = JSON_BODY.indexOf('"replicas"');
  assert.deepEqual(at(JSON_BODY, key + 2), {
    document: 0,
    pointer: '/deployment/replicas',
    place: 'key',
    span: { start: key, end: key + 10 },
    enclosing: '/deployment',
    key: 'replicas',
    text: '"replicas"',
  });
  const one = JSON_BODY.indexOf('1}');
  assert.deepEqual(at(JSON_BODY, one), {
    document: 0,
    pointer: '/deployment/replicas',
    place: 'value',
    span: { start: one, end: one + 1 },
    enclosing: '/deployment',
    key: 'replicas',
    text: '1',
  });
  // After the emoji: string indices, not bytes.
  const name = JSON_BODY.indexOf('"web"');
  assert.equal(name, 33);
  assert.deepEqual(at(JSON_BODY, name).text, '"web"');
  assert.deepEqual(at(JSON_BODY, JSON_BODY.indexOf('😀') + 1).text, '"中文 😀"');
  // Two spaces between members: inside the root object.
  const between = at(JSON_BODY, JSON_BODY.indexOf(',  ') + 2);
  assert.deepEqual([between.pointer, between.place, between.enclosing, between.key], ['', 'inside', '', null]);
  assert.deepEqual(between.span, { start: 0, end: JSON_BODY.length });
  // The end of the document is inside the root; past it there is nothing.
  assert.equal(at(JSON_BODY, JSON_BODY.length).place, 'inside');
  assert.equal(nodeAt(JSON_BODY, JSON_BODY.length + 1), null);
  assert.equal(nodeAt('{"a": ', 1), null);
});

const FLOW = `deployment:
  name: web
  description: 中文 😀
  app:
    name: web
    configs: {host_network: true, restart_policy: Always}
`;

test('nodeAt on a flow map in YAML, after non-ASCII text', () => {
  const always = FLOW.indexOf('Always');
  assert.deepEqual(at(FLOW, always + 6), {
    document: 0,
    pointer: '/deployment/app/configs/restart_policy',
    place: 'value',
    span: { start: always, end: always + 6 },
    enclosing: '/deployment/app/configs',
    key: 'restart_policy',
    text: 'Always',
  });
  const inside = at(FLOW, FLOW.indexOf('{'));
  assert.deepEqual([inside.pointer, inside.place, inside.text], [
    '/deployment/app/configs',
    'inside',
    '{host_network: true, restart_policy: Always}',
  ]);
  assert.deepEqual(at(FLOW, FLOW.indexOf('host_network')).place, 'key');
  // Forcing the format: this YAML is no JSON.
  assert.equal(nodeAt(FLOW, 0, { format: 'json' }), null);
  assert.equal(at(FLOW, 0, { format: 'yaml' }).pointer, '/deployment');
});

test('nodeAt in a multi-document YAML stream', () => {
  const text = 'chart_id: a\n---\nchart_id: 名\naction: rollbak\n';
  const bad = text.indexOf('rollbak');
  assert.deepEqual(at(text, bad), {
    document: 1,
    pointer: '/action',
    place: 'value',
    span: { start: bad, end: bad + 7 },
    enclosing: '',
    key: 'action',
    text: 'rollbak',
  });
  assert.deepEqual(at(text, bad, { document: 1 }), at(text, bad));
  // The offset is not in document 0, which is asked for; document 5 does not exist.
  assert.equal(nodeAt(text, bad, { document: 0 }), null);
  assert.equal(nodeAt(text, bad, { document: 5 }), null);
  assert.equal(at(text, 0).document, 0);
});

test('nodeAt: malformed arguments are null, never exceptions', () => {
  for (const [text, offset, options] of [
    [42, 0],
    ['{}', -1],
    ['{}', Number.NaN],
    ['{}', Infinity],
    ['{}', '0'],
    ['{}', 0, 'json'],
    ['{}', 0, { format: 'toml' }],
    ['{}', 0, { document: 'first' }],
    ['{}', 0, { document: -1 }],
    [undefined, undefined, undefined],
  ]) {
    assert.equal(nodeAt(text, offset, options), null, JSON.stringify([text, offset, options]));
  }
  assert.equal(at('{}', 0.9).pointer, '');
  assert.equal(at('{}', 0, { format: null, document: null }).pointer, '');
});

test('resolve: the field, its bounds and values, with or without the v2 wrapper', () => {
  const policy = resolve('ief-v2-create', '/app/configs/restart_policy');
  assert.deepEqual(policy, { ...describeField('ief-v2-create', '/deployment/app/configs/restart_policy'), disputed_values: ['OnFailure'] });
  assert.equal(policy.object, 'AppConfigs');
  assert.deepEqual(policy.values, ['Always', 'Onfailure', 'Never']);
  const port = resolve('ief-v3-create', '/deployment/template/containers/0/ports/0/host_port');
  assert.deepEqual([port.type, port.min, port.max, port.rule, port.disputed_values], ['integer', 1, 65535, 'port-number', []]);
  const node = resolve('ief-v3-create', '/node_ids/0');
  assert.deepEqual([node.name, node.type, node.min], ['node_ids', 'string', null]);
  for (const [k, p] of [['nope', '/action'], ['cce-release-update', '/nope'], ['cce-release-update', ''], ['cce-release-update', 5], [undefined, undefined]]) {
    assert.equal(resolve(k, p), null);
  }
});

test('allowedFields: what may be added, from keys or from the text', () => {
  const names = (...args) => allowedFields(...args).map((f) => f.name);
  assert.deepEqual(names('cce-release-update', ''), ['chart_id', 'values', 'action', 'parameters']);
  assert.deepEqual(names('cce-release-update', '', ['values', 'action']), ['chart_id', 'parameters']);
  const configs = '/deployment/app/configs';
  assert.deepEqual(names('ief-v2-create', configs, FLOW), ['privileged', 'run_as_user', 'ports', 'host_pid', 'dns_policy']);
  // A flat v2 create body: the top level is the deployment itself.
  const flat = 'name: web\napp:\n  name: web\n';
  assert.deepEqual(names('ief-v2-create', '', flat), ['node_ids', 'description', 'group_id', 'visibility']);
  assert.deepEqual(names('ief-v2-create', ''), ['deployment']);
  // The document of a stream, and the format.
  const stream = 'chart_id: a\n---\nvalues: {}\n';
  assert.deepEqual(names('cce-release-update', '', stream, { document: 1 }), ['chart_id', 'action', 'parameters']);
  assert.deepEqual(names('cce-release-update', '', '{"action": "upgrade"}', { format: 'json' }), ['chart_id', 'values', 'parameters']);
  const first = allowedFields('cce-release-update', '')[0];
  assert.deepEqual(first, describeField('cce-release-update', '/chart_id'));
  for (const args of [
    ['nope', ''],
    ['cce-release-update', '/chart_id'],
    ['cce-release-update', 5],
    ['cce-release-update', '', 42],
    ['cce-release-update', '', 'chart_id: a', { format: 'toml' }],
    [],
  ]) {
    assert.deepEqual(allowedFields(...args), [], JSON.stringify(args));
  }
});

test('positions: LSP line and character, string indices and bytes', () => {
  const text = 'a: 😀\r\nb: 名\n';
  const b = text.indexOf('b');
  assert.equal(b, 7);
  assert.deepEqual(positionAt(text, b), { line: 1, character: 0 });
  assert.deepEqual(positionAt(text, text.indexOf('😀') + 2), { line: 0, character: 5 });
  assert.equal(offsetAt(text, { line: 1, character: 0 }), b);
  assert.equal(offsetAt(text, { line: 0, character: 99 }), text.indexOf('\r'));
  assert.equal(offsetAt(text, { line: 0, character: 4 }), text.indexOf('😀'), 'inside the pair: its start');
  assert.equal(offsetAt(text, { line: 9, character: 0 }), text.length);
  assert.deepEqual(positionAt(text, 999), { line: 2, character: 0 });
  // Bytes: the emoji is 4 bytes and 2 units, 名 3 bytes and 1 unit.
  assert.equal(byteOffset(text, b), 9);
  assert.equal(utf16Offset(text, 9), b);
  assert.equal(byteOffset(text, text.length), new TextEncoder().encode(text).length);
  assert.equal(utf16Offset(text, 1e9), text.length);
  for (const f of [() => positionAt(1, 1), () => offsetAt('x', null), () => offsetAt('x', { line: 'a', character: 0 }),
    () => utf16Offset('x', -1), () => byteOffset(null, 0)]) {
    assert.equal(f(), null);
  }
});

test('a diagnostic span (bytes) mapped to string indices points at the offending text', () => {
  const text = '{"chart_id": "模板", "action": "upgrad", "parameters": {}, "values": {}}';
  const [d] = lint(text);
  assert.equal(d.code, 'release-action');
  assert.deepEqual(d.span, { start: 33, end: 41 });
  const start = utf16Offset(text, d.span.start);
  const end = utf16Offset(text, d.span.end);
  assert.equal(text.slice(start, end), '"upgrad"');
  assert.equal(at(text, start).pointer, d.pointer);
});
