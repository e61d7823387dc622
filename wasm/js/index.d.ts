// Type declarations of the `deploylint` npm package. They describe the real
// shapes: wasm/tests/types.test.mjs type-checks actual results of every
// function against them (excess or missing keys fail), so they cannot drift.

/** The five request kinds. */
export type Kind = 'ief-v2-create' | 'ief-v2-update' | 'ief-v3-create' | 'ief-v3-update' | 'cce-release-update';

/** `error`: the API rejects the body. `warning`: Huawei's sources disagree, or the body is likely not what was meant. */
/** `info`: a field with no effect where it stands; never fails a run. */
export type Severity = 'error' | 'warning' | 'info';

/** A rule severity override: `off` drops the rule's findings. */
export type Level = 'off' | 'info' | 'warning' | 'error';

/** A byte range (UTF-8 offsets) in the linted text: `start` inclusive, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Replace the bytes of `span` with `replacement`. */
export interface Edit {
  span: Span;
  replacement: string;
}

/** A machine-applicable change that resolves a diagnostic. */
export interface Fix {
  /** What the fix does, in the report's language. */
  title: string;
  /** Non-overlapping edits. */
  edits: Edit[];
  /** `safe`: certain, applied by `--fix`; `unsafe`: offered for a person to choose. */
  applicability: 'safe' | 'unsafe' | 'none';
}

/** One finding: the same fields as a diagnostic of `deploylint check --format json`. */
export interface Diagnostic {
  /**
   * Stable kebab-case rule code (see `rules()`), or one of this package's own:
   * `invalid-argument` (a bad argument or option) and `internal-error` (a bug, or
   * linting before `await init()` in a browser).
   */
  code: string;
  severity: Severity;
  /** What is wrong, in the requested language. */
  message: string;
  /** What to do about it. */
  help: string | null;
  /** RFC 6901 JSON Pointer of the offending value (of the key for an unknown or duplicate key; `""` for a parse error). */
  pointer: string;
  /** Byte range of the offending value or key. */
  span: Span;
  /** 1-based line of `span.start`. */
  line: number;
  /** 1-based column of `span.start`, in characters (not bytes, not UTF-16 units). */
  column: number;
  /** 1-based line of `span.end`. */
  end_line: number;
  /** 1-based column of `span.end`. */
  end_column: number;
  /** 1-based column of `span.start` in UTF-16 code units (JavaScript string indices, LSP). */
  column_utf16: number;
  /** 1-based column of `span.end` in UTF-16 code units. */
  end_column_utf16: number;
  /** Present when a change is certain enough to offer. */
  fix?: Fix;
  /** 0-based document index: only from `lint` on a YAML stream of several documents. */
  document?: number;
}

/** One document's result: a `files[]` entry of the CLI's JSON output, without `path`. */
export interface Report {
  /** 0-based index in a multi-document YAML stream (0 for JSON). */
  document: number;
  /** The kind the document was checked as; `null` if it could not be determined. */
  kind: Kind | null;
  errors: number;
  warnings: number;
  infos: number;
  diagnostics: Diagnostic[];
  /** Findings silenced by a `# deploylint-ignore:` comment, each with what silenced it. */
  suppressed: SuppressedDiagnostic[];
}

/** What silenced a finding. */
export interface Suppression {
  /** `inSource`: a comment in the file; `external`: an `[[ignore]]` entry of deploylint.toml. */
  kind: 'inSource' | 'external';
  /** The reason written with it; `null` for a comment without one. */
  justification: string | null;
  /** In source: the 1-based line of the comment. */
  line?: number;
  /** External: the index of the `[[ignore]]` entry. */
  entry?: number;
}

/** A silenced finding: the diagnostic as it would have been reported, and its suppression. */
export interface SuppressedDiagnostic extends Diagnostic {
  suppression: Suppression;
}

