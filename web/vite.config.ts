// Vite configuration: the page imports the WebAssembly package `deploylint`
// from the repository's own build (wasm/pkg, made by wasm/build.sh), so the
// page always lints with the rules of this checkout. Vite copies the .wasm
// into dist/assets (api.js loads it with `new URL(..., import.meta.url)`).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const pkg = fileURLToPath(new URL('../wasm/pkg/index.js', import.meta.url));
const repo = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  // Relative asset URLs: dist/ works from any directory of any static server.
  base: './',
  resolve: { alias: { deploylint: pkg } },
  // The dev server may read wasm/pkg and examples/ outside web/.
  server: { fs: { allow: [repo] } },
  // One bundle: CodeMirror, yaml and the page (about 170 kB gzipped), plus the .wasm.
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 800 },
});
