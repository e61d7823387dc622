// deploylint for Node 18+: the module is compiled synchronously on import, so
// the API is usable at once (`await init()` is a no-op kept for portable code).
import { readFileSync } from 'node:fs';
import { initSync } from './api.js';

initSync(readFileSync(new URL('./deploylint_wasm_bg.wasm', import.meta.url)));

export { init as default, init, initSync, isReady } from './api.js';
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
} from './api.js';
