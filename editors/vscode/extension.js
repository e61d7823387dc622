// deploylint for VS Code: starts `deploylint lsp` for YAML and JSON files
// through vscode-languageclient. The server decides which files are
// deploylint manifests; others get no diagnostics.
'use strict';

const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

/** The client's options, from the `deploylint.*` settings. */
function options(config) {
  const command = config.get('path') || 'deploylint';
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
  const { serverOptions, clientOptions } = options(vscode.workspace.getConfiguration('deploylint'));
  client = new LanguageClient('deploylint', 'deploylint', serverOptions, clientOptions);
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate, options };
