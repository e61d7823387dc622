// Which executable the extension starts (server.js): the bundled server by
// default, `deploylint.path` when set, deploylint on PATH when the bundled one
// is missing. Against a real folder laid out as the installed .vsix is.
// Run: node --test editors/vscode/test/
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { bundledServer, resolveServer } = require('../server.js');

function installed(withServer) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deploylint-vscode-'));
  if (withServer) {
    fs.mkdirSync(path.join(dir, 'server'));
    fs.writeFileSync(path.join(dir, 'server', 'deploylint'), '', { mode: 0o755 });
  }
  return dir;
}

test('the bundled server is server/deploylint, server/deploylint.exe on Windows', () => {
  assert.strictEqual(bundledServer('/ext', 'linux'), path.join('/ext', 'server', 'deploylint'));
  assert.strictEqual(bundledServer('/ext', 'darwin'), path.join('/ext', 'server', 'deploylint'));
  assert.strictEqual(bundledServer('/ext', 'win32'), path.join('/ext', 'server', 'deploylint.exe'));
});

test('by default the bundled server runs', () => {
  const ext = installed(true);
  const bundled = bundledServer(ext, 'linux');
  assert.strictEqual(resolveServer({ setting: '', bundled, exists: fs.existsSync }), bundled);
  assert.strictEqual(resolveServer({ setting: undefined, bundled, exists: fs.existsSync }), bundled);
  assert.strictEqual(resolveServer({ setting: '  ', bundled, exists: fs.existsSync }), bundled);
});

test('deploylint.path, when set, wins over the bundled server', () => {
  const bundled = bundledServer(installed(true), 'linux');
  assert.strictEqual(resolveServer({ setting: '/opt/bin/deploylint', bundled, exists: fs.existsSync }), '/opt/bin/deploylint');
  assert.strictEqual(resolveServer({ setting: 'deploylint', bundled, exists: fs.existsSync }), 'deploylint');
});

test('without a bundled server (run from a checkout), deploylint on PATH', () => {
  const bundled = bundledServer(installed(false), 'linux');
  assert.strictEqual(resolveServer({ setting: '', bundled, exists: fs.existsSync }), 'deploylint');
  assert.strictEqual(resolveServer({ setting: '', bundled: undefined, exists: fs.existsSync }), 'deploylint');
});
