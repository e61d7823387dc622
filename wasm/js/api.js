// The deploylint API over the raw wasm-bindgen exports (deploylint_wasm.js).
//
// Every function answers with plain data and never throws: the Rust side
// turns bad arguments into `invalid-argument` diagnostics (or null), and the
// wrappers here turn anything unexpected (calling before init, a bug) into
// an `internal-error` diagnostic (or null / []), so a form or an editor
// never loses its event loop to the linter.
import rawInit, * as raw from './deploylint_wasm.js';

const WASM_URL = new URL('./deploylint_wasm_bg.wasm', import.meta.url);
let ready = false;
let pending;

/** Initialises from the module's bytes (or a WebAssembly.Module), synchronously. */
export function initSync(module) {
  if (!ready) {
    raw.initSync({ module });
    ready = true;
  }
}

async function load(input) {
  let source = input ?? WASM_URL;
  if (source instanceof URL && source.protocol === 'file:') {
    // Node (fetch cannot read file: URLs). Kept out of bundlers' sight.
    const fsName = 'node:fs/promises';
    const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ fsName);
    source = await readFile(source);
  }
  await rawInit({ module_or_path: source });
}

/**
 * Loads the WebAssembly module once (later calls return the same promise).
 * Browsers fetch `deploylint_wasm_bg.wasm` next to this file; pass a URL,
 * Response, bytes or WebAssembly.Module to load it from elsewhere. In Node the
 * package entry initialises on import, so this resolves at once.
 */
export function init(input) {
  if (ready) return Promise.resolve();
  pending ??= load(input).then(
    () => {
      ready = true;
    },
    (e) => {
      pending = undefined;
      throw e;
    },
  );
  return pending;
}

/** Whether the module is loaded. */
export function isReady() {
  return ready;
}

function problem(e) {
  const message = ready
    ? `deploylint failed unexpectedly: ${e}`
    : 'deploylint is not initialised: `await init()` before linting';
  return {
    code: 'internal-error',
    severity: 'error',
    message,
    help: 'this is a bug or a missing `await init()`; please report it with the input',
    pointer: '',
    span: { start: 0, end: 0 },
    line: 1,
    column: 1,
    end_line: 1,
    end_column: 1,
    column_utf16: 1,
    end_column_utf16: 1,
  };
}

// A string is passed as its UTF-8 bytes: TextEncoder is native, where the
// wasm-bindgen glue copies a string into the module a character at a time in JS.
// Up to 64 KiB of text is encoded into one reused buffer (no allocation per call).
const encoder = new TextEncoder();
let scratch = new Uint8Array(4096);
function utf8(text) {
  if (text.length > 65536) return encoder.encode(text);
  if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
  return scratch.subarray(0, encoder.encodeInto(text, scratch).written);
}

export function lint(text, options) {
  try {
    return typeof text === 'string' ? raw.lintUtf8(utf8(text), options) : raw.lint(text, options);
  } catch (e) {
    return [problem(e)];
  }
}

export function lintDocuments(text, options) {
  try {
    return typeof text === 'string'
      ? raw.lintDocumentsUtf8(utf8(text), options)
      : raw.lintDocuments(text, options);
  } catch (e) {
    return [{ document: 0, kind: null, errors: 1, warnings: 0, diagnostics: [problem(e)] }];
  }
}

export function fixAll(text, options) {
  try {
    return raw.fixAll(text, options);
  } catch (e) {
    return { text: typeof text === 'string' ? text : '', applied: 0, remaining: 1, diagnostics: [problem(e)] };
  }
}

function orElse(f, fallback) {
  return (...args) => {
    try {
      return f(...args);
    } catch {
      return fallback();
    }
  };
}

export const detectKind = orElse((text) => raw.detectKind(text), () => null);
export const kinds = orElse(() => raw.kinds(), () => []);
export const rules = orElse(() => raw.rules(), () => []);
export const schema = orElse((kind) => raw.schema(kind), () => null);
export const describeField = orElse((kind, pointer) => raw.describeField(kind, pointer), () => null);
export const nodeAt = orElse((text, offset, options) => raw.nodeAt(text, offset, options), () => null);
export const resolve = orElse((kind, pointer) => raw.resolve(kind, pointer), () => null);
export const allowedFields = orElse(
  (kind, pointer, present, options) => raw.allowedFields(kind, pointer, present, options),
  () => [],
);
export const positionAt = orElse((text, offset) => raw.positionAt(text, offset), () => null);
export const offsetAt = orElse((text, position) => raw.offsetAt(text, position), () => null);
export const utf16Offset = orElse((text, byteOffset) => raw.utf16Offset(text, byteOffset), () => null);
export const byteOffset = orElse((text, utf16Offset) => raw.byteOffset(text, utf16Offset), () => null);
export const version = orElse(() => raw.version(), () => null);
