// deploylint for VS Code: starts `deploylint lsp` for YAML and JSON files
// through vscode-languageclient. The server decides which files are
// deploylint manifests; others get no diagnostics. Which executable runs is
// decided by server.js (the bundled one unless `deploylint.path` is set).
'use strict';

const fs = require('node:fs');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');
const { bundledServer, resolveServer } = require('./server.js');

let client;

/**
 * The client's options, from the `deploylint.*` settings and the folder the
 * extension is installed in (where the bundled server is).
 */
function options(config, extensionPath, exists = fs.existsSync) {
  const command = resolveServer({
    setting: config.get('path'),
    bundled: extensionPath ? bundledServer(extensionPath, process.platform) : undefined,
    exists,
  });
  const lang = config.get('lang');
  const serverOptions = { command, args: ['lsp'] };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'file', language: 'json' },
      { scheme: 'untitled', language: 'yaml' },
      { scheme: 'untitled', language: 'json' },
    ],
    initializationOptions: lang ? { lang } : {},
    synchronize: {
      // deploylint.toml changes are sent as workspace/didChangeWatchedFiles.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/deploylint.toml'),
    },
  };
  return { serverOptions, clientOptions };
}

function activate(context) {
  const { serverOptions, clientOptions } = options(
    vscode.workspace.getConfiguration('deploylint'),
    context.extensionPath,
  );
  client = new LanguageClient('deploylint', 'deploylint', serverOptions, clientOptions);
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate, options };
