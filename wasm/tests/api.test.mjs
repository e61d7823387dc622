// The documented API of the package, through its Node entry (node.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIAGNOSTIC_KEYS, KINDS, PKG, ROOT, checkDiagnostic } from './helpers.mjs';
import init, * as deploylint from '../pkg/node.js';

const example = (p) => readFileSync(join(ROOT, 'examples', p), 'utf8');
const codes = (ds) => ds.map((d) => [d.severity, d.code, d.pointer]);

test('Node initialises on import; init() resolves at once and is idempotent', async () => {
  assert.equal(deploylint.isReady(), true);
  await init();
  await deploylint.init();
  assert.equal(deploylint.version(), JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8')).version);
});

test('lint: the README example, with the fields of the CLI JSON output', () => {
  const ds = deploylint.lint(example('broken/cce-release-update.json'));
  const d = ds[0];
  assert.deepEqual(Object.keys(d).sort(), [...DIAGNOSTIC_KEYS].sort());
  assert.equal(d.code, 'release-action');
  assert.equal(d.severity, 'error');
  assert.equal(d.message, '`action` is `upgrad`; did you mean `upgrade`?');
  assert.equal(d.pointer, '/action');
  assert.deepEqual([d.line, d.column, d.end_line, d.end_column], [3, 13, 3, 21]);
  assert.deepEqual(d.span, { start: 68, end: 76 });
  assert.deepEqual([d.column_utf16, d.end_column_utf16], [13, 21]);
  assert.deepEqual(d.fix, {
    title: 'replace with `upgrade`',
    edits: [{ span: { start: 68, end: 76 }, replacement: '"upgrade"' }],
    applicability: 'safe',
  });
  assert.ok(ds.some((x) => x.code === 'invalid-type' && x.pointer === '/parameters/dry_run'));
  ds.forEach(checkDiagnostic);
  // Plain objects and arrays, nothing exotic.
  assert.equal(Object.getPrototypeOf(d), Object.prototype);
  assert.ok(Array.isArray(ds));
  assert.equal(JSON.stringify(JSON.parse(JSON.stringify(ds))), JSON.stringify(ds));
});

test('lint: valid examples are clean; broken ones are not', () => {
  for (const k of KINDS) {
    assert.deepEqual(deploylint.lint(example(`valid/${k}.json`)), [], k);
    assert.ok(deploylint.lint(example(`broken/${k}.json`)).some((d) => d.severity === 'error'), k);
  }
  assert.deepEqual(deploylint.lint(example('valid/ief-v3-update.yaml')), []);
});

test('lint: a diagnostic without a fix has no fix key; help is a string or null', () => {
  const ds = deploylint.lint('{"deployment": ');
  assert.equal(ds[0].code, 'parse-error');
  assert.equal('fix' in ds[0], false);
  assert.equal(ds[0].pointer, '');
});

test('lint options: kind, lang, format, current, edition, rules', () => {
  const body = '{"description": "nightly"}';
  assert.equal(deploylint.lint(body)[0].code, 'ambiguous-kind');
  assert.deepEqual(deploylint.lint(body, { kind: 'ief-v3-update' }), []);
  const zh = deploylint.lint(example('broken/cce-release-update.json'), { lang: 'zh' });
  assert.match(zh[0].message, /[\u4e00-\u9fff]/);
  assert.deepEqual(deploylint.lint(example('broken/cce-release-update.json'), { lang: 'zh-CN' }), zh);
  // format: YAML text forced to be read as JSON is a parse error.
  const yaml = example('valid/ief-v3-update.yaml');
  assert.deepEqual(deploylint.lint(yaml, { format: 'yaml' }), []);
  assert.equal(deploylint.lint(yaml, { format: 'json' })[0].code, 'parse-error');
  // current: restart_policy may not change in an update.
  const dir = join(ROOT, 'tests/fixtures/rules/restart-policy-immutable');
  const update = readFileSync(join(dir, 'invalid-onfailure-to-always.json'), 'utf8');
  const current = readFileSync(join(dir, 'invalid-onfailure-to-always.current'), 'utf8');
  assert.deepEqual(codes(deploylint.lint(update, { kind: 'ief-v3-update' })), []);
  assert.deepEqual(codes(deploylint.lint(update, { kind: 'ief-v3-update', current })), [
    ['error', 'restart-policy-immutable', '/deployment/template/configs/restart_policy'],
  ]);
  // edition: professional makes platinum features errors.
  const pro = readFileSync(join(ROOT, 'tests/fixtures/rules/platinum-feature/invalid-professional.json'), 'utf8');
  assert.equal(deploylint.lint(pro, { kind: 'ief-v3-create' }).filter((d) => d.code === 'platinum-feature').length, 0);
  assert.equal(
    deploylint.lint(pro, { kind: 'ief-v3-create', edition: 'professional' }).filter((d) => d.code === 'platinum-feature')
      .length,
    3,
  );
  // rules: severity overrides.
  const broken = example('broken/cce-release-update.json');
  assert.ok(deploylint.lint(broken, { rules: { 'release-action': 'off' } }).every((d) => d.code !== 'release-action'));
  assert.equal(deploylint.lint(broken, { rules: { 'release-action': 'warning' } })[0].severity, 'warning');
  // info, as index.d.ts and deploylint.toml accept it: the finding comes back at level info.
  const name = readFileSync(join(ROOT, 'tests/fixtures/rules/container-name/invalid-uppercase.json'), 'utf8');
  const infos = deploylint.lint(name, { kind: 'ief-v3-update', rules: { 'container-name': 'info' } });
  assert.deepEqual(
    infos.map((d) => [d.severity, d.code, d.pointer]),
    [['info', 'container-name', '/deployment/template/containers/0/name']],
  );
  // null and undefined options are the defaults.
  assert.deepEqual(deploylint.lint(broken, { kind: null, lang: undefined, rules: null }), deploylint.lint(broken));
});

test('lint: a Uint8Array is linted as UTF-8 bytes (invalid UTF-8 is located)', () => {
  const text = example('broken/cce-release-update.json');
  assert.deepEqual(deploylint.lint(new TextEncoder().encode(text)), deploylint.lint(text));
  const bad = deploylint.lint(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]));
  assert.deepEqual(codes(bad), [['error', 'parse-error', '']]);
  assert.equal(bad[0].column, 3);
});

