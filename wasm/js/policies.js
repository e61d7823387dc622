// deploylint/policies for browsers and bundlers (team policies; its own .wasm): `await init()` once, then call the
// synchronous API. (Node resolves the package to node.js, which needs no init.)
// Every export of policies-api.js (the one list of the entry's API), and init as the default.
export { init as default } from './policies-api.js';
export * from './policies-api.js';
