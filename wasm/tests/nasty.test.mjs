// NEVER THROWS, NEVER TRAPS: the nastiest inputs we could find (garbage,
// every prefix of real bodies, 20 MB, 100,000-deep nesting, alias bombs,
// hostile option objects) all give diagnostics back, and afterwards the
// module still answers exactly as before. A trap would surface as an
// exception (caught by the wrappers as `internal-error`), so every result is
// also checked for that code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, checkDiagnostic } from './helpers.mjs';
import * as deploylint from '../pkg/node.js';

const example = (p) => readFileSync(join(ROOT, 'examples', p), 'utf8');
const reference = example('broken/ief-v3-create.json');
const expected = deploylint.lint(reference);
const expectedZh = deploylint.lint(reference, { lang: 'zh' });

/** Lints, checks the shape, and that no exception or trap was turned into internal-error. */
function lint(text, options) {
  let ds;
  assert.doesNotThrow(() => {
    ds = deploylint.lint(text, options);
  });
  assert.ok(Array.isArray(ds), `not an array: ${ds}`);
  for (const d of ds) {
    checkDiagnostic(d);
    assert.notEqual(d.code, 'internal-error', d.message);
  }
  return ds;
}
const codes = (ds) => ds.map((d) => `${d.code} ${d.pointer}`);

// A small deterministic PRNG (mulberry32), so failures reproduce.
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('garbage: random code units (lone surrogates included), bytes and token soup', () => {
  const r = rng(6);
  const tokens = ['{', '}', '[', ']', ':', ',', '"', '\\', '-', '? ', '&a ', '*a', '!!str ', '|', '>', '%YAML 1.2',
    '---', '...', '\n', '\t', ' ', '#', 'null', 'true', '1e999', '-0', '0x1F', '"deployment"', '"template"',
    '"containers"', 'deployment:', '  - ', '\ud800', '\u0000', '\ufeff', '名字', '😀', '\r\n', "'", '@', '`'];
  for (let i = 0; i < 400; i++) {
    const n = Math.floor(r() * 300);
    let s = '';
    if (i % 3 === 0) for (let j = 0; j < n; j++) s += String.fromCharCode(Math.floor(r() * 65536));
    else for (let j = 0; j < n; j++) s += tokens[Math.floor(r() * tokens.length)];
    lint(s);
    lint(s, { format: 'json' });
    lint(s, { format: 'yaml', kind: 'ief-v3-create', current: s });
    const bytes = new Uint8Array(n).map(() => Math.floor(r() * 256));
    lint(bytes);
    deploylint.detectKind(s);
    deploylint.lintDocuments(s);
  }
});

test('every prefix of real bodies, JSON and YAML, and of a current deployment', () => {
  for (const p of ['broken/ief-v3-create.json', 'broken/ief-v2-create.json', 'broken/releases.yaml', 'valid/ief-v3-update.yaml']) {
    const text = example(p);
    for (let n = 0; n <= text.length; n++) lint(text.slice(0, n));
  }
  const update = example('valid/ief-v3-update.json');
  for (let n = 0; n <= update.length; n += 7) lint(update, { kind: 'ief-v3-update', current: update.slice(0, n) });
});

