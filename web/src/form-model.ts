// What the form shows for an IEF v3 create body, as plain data: sections,
// inputs, choices and buttons, each tied to the JSON Pointer of the part of
// the body it edits. `form-view.ts` turns this into DOM; `bind.ts` puts the
// diagnostics on it. The model is rebuilt from the body after every change
// (it is cheap); the DOM is rebuilt only when the model's shape changes.
import { describeField, type Kind } from 'deploylint';
import { getIn, pointerOf, type Op, type Path } from './body-text';
import { STRINGS, type Lang, type Strings } from './i18n';

export type Widget = 'text' | 'int' | 'lines' | 'bool' | 'select';

export interface Option {
  value: string;
  label: string;
}

/** One input bound to one value of the body. */
export interface Field {
  t: 'field';
  id: string;
  path: Path;
  pointer: string;
  widget: Widget;
  label: string;
  /** The field's documentation (describeField) in the page's language. */
  hint: string;
  required: boolean;
  options?: Option[];
  value: unknown;
}

/** A switch between shapes of one part of the body (node or node group, env source, probe kind…). */
export interface Choice {
  t: 'choice';
  id: string;
  style: 'radio' | 'select';
  label: string;
  options: Option[];
  value: string;
  /** The edits that give the body the chosen shape. */
  ops: (value: string) => Op[];
}

export interface Button {
  t: 'button';
  id: string;
  label: string;
  ops: () => Op[];
}

/** A fieldset. Diagnostics whose pointer has no input of its own show on the nearest section. */
export interface Section {
  t: 'section';
  id: string;
  /** The pointers this section stands for (a diagnostic at or below them lands here if no input is closer). */
  pointers: string[];
  legend: string;
  items: Item[];
}

export type Item = Field | Choice | Button | Section;

const KIND: Kind = 'ief-v3-create';

/** Builds the form model of an IEF v3 create body. */
export function buildForm(body: Record<string, unknown>, lang: Lang): Section {
  const s = STRINGS[lang];
  const b = new Builder(body, lang);
  const tpl: Path = ['deployment', 'template'];
  const cfg: Path = [...tpl, 'configs'];
  const containers = arrayAt(body, [...tpl, 'containers']);

  return b.section(['', '/deployment', '/deployment/template'], s.secDeployment, [
    b.text(['name'], s.name),
    b.text(['description'], s.description),
    b.int(['deployment', 'replicas'], s.replicas),
    placement(b, s, cfg),
    b.list(['tags'], s.secTags, s.secTag, s.addTag, { key: '', value: '' }, (p) => [
      b.text([...p, 'key'], s.tagKey),
      b.text([...p, 'value'], s.tagValue),
    ]),
    b.section([pointerOf([...tpl, 'containers'])], s.secContainers, [
      ...containers.map((_, i) => container(b, s, [...tpl, 'containers', i], i)),
      b.button(`add-${pointerOf([...tpl, 'containers'])}`, s.addContainer, () => [
        { op: 'append', path: [...tpl, 'containers'], value: { name: `container-${containers.length + 1}`, image_url: '' } },
      ]),
    ]),
    b.section([pointerOf(cfg)], s.secConfigs, [
      b.bool([...cfg, 'host_network'], s.hostNetwork),
      b.select([...cfg, 'dns_policy'], s.dnsPolicy),
      b.select([...cfg, 'restart_policy'], s.restartPolicy),
    ]),
  ]);
}

