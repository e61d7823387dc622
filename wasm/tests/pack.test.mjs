// THE PUBLISHED PACKAGE WORKS: `npm pack` the built wasm/pkg, install the
// tarball into a fresh Node project, import it by name and lint; compile the
// TypeScript usage example there against the installed declarations and run it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PKG, ROOT, TSC, WASM } from './helpers.mjs';

const npm = (args, cwd) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });

test('npm pack → install into a fresh project → import and lint; the usage example compiles and runs', () => {
  const work = mkdtempSync(join(tmpdir(), 'deploylint-pack-'));
  npm(['pack', '--pack-destination', work], PKG);
  const [tarball] = readdirSync(work).filter((f) => f.endsWith('.tgz'));
  assert.ok(tarball, 'npm pack made no tarball');

  // What the tarball holds: exactly the package files, as scripts/publish/npm-deploylint.txt lists them.
  const listing = execFileSync('tar', ['-tzf', join(work, tarball)], { encoding: 'utf8' }).trim().split('\n').sort();
  const expected = readFileSync(join(ROOT, 'scripts', 'publish', 'npm-deploylint.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((f) => `package/${f}`)
    .sort();
  assert.equal(expected.length, 17);
  assert.deepEqual(listing, expected);

  // Its package.json: the name, the crate's version, an ES module, nothing for development.
  const manifest = JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8'));
  const crate = readFileSync(join(WASM, 'Cargo.toml'), 'utf8').match(/^version = "(.*)"$/m)[1];
  assert.equal(manifest.name, 'deploylint');
  assert.equal(manifest.version, crate);
  assert.equal(JSON.parse(readFileSync(join(WASM, 'package.json'), 'utf8')).version, crate, 'wasm/package.json version');
  assert.equal(manifest.type, 'module');
  for (const k of ['private', 'scripts', 'devDependencies', 'dependencies']) assert.equal(manifest[k], undefined, k);

  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  npm(['install', join(work, tarball)], app);

  writeFileSync(
    join(app, 'main.mjs'),
    `import { lint, detectKind, kinds, version } from 'deploylint';
const ds = lint('{"chart_id": "x", "action": "upgrad", "parameters": {}, "values": {}}');
console.log(JSON.stringify({ codes: ds.map((d) => [d.code, d.pointer]), kind: detectKind('{"chart_id": "x"}'), kinds: kinds().length, version: version() }));
`,
  );
  const out = JSON.parse(execFileSync(process.execPath, ['main.mjs'], { cwd: app, encoding: 'utf8' }));
  assert.deepEqual(out.codes[0], ['release-action', '/action']);
  assert.equal(out.kind, 'cce-release-update');
  assert.equal(out.kinds, 5);
  assert.match(out.version, /^\d+\.\d+\.\d+/);

  // The second entry by name: `deploylint/policies` applies a policy.
  writeFileSync(
    join(app, 'policies.mjs'),
    `import { lint } from 'deploylint/policies';
const policies = [{ id: 'acme-action', pointer: '/action', message: 'only upgrades', schema: { const: 'upgrade' } }];
console.log(JSON.stringify(lint('{"chart_id": "x", "action": "rollback", "parameters": {}, "values": {}}', { policies }).filter((d) => d.code === 'acme-action').map((d) => [d.code, d.pointer])));
`,
  );
  const pol = JSON.parse(execFileSync(process.execPath, ['policies.mjs'], { cwd: app, encoding: 'utf8' }));
  assert.deepEqual(pol, [['acme-action', '/action']]);

  // The TypeScript usage example, against the installed package's declarations
  // (resolved through package.json "exports" → "types"), compiled and run.
  copyFileSync(join(WASM, 'tests', 'usage.ts'), join(app, 'usage.ts'));
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: 'es2022',
        module: 'nodenext',
        moduleResolution: 'nodenext',
        lib: ['es2022'],
        types: [],
        outDir: 'out',
      },
      files: ['usage.ts'],
    }),
  );
  const tsc = spawnSync(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  const run = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', "const m = await import('./out/usage.js'); console.log(m.summary)"],
    { cwd: app, encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /findings; first: release-action at \/action/);
});