test('100,000-deep nesting: JSON, YAML flow and block, in the body and in current', () => {
  const deep = [
    '['.repeat(100_000),
    '['.repeat(100_000) + ']'.repeat(100_000),
    '{"a":'.repeat(100_000),
    '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000),
    `{"deployment": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    `deployment: ${'['.repeat(100_000)}`,
    '{a: '.repeat(100_000),
    '- '.repeat(100_000) + 'x',
    '? '.repeat(100_000) + 'x',
    '&a '.repeat(100_000) + 'x',
    Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' 1',
  ];
  for (const text of deep) {
    const ds = lint(text);
    assert.ok(ds.length > 0);
    lint(text, { format: 'yaml' });
    lint('{"description": "x"}', { kind: 'ief-v3-update', current: text });
    assert.equal(deploylint.detectKind(text), null);
  }
  // Just inside the 512-level cap, where the walk and the rules do go deep.
  for (const n of [100, 250, 500, 510]) {
    for (const inner of [`${'['.repeat(n)}${']'.repeat(n)}`, `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`]) {
      lint(`{"chart_id": "x", "action": "upgrade", "parameters": {}, "values": ${inner}}`);
      lint(`{"name": "x", "deployment": {"template": {"containers": [{"name": "a", "image_url": "b", "envs": ${inner}, "args": ${inner}}]}}}`);
      lint(`{"deployment": {"template": {"configs": ${inner}}, "annotations": ${inner}}}`, { kind: 'ief-v3-update', current: inner });
    }
  }
});

test('20 MB: a body with 20,000 containers, one string, one array, whitespace, YAML', () => {
  const containers = [];
  for (let i = 0; i < 20_000; i++) {
    const name = i === 12_345 ? 'Bad_Name' : `c${i}`;
    containers.push(`{"name":"${name}","image_url":"nginx:alpine","args":["${'x'.repeat(500)}"],"envs":[{"name":"A","value":"${'y'.repeat(400)}"}]}`);
  }
  const big = `{"name":"big","node_ids":["n"],"deployment":{"replicas":1,"template":{"configs":{"host_network":false,"restart_policy":"Always"},"containers":[${containers.join(',')}]}}}`;
  assert.ok(big.length > 19_000_000);
  // Over the default input size limit (16 MiB): one limit-exceeded, as a string and as bytes.
  assert.deepEqual(codes(lint(big)), ['limit-exceeded ']);
  assert.deepEqual(codes(lint(new TextEncoder().encode(big))), ['limit-exceeded ']);
  const roomy = { limits: { inputSize: 32 << 20 } };
  assert.ok(codes(lint(big, roomy)).includes('container-name /deployment/template/containers/12345/name'));
  assert.ok(codes(lint(new TextEncoder().encode(big), roomy)).includes('container-name /deployment/template/containers/12345/name'));
  const yaml = `name: big\nnode_ids: [n]\ndeployment:\n  replicas: 1\n  template:\n    configs: {host_network: false, restart_policy: Always}\n    containers:\n${containers.slice(0, 5_000).map((c) => `      - ${c}`).join('\n')}\n`;
  assert.ok(yaml.length > 4_000_000);
  lint(yaml);
  lint(`{"chart_id": "${'x'.repeat(20_000_000)}"}`);
  lint(`{"chart_id": "x", "action": "upgrade", "parameters": {}, "values": [${Array(10_000_000).fill('1').join(',')}]}`);
  lint(`${' '.repeat(20_000_000)}{}`);
  lint('#'.repeat(20_000_000));
  lint('{"description": "x"}', { kind: 'ief-v3-update', current: big });
});

test('YAML alias bomb, tags, directives and multi-document streams', () => {
  const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 12; i++) {
    const prev = String.fromCharCode(96 + i);
    levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  const bomb = lint(levels.join('\n'));
  assert.deepEqual(codes(bomb), ['limit-exceeded /f/0']);
  lint('%YAML 1.2\n%TAG ! tag:x,2000:\n--- !foo\n!!binary x: !<tag:y> 1\n');
  lint('---\n'.repeat(50_000));
  lint('--- {chart_id: x}\n'.repeat(2_000));
  assert.equal(deploylint.lintDocuments('---\n{chart_id: x}\n'.repeat(2_000)).length, 2_000);
});

test('numbers, escapes, BOM, CRLF, astral characters', () => {
  for (const text of [
    '{"deployment": {"replicas": 1e400}}',
    '{"deployment": {"replicas": -0}}',
    '{"deployment": {"replicas": 123456789012345678901234567890}}',
    '{"chart_id": "x", "action": "rollback", "parameters": {"release_version": -9223372036854775809}, "values": {}}',
    '{"\\ud800": 1, "\\udfff\\ud800": "\\u0000"}',
    '\ufeff{"chart_id": "\ud800"}\r\n',
    `{"chart_id": "😀", "action": "😀upgrad", "😀": ${'"😀",'.repeat(1000)}1}`,
    `{"name": "${'名'.repeat(100_000)}", "deployment": {"template": {}}}`,
  ]) {
    lint(text);
    lint(text, { kind: 'ief-v2-update', lang: 'zh' });
  }
});

test('hostile arguments: proxies, throwing getters, symbols, bigints, functions', () => {
  const throwing = new Proxy({}, { get() { throw new Error('boom'); }, ownKeys() { throw new Error('boom'); } });
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  const getter = { get kind() { throw new Error('boom'); } };
  const weirdRules = { rules: new Proxy({}, { ownKeys() { throw new Error('boom'); } }) };
  const rulesGetter = { rules: { get 'release-action'() { throw new Error('boom'); } } };
  const options = [throwing, revoked, getter, weirdRules, rulesGetter, 42, 'x', true, Symbol('s'), 10n, () => {}, [],
    [1, 2], Object.create(null), new Date(), /re/, new Map([['kind', 'x']]), { kind: Symbol('k') }, { lang: 10n },
    { current: revoked }, { kind: { toString() { throw new Error('boom'); } } }, { rules: { [Symbol('s')]: 'off' } }];
  const texts = ['{}', 42, null, undefined, Symbol('t'), 10n, {}, [], () => {}, throwing, revoked, new ArrayBuffer(4),
    new Uint16Array([0xd800, 0x41]), new Uint8Array(0), { toString() { return '{}'; } }];
  for (const o of options) {
    lint('{"chart_id": "x"}', o);
    assert.doesNotThrow(() => deploylint.lintDocuments('{}', o));
  }
  for (const t of texts) {
    lint(t);
    lint(t, { kind: 'ief-v3-create' });
    assert.doesNotThrow(() => deploylint.lintDocuments(t));
    assert.equal(deploylint.detectKind(t), null);
    assert.equal(deploylint.schema(t), null);
    assert.equal(deploylint.describeField(t, t), null);
    assert.equal(deploylint.describeField('ief-v3-create', t), null);
    assert.equal(deploylint.resolve(t, t), null);
    assert.equal(deploylint.nodeAt(t, 0)?.place ?? null, t === '{}' ? 'inside' : null);
    assert.equal(deploylint.nodeAt('{}', t), null);
    assert.deepEqual(deploylint.allowedFields(t, t, t, t), []);
    assert.equal(deploylint.positionAt(t, t), null);
    assert.equal(deploylint.offsetAt(t, t), null);
    assert.equal(deploylint.utf16Offset(t, t), null);
    assert.equal(deploylint.byteOffset(t, t), null);
  }
  for (const o of options) {
    assert.doesNotThrow(() => deploylint.nodeAt('{"chart_id": "x"}', 2, o));
    assert.doesNotThrow(() => deploylint.allowedFields('cce-release-update', '', '{}', o));
    assert.doesNotThrow(() => deploylint.offsetAt('{}', o));
  }
  // Arrays and Object.create(null) read like objects without options: the defaults.
  assert.deepEqual(lint(reference, []), expected);
  assert.deepEqual(lint(reference, Object.create(null)), expected);
});

test('describeField and schema with garbage pointers and kinds', () => {
  const pointers = ['', '/', '//', '~', '/~', '/~2', '/~01', '/a'.repeat(1_000_000), `/deployment/template/containers/${'9'.repeat(1000)}/name`,
    '/deployment/template/containers/-1/name', '/deployment/template/containers/0/ports/0/host_port/x', '\ud800', 'deployment'];
  for (const k of deploylint.kinds()) {
    for (const p of pointers) {
      const f = deploylint.describeField(k, p);
      assert.ok(f === null || typeof f.name === 'string');
      const r = deploylint.resolve(k, p);
      assert.ok(r === null || Array.isArray(r.disputed_values));
      assert.ok(Array.isArray(deploylint.allowedFields(k, p, p)));
    }
  }
  for (const k of ['', 'IEF-V3-CREATE', ' ief-v3-create', 'x'.repeat(1_000_000)]) assert.equal(deploylint.schema(k), null);
});

// Inputs that once took minutes or more memory than wasm32 has: linear now, and capped.
test('an object with 200,000 distinct keys (3 MB) answers in seconds', () => {
  lint(`{"chart_id": "x", "action": "upgrade", "parameters": {}, "values": {${Array.from({ length: 200_000 }, (_, i) => `"k${i}": 1`).join(',')}}}`);
});
test('a 2 MB body with 1,000,000 findings answers, capped', () => {
  const d = lint(`{"name": "x", "node_ids": ["n"], "deployment": {"template": {"containers": [${Array(1_000_000).fill('1').join(',')}]}}}`);
  assert.ok(d.length <= 1001, String(d.length));
  assert.equal(d.filter((x) => x.code === 'limit-exceeded').length, 1);
});

test('afterwards the module still answers exactly as before', () => {
  assert.deepEqual(deploylint.lint(reference), expected);
  assert.deepEqual(deploylint.lint(reference, { lang: 'zh' }), expectedZh);
  assert.equal(deploylint.detectKind(reference), 'ief-v3-create');
  assert.equal(deploylint.kinds().length, 5);
  assert.ok(deploylint.rules().length > 40);
  assert.equal(deploylint.describeField('cce-release-update', '/action').name, 'action');
});
