// The TypeScript declarations (index.d.ts) cannot drift from the real shapes:
// real results of every function, across all fixtures, are written as typed
// literals and type-checked with `tsc --noEmit` (strict, exactOptionalPropertyTypes):
// an undeclared key (excess property), a missing key or a wrong type fails.
// Negative controls (@ts-expect-error) prove the check bites, and the usage
// example tests/usage.ts is type-checked in the same run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtures, KINDS, PKG, ROOT, TSC, WASM } from './helpers.mjs';
import * as deploylint from '../pkg/node.js';

/** Every JSON Pointer of a parsed value. */
function pointers(value, at = '') {
  const out = [at];
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(...pointers(v, `${at}/${String(k).replaceAll('~', '~0').replaceAll('/', '~1')}`));
    }
  }
  return out;
}

/** One of each shape (keys and which are null), so the file stays small. */
function distinct(items, key) {
  const seen = new Map();
  for (const x of items) {
    const k = key(x);
    if (!seen.has(k)) seen.set(k, x);
  }
  return [...seen.values()];
}
const shape = (x) =>
  JSON.stringify(x, (_, v) => (v === null ? 'null' : Array.isArray(v) ? v.slice(0, 1) : typeof v === 'object' ? v : typeof v));

test('real results type-check against index.d.ts; undeclared keys fail', () => {
  const diags = [];
  const reports = [];
  const fields = [];
  const detected = [];
  const nodes = [];
  const positions = [];
  const offsets = [];
  for (const f of fixtures()) {
    const bytes = readFileSync(f.path);
    const options = { kind: f.kind, format: f.format, edition: f.edition };
    diags.push(...deploylint.lint(bytes, options), ...deploylint.lint(bytes, { ...options, lang: 'zh' }));
    reports.push(...deploylint.lintDocuments(bytes, options), ...deploylint.lintDocuments(bytes));
    const text = bytes.toString('utf8');
    detected.push(deploylint.detectKind(text));
    for (const at of [0, 1, 7, Math.floor(text.length / 2), text.length, text.length + 1]) {
      nodes.push(deploylint.nodeAt(text, at, { format: f.format }));
      positions.push(deploylint.positionAt(text, at));
      offsets.push(deploylint.utf16Offset(text, at), deploylint.byteOffset(text, at));
    }
  }
  diags.push(...deploylint.lint(readFileSync(join(ROOT, 'examples/broken/releases.yaml'), 'utf8')));
  diags.push(...deploylint.lint(42, { kind: 'x' }));
  const resolved = [];
  const allowed = [];
  for (const k of KINDS) {
    const text = readFileSync(join(ROOT, `examples/valid/${k}.json`), 'utf8');
    const example = JSON.parse(text);
    for (const p of [...pointers(example), ...diags.map((d) => d.pointer)]) {
      const info = deploylint.describeField(k, p);
      if (info) fields.push(info);
      const r = deploylint.resolve(k, p);
      if (r) resolved.push(r);
      allowed.push(...deploylint.allowedFields(k, p, text), ...deploylint.allowedFields(k, p));
    }
  }
  nodes.push(deploylint.nodeAt('42', 0)); // a scalar document: no enclosing object
  offsets.push(...positions.filter(Boolean).map((p) => deploylint.offsetAt('a\nb', p)));
  assert.ok(['key', 'value', 'inside'].every((place) => nodes.some((n) => n?.place === place)));
  assert.ok(nodes.includes(null) && nodes.some((n) => n?.enclosing === null) && nodes.some((n) => n?.key === null));
  assert.ok(resolved.some((r) => r.disputed_values.length > 0) && allowed.length > 0);
  assert.ok(diags.some((d) => d.fix) && diags.some((d) => d.help === null) && diags.some((d) => 'document' in d));
  assert.ok(fields.some((f) => f.values) && fields.some((f) => f.pattern) && fields.some((f) => f.min !== null));
  assert.ok(reports.some((r) => r.kind === null));

  const one = diags.find((d) => d.fix);
  const literal = (v) => JSON.stringify(v, null, 1);
  const ts = `import type { Diagnostic, FieldInfo, JsonSchema, Kind, NodeAt, Position, Report, ResolvedField, Rule } from 'deploylint';
export const diagnostics: Diagnostic[] = ${literal(distinct(diags, (d) => d.code + shape(d)))};
export const reports: Report[] = ${literal(distinct(reports, shape))};
export const rules: Rule[] = ${literal(deploylint.rules())};
export const fields: FieldInfo[] = ${literal(distinct(fields, (f) => f.object + f.name))};
export const kinds: Kind[] = ${literal(deploylint.kinds())};
export const detected: (Kind | null)[] = ${literal([...new Set(detected)])};
export const schemas: (JsonSchema | null)[] = ${literal(KINDS.map((k) => deploylint.schema(k)))};
export const version: string = ${literal(deploylint.version())};
export const nodes: (NodeAt | null)[] = ${literal(distinct(nodes, shape))};
export const resolved: ResolvedField[] = ${literal(distinct(resolved, (r) => r.object + r.name))};
export const allowed: FieldInfo[] = ${literal(distinct(allowed, (f) => f.object + f.name))};
export const positions: (Position | null)[] = ${literal(distinct(positions, shape))};
export const offsets: (number | null)[] = ${literal([...new Set(offsets)])};
// Negative controls, one line each: each must be a type error, or tsc reports an unused directive.
// @ts-expect-error an undeclared key
export const extra: Diagnostic = ${JSON.stringify({ ...one, surprise: 1 })};
// @ts-expect-error a missing key
export const missing: Diagnostic = ${JSON.stringify({ ...one, column: undefined })};
// @ts-expect-error a wrong type
export const wrong: FieldInfo = ${JSON.stringify({ ...fields[0], min: 'one' })};
// @ts-expect-error a place that does not exist
export const place: NodeAt = ${JSON.stringify({ ...nodes.find(Boolean), place: 'middle' })};
// @ts-expect-error a missing key
export const noDisputed: ResolvedField = ${JSON.stringify({ ...resolved[0], disputed_values: undefined })};
// @ts-expect-error an undeclared key in a nested object
export const nested: Rule = ${JSON.stringify({ ...deploylint.rules()[0], summary: { en: 'a', zh: 'b', fr: 'c' } })};
`;
  const dir = mkdtempSync(join(tmpdir(), 'deploylint-types-'));
  writeFileSync(join(dir, 'real.ts'), ts);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        lib: ['es2022'],
        types: [],
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        paths: { deploylint: [join(PKG, 'index.d.ts')] },
      },
      files: [join(dir, 'real.ts'), join(WASM, 'tests', 'usage.ts')],
    }),
  );
  const r = spawnSync(process.execPath, [TSC, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
  assert.equal(r.status, 0, `tsc found drift between index.d.ts and the real shapes (${dir}/real.ts):\n${r.stdout}${r.stderr}`);
});

