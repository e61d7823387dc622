// Which deploylint executable the extension starts, as a pure function of the
// setting, the extension's folder and what exists on disk (tested without VS Code
// in test/server.test.js). The per-platform .vsix (scripts/package-vscode.sh)
// carries the server at server/deploylint (server/deploylint.exe on Windows).
'use strict';

const path = require('node:path');

/** The server binary inside the extension installed at `extensionPath`. */
function bundledServer(extensionPath, platform) {
  return path.join(extensionPath, 'server', platform === 'win32' ? 'deploylint.exe' : 'deploylint');
}

/**
 * The command to run: `deploylint.path` when set; else the bundled binary when
 * it exists; else `deploylint` on PATH (the extension run from a checkout,
 * or a .vsix packaged without a server).
 */
function resolveServer({ setting, bundled, exists }) {
  if (typeof setting === 'string' && setting.trim() !== '') return setting.trim();
  if (bundled && exists(bundled)) return bundled;
  return 'deploylint';
}

module.exports = { bundledServer, resolveServer };
