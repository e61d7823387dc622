// PARITY: every fixture (tests/fixtures/**, examples/**) through the native CLI
// and through the WASM package gives identical results, every field of every
// diagnostic, in English and Chinese, with the fixture's kind and with the kind
// recognised from the shape, with its `.current` and its edition; plus rule
// severity overrides, the rule catalogue and the generated schemas.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtures, native, KINDS, NATIVE, ROOT } from './helpers.mjs';
import * as deploylint from '../pkg/node.js';

const all = fixtures();
const tmp = mkdtempSync(join(tmpdir(), 'deploylint-parity-'));
const professional = join(tmp, 'professional.toml');
writeFileSync(professional, 'edition = "professional"\n');
const overrides = { 'duplicate-key': 'error', 'unknown-field': 'warning', 'disputed-required': 'off' };
const overridesToml = join(tmp, 'rules.toml');
writeFileSync(
  overridesToml,
  '[rules]\n' + Object.entries(overrides).map(([c, l]) => `${c} = "${l}"`).join('\n') + '\n',
);

function isUtf8(bytes) {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Lints every fixture of a group both ways and compares. */
function compare(group, cliArgs, options, label) {
  const files = native(cliArgs, group.map((f) => f.rel));
  const byPath = new Map();
  for (const entry of files) {
    const { path, ...rest } = entry;
    if (!byPath.has(path)) byPath.set(path, []);
    byPath.get(path).push(rest);
  }
  let diagnostics = 0;
  for (const f of group) {
    const expected = byPath.get(f.rel);
    assert.ok(expected, `${label}: the CLI did not report ${f.rel}`);
    const bytes = readFileSync(f.path);
    const opts = { ...options, format: f.format };
    // Bytes in: exactly what the CLI reads (lint_bytes, invalid UTF-8 included).
    assert.deepStrictEqual(deploylint.lintDocuments(bytes, opts), expected, `${label}: ${f.rel} (bytes)`);
    // A string in: what a form or an editor passes.
    if (isUtf8(bytes)) {
      const text = bytes.toString('utf8');
      assert.deepStrictEqual(deploylint.lintDocuments(text, opts), expected, `${label}: ${f.rel} (string)`);
      const flat = expected.flatMap((r) =>
        r.diagnostics.map((d) => (expected.length > 1 ? { ...d, document: r.document } : d)),
      );
      assert.deepStrictEqual(deploylint.lint(text, opts), flat, `${label}: ${f.rel} (lint)`);
    }
    diagnostics += expected.reduce((n, r) => n + r.diagnostics.length, 0);
  }
  return diagnostics;
}

/** Groups fixtures by the CLI invocation they need. */
function groups(kindOf) {
  const out = new Map();
  for (const f of all) {
    const key = JSON.stringify([kindOf(f), f.edition, f.current]);
    if (!out.has(key)) out.set(key, []);
    out.get(key).push(f);
  }
  return [...out.entries()].map(([key, files]) => {
    const [kind, edition, current] = JSON.parse(key);
    const args = edition === 'professional' ? ['--config', professional] : ['--no-config'];
    const options = {};
    if (kind) (args.push('--kind', kind), (options.kind = kind));
    if (edition) options.edition = edition;
    if (current) (args.push('--current', current), (options.current = readFileSync(current, 'utf8')));
    return { files, args, options, label: key };
  });
}

test('there are fixtures, every kind is covered, and the native CLI exists', () => {
  assert.ok(all.length > 350, `only ${all.length} fixtures found`);
  for (const k of KINDS) assert.ok(all.some((f) => f.kind === k), k);
  assert.ok(all.some((f) => f.format === 'yaml'));
  assert.ok(all.some((f) => f.current));
  assert.ok(all.some((f) => f.edition));
  assert.ok(NATIVE);
});

for (const lang of ['en', 'zh']) {
  test(`every fixture with its own kind, edition and current (${lang})`, () => {
    let n = 0;
    for (const g of groups((f) => f.kind)) {
      n += compare(g.files, ['--lang', lang, ...g.args], { ...g.options, lang }, `${lang} ${g.label}`);
    }
    assert.ok(n > 300, `only ${n} diagnostics compared`);
  });

  test(`every fixture with the kind recognised from its shape (${lang})`, () => {
    for (const g of groups(() => null)) {
      compare(g.files, ['--lang', lang, ...g.args], { ...g.options, lang }, `${lang} auto ${g.label}`);
    }
  });
}

test('rule severity overrides (deploylint.toml [rules] = the rules option)', () => {
  const plain = all.filter((f) => !f.edition && !f.current);
  const n = compare(plain, ['--lang', 'en', '--config', overridesToml], { lang: 'en', rules: overrides }, 'rules');
  assert.ok(n > 0);
  // The override really applied.
  const dup = deploylint.lint('{"description": "a", "description": "b"}', { kind: 'ief-v3-update', rules: overrides });
  assert.equal(dup.find((d) => d.code === 'duplicate-key')?.severity, 'error');
});

function cli(args) {
  const r = spawnSync(NATIVE, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

test('rules() is the catalogue of `deploylint rules --format json`', () => {
  assert.deepStrictEqual(deploylint.rules(), JSON.parse(cli(['rules', '--format', 'json'])).rules);
});

test('schema(kind) is `deploylint schema KIND`', () => {
  for (const k of KINDS) assert.deepStrictEqual(deploylint.schema(k), JSON.parse(cli(['schema', k])), k);
});
