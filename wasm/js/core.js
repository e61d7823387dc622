// The deploylint API over the raw wasm-bindgen exports of one module: the
// default entry's (api.js over deploylint_wasm.js) or the policies entry's
// (policies-api.js over deploylint_policies.js).
//
// Every function answers with plain data and never throws: the Rust side
// turns bad arguments into `invalid-argument` diagnostics (or null), and the
// wrappers here turn anything unexpected (calling before init, a bug) into
// an `internal-error` diagnostic (or null / []), so a form or an editor
// never loses its event loop to the linter.

// A body of each kind, JSON and YAML, most with findings (their words are code too): what the
// warm-up lints.
export const WARM_UP = [
  '{"name": "web", "deployment": {"replicas": 1, "template": {"configs": {"restart_policy": "Always"}, "containers": [{"name": "web", "image_url": "nginx:1.25", "ports": [{"container_port": 80, "host_port": 8080}], "resources": {"limits": {"cpu": "1", "memory": "512"}, "requests": {"cpu": "0.5", "memory": "256"}}, "envs": [{"name": "MODE", "value": "x"}]}]}}}',
  '{"deployment": {"replicas": 1, "app": {"name": "web", "image_url": "nginx:1.25", "cpu_limit": 1, "memory_limit": 512, "env": [{"name": "A", "value": "b"}]}}}',
  '{"chart_id": "af4b699e", "action": "upgrad", "parameters": {}, "values": {}}',
  'deployment:\n  replicas: 1\n  template:\n    containers:\n      - name: web\n        image_url: "nginx:1.25"\n        ports:\n          - container_port: 80\n',
  'description: x\ndeployment:\n  image_url: "nginx:1.25"\n  command: [/bin/app]\n  envs:\n    - name: A\n      value: b\n',
];
//
// Policies (the policies entry only) are compiled once per options object:
// the handle the module returns is kept in a WeakMap keyed by the options
// object (and recompiled only if its `policies` array is replaced), and
// freed when the options object is collected.

/** The API of the module `raw` (its glue), whose .wasm is at `WASM_URL`. */
export function createApi(rawInit, raw, WASM_URL, withPolicies) {
  let ready = false;
  let pending;

  /** Initialises from the module's bytes (or a WebAssembly.Module), synchronously. */
  function initSync(module) {
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
  // After an async init (a page): V8 compiles each WebAssembly function on its first call, so the
  // lint path is run once on the starter bodies when the page is idle, before the first keystroke.
  function warmUp() {
    const later = globalThis.requestIdleCallback ?? ((f) => setTimeout(f, 0)?.unref?.());
    later(() => {
      for (const body of WARM_UP) {
        try {
          raw.lintUtf8(utf8(body), undefined, 0);
        } catch {
          // nothing to warm
        }
      }
    });
  }

  function init(input) {
    if (ready) return Promise.resolve();
    pending ??= load(input).then(
      () => {
        ready = true;
        warmUp();
      },
      (e) => {
        pending = undefined;
        throw e;
      },
    );
    return pending;
  }

  /** Whether the module is loaded. */
  function isReady() {
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

  // options object → {policies, handle}: each options object's policies are compiled once.
  const compiled = new WeakMap();
  const registry =
    withPolicies && typeof FinalizationRegistry === 'function'
      ? new FinalizationRegistry((handle) => {
          try {
            raw.dropPolicies(handle);
          } catch {
            // the module is gone: nothing to free
          }
        })
      : undefined;

  // The handle of the policies of `options` (0: none, or not the policies entry).
  function policies(options) {
    if (!withPolicies || options === null || typeof options !== 'object') return 0;
    let list;
    try {
      list = options.policies;
    } catch {
      return 0; // the module reports the unreadable option
    }
    if (list === undefined || list === null) return 0;
    const known = compiled.get(options);
    if (known && known.policies === list) return known.handle;
    const handle = raw.compilePolicies(options);
    if (known) {
      // The `policies` array was replaced: the old list is freed now.
      raw.dropPolicies(known.handle);
      registry?.unregister(options);
    }
    registry?.register(options, handle, options);
    compiled.set(options, { policies: list, handle });
    return handle;
  }

  function lint(text, options) {
    try {
      const p = policies(options);
      return typeof text === 'string' ? raw.lintUtf8(utf8(text), options, p) : raw.lint(text, options, p);
    } catch (e) {
      return [problem(e)];
    }
  }

  // What a linter answers for a clean text: one array, never a new one.
  const CLEAN = Object.freeze([]);

  /**
   * A linter for one options object: `createLinter(options).lint(text)` answers what
   * `lint(text, options)` does, but the options are read (and, in the policies entry, their
   * policies compiled) once, when the first text is linted, not on every call; a clean text
   * answers one shared, frozen empty array. Options changed later are not seen: make a new
   * linter. `free()` releases the module's copy now (otherwise it goes when the linter is
   * collected); a lint after it reads the options again.
   */
  function createLinter(options) {
    let handle;
    return {
      lint(text) {
        if (typeof text !== 'string') return lint(text, options);
        try {
          handle ??= new raw.Linter(options);
          return handle.lintUtf8(utf8(text)) ?? CLEAN;
        } catch (e) {
          return [problem(e)];
        }
      },
      free() {
        handle?.free();
        handle = undefined;
      },
    };
  }

  function lintDocuments(text, options) {
    try {
      const p = policies(options);
      return typeof text === 'string'
        ? raw.lintDocumentsUtf8(utf8(text), options, p)
        : raw.lintDocuments(text, options, p);
    } catch (e) {
      return [{ document: 0, kind: null, errors: 1, warnings: 0, diagnostics: [problem(e)] }];
    }
  }

  function fixAll(text, options) {
    try {
      return raw.fixAll(text, options, policies(options));
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

  const detectKind = orElse((text) => raw.detectKind(text), () => null);
  const kinds = orElse(() => raw.kinds(), () => []);
  const rules = orElse(() => raw.rules(), () => []);
  const schema = orElse((kind) => raw.schema(kind), () => null);
  const describeField = orElse((kind, pointer) => raw.describeField(kind, pointer), () => null);
  const nodeAt = orElse((text, offset, options) => raw.nodeAt(text, offset, options), () => null);
  const resolve = orElse((kind, pointer) => raw.resolve(kind, pointer), () => null);
  const allowedFields = orElse(
    (kind, pointer, present, options) => raw.allowedFields(kind, pointer, present, options),
    () => [],
  );
  const positionAt = orElse((text, offset) => raw.positionAt(text, offset), () => null);
  const offsetAt = orElse((text, position) => raw.offsetAt(text, position), () => null);
  const utf16Offset = orElse((text, byteOffset) => raw.utf16Offset(text, byteOffset), () => null);
  const byteOffset = orElse((text, utf16Offset) => raw.byteOffset(text, utf16Offset), () => null);
  const version = orElse(() => raw.version(), () => null);

  /** How many `policies` lists the module has compiled (a test hook; 0 in the default entry). */
  const policyCompilations = orElse(() => raw.policyCompilations(), () => 0);

  return {
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
  };
}
