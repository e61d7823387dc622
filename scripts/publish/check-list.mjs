// What a package holds, against the list kept beside this script: reads the
// package's file paths (one a line) on stdin and the expected list (one glob a
// line, `#` comments; `*` within a folder, `**` any depth), and fails when a
// file matches no glob (something unexpected was packed) or a glob matches no
// file (something needed is missing; a glob after `? ` may match nothing). Used by scripts/test-publish.sh and
// scripts/test-editors.sh. Usage: node check-list.mjs EXPECTED.txt < files
import { readFileSync } from 'node:fs';
import { matchesGlob } from 'node:path';

process.removeAllListeners('warning'); // path.matchesGlob is "experimental" in Node 20 and 22
const [expectedFile] = process.argv.slice(2);
const lines = readFileSync(expectedFile, 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
const globs = lines.map((l) => l.replace(/^\? /, ''));
const required = lines.filter((l) => !l.startsWith('? '));
const files = readFileSync(0, 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);

const unexpected = files.filter((f) => !globs.some((g) => matchesGlob(f, g)));
const missing = required.filter((g) => !files.some((f) => matchesGlob(f, g)));
for (const f of unexpected) console.error(`  unexpected in the package: ${f}`);
for (const g of missing) console.error(`  missing from the package: nothing matches ${g}`);
if (unexpected.length || missing.length || !files.length) {
  console.error(`${expectedFile}: ${files.length} files, ${unexpected.length} unexpected, ${missing.length} globs unmatched`);
  process.exit(1);
}
console.log(`${expectedFile}: ${files.length} files, all expected`);
