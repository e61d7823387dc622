// The WASM package beside what a console would otherwise write, in one Node
// process, on the same documents (issue 11, item 4). Run after a build:
//
//     bash wasm/build.sh && node wasm/bench.mjs
//
// (`npm ci` in wasm/ first: Ajv and wasm-opt come from wasm/package-lock.json.)
// Prints:
//   - the .wasm size: raw, gzipped (GNU gzip -9 and Node's zlib level 9), brotli 11;
//   - per document: the warm WASM `lint(text)` through the public API (text in,
//     plain objects out) and `JSON.parse(text)` + an Ajv 2020 validator compiled
//     from schemas/KIND.json, in µs (median of batches, the two interleaved),
//     and their ratio; then, in fresh Node processes (median of BENCH_STARTS),
//     the instantiation (compile + instantiate + glue of the .wasm bytes
//     already read) and the first lint after it, in ms.
// The documents: the IEF v3 create page's request example, every typical body
// in examples/valid (a YAML one has no JSON.parse + Ajv column), and every
// broken body in examples/broken (findings cost). BENCH_RUNS sets the calls per
// document (default 4,000), BENCH_STARTS the fresh processes (default 15),
// BENCH_PKG another built package to measure (e.g. a copy of an older wasm/pkg).
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { createRequire } from 'node:module';

const WASM_DIR = dirname(fileURLToPath(import.meta.url));
const PKG = process.env.BENCH_PKG ?? join(WASM_DIR, 'pkg');
const ROOT = dirname(WASM_DIR);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

if (process.argv[2] === '--child') {
  // One cold start: bytes read first, then time initSync (compile + instantiate
  // + glue), then the first lint of the document.
  const bytes = readFileSync(join(PKG, 'deploylint_wasm_bg.wasm'));
  const api = await import(join(PKG, 'api.js'));
  const text = readFileSync(process.argv[3], 'utf8');
  const t0 = performance.now();
  api.initSync(bytes);
  const t1 = performance.now();
  api.lint(text);
  const t2 = performance.now();
  process.stdout.write(JSON.stringify({ init: t1 - t0, firstLint: t2 - t1 }));
  process.exit(0);
}

const wasmPath = join(PKG, 'deploylint_wasm_bg.wasm');
const wasm = readFileSync(wasmPath);
const kb = (n) => `${n} bytes (${(n / 1000).toFixed(1)} kB)`;
console.log(`node ${process.version}, ${process.arch}`);
console.log(`.wasm: ${kb(wasm.length)} raw`);
try {
  const gnu = execFileSync('gzip', ['-9c', wasmPath], { maxBuffer: 1 << 26 }).length;
  console.log(`  gzip -9 (GNU gzip): ${kb(gnu)}`);
} catch {
  // no gzip(1) on this machine
}
console.log(`  gzip, Node zlib level 9: ${kb(gzipSync(wasm, { level: 9 }).length)}`);
const br = brotliCompressSync(wasm, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(`  brotli 11: ${kb(br)}`);

// Ajv 2020 in strict mode with our two annotation keywords declared (what
// tests/ajv/check.mjs and the README advise), one validator per kind.
const require = createRequire(join(WASM_DIR, 'package.json'));
const Ajv2020 = require('ajv/dist/2020.js').default;
const ajv = new Ajv2020({ strict: true });
ajv.addVocabulary(['x-description-zh', 'x-deploylint-rule']);
const validators = new Map();
const validatorOf = (kind) => {
  if (!validators.has(kind)) {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', `${kind}.json`), 'utf8'));
    validators.set(kind, ajv.compile(schema));
  }
  return validators.get(kind);
};

const api = await import(join(PKG, 'node.js'));
const docs = [join(ROOT, 'tests/fixtures/page-examples/ief-v3-create/request-example.json')];
for (const dir of ['examples/valid', 'examples/broken']) {
  for (const name of readdirSync(join(ROOT, dir)).sort()) {
    if (/\.(json|ya?ml)$/.test(name)) docs.push(join(ROOT, dir, name));
  }
}

// Median of per-call means over batches; the two sides alternate batch by batch.
const runs = Number(process.env.BENCH_RUNS ?? 4000);
const batch = 50;
function time(f) {
  const t0 = performance.now();
  for (let i = 0; i < batch; i++) f();
  return ((performance.now() - t0) / batch) * 1000;
}
const starts = Number(process.env.BENCH_STARTS ?? 15);
const rows = [];
for (const path of docs) {
  const text = readFileSync(path, 'utf8');
  const kind = api.detectKind(text);
  const json = /\.json$/.test(path) && kind !== null;
  const validate = json ? validatorOf(kind) : null;
  const wasmLint = () => api.lint(text);
  // What a form that knows its kind calls on every keystroke: options read once.
  const linter = api.createLinter(kind === null ? {} : { kind });
  const linterLint = () => linter.lint(text);
  const ajvCheck = () => validate(JSON.parse(text));
  for (let i = 0; i < 300; i++) {
    wasmLint();
    linterLint();
    if (json) ajvCheck();
  }
  const w = [];
  const l = [];
  const a = [];
  for (let i = 0; i < runs / batch; i++) {
    w.push(time(wasmLint));
    l.push(time(linterLint));
    if (json) a.push(time(ajvCheck));
  }
  const cold = [];
  for (let i = 0; i < starts; i++) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', path], { encoding: 'utf8' });
    cold.push(JSON.parse(out));
  }
  rows.push({
    doc: relative(ROOT, path),
    bytes: Buffer.byteLength(text),
    findings: api.lint(text).length,
    wasm: median(w),
    linter: median(l),
    ajv: json ? median(a) : null,
    // The fastest batch of each: steadier than the median on a loaded machine.
    best: json ? Math.min(...l) / Math.min(...a) : null,
    init: median(cold.map((c) => c.init)),
    first: median(cold.map((c) => c.firstLint)),
  });
}

