// deploylint/policies for browsers and bundlers (team policies; its own .wasm): `await init()` once, then call the
// synchronous API. (Node resolves the package to node.js, which needs no init.)
export { init as default, init, initSync, isReady } from './policies-api.js';
export {
  lint,
  lintDocuments,
  fixAll,
  detectKind,
  kinds,
  rules,
  schema,
  describeField,
  nodeAt,
  resolve,
  allowedFields,
  positionAt,
  offsetAt,
  utf16Offset,
  byteOffset,
  version,
  policyCompilations,
} from './policies-api.js';
