// The extension's wiring, without VS Code (it cannot be downloaded here):
// `vscode` and `vscode-languageclient/node` are replaced by recorders, and
// activate() must start a client running `deploylint lsp` for YAML and JSON
// with the configured language. Run: node --test editors/vscode/test/
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const Module = require('node:module');

const started = [];
const settings = { path: '/opt/bin/deploylint', lang: 'zh' };
const fakes = {
  vscode: {
    workspace: {
      getConfiguration: (section) => {
        assert.strictEqual(section, 'deploylint');
        return { get: (key) => settings[key] };
      },
      createFileSystemWatcher: (glob) => ({ glob }),
    },
  },
  'vscode-languageclient/node': {
    LanguageClient: class {
      constructor(id, name, serverOptions, clientOptions) {
        Object.assign(this, { id, name, serverOptions, clientOptions });
        started.push(this);
      }
      start() { this.running = true; return Promise.resolve(); }
      stop() { this.running = false; return Promise.resolve(); }
    },
  },
};
const load = Module._load;
Module._load = function (request, ...rest) {
  return Object.prototype.hasOwnProperty.call(fakes, request) ? fakes[request] : load.call(this, request, ...rest);
};
const extension = require('../extension.js');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

test('activate starts `deploylint lsp` for YAML and JSON', async () => {
  const context = { subscriptions: [] };
  await extension.activate(context);
  assert.strictEqual(started.length, 1);
  const c = started[0];
  assert.strictEqual(c.id, 'deploylint');
  assert.deepStrictEqual(c.serverOptions, { command: '/opt/bin/deploylint', args: ['lsp'] });
  assert.deepStrictEqual(
    c.clientOptions.documentSelector.map((s) => `${s.scheme}:${s.language}`),
    ['file:yaml', 'file:json', 'untitled:yaml', 'untitled:json'],
  );
  assert.deepStrictEqual(c.clientOptions.initializationOptions, { lang: 'zh' });
  assert.strictEqual(c.clientOptions.synchronize.fileEvents.glob, '**/deploylint.toml');
  assert.strictEqual(c.running, true);
  await extension.deactivate();
  assert.strictEqual(c.running, false);
});

test('defaults: deploylint on PATH, no language forced', () => {
  const { serverOptions, clientOptions } = extension.options({ get: () => '' });
  assert.deepStrictEqual(serverOptions, { command: 'deploylint', args: ['lsp'] });
  assert.deepStrictEqual(clientOptions.initializationOptions, {});
});

test('activate in an installed .vsix starts its bundled server/deploylint', async () => {
  const ext = fs.mkdtempSync(path.join(os.tmpdir(), 'deploylint-vscode-'));
  fs.mkdirSync(path.join(ext, 'server'));
  fs.writeFileSync(path.join(ext, 'server', 'deploylint'), '', { mode: 0o755 });
  const saved = settings.path;
  settings.path = '';
  try {
    await extension.activate({ subscriptions: [], extensionPath: ext });
    const c = started[started.length - 1];
    assert.deepStrictEqual(c.serverOptions, { command: path.join(ext, 'server', 'deploylint'), args: ['lsp'] });
    await extension.deactivate();
  } finally {
    settings.path = saved;
  }
});