const pad = (s, n) => String(s).padStart(n);
console.log(
  `\nper document: warm medians of ${runs / batch} batches of ${batch} calls (ratio: wasm / ajv; best: of the fastest batches); ` +
    `cold medians of ${starts} fresh processes`,
);
console.log(
  `${'document'.padEnd(56)} ${pad('bytes', 5)} ${pad('found', 5)} ${pad('lint µs', 8)} ${pad('linter', 7)} ${pad('ajv µs', 7)} ${pad('ratio', 6)} ${pad('best', 5)} ${pad('first ms', 8)} ${pad('init ms', 7)}`,
);
for (const r of rows) {
  console.log(
    `${r.doc.padEnd(56)} ${pad(r.bytes, 5)} ${pad(r.findings, 5)} ${pad(r.wasm.toFixed(1), 8)} ${pad(r.linter.toFixed(1), 7)} ${pad(r.ajv === null ? '-' : r.ajv.toFixed(1), 7)} ${pad(r.ajv === null ? '-' : (r.linter / r.ajv).toFixed(2), 6)} ${pad(r.best === null ? '-' : r.best.toFixed(2), 5)} ${pad(r.first.toFixed(2), 8)} ${pad(r.init.toFixed(2), 7)}`,
  );
}
const valid = rows.filter((r) => r.doc.startsWith('examples/valid/') && r.ajv !== null);
const sum = (xs) => xs.reduce((s, x) => s + x, 0);
console.log(
  `typical bodies (examples/valid, JSON): wasm ${sum(valid.map((r) => r.wasm)).toFixed(1)} µs, ` +
    `JSON.parse + Ajv ${sum(valid.map((r) => r.ajv)).toFixed(1)} µs for all ${valid.length}: ` +
    `ratio ${(sum(valid.map((r) => r.wasm)) / sum(valid.map((r) => r.ajv))).toFixed(2)}; ` +
    `linter ${sum(valid.map((r) => r.linter)).toFixed(1)} µs, ratio ${(sum(valid.map((r) => r.linter)) / sum(valid.map((r) => r.ajv))).toFixed(2)} (target <= 1.5, goal 1)`,
);
// The fixed cost of a call: an empty body that is clean for its kind, options given.
{
  const opts = { kind: 'ief-v3-update' };
  const linter = api.createLinter(opts);
  const calls = [() => api.lint('{}', opts), () => linter.lint('{}')];
  for (let i = 0; i < 2000; i++) calls.forEach((f) => f());
  const m = calls.map(() => []);
  for (let i = 0; i < runs / batch; i++) calls.forEach((f, j) => m[j].push(time(f)));
  console.log(
    `fixed cost of a call ('{}' as ief-v3-update, clean): lint(text, options) ${median(m[0]).toFixed(2)} µs, ` +
      `createLinter(options).lint(text) ${median(m[1]).toFixed(2)} µs (target < 2 µs)`,
  );
}
console.log(`first lint after instantiation: max ${Math.max(...rows.map((r) => r.first)).toFixed(2)} ms over the documents`);
console.log(`instantiation: median ${median(rows.map((r) => r.init)).toFixed(2)} ms`);
