// deploylint/policies for Node 18+ (team policies; its own .wasm): the module is compiled synchronously on import, so
// the API is usable at once (`await init()` is a no-op kept for portable code).
import { readFileSync } from 'node:fs';
import { initSync } from './policies-api.js';

initSync(readFileSync(new URL('./deploylint_policies_bg.wasm', import.meta.url)));

// Every export of policies-api.js (the one list of the entry's API), and init as the default.
export { init as default } from './policies-api.js';
export * from './policies-api.js';
