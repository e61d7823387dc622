// deploylint for Node 18+: the module is compiled synchronously on import, so
// the API is usable at once (`await init()` is a no-op kept for portable code).
import { readFileSync } from 'node:fs';
import { initSync } from './api.js';

initSync(readFileSync(new URL('./deploylint_wasm_bg.wasm', import.meta.url)));

// Every export of api.js (the one list of the entry's API), and init as the default.
export { init as default } from './api.js';
export * from './api.js';
