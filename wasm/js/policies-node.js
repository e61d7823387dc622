// deploylint/policies for Node 18+ (team policies; its own .wasm): the module is compiled synchronously on import, so
// the API is usable at once (`await init()` is a no-op kept for portable code).
import { readFileSync } from 'node:fs';
import { initSync } from './policies-api.js';

initSync(readFileSync(new URL('./deploylint_policies_bg.wasm', import.meta.url)));

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