/** Options of `lint` and `lintDocuments`. `null` or absent means the default. */
export interface LintOptions {
  /** Check as this kind instead of recognising it from the shape. */
  kind?: Kind | null;
  /** Input format; default: JSON if the text starts with `{` or `[`, else YAML. */
  format?: 'json' | 'yaml' | null;
  /** Message language (default `en`); locale tags such as `zh-CN` are accepted too. */
  lang?: 'en' | 'zh' | null;
  /** The current deployment (JSON or YAML text) an update modifies: enables `restart-policy-immutable`. */
  current?: string | null;
  /** The IEF edition (default `platinum`); `professional` makes platinum-only features errors. */
  edition?: 'platinum' | 'professional' | null;
  /** Severity overrides by rule code, as the `[rules]` table of `deploylint.toml`. */
  rules?: Record<string, Level> | null;
  /**
   * Which rules are on (default `api`): `api`, what the API rejects and what Huawei's sources dispute;
   * `recommended`, also the best-practice warnings (privileged containers, missing probes, `latest` images, …).
   */
  preset?: 'api' | 'recommended' | null;
  /** What one lint may cost, as the `[limits]` table of `deploylint.toml`; crossing one is a `limit-exceeded` diagnostic. */
  limits?: Limits | null;
  /**
   * Team policies (docs/policies.md), applied by the `deploylint/policies` entry only, compiled once
   * per options object: pass the same object again to reuse them. The default entry answers a
   * non-empty list with an `invalid-argument` diagnostic saying to import `deploylint/policies`.
   */
  policies?: PolicyOptions[] | null;
}

/**
 * A team policy: the fields of a `[[policies]]` table of `deploylint.toml`, camelCase, the schema
 * inline (no `schemaFile`, no `files`). One of `target` and `pointer`.
 */
export interface PolicyOptions {
  /** The findings' code: kebab-case, not a built-in rule code, unique. */
  id: string;
  /** What the schema checks: `body`, `deployment`, `pod-configs`, `container`, `init-container`, `volume`, `port`, `env`, `probe`, `tag`, `release-values`. */
  target?: string;
  /** Or a JSON Pointer whose segment `*` stands for every key or index. */
  pointer?: string;
  /** The kinds it applies to; default every kind where the target exists. */
  kinds?: Kind[];
  /** The findings' level (default `error`). */
  level?: 'error' | 'warning' | 'info';
  /** What a finding says, in English. */
  message: string;
  /** What it says with `lang: 'zh'` (else `message`). */
  messageZh?: string;
  /** What the help adds after the schema's own words, in English. */
  help?: string;
  /** The help in Chinese (else `help`). */
  helpZh?: string;
  /** The JSON Schema (drafts 4, 6, 7, 2019-09, 2020-12 by `$schema`; 2020-12 without). */
  schema: object | boolean;
}

/** The limits of `LintOptions.limits`: whole numbers of at least 1; each absent one keeps its default. */
export interface Limits {
  /** The largest input, in bytes (UTF-8 for a string); default 16 MiB (16777216). */
  inputSize?: number;
  /** The deepest nesting of arrays and objects; default 512, at most 1000. */
  depth?: number;
  /** The most nodes YAML aliases may add to one document; default 100000. */
  aliases?: number;
  /** The longest string or key once unescaped, in UTF-8 bytes; default 1 MiB (1048576). */
  stringLength?: number;
  /** The most findings reported per document; default 1000. */
  findings?: number;
}

/** Options of `fixAll`: those of `lint`, and whether to apply the fixes that are not certain. */
export interface FixAllOptions extends LintOptions {
  /** Apply the `unsafe` fixes too (default `false`: only `safe` ones), as `--unsafe-fixes`. */
  unsafeFixes?: boolean | null;
}

/** What `fixAll` did. */
export interface FixAllResult {
  /** The fixed text (the input itself when nothing applied). */
  text: string;
  /** How many fixes were applied. */
  applied: number;
  /** How many findings the fixed text still has (`diagnostics.length`). */
  remaining: number;
  /** The diagnostics of the fixed text, as `lint` returns them. */
  diagnostics: Diagnostic[];
}

