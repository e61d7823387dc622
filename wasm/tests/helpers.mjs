// Shared by the tests: where things are, the fixtures and how to run the native CLI.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WASM = dirname(dirname(fileURLToPath(import.meta.url)));
export const ROOT = dirname(WASM);
export const PKG = join(WASM, 'pkg');
/** The TypeScript compiler of wasm/node_modules (npm ci). */
export const TSC = join(WASM, 'node_modules', 'typescript', 'bin', 'tsc');
export const KINDS = ['ief-v2-create', 'ief-v2-update', 'ief-v3-create', 'ief-v3-update', 'cce-release-update'];

/** The native CLI built from the same tree (wasm/test.sh builds it, into CARGO_TARGET_DIR if set). */
export const NATIVE =
  process.env.DEPLOYLINT_BIN ?? join(resolve(ROOT, process.env.CARGO_TARGET_DIR ?? 'target'), 'debug', 'deploylint');

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/**
 * Every fixture under tests/fixtures and examples: its path, text format, the
 * kind of its `.expect` (null for `kind: auto`; for the blind corpus, which has
 * no `.expect`, the folder's kind), its `edition:` line and its `.current` sibling.
 */
export function fixtures() {
  const files = [...walk(join(ROOT, 'tests', 'fixtures')), ...walk(join(ROOT, 'examples'))].filter((p) =>
    ['.json', '.yaml', '.yml'].includes(extname(p)),
  );
  return files.map((path) => {
    const stem = path.slice(0, -extname(path).length);
    let kind = KINDS.includes(basename(dirname(path))) ? basename(dirname(path)) : null;
    let edition = null;
    if (existsSync(`${stem}.expect`)) {
      const lines = readFileSync(`${stem}.expect`, 'utf8').split('\n');
      const k = lines[0].replace(/^kind:\s*/, '').trim();
      kind = k === 'auto' ? null : k;
      const e = lines.find((l) => l.startsWith('edition:'));
      if (e) edition = e.replace(/^edition:\s*/, '').trim();
    }
    const current = existsSync(`${stem}.current`) ? `${stem}.current` : null;
    const format = extname(path) === '.json' ? 'json' : 'yaml';
    return { path, rel: relative(ROOT, path), kind, edition, current, format };
  });
}

/** Runs the native CLI (`check --format json`); returns its `files` array. */
export function native(args, paths) {
  if (!existsSync(NATIVE)) {
    throw new Error(`the native CLI ${NATIVE} is missing: run \`cargo build --bin deploylint\` (wasm/test.sh does)`);
  }
  const r = spawnSync(NATIVE, ['check', '--format', 'json', ...args, ...paths], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (r.status !== 0 && r.status !== 1) {
    throw new Error(`deploylint ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  return JSON.parse(r.stdout).files;
}

/** The keys a diagnostic of the CLI's JSON output may have. */
export const DIAGNOSTIC_KEYS = [
  'code',
  'severity',
  'message',
  'help',
  'pointer',
  'span',
  'line',
  'column',
  'end_line',
  'end_column',
  'column_utf16',
  'end_column_utf16',
  'fix',
];

/** Asserts the shape of one diagnostic (throws with the diagnostic on failure). */
export function checkDiagnostic(d) {
  const ok =
    typeof d === 'object' &&
    typeof d.code === 'string' &&
    (d.severity === 'error' || d.severity === 'warning' || d.severity === 'info') &&
    typeof d.message === 'string' &&
    d.message.length > 0 &&
    (d.help === null || typeof d.help === 'string') &&
    typeof d.pointer === 'string' &&
    Number.isInteger(d.span?.start) &&
    Number.isInteger(d.span?.end) &&
    d.span.start <= d.span.end &&
    [d.line, d.column, d.end_line, d.end_column, d.column_utf16, d.end_column_utf16].every(
      (n) => Number.isInteger(n) && n >= 1,
    ) &&
    (d.fix === undefined || ['safe', 'unsafe'].includes(d.fix.applicability)) &&
    Object.keys(d).every((k) => DIAGNOSTIC_KEYS.includes(k) || k === 'document');
  if (!ok) throw new Error(`malformed diagnostic: ${JSON.stringify(d)}`);
}