test('createLinter: the answers of lint(text, options), with the options read once', () => {
  const files = [];
  for (const dir of ['valid', 'broken']) {
    for (const name of readdirSync(join(ROOT, 'examples', dir)).sort()) files.push(example(`${dir}/${name}`));
  }
  const optionSets = [{}, { lang: 'zh' }, { kind: 'ief-v3-update' }, { preset: 'recommended', rules: { 'unknown-field': 'off' } }];
  for (const opts of optionSets) {
    const linter = deploylint.createLinter(opts);
    for (const text of files) {
      assert.deepEqual([...linter.lint(text)], deploylint.lint(text, opts));
      // Bytes as lint takes them.
      const bytes = new TextEncoder().encode(text);
      assert.deepEqual(linter.lint(bytes), deploylint.lint(bytes, opts));
    }
  }
  // A clean text: one shared, frozen empty array.
  const clean = deploylint.createLinter({ kind: 'ief-v3-update' });
  const a = clean.lint('{}');
  assert.deepEqual([a.length, Object.isFrozen(a)], [0, true]);
  assert.equal(clean.lint(example('valid/ief-v3-update.json')), a);
  // The options are read once: a change is not seen until free().
  const opts = { lang: 'en' };
  const linter = deploylint.createLinter(opts);
  const broken = example('broken/cce-release-update.json');
  const en = linter.lint(broken);
  opts.lang = 'zh';
  assert.deepEqual(linter.lint(broken), en);
  linter.free();
  assert.deepEqual(linter.lint(broken), deploylint.lint(broken, { lang: 'zh' }));
  assert.notDeepEqual(linter.lint(broken), en);
  // Bad options: the invalid-argument diagnostics lint gives, on every call.
  const bad = deploylint.createLinter({ kind: 'ief-v9', lang: 'zh' });
  assert.deepEqual(bad.lint('{}'), deploylint.lint('{}', { kind: 'ief-v9', lang: 'zh' }));
  assert.deepEqual(bad.lint('{}').map((d) => [d.code, d.line, d.column]), [['invalid-argument', 1, 1]]);
  assert.deepEqual(bad.lint(42), deploylint.lint(42, { kind: 'ief-v9', lang: 'zh' }));
});

