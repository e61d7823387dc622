// The WebAssembly half of scripts/adversarial.sh: in one module instance,
// 1. 1,000 lints of a large manifest leave the linear memory where it was
//    after the first few (wasm memory never shrinks, so any growth is a leak);
// 2. every adversarial input of generate.py, as bytes and (when it is UTF-8)
//    as a string, lints without throwing and without an `internal-error`.
// Prints a table of wall time and memory size after each input.
//
// Usage: node scripts/adversarial/wasm.mjs INPUT_DIR
// Skips (exit 0, with a message) when wasm/pkg is not built; DEPLOYLINT_WASM_PKG
// names another built package directory.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const PKG = process.env.DEPLOYLINT_WASM_PKG ?? join(ROOT, 'wasm', 'pkg');
const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/adversarial/wasm.mjs INPUT_DIR');
  process.exit(2);
}
if (!existsSync(join(PKG, 'deploylint_wasm.js'))) {
  console.log('wasm: skipped: wasm/pkg is not built (wasm/test.sh or wasm/build.sh builds it)');
  process.exit(0);
}

const raw = await import(join(PKG, 'deploylint_wasm.js'));
const exports = raw.initSync({ module: readFileSync(join(PKG, 'deploylint_wasm_bg.wasm')) });
const memory = () => exports.memory.buffer.byteLength;
const mb = (n) => (n / 1048576).toFixed(1);
let failed = 0;

/** Lints, returning the diagnostics or the thrown error's text. */
function attempt(text, options) {
  try {
    const ds = raw.lint(text, options);
    if (!Array.isArray(ds)) return `not an array: ${typeof ds}`;
    const bad = ds.find((d) => d.code === 'internal-error');
    return bad ? `internal-error: ${bad.message}` : ds;
  } catch (e) {
    return `threw: ${e}`;
  }
}

// 1. Memory over 1,000 lints of a large manifest (about 70 KB, with findings).
const large = readFileSync(
  join(ROOT, 'tests', 'fixtures', 'blind', 'ief-v3-update', '08-oversized-args-long-version-numeric-memory.json'),
  'utf8',
);
for (let i = 0; i < 5; i++) attempt(large, { kind: 'ief-v3-update' });
const before = memory();
const started = performance.now();
let findings = 0;
for (let i = 0; i < 1000; i++) {
  const r = attempt(large, { kind: 'ief-v3-update' });
  if (typeof r === 'string') {
    console.log(`wasm: FAIL: lint ${i} of the large manifest: ${r}`);
    failed++;
    break;
  }
  findings = r.length;
}
const after = memory();
const verdict = after === before ? 'ok' : `FAIL: grew by ${mb(after - before)} MB`;
if (after !== before) failed++;
console.log(
  `wasm: 1,000 lints of a ${(large.length / 1024).toFixed(0)} KB manifest (${findings} findings each) in ` +
    `${((performance.now() - started) / 1000).toFixed(2)} s: memory ${mb(before)} MB before, ${mb(after)} MB after: ${verdict}`,
);

// 2. The adversarial inputs.
const cases = readFileSync(join(dir, 'cases.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
const pad = (s, n) => String(s).padEnd(n);
console.log(`\n${pad('input', 26)} ${pad('as', 7)} ${'wall s'.padStart(8)} ${'memory MB'.padStart(10)}  verdict`);
console.log('-'.repeat(70));
for (const [name, , inputSize] of cases) {
  const bytes = new Uint8Array(readFileSync(join(dir, name)));
  const format = name.endsWith('.json') ? 'json' : 'yaml';
  let text = null;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: only the bytes form applies.
  }
  for (const [as, input] of [['bytes', bytes], ['string', text]]) {
    if (input === null) continue;
    const t0 = performance.now();
    const r = attempt(input, inputSize ? { format, limits: { inputSize: Number(inputSize) } } : { format });
    const secs = ((performance.now() - t0) / 1000).toFixed(2);
    const verdict = typeof r === 'string' ? `FAIL: ${r}` : `ok (${r.length} finding${r.length === 1 ? '' : 's'})`;
    if (typeof r === 'string') failed++;
    console.log(`${pad(inputSize ? `${name} +` : name, 26)} ${pad(as, 7)} ${secs.padStart(8)} ${mb(memory()).padStart(10)}  ${verdict}`);
  }
}
if (failed > 0) {
  console.log(`wasm: ${failed} failure(s)`);
  process.exit(1);
}
console.log('wasm: no input threw, memory steady over 1,000 lints');
