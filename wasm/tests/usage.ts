// A usage example of the published package, type-checked by `tsc --noEmit`
// (tests/types.test.mjs) and compiled and run in a fresh project that
// installed the packed tarball (tests/pack.test.mjs). It throws if the
// package does not behave as documented.
import init, {
  allowedFields,
  describeField,
  detectKind,
  fixAll,
  kinds,
  lint,
  lintDocuments,
  nodeAt,
  offsetAt,
  positionAt,
  resolve,
  rules,
  schema,
  utf16Offset,
} from 'deploylint';
import type { Diagnostic, FieldInfo, PolicyOptions, FixAllOptions, FixAllResult, Kind, LintOptions, NodeAt, Position, Report, ResolvedField, Rule } from 'deploylint';

await init(); // needed in browsers; a no-op in Node

const body = '{"chart_id": "af4b699e", "action": "upgrad", "parameters": {}, "values": {}}';
const options: LintOptions = { lang: 'en', format: 'json' };
const diagnostics: Diagnostic[] = lint(body, options);
const limited: LintOptions = { kind: 'ief-v3-create', limits: { inputSize: 1 << 20, depth: 64, aliases: 1000, stringLength: 4096, findings: 10 } };
if (!Array.isArray(lint(body, limited))) throw new Error('lint with limits');
const first = diagnostics[0];
if (first?.code !== 'release-action' || first.pointer !== '/action' || first.line !== 1) {
  throw new Error(`unexpected diagnostics: ${JSON.stringify(diagnostics)}`);
}
// Apply the machine-applicable fix, as an editor would. Spans are UTF-8 byte
// offsets; this body is ASCII, so they are also string indices.
let fixed = body;
for (const edit of [...(first.fix?.edits ?? [])].reverse()) {
  fixed = fixed.slice(0, edit.span.start) + edit.replacement + fixed.slice(edit.span.end);
}
if (lint(fixed).some((d) => d.code === 'release-action')) throw new Error('the fix did not fix it');
// Or every certain fix at once, as `deploylint check --fix` does.
const fixAllOptions: FixAllOptions = { preset: 'recommended', unsafeFixes: false };
const result: FixAllResult = fixAll(body, fixAllOptions);
if (result.text !== fixed || result.applied !== 1) throw new Error(JSON.stringify(result));

const kind: Kind | null = detectKind(body);
if (kind !== 'cce-release-update') throw new Error(`detected ${kind}`);
const all: Kind[] = kinds();
const reports: Report[] = lintDocuments('--- {chart_id: x}\n--- {chart_id: 1}\n', { kind: 'cce-release-update' });
if (reports.length !== 2 || reports[1]?.errors === 0) throw new Error(JSON.stringify(reports));
const field: FieldInfo | null = describeField('ief-v3-create', '/deployment/template/containers/0/ports/0/host_port');
if (field?.type !== 'integer' || field.max !== 65535) throw new Error(JSON.stringify(field));
const catalogue: Rule[] = rules();
const releaseAction = catalogue.find((r) => r.code === 'release-action');
if (!releaseAction?.summary.zh || !all.every((k) => schema(k)?.['$schema'])) throw new Error('catalogue or schemas missing');
// An editor: what is under the cursor (string indices), its help, and what else may be added there.
const yaml = 'deployment:\n  template:\n    configs: {restart_policy: Always}\n';
const cursor = yaml.indexOf('Always');
const here: NodeAt | null = nodeAt(yaml, cursor);
const help: ResolvedField | null = here ? resolve('ief-v3-update', here.pointer) : null;
if (here?.place !== 'value' || yaml.slice(here.span.start, here.span.end) !== 'Always' || !help?.values?.includes('Never')) {
  throw new Error(JSON.stringify([here, help]));
}
const more: FieldInfo[] = allowedFields('ief-v3-update', here.enclosing ?? '', yaml);
if (more[0]?.name !== 'host_network') throw new Error(JSON.stringify(more));
const position: Position | null = positionAt(yaml, cursor);
if (position?.line !== 2 || offsetAt(yaml, position) !== cursor) throw new Error(JSON.stringify(position));
// Diagnostic spans are UTF-8 bytes: map them to string indices before slicing the text.
const chinese = '{"chart_id": "模板", "action": "upgrad", "parameters": {}, "values": {}}';
const wrong = lint(chinese)[0];
const from = wrong ? utf16Offset(chinese, wrong.span.start) : null;
const to = wrong ? utf16Offset(chinese, wrong.span.end) : null;
if (from === null || to === null || chinese.slice(from, to) !== '"upgrad"') throw new Error(JSON.stringify(wrong));
// Bad input never throws: it is a diagnostic.
const bad: Diagnostic[] = lint('{', { kind: 'ief-v3-create', lang: 'zh' });
if (bad[0]?.code !== 'parse-error') throw new Error(JSON.stringify(bad));
// Team policies need the `deploylint/policies` entry: the default one says so.
const policy: PolicyOptions = { id: 'acme-action', pointer: '/action', level: 'warning', message: 'only upgrades', messageZh: '只允许升级', schema: { const: 'upgrade' } };
const refused: Diagnostic[] = lint(body, { policies: [policy] });
if (refused[0]?.code !== 'invalid-argument' || !refused[0].message.includes('deploylint/policies')) throw new Error(JSON.stringify(refused));

export const summary = `${diagnostics.length} findings; first: ${first.code} at ${first.pointer}`;