test('multi-document YAML: lint marks the document, lintDocuments reports each', () => {
  const text = example('broken/releases.yaml');
  const reports = deploylint.lintDocuments(text);
  assert.ok(reports.length > 1);
  for (const [i, r] of reports.entries()) {
    assert.deepEqual(Object.keys(r).sort(), ['diagnostics', 'document', 'errors', 'infos', 'kind', 'suppressed', 'warnings']);
    assert.equal(r.document, i);
    assert.equal(r.errors, r.diagnostics.filter((d) => d.severity === 'error').length);
    assert.equal(r.warnings, r.diagnostics.filter((d) => d.severity === 'warning').length);
  }
  const flat = deploylint.lint(text);
  assert.equal(flat.length, reports.reduce((n, r) => n + r.diagnostics.length, 0));
  assert.ok(flat.every((d) => Number.isInteger(d.document)));
  assert.ok(flat.some((d) => d.document > 0));
  // A single document: no `document` key on diagnostics.
  assert.ok(deploylint.lint(example('broken/ief-v3-create.json')).every((d) => !('document' in d)));
  assert.deepEqual(deploylint.lintDocuments('{"chart_id": 1}').map((r) => [r.document, r.kind]), [[0, 'cce-release-update']]);
  assert.deepEqual(deploylint.lintDocuments('[]').map((r) => r.kind), [null]);
});

test('detectKind', () => {
  for (const k of KINDS) assert.equal(deploylint.detectKind(example(`valid/${k}.json`)), k);
  assert.equal(deploylint.detectKind(example('valid/ief-v3-update.yaml')), 'ief-v3-update');
  assert.equal(deploylint.detectKind('{"description": "x"}'), null); // ambiguous
  assert.equal(deploylint.detectKind('{"foo": 1}'), null);
  assert.equal(deploylint.detectKind('not json {'), null);
  assert.equal(deploylint.detectKind(''), null);
  assert.equal(deploylint.detectKind(42), null);
  assert.equal(deploylint.detectKind(), null);
});