/** Node ID or node group; migration and toleration only with a group. */
function placement(b: Builder, s: Strings, cfg: Path): Section {
  const body = b.body;
  const group = 'group_id' in body;
  const node = 'node_ids' in body || !group;
  const ids = arrayAt(body, ['node_ids']);
  const items: Item[] = [
    b.choice('placement', 'radio', s.placement, group && !node ? 'group' : 'node', [
      { value: 'node', label: s.placeNode },
      { value: 'group', label: s.placeGroup },
    ], (v) =>
      v === 'group'
        ? [
            { op: 'set', path: ['node_ids'], value: undefined },
            { op: 'set', path: ['group_id'], value: '' },
            { op: 'set', path: [...cfg, 'migration'], value: false },
          ]
        : [
            { op: 'set', path: ['group_id'], value: undefined },
            { op: 'set', path: [...cfg, 'migration'], value: undefined },
            { op: 'set', path: [...cfg, 'toleration_seconds'], value: undefined },
            { op: 'set', path: ['node_ids'], value: [''] },
          ],
    ),
  ];
  if (node) {
    const n = Math.max(ids.length, 1);
    for (let i = 0; i < n; i++) {
      items.push(b.text(['node_ids', i], s.nodeId));
      if (n > 1) items.push(b.button(`remove-/node_ids/${i}`, s.remove(`${s.nodeId} ${i + 1}`), () => [{ op: 'set', path: ['node_ids', i], value: undefined }]));
    }
  }
  if (group) {
    items.push(b.text(['group_id'], s.groupId), b.bool([...cfg, 'migration'], s.migration), b.int([...cfg, 'toleration_seconds'], s.toleration));
  }
  return b.section(['/node_ids', '/group_id'], s.secPlacement, items);
}

function container(b: Builder, s: Strings, c: Path, i: number): Section {
  const title = s.secContainer(i + 1);
  return b.section([pointerOf(c)], title, [
    b.text([...c, 'name'], s.containerName),
    b.text([...c, 'image_url'], s.image),
    b.lines([...c, 'command'], s.command),
    b.lines([...c, 'args'], s.args),
    b.list([...c, 'ports'], s.secPorts, s.secPort, s.addPort, { container_port: 8080 }, (p) => port(b, s, p)),
    b.list([...c, 'envs'], s.secEnvs, s.secEnv, s.addEnv, { name: '', value: '' }, (p) => env(b, s, p)),
    probe(b, s, [...c, 'liveness_probe'], s.secLiveness),
    probe(b, s, [...c, 'readiness_probe'], s.secReadiness),
    b.list([...c, 'volumes'], s.secVolumes, s.secVolume, s.addVolume, { name: '', type: 'emptyDir', source: 'disk', destination: '', read_only: false }, (p) => [
      b.text([...p, 'name'], s.volumeName),
      b.select([...p, 'type'], s.volumeType),
      b.text([...p, 'source'], s.volumeSource),
      b.text([...p, 'destination'], s.volumeDestination),
      b.bool([...p, 'read_only'], s.readOnly),
    ]),
    b.section([pointerOf([...c, 'resources'])], s.secResources, [
      b.text([...c, 'resources', 'requests', 'cpu'], s.cpuRequest),
      b.text([...c, 'resources', 'requests', 'memory'], s.memoryRequest),
      b.text([...c, 'resources', 'limits', 'cpu'], s.cpuLimit),
      b.text([...c, 'resources', 'limits', 'memory'], s.memoryLimit),
    ]),
    b.button(`remove-${pointerOf(c)}`, s.remove(title), () => [{ op: 'set', path: c, value: undefined }]),
  ]);
}

/** A port mapping: the container port, then a host port or a host port range. */
function port(b: Builder, s: Strings, p: Path): Item[] {
  const m = objectAt(b.body, p);
  const range = 'host_port_range' in m;
  const single = 'host_port' in m || !range;
  const items: Item[] = [
    b.int([...p, 'container_port'], s.containerPort),
    b.choice(`${pointerOf(p)}/host-side`, 'select', s.hostSide, range && !single ? 'range' : 'port', [
      { value: 'port', label: s.hostPort },
      { value: 'range', label: s.hostPortRange },
    ], (v) =>
      v === 'range'
        ? [
            { op: 'set', path: [...p, 'host_port'], value: undefined },
            { op: 'set', path: [...p, 'host_port_range'], value: { min_port: 30000, max_port: 30010 } },
          ]
        : [
            { op: 'set', path: [...p, 'host_port_range'], value: undefined },
            { op: 'set', path: [...p, 'host_port'], value: getIn(b.body, [...p, 'container_port']) ?? 8080 },
          ],
    ),
  ];
  if (single) items.push(b.int([...p, 'host_port'], s.hostPort));
  if (range) {
    items.push(b.section([pointerOf([...p, 'host_port_range'])], s.hostPortRange, [
      b.int([...p, 'host_port_range', 'min_port'], s.minPort),
      b.int([...p, 'host_port_range', 'max_port'], s.maxPort),
    ]));
  }
  items.push(b.text([...p, 'host_ip'], s.hostIp));
  return items;
}