/** What the specs say about one field, for hints next to a form input. */
export interface FieldInfo {
  /** The field's key. */
  name: string;
  /** The API object it belongs to, e.g. `ContainerDef`. */
  object: string;
  doc_en: string;
  doc_zh: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'any';
  /** `disputed`: the sources disagree about whether it is mandatory. */
  required: 'yes' | 'no' | 'disputed';
  /** Whether the page omits the field (another source models it). */
  disputed: boolean;
  /** Lower bound (numbers), minimum length (strings) or minimum items (arrays). */
  min: number | null;
  /** Upper bound, maximum length or maximum items. */
  max: number | null;
  /** The regular expression (ECMA-262 compatible), if any. */
  pattern: string | null;
  /** Allowed values, if enumerated. */
  values: string[] | null;
  /** The rule code of its value constraints. */
  rule: string | null;
  /** The page (short name, see docs/sources.md) and table the object comes from. */
  source: string;
}

/** `describeField`'s `FieldInfo`, plus the values other sources dispute: what `resolve` returns. */
export interface ResolvedField extends FieldInfo {
  /** Values another Huawei source allows and the page does not: accepted with a `disputed-value` warning. */
  disputed_values: string[];
}

/** Where a cursor is: on a member's key, on a scalar value, or inside an object or array between its members. */
export type Place = 'key' | 'value' | 'inside';

/**
 * A range of a JavaScript string in UTF-16 code units (string indices, so
 * `text.slice(start, end)` is the range's text): `start` inclusive, `end`
 * exclusive. Unlike a diagnostic's `Span`, which counts UTF-8 bytes.
 */
export interface TextRange {
  start: number;
  end: number;
}

/** What `nodeAt` found at an offset. */
export interface NodeAt {
  /** 0-based index of the document in a YAML stream (0 for JSON). */
  document: number;
  /** JSON Pointer of the member (for `key` and `value`) or of the object or array the cursor is inside. */
  pointer: string;
  place: Place;
  /** The key's, the value's or the container's range, in UTF-16 code units. */
  span: TextRange;
  /** Pointer of the object or array the cursor is in (for `inside`, the container itself); `null` only for a scalar document. */
  enclosing: string | null;
  /** The member's key when the cursor is on a member's key or value. */
  key: string | null;
}

/** How `nodeAt` and `allowedFields` read a text. `null` or absent means the default. */
export interface QueryOptions {
  /** Input format; default: JSON if the text starts with `{` or `[`, else YAML. */
  format?: 'json' | 'yaml' | null;
  /** 0-based document of a YAML stream; default: for `nodeAt` the one holding the offset, for `allowedFields` the first. */
  document?: number | null;
}

/** A 0-based line and a 0-based column in UTF-16 code units, as the Language Server Protocol counts. */
export interface Position {
  line: number;
  character: number;
}

/** A text in English and Chinese. */
export interface Msg {
  en: string;
  zh: string;
}

/** Where a rule's constraint is written. */
export interface RuleSource {
  /** The source's short name (docs/sources.md). */
  title: string;
  /** Its anchor in docs/sources.md. */
  anchor: string;
  table: string;
}

/** A case of a rule reported at another severity than its default. */
export interface RuleVariant {
  name: string;
  severity: Severity;
  when: Msg;
}

/** One entry of the rule catalogue (`deploylint rules --format json`). */
export interface Rule {
  code: string;
  /** `syntax`, `api`, `disputed` or `best-practice`. */
  category: 'syntax' | 'api' | 'disputed' | 'best-practice';
  severity: Severity;
  /** How safe its fixes are. */
  fix: 'safe' | 'unsafe' | 'none';
  variants: RuleVariant[];
  kinds: Kind[];
  summary: Msg;
  explanation: Msg;
  sources: RuleSource[];
  /** Whether the generated JSON Schemas express it. */
  structural: boolean;
  /** The fields whose values it constrains, as `Object.field (kinds)`. */
  fields: string[];
}

/** A JSON Schema (2020-12) document. */
export type JsonSchema = { [key: string]: unknown };

/**
 * What `init` accepts: where or what the `.wasm` is: a URL (string or `URL`),
 * a `Request` or `Response`, its bytes, or a compiled `WebAssembly.Module`.
 * (Typed loosely so that the declarations need neither the DOM lib nor @types/node.)
 */
export type InitInput = string | ArrayBuffer | ArrayBufferView | object;

