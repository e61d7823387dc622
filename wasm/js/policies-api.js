// The deploylint API of the policies entry (deploylint/policies): deploylint_policies.js (wasm-bindgen glue) and deploylint_policies_bg.wasm.
import rawInit, * as raw from './deploylint_policies.js';
import { createApi } from './core.js';

const api = createApi(rawInit, raw, new URL('./deploylint_policies_bg.wasm', import.meta.url), true);
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
  policyCompilations,
} = api;
