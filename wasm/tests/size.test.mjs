// THE SIZE BUDGETS, measured as wasm/build.sh and wasm/README.md do: `gzip -9`
// of the final .wasm (after wasm-opt). The default entry stays under 300 kB;
// the policies entry (deploylint/policies, the JSON Schema validator linked
// in) has its own budget, 1,350 kB, loaded only by consoles that use policies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PKG } from './helpers.mjs';

const gzipped = (file) => execFileSync('gzip', ['-9c', join(PKG, file)], { maxBuffer: 1 << 26 }).length;

test('the default entry: deploylint_wasm_bg.wasm is under 300 kB gzipped', () => {
  const n = gzipped('deploylint_wasm_bg.wasm');
  assert.ok(n <= 300_000, `${n} bytes gzipped`);
});

test('the policies entry: deploylint_policies_bg.wasm is under 1,350 kB gzipped', () => {
  const n = gzipped('deploylint_policies_bg.wasm');
  assert.ok(n <= 1_350_000, `${n} bytes gzipped`);
});
