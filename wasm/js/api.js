// The deploylint API of the default entry: deploylint_wasm.js (wasm-bindgen glue) and deploylint_wasm_bg.wasm.
import rawInit, * as raw from './deploylint_wasm.js';
import { createApi } from './core.js';

const api = createApi(rawInit, raw, new URL('./deploylint_wasm_bg.wasm', import.meta.url), false);
export const {
  init,
  initSync,
  isReady,
  lint,
  createLinter,
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
} = api;
