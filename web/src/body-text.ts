// The request body as text: which format it is in, what it parses to, and
// edits at a path that keep the rest of the text as the user wrote it
// (jsonc-parser's `modify` for JSON: the formatting stays; the `yaml`
// package's Document for YAML: comments and flow styles stay).
//
// The editor's text is the one source of truth. The form reads the parsed
// value and writes through `applyOps`, so both views always show one body.
import { applyEdits, findNodeAtLocation, modify, parseTree, type JSONPath } from 'jsonc-parser';
import { isNode, isScalar, isSeq, parseAllDocuments, parseDocument, stringify } from 'yaml';

export type Format = 'json' | 'yaml';
/** A path into the body: keys and array indices. */
export type Path = (string | number)[];

/** One change the form makes: `set` (undefined deletes) or `append` to an array. */
export type Op = { op: 'set'; path: Path; value: unknown } | { op: 'append'; path: Path; value: unknown };

/** deploylint's own rule: JSON when the text starts with `{` or `[`, else YAML. */
export function detectFormat(text: string): Format {
  const first = text.replace(/^\ufeff/, '').trimStart()[0];
  return first === '{' || first === '[' ? 'json' : 'yaml';
}

/** The body, when the text is exactly one JSON or YAML document that is an object. */
export function parseBody(text: string, format: Format): Record<string, unknown> | null {
  let value: unknown;
  try {
    if (format === 'json') value = JSON.parse(text);
    else {
      const docs = parseAllDocuments(text, { uniqueKeys: false });
      if (!Array.isArray(docs) || docs.length !== 1 || docs[0].errors.length) return null;
      value = docs[0].toJS({ maxAliasCount: 100 });
    }
  } catch {
    return null;
  }
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

const JSON_FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

/**
 * Applies the form's changes to the text, in order. A value whose place is
 * under a scalar (a container that is a number, a probe that is a string)
 * replaces that scalar with the objects leading to it.
 */
export function applyOps(text: string, format: Format, ops: Op[]): string {
  for (const o of ops) {
    try {
      text = applyOne(text, format, o);
    } catch (e) {
      if (o.op !== 'set' || o.value === undefined) throw e;
      text = applyOne(text, format, throughScalar(parseBody(text, format), o.path, o.value));
    }
  }
  return text;
}

/**
 * `set path value` as a `set` just below the deepest object or array on the
 * path that can hold the next step (an object for a key, an array for an index).
 */
function throughScalar(body: unknown, path: Path, value: unknown): Op {
  let k = -1;
  for (let i = 0; i < path.length; i++) {
    const holder = getIn(body, path.slice(0, i));
    const fits = typeof path[i] === 'number' ? Array.isArray(holder) : holder !== null && typeof holder === 'object' && !Array.isArray(holder);
    if (!fits) break;
    k = i;
  }
  if (k < 0) return { op: 'set', path, value };
  let v = value;
  for (let j = path.length - 1; j > k; j--) v = typeof path[j] === 'number' ? [v] : { [path[j]]: v };
  return { op: 'set', path: path.slice(0, k + 1), value: v };
}

function applyOne(text: string, format: Format, o: Op): string {
  if (format === 'json') {
    if (o.op === 'set') return applyEdits(text, modify(text, o.path as JSONPath, o.value, JSON_FORMAT));
    const list = getIn(JSON.parse(text), o.path);
    return Array.isArray(list)
      ? applyEdits(text, modify(text, [...o.path, -1] as JSONPath, o.value, { ...JSON_FORMAT, isArrayInsertion: true }))
      : applyEdits(text, modify(text, o.path as JSONPath, [o.value], JSON_FORMAT));
  }
  const doc = parseDocument(text, { uniqueKeys: false });
  const old = doc.getIn(o.path, true);
  if (o.op === 'append') {
    if (isSeq(old)) old.add(doc.createNode(o.value));
    else doc.setIn(o.path, doc.createNode([o.value]));
  } else if (o.value === undefined) {
    if (doc.hasIn(o.path)) doc.deleteIn(o.path);
  } else if (isScalar(old) && typeof old.value === typeof o.value && (o.value === null || typeof o.value !== 'object')) {
    old.value = o.value; // same type: the node keeps its comment and quoting style
  } else {
    const node = doc.createNode(o.value);
    if (isNode(old)) {
      node.comment = old.comment;
      node.commentBefore = old.commentBefore;
    }
    doc.setIn(o.path, node);
  }
  return doc.toString({ lineWidth: 0 });
}

/** The text of `body` in `format` (for switching the editor's format). */
export function formatBody(body: unknown, format: Format): string {
  return format === 'json' ? JSON.stringify(body, null, 2) + '\n' : stringify(body, { lineWidth: 0 });
}

/** The value at `path`, or undefined. */
export function getIn(value: unknown, path: Path): unknown {
  let v = value;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

/** RFC 6901 JSON Pointer of a path (the form of `Diagnostic.pointer`). */
export function pointerOf(path: Path): string {
  return path.map((k) => '/' + String(k).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/**
 * Where the value at `path` is in the text (UTF-16 offsets), or its nearest
 * ancestor's when it is absent; null when the text does not parse.
 */
export function locate(text: string, format: Format, path: Path): { from: number; to: number } | null {
  try {
    if (format === 'json') {
      const root = parseTree(text);
      if (!root) return null;
      for (let p = path; ; p = p.slice(0, -1)) {
        const node = findNodeAtLocation(root, p as JSONPath);
        if (node) return { from: node.offset, to: node.offset + node.length };
        if (p.length === 0) return null;
      }
    }
    const doc = parseDocument(text, { uniqueKeys: false });
    for (let p = path; ; p = p.slice(0, -1)) {
      const node = p.length ? doc.getIn(p, true) : doc.contents;
      if (isNode(node) && node.range) return { from: node.range[0], to: node.range[1] };
      if (p.length === 0) return null;
    }
  } catch {
    return null;
  }
}