/** An environment variable: a plain value, a ConfigMap or secret key, or the host's IP. */
function env(b: Builder, s: Strings, p: Path): Item[] {
  const e = objectAt(b.body, p);
  const from = objectAt(b.body, [...p, 'value_from']);
  const source = 'value_from' in e ? ('configmap' in from ? 'configmap' : 'secret') : 'field_path' in e ? 'host' : 'value';
  const clear = (keep: string): Op[] =>
    ['value', 'value_from', 'field_path'].filter((k) => k !== keep).map((k) => ({ op: 'set', path: [...p, k], value: undefined }));
  const items: Item[] = [
    b.text([...p, 'name'], s.envName),
    b.choice(`${pointerOf(p)}/source`, 'select', s.envSource, source, [
      { value: 'value', label: s.envPlain },
      { value: 'configmap', label: s.envConfigMap },
      { value: 'secret', label: s.envSecret },
      { value: 'host', label: s.envHostIp },
    ], (v) => {
      if (v === 'value') return [...clear('value'), { op: 'set', path: [...p, 'value'], value: '' }];
      if (v === 'host') return [...clear('field_path'), { op: 'set', path: [...p, 'field_path'], value: 'status.hostIP' }];
      return [...clear('value_from'), { op: 'set', path: [...p, 'value_from'], value: { [v]: { name: '', key: '' } } }];
    }),
  ];
  if ('value' in e || source === 'value') items.push(b.text([...p, 'value'], s.envValue));
  for (const ref of ['configmap', 'secret'] as const) {
    if (ref in from) {
      const r = [...p, 'value_from', ref];
      items.push(b.section([pointerOf([...p, 'value_from']), pointerOf(r)], ref === 'configmap' ? s.envConfigMap : s.envSecret, [
        b.text([...r, 'name'], ref === 'configmap' ? s.configMapName : s.secretName),
        b.text([...r, 'key'], s.refKey),
      ]));
    }
  }
  return items;
}

/** A liveness or readiness probe: none, an HTTP GET or a command; delays. */
function probe(b: Builder, s: Strings, p: Path, legend: string): Section {
  const pr = getIn(b.body, p);
  const m = objectAt(b.body, p);
  const kind = pr === undefined ? 'none' : 'exec' in m && !('http_get' in m) ? 'exec' : 'http';
  const items: Item[] = [
    b.choice(`${pointerOf(p)}/check`, 'select', s.probeCheck, kind, [
      { value: 'none', label: s.probeNone },
      { value: 'http', label: s.probeHttp },
      { value: 'exec', label: s.probeExec },
    ], (v) => {
      if (v === 'none') return [{ op: 'set', path: p, value: undefined }];
      if (v === 'http') return [{ op: 'set', path: [...p, 'exec'], value: undefined }, { op: 'set', path: [...p, 'http_get'], value: { path: '/', port: 8080, scheme: 'HTTP' } }];
      return [{ op: 'set', path: [...p, 'http_get'], value: undefined }, { op: 'set', path: [...p, 'exec'], value: { command: '' } }];
    }),
  ];
  if ('http_get' in m) {
    const h = [...p, 'http_get'];
    items.push(b.section([pointerOf(h)], s.probeHttp, [b.text([...h, 'path'], s.httpPath), b.int([...h, 'port'], s.httpPort), b.select([...h, 'scheme'], s.httpScheme)]));
  }
  if ('exec' in m) items.push(b.text([...p, 'exec', 'command'], s.execCommand));
  if (pr !== undefined) {
    items.push(b.int([...p, 'initial_delay_seconds'], s.initialDelay), b.int([...p, 'timeout_seconds'], s.timeout));
  }
  return b.section([pointerOf(p)], legend, items);
}