test('kinds, rules, schema', () => {
  assert.deepEqual(deploylint.kinds(), KINDS);
  const rules = deploylint.rules();
  assert.ok(rules.length > 40);
  const codes = rules.map((r) => r.code);
  assert.deepEqual(codes, [...codes].sort());
  for (const c of ['parse-error', 'release-action', 'duplicate-key', 'unknown-kind']) assert.ok(codes.includes(c), c);
  for (const r of rules) {
    assert.ok(r.summary.en && r.summary.zh && r.explanation.en, r.code);
    assert.ok(r.kinds.every((k) => KINDS.includes(k)), r.code);
  }
  for (const k of KINDS) {
    const s = deploylint.schema(k);
    assert.equal(s.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.ok(s.$defs && typeof s.$defs === 'object');
  }
  assert.equal(deploylint.schema('nope'), null);
  assert.equal(deploylint.schema(), null);
});

test('describeField: docs, type, bounds and allowed values for a form', () => {
  const port = deploylint.describeField('ief-v3-create', '/deployment/template/containers/0/ports/0/host_port');
  assert.equal(port.name, 'host_port');
  assert.equal(port.object, 'HostContainerPortMapping');
  assert.equal(port.type, 'integer');
  assert.deepEqual([port.min, port.max], [1, 65535]);
  assert.equal(port.rule, 'port-number');
  assert.ok(port.doc_en && port.doc_zh && port.source);
  const action = deploylint.describeField('cce-release-update', '/action');
  assert.deepEqual(action.values, ['upgrade', 'rollback']);
  assert.equal(action.type, 'string');
  assert.equal(deploylint.describeField('ief-v3-create', '/deployment/nope'), null);
  assert.equal(deploylint.describeField('nope', '/action'), null);
  assert.equal(deploylint.describeField('cce-release-update', 5), null);
  assert.equal(deploylint.describeField(), null);
});

test('fixAll: the CLI --fix result on every broken example, byte for byte', () => {
  for (const name of readdirSync(join(ROOT, 'examples/broken')).sort()) {
    const text = example(`broken/${name}`);
    const expected = readFileSync(join(ROOT, 'tests/fixtures/fix', `${name}.fixed`), 'utf8');
    const fixed = deploylint.fixAll(text);
    assert.equal(fixed.text, expected, name);
    assert.ok(fixed.applied > 0, name);
    assert.deepEqual(fixed.diagnostics, deploylint.lint(expected), name);
    assert.equal(fixed.remaining, fixed.diagnostics.length, name);
    // A second pass changes nothing.
    assert.deepEqual(deploylint.fixAll(fixed.text), { ...fixed, applied: 0 }, name);
  }
});

test('fixAll: unsafe fixes only with unsafeFixes; preset chooses the rules', () => {
  const text =
    '{"deployment": {"image_url": "swr.example.com/edge/agent:1.0", "volumes": [{"name": "v", "type": "hostPath", "source": "/var/lib/agent", "destination": "/data", "read_only": false}], "configs": {"privileged": true}}}';
  // The default preset (api) has nothing to say about this body.
  assert.deepEqual(deploylint.lint(text, { kind: 'ief-v2-update' }), []);
  const recommended = { kind: 'ief-v2-update', preset: 'recommended' };
  assert.deepEqual(
    deploylint.lint(text, recommended).map((d) => [d.severity, d.code, d.pointer]),
    [
      ['warning', 'hostpath-writable', '/deployment/volumes/0/read_only'],
      ['warning', 'privileged-container', '/deployment/configs/privileged'],
    ],
  );
  const safe = deploylint.fixAll(text, recommended);
  assert.deepEqual([safe.text, safe.applied, safe.remaining], [text, 0, 2]);
  const all = deploylint.fixAll(text, { ...recommended, unsafeFixes: true });
  assert.equal(
    all.text,
    text.replace('"read_only": false', '"read_only": true').replace('"privileged": true', '"privileged": false'),
  );
  assert.deepEqual([all.applied, all.remaining, all.diagnostics], [2, 0, []]);
  // Bad arguments: the text as it was, with the problems.
  const bad = deploylint.fixAll(text, { preset: 'strict', unsafeFixes: 'yes' });
  assert.deepEqual(
    [bad.text, bad.applied, bad.remaining, bad.diagnostics.map((d) => [d.code, d.message])],
    [
      text,
      0,
      2,
      [
        ['invalid-argument', 'option `preset` is `strict`; expected "api" or "recommended"'],
        ['invalid-argument', 'option `unsafeFixes` must be a boolean, not string'],
      ],
    ],
  );
  assert.deepEqual(deploylint.fixAll(42).text, '');
  assert.match(deploylint.fixAll(42).diagnostics[0].message, /the text to fix must be a string or a Uint8Array, not number/);
  assert.equal(deploylint.fixAll(new TextEncoder().encode('{"chart_id": "a", "action": "upgrad"}')).applied, 1);
});

test('bad arguments are invalid-argument diagnostics, not exceptions', () => {
  const bad = (text, options) => {
    const ds = deploylint.lint(text, options);
    assert.ok(ds.length > 0 && ds.every((d) => d.code === 'invalid-argument'), JSON.stringify(ds));
    ds.forEach(checkDiagnostic);
    return ds.map((d) => d.message);
  };
  assert.match(bad(42)[0], /must be a string or a Uint8Array, not number/);
  assert.match(bad(undefined)[0], /not undefined/);
  assert.match(bad(null)[0], /not null/);
  assert.match(bad('{}', 'ief-v3-create')[0], /options must be an object, not string/);
  assert.match(bad('{}', { kind: 'ief-v4' })[0], /option `kind` is `ief-v4`; expected one of ief-v2-create/);
  assert.match(bad('{}', { lang: 'fr' })[0], /option `lang` is `fr`/);
  assert.match(bad('{}', { format: 'toml' })[0], /option `format`/);
  assert.match(bad('{}', { current: {} })[0], /option `current` must be a string/);
  assert.match(bad('{}', { edition: 'gold' })[0], /option `edition`/);
  assert.match(bad('{}', { rules: { 'no-such-rule': 'off' } })[0], /not a rule code/);
  assert.match(bad('{}', { rules: { 'release-action': 'loud' } })[0], /^option `rules.release-action` must be "off", "info", "warning" or "error"$/);
  assert.match(bad('{}', { rules: 'all' })[0], /option `rules` must be an object/);
  assert.equal(bad(42, { kind: 1, lang: 2 }).length, 3);
  // Messages follow a valid lang even when another option is bad.
  assert.match(deploylint.lint('{}', { lang: 'zh', kind: 'x' })[0].help, /请参阅/);
  // ...and are in Chinese too, in the core's words.
  assert.deepEqual(bad(42, { lang: 'zh', kind: 'x' }), [
    '要检查的文本必须是字符串或 Uint8Array,不能是 number',
    '选项 `kind` 的值 `x` 无效;应为 ief-v2-create、ief-v2-update、ief-v3-create、ief-v3-update、cce-release-update 之一',
  ]);
  // lintDocuments: one report holding the problems.
  assert.deepEqual(
    deploylint.lintDocuments(42).map((r) => [r.document, r.kind, r.errors, r.warnings, r.diagnostics[0].code]),
    [[0, null, 1, 0, 'invalid-argument']],
  );
});

test('lint options: limits, each a located limit-exceeded diagnostic', () => {
  const at = (ds) => ds.filter((d) => d.code === 'limit-exceeded').map((d) => [d.severity, d.pointer, d.line, d.column, d.message]);
  const v3 = { kind: 'ief-v3-create' };
  assert.deepEqual(at(deploylint.lint('{"deployment": {"template": {"containers": [[1]]}}}', { ...v3, limits: { depth: 4 } })), [
    ['error', '/deployment/template/containers/0', 1, 45, 'the document nests deeper than 4 levels (the `depth` limit): it is not checked past this point'],
  ]);
  assert.deepEqual(at(deploylint.lint('{"name": "a long name here"}', { ...v3, lang: 'zh', limits: { stringLength: 15 } })), [
    ['error', '/name', 1, 10, '字符串长度超过 15 字节(`string-length` 上限),此处之后不再检查'],
  ]);
  assert.deepEqual(at(deploylint.lint('{"description":\n "nightly"}', { ...v3, limits: { inputSize: 26 } })), [
    ['error', '', 2, 11, 'the input is larger than 26 bytes (the `input-size` limit): it is not checked'],
  ]);
  const yaml = 'deployment:\n  template:\n    configs: &c {a: 1, b: 2}\n    containers: [*c, *c]\n';
  assert.deepEqual(at(deploylint.lint(yaml, { ...v3, limits: { aliases: 5 } })).map((d) => d.slice(0, 4)), [
    ['error', '/deployment/template/containers/1', 4, 22],
  ]);
  const update = '{"deployment": {"a": 1, "b": 2, "c": 3}, "description": "x"}';
  assert.deepEqual(at(deploylint.lint(update, { kind: 'ief-v3-update', limits: { findings: 4 } })), [
    ['warning', '', 1, 1, '1 more finding not reported: at most 4 are reported per document (the `findings` limit)'],
  ]);
  // 100,000 levels never throw or trap, in the module's 1 MiB stack, at the ceiling too.
  for (const text of ['['.repeat(100000), '{"a":'.repeat(100000), '- '.repeat(100000)]) {
    assert.equal(deploylint.lint(text)[0].code, 'limit-exceeded');
    assert.equal(deploylint.lint(text, { limits: { depth: 1000 } })[0].code, 'limit-exceeded');
  }
  assert.equal(deploylint.lint('['.repeat(1000) + ']'.repeat(1000), { limits: { depth: 1000 } })[0].code, 'invalid-type');
  // Bad values are invalid-argument diagnostics.
  const bad = (limits) => deploylint.lint('{}', { limits }).map((d) => [d.code, d.message]);
  assert.deepEqual(bad({ depth: 1001 }), [['invalid-argument', 'option `limits.depth`: limit `depth` can be at most 1000 (deeper nesting could overflow the stack)']]);
  assert.deepEqual(bad({ findings: 0 }), [['invalid-argument', 'option `limits.findings`: limit `findings` must be at least 1']]);
  assert.deepEqual(bad({ depth: 2.5 }), [['invalid-argument', 'option `limits.depth` must be a whole number']]);
  assert.match(bad({ dept: 3 })[0][1], /option `limits` names `dept`, which is not a limit/);
  assert.match(bad(7)[0][1], /option `limits` must be an object, not number/);
});