/**
 * Loads the WebAssembly module; call once before linting in browsers (it
 * fetches `deploylint_wasm_bg.wasm` next to the module unless told otherwise).
 * Idempotent. In Node the package initialises on import and this resolves at once.
 */
export function init(input?: InitInput): Promise<void>;
export default init;
/** Initialises synchronously from the module's bytes or a compiled module. */
export function initSync(module: ArrayBuffer | ArrayBufferView | object): void;
/** Whether the module is loaded. */
export function isReady(): boolean;

/** Lints `text` (JSON, or YAML with one or more documents). Never throws. */
export function lint(text: string, options?: LintOptions): Diagnostic[];
/** A linter for one options object (see {@link createLinter}). */
export interface Linter {
  /**
   * `lint(text, options)` with the options given to `createLinter`, read once. A clean text
   * answers one shared, frozen empty array. Never throws.
   */
  lint(text: string): readonly Diagnostic[];
  /** Releases the module's copy of the options now (else when the linter is collected); a later `lint` reads them again. */
  free(): void;
}
/**
 * A linter whose options are read once (in `deploylint/policies`, their policies compiled once):
 * what a form or an editor that lints every keystroke with the same options wants.
 * Options changed after it is made are not seen: make a new linter.
 */
export function createLinter(options?: LintOptions): Linter;
/** Lints every document of `text`, one report each. Never throws. */
export function lintDocuments(text: string, options?: LintOptions): Report[];
/**
 * Applies every safe fix (and the unsafe ones with `unsafeFixes: true`), repeating until nothing changes,
 * as `deploylint check --fix` does; edits are span-based, so the rest of the text is kept byte for byte.
 * Never throws.
 */
export function fixAll(text: string, options?: FixAllOptions): FixAllResult;
/** The kind recognised from the shape of the (first) document, or `null` (not a body, none fits, or ambiguous). */
export function detectKind(text: string): Kind | null;
/** The five kind names, in catalogue order. */
export function kinds(): Kind[];
/** The rule catalogue, sorted by code. */
export function rules(): Rule[];
/** The generated JSON Schema of `kind`, or `null` for an unknown kind. */
export function schema(kind: Kind): JsonSchema | null;
/** The field at the JSON Pointer `pointer` in a body of `kind` (array indices allowed), or `null`. */
export function describeField(kind: Kind, pointer: string): FieldInfo | null;
/**
 * What is at the string index `offset` (UTF-16 code units) of `text`: the JSON Pointer, whether the cursor
 * is on a key, a value or inside an object or array, and the enclosing object. `null` when the offset is
 * past the document, the document does not parse, or an argument is malformed. Right after a key or
 * scalar counts as on it.
 */
export function nodeAt(text: string, offset: number, options?: QueryOptions | null): NodeAt | null;
/**
 * What the specs say about the field at `pointer` in a body of `kind` (array indices step into items; an
 * IEF v2 create body may omit the `deployment` wrapper), or `null`.
 */
export function resolve(kind: Kind, pointer: string): ResolvedField | null;
/**
 * The fields that may still be added to the object at `pointer` (`''` for the top level), for completion:
 * mandatory first, then those whose mandatory flag is disputed, then optional ones; fields the page documents
 * before those only another source models; spec order within. `present` is the keys the object already has,
 * or the body text to read them from (per `options`). `[]` when `pointer` is not an object with known fields.
 */
export function allowedFields(
  kind: Kind,
  pointer: string,
  present?: string | string[] | null,
  options?: QueryOptions | null,
): FieldInfo[];
/** The LSP position of the string index `offset` (clamped to the text), or `null` for malformed arguments. */
export function positionAt(text: string, offset: number): Position | null;
/** The string index of an LSP position (clamped to the line and the text), or `null` for malformed arguments. */
export function offsetAt(text: string, position: Position): number | null;
/** The string index (UTF-16 code units) of a UTF-8 byte offset, such as a diagnostic's `span.start`; clamped. */
export function utf16Offset(text: string, byteOffset: number): number | null;
/** The UTF-8 byte offset of a string index (UTF-16 code units); clamped. */
export function byteOffset(text: string, utf16Offset: number): number | null;
/** The package version. */
export function version(): string;