/** Makes model items for one body in one language; field hints come from the package. */
class Builder {
  constructor(
    readonly body: Record<string, unknown>,
    readonly lang: Lang,
  ) {}

  section(pointers: string[], legend: string, items: Item[]): Section {
    return { t: 'section', id: domId('s', pointers[0]), pointers, legend, items };
  }

  /** A repeated object: one section per element, each with a remove button, and an add button. */
  list(path: Path, legend: string, itemLegend: (n: number) => string, addLabel: string, blank: unknown, fields: (p: Path) => Item[]): Section {
    const elements = arrayAt(this.body, path);
    const s = STRINGS[this.lang];
    return this.section([pointerOf(path)], legend, [
      ...elements.map((_, i) => {
        const p = [...path, i];
        const title = itemLegend(i + 1);
        return this.section([pointerOf(p)], title, [
          ...fields(p),
          this.button(`remove-${pointerOf(p)}`, s.remove(title), () => [{ op: 'set', path: p, value: undefined }]),
        ]);
      }),
      this.button(`add-${pointerOf(path)}`, addLabel, () => [{ op: 'append', path, value: blank }]),
    ]);
  }

  text(path: Path, label: string): Field {
    return this.field(path, label, 'text');
  }
  int(path: Path, label: string): Field {
    return this.field(path, label, 'int');
  }
  lines(path: Path, label: string): Field {
    return this.field(path, label, 'lines');
  }
  bool(path: Path, label: string): Field {
    return this.field(path, label, 'bool');
  }
  select(path: Path, label: string): Field {
    const f = this.field(path, label, 'select');
    const allowed = describe(f.pointer)?.values ?? [];
    f.options = allowed.filter((v) => v !== '').map((v) => ({ value: v, label: v }));
    // A value the spec does not allow is still shown (and marked by its diagnostic).
    if (typeof f.value === 'string' && f.value !== '' && !allowed.includes(f.value)) {
      f.options.push({ value: f.value, label: f.value });
    }
    if (!f.required || f.value === undefined) f.options.unshift({ value: '', label: STRINGS[this.lang].notSet });
    return f;
  }

  choice(key: string, style: 'radio' | 'select', label: string, value: string, options: Option[], ops: (v: string) => Op[]): Choice {
    return { t: 'choice', id: domId('c', key), style, label, options, value, ops };
  }

  button(key: string, label: string, ops: () => Op[]): Button {
    return { t: 'button', id: domId('b', key), label, ops };
  }

  private field(path: Path, label: string, widget: Widget): Field {
    const pointer = pointerOf(path);
    const info = describe(pointer);
    const hint = info ? (this.lang === 'zh' ? info.doc_zh : info.doc_en) : '';
    return { t: 'field', id: domId('f', pointer), path, pointer, widget, label, hint, required: info?.required === 'yes', value: getIn(this.body, path) };
  }
}

// describeField answers by pointer (array indices allowed); the answer depends
// only on the pointer with its indices, so cache it.
const described = new Map<string, ReturnType<typeof describeField>>();
function describe(pointer: string) {
  const key = pointer.replace(/\/\d+(?=\/|$)/g, '/0');
  if (!described.has(key)) {
    // An array element without docs of its own (a node ID) takes its array's.
    const info = describeField(KIND, key) ?? (key.endsWith('/0') ? describeField(KIND, key.slice(0, -2)) : null);
    described.set(key, info);
  }
  return described.get(key) ?? null;
}

/** A DOM id for a pointer: `f-name`, `s-deployment-template-containers-0`… */
function domId(prefix: string, key: string): string {
  return `${prefix}-${key.replace(/[^A-Za-z0-9_]+/g, '-').replace(/^-|-$/g, '') || 'body'}`;
}

function arrayAt(body: unknown, path: Path): unknown[] {
  const v = getIn(body, path);
  return Array.isArray(v) ? v : [];
}

function objectAt(body: unknown, path: Path): Record<string, unknown> {
  const v = getIn(body, path);
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