/** tsc over `ts` (strict, exactOptionalPropertyTypes) against the built index.d.ts: its status and output. */
function typeCheck(name, ts) {
  const dir = mkdtempSync(join(tmpdir(), `deploylint-${name}-`));
  writeFileSync(join(dir, `${name}.ts`), ts);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        lib: ['es2022'],
        types: [],
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        paths: { deploylint: [join(PKG, 'index.d.ts')] },
      },
      files: [join(dir, `${name}.ts`)],
    }),
  );
  const r = spawnSync(process.execPath, [TSC, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
  return { status: r.status, output: `${dir}/${name}.ts:\n${r.stdout}${r.stderr}` };
}

test('options the module accepts type-check against index.d.ts, every level included; refused ones do not', () => {
  // Every value of every option, each level of `rules` among them: the module
  // takes each without an invalid-argument diagnostic, and tsc takes each as LintOptions.
  const accepted = [
    ...['en', 'zh'].map((lang) => ({ lang })),
    ...KINDS.map((kind) => ({ kind })),
    ...['json', 'yaml'].map((format) => ({ format })),
    ...['platinum', 'professional'].map((edition) => ({ edition })),
    ...['api', 'recommended'].map((preset) => ({ preset })),
    ...['off', 'info', 'warning', 'error'].map((level) => ({ rules: { 'container-name': level } })),
    { rules: { 'container-name': 'info', 'release-action': 'off' }, limits: { depth: 64, findings: 10 } },
    { current: '{}', kind: null, lang: null, rules: null, limits: null },
  ];
  for (const options of accepted) {
    const found = deploylint.lint('{}', options).filter((d) => d.code === 'invalid-argument');
    assert.deepEqual(found, [], `the module refuses ${JSON.stringify(options)}`);
  }
  // What the module refuses, index.d.ts refuses too.
  const refused = [{ rules: { 'container-name': 'loud' } }, { lang: 'fr' }, { edition: 'gold' }];
  for (const options of refused) {
    assert.ok(deploylint.lint('{}', options).some((d) => d.code === 'invalid-argument'), JSON.stringify(options));
  }
  const ts = `import type { LintOptions, Level, FixAllOptions } from 'deploylint';
export const accepted: LintOptions[] = ${JSON.stringify(accepted, null, 1)};
export const info: Level = 'info';
export const fixInfo: FixAllOptions = { rules: { 'container-name': 'info' }, unsafeFixes: false };
${refused.map((o, i) => `// @ts-expect-error refused by the module\nexport const refused${i}: LintOptions = ${JSON.stringify(o)};`).join('\n')}
`;
  const r = typeCheck('options', ts);
  assert.equal(r.status, 0, `tsc disagrees with the module about options (${r.output})`);
});

test('tsc --noEmit type-checks the usage example against the built package', () => {
  const r = spawnSync(process.execPath, [TSC, '--noEmit', '-p', join(WASM, 'tests', 'tsconfig.json')], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
