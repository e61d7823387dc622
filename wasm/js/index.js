// deploylint for browsers and bundlers: `await init()` once, then call the
// synchronous API. (Node resolves the package to node.js, which needs no init.)
// Every export of api.js (the one list of the entry's API), and init as the default.
export { init as default } from './api.js';
export * from './api.js';
