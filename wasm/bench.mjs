// Measures the package's size and speed budget in Node (re-run: `node wasm/bench.mjs`
// after wasm/build.sh). Prints:
//   - the .wasm size, raw, gzipped (GNU gzip -9 and Node's zlib level 9) and brotli;
//   - the time to instantiate: compile + instantiate + glue setup of the .wasm
//     bytes (already read), in fresh Node processes, median of many; and the
//     first lint after it (lazily compiled patterns included);
//   - the median time to lint each typical manifest (examples/valid/*), warm,
//     over many runs, through the public API (text in, plain objects out).
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const WASM_DIR = dirname(fileURLToPath(import.meta.url));
const PKG = join(WASM_DIR, 'pkg');
const ROOT = dirname(WASM_DIR);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

if (process.argv[2] === '--child') {
  // One cold start: bytes read first, then time initSync (compile + instantiate).
  const bytes = readFileSync(join(PKG, 'deploylint_wasm_bg.wasm'));
  const api = await import(join(PKG, 'api.js'));
  const text = readFileSync(join(ROOT, 'examples/valid/ief-v3-create.json'), 'utf8');
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
const kb = (n) => `${n} bytes (${(n / 1000).toFixed(1)} kB, ${(n / 1024).toFixed(1)} KiB)`;
console.log(`node ${process.version}, ${process.arch}`);
console.log(`size: .wasm ${kb(wasm.length)}`);
let gnu = null;
try {
  gnu = execFileSync('gzip', ['-9c', wasmPath], { maxBuffer: 1 << 26 }).length;
} catch {
  // no gzip(1) on this machine
}
if (gnu !== null) console.log(`  gzip -9 (GNU gzip): ${kb(gnu)}`);
console.log(`  gzip, Node zlib level 9: ${kb(gzipSync(wasm, { level: 9 }).length)}`);
const br = brotliCompressSync(wasm, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(`  brotli 11: ${kb(br)}`);

const starts = Number(process.env.BENCH_STARTS ?? 25);
const cold = [];
for (let i = 0; i < starts; i++) {
  cold.push(JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child'], { encoding: 'utf8' })));
}
console.log(
  `instantiate: median ${median(cold.map((c) => c.init)).toFixed(2)} ms (p90 ${pct(cold.map((c) => c.init), 0.9).toFixed(2)} ms, ${starts} fresh processes); ` +
    `first lint after it: median ${median(cold.map((c) => c.firstLint)).toFixed(2)} ms`,
);

const { lint } = await import(join(PKG, 'node.js'));
const runs = Number(process.env.BENCH_RUNS ?? 2000);
const dir = join(ROOT, 'examples', 'valid');
const all = [];
for (const name of readdirSync(dir).sort()) {
  if (!/\.(json|ya?ml)$/.test(name)) continue;
  const text = readFileSync(join(dir, name), 'utf8');
  for (let i = 0; i < 200; i++) lint(text); // warm up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    lint(text);
    times.push(performance.now() - t0);
  }
  all.push(...times);
  console.log(
    `lint ${name.padEnd(24)} ${String(text.length).padStart(5)} bytes: median ${(median(times) * 1000).toFixed(1)} µs, p95 ${(pct(times, 0.95) * 1000).toFixed(1)} µs`,
  );
}
console.log(`lint, all typical manifests: median ${(median(all) * 1000).toFixed(1)} µs over ${all.length} runs`);
