// The page: one body, two views. The editor's text is the body; the form
// reads it and writes to it. After every change (a keystroke in either view,
// a paste, an undo, a fix) the text is linted once, and both views show the
// same diagnostics: underlined in the editor, under the inputs in the form.
import { detectKind, kinds, lint, type Diagnostic, type Kind } from 'deploylint';
import type { Transaction } from '@codemirror/state';
import { applyOps, detectFormat, formatBody, locate, parseBody, type Format, type Op, type Path } from './body-text';
import { showDiagnostics } from './bind';
import { Editor } from './editor';
import { EXAMPLES, exampleFor } from './examples';
import { buildForm } from './form-model';
import { FormView } from './form-view';
import { HTML_LANG, STRINGS, type Lang, type Strings } from './i18n';

/** Per-change timings, read by the latency test. */
export interface Stats {
  /** Milliseconds in `lint()` for each change. */
  lint: number[];
  /** Milliseconds from the change to both views updated. */
  update: number[];
  /** Size of the text of each change, in UTF-16 units. */
  size: number[];
}

const FORM_KIND: Kind = 'ief-v3-create';

export class App {
  lang: Lang;
  kind: Kind;
  format: Format;
  diagnostics: Diagnostic[] = [];
  revision = 0;
  readonly stats: Stats = { lint: [], update: [], size: [] };
  readonly editor: Editor;
  private readonly form: FormView;
  private scheduled = false;
  private changeStart = 0;

  constructor(lang: Lang) {
    this.lang = lang;
    this.kind = FORM_KIND;
    const text = exampleFor(FORM_KIND, 'valid');
    this.format = detectFormat(text);
    this.form = new FormView(byId('form'), { apply: (ops) => this.applyOps(ops) });
    this.editor = new Editor(byId('editor'), text, this.format, 'editor-heading', {
      changed: (t, trs) => this.changed(t, trs),
    });
    this.setupToolbar();
    this.setLang(lang);
  }

  private get s(): Strings {
    return STRINGS[this.lang];
  }

  /** The form's edits, applied to the editor's text (one undoable step). */
  applyOps(ops: Op[]): void {
    this.changeStart = performance.now();
    let next: string;
    try {
      next = applyOps(this.editor.text, this.format, ops);
    } catch {
      return; // the text has no place for the value (a scalar where an object belongs): the editor shows why
    }
    this.editor.replace(next, 'input.form');
    // Both views are up to date when this returns (the form moves the focus next).
    this.flush();
  }

  /** Every change of the editor's text ends up here (CodeMirror's update listener). */
  private changed(text: string, transactions: readonly Transaction[]): void {
    if (!this.scheduled) this.changeStart ||= performance.now();
    const format = detectFormat(text);
    if (format !== this.format) {
      this.format = format;
      byId<HTMLSelectElement>('format').value = format;
      queueMicrotask(() => this.editor.setFormat(format));
    }
    // A pasted or loaded body says what kind it is (when its shape does).
    if (transactions.some((t) => t.isUserEvent('input.paste') || t.isUserEvent('load'))) {
      const k = detectKind(text);
      if (k) this.setKind(k, false);
    }
    this.schedule();
  }

  /** Lints once the editor's update is over (CodeMirror forbids dispatching inside it). */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => this.flush());
  }

  /** Runs a scheduled refresh now. */
  private flush(): void {
    if (!this.scheduled) return;
    this.scheduled = false;
    this.refresh();
  }

  /** Lints the text and shows the result in both views. */
  refresh(): void {
    const start = this.changeStart || performance.now();
    const text = this.editor.text;
    const t0 = performance.now();
    this.diagnostics = lint(text, { kind: this.kind, lang: this.lang, format: this.format });
    const t1 = performance.now();

    this.editor.show(text, this.diagnostics, this.s.applyFix);
    const note = byId('form-note');
    const body = this.kind === FORM_KIND ? parseBody(text, this.format) : null;
    if (body) {
      note.hidden = true;
      this.form.show(buildForm(body, this.lang));
      showDiagnostics(this.form.root, this.diagnostics, (fix) => this.editor.applyFix(fix));
    } else {
      this.form.clear();
      note.hidden = false;
      note.textContent = this.kind === FORM_KIND ? this.s.formUnparsed : this.s.formOnlyV3;
    }
    const t2 = performance.now();

    this.stats.lint.push(t1 - t0);
    this.stats.update.push(t2 - start);
    this.stats.size.push(text.length);
    this.changeStart = 0;
    const count = (sev: string) => this.diagnostics.filter((d) => (d.severity as string) === sev).length;
    // The counts are a live region: rewritten only when they change, so that
    // screen readers announce them then, not on every keystroke.
    const counts = this.s.counts(count('error'), count('warning'), count('info'));
    const live = byId('counts');
    if (live.textContent !== counts) live.textContent = counts;
    byId('timing').textContent = this.s.timing((t1 - t0).toFixed(2));
    this.revision++;
    document.body.dataset.revision = String(this.revision);
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    const s = this.s;
    document.documentElement.lang = HTML_LANG[lang];
    document.title = `${s.title} · deploylint`;
    for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
      const value = s[el.dataset.i18n as keyof Strings];
      if (typeof value === 'string') el.textContent = value;
    }
    byId<HTMLSelectElement>('lang').value = lang;
    this.fillExamples();
    this.editor.setPhrases(lang === 'zh' ? ZH_PHRASES : {});
    this.refresh();
  }

  /** Lints as `kind`; when asked, loads that kind's valid example unless the text already is one. */
  setKind(kind: Kind, load: boolean): void {
    this.kind = kind;
    byId<HTMLSelectElement>('kind').value = kind;
    if (load && detectKind(this.editor.text) !== kind) this.load(exampleFor(kind, 'valid'));
  }

  /** Replaces the text (an example), as one undoable step. */
  load(text: string): void {
    this.changeStart = performance.now();
    this.editor.view.dispatch({
      changes: { from: 0, to: this.editor.view.state.doc.length, insert: text },
      userEvent: 'load',
    });
  }

  private setupToolbar(): void {
    const kindSelect = byId<HTMLSelectElement>('kind');
    kindSelect.replaceChildren(...kinds().map((k) => new Option(k, k)));
    kindSelect.value = this.kind;
    kindSelect.addEventListener('change', () => {
      this.setKind(kindSelect.value as Kind, true);
      this.schedule();
    });

    byId<HTMLSelectElement>('lang').addEventListener('change', (e) => this.setLang((e.target as HTMLSelectElement).value as Lang));

    const example = byId<HTMLSelectElement>('example');
    example.addEventListener('change', () => {
      const file = EXAMPLES.find((x) => x.path === example.value);
      example.value = '';
      if (file) this.load(file.text);
    });

    const format = byId<HTMLSelectElement>('format');
    format.value = this.format;
    format.addEventListener('change', () => {
      const want = format.value as Format;
      const body = parseBody(this.editor.text, this.format);
      if (!body) {
        format.value = this.format;
        byId('timing').textContent = this.s.convertFailed;
        return;
      }
      this.changeStart = performance.now();
      this.editor.replace(formatBody(body, want), 'convert');
    });

    byId('skip').addEventListener('click', (e) => {
      e.preventDefault();
      this.editor.view.focus();
    });
    const form = byId('form');
    form.addEventListener('submit', (e) => e.preventDefault());
    // The editor follows the form: the focused input's value is scrolled into view and marked.
    form.addEventListener('focusin', (e) => {
      const el = (e.target as HTMLElement).closest<HTMLElement>('[data-pointer]');
      const pointer = el?.dataset.pointer?.split(' ')[0];
      if (pointer === undefined) return;
      this.editor.reveal(locate(this.editor.text, this.format, pathOf(pointer)));
    });
    form.addEventListener('focusout', () => this.editor.reveal(null));
  }

  private fillExamples(): void {
    const s = this.s;
    const select = byId<HTMLSelectElement>('example');
    const groups = (['valid', 'broken'] as const).map((set) => {
      const group = document.createElement('optgroup');
      group.label = set === 'valid' ? s.exampleValid : s.exampleBroken;
      group.append(...EXAMPLES.filter((x) => x.set === set).map((x) => new Option(x.name, x.path)));
      return group;
    });
    select.replaceChildren(new Option(s.exampleNone, ''), ...groups);
  }
}

/** CodeMirror's own words in Chinese (the lint panel and gutter), and lint-panel.ts's. */
const ZH_PHRASES: Record<string, string> = {
  Diagnostics: '诊断',
  'No diagnostics': '没有问题',
  close: '关闭',
  'Fold line': '折叠',
  'Unfold line': '展开',
  'folded code': '已折叠的代码',
  unfold: '展开',
  'press $1': '按 $1',
};

/** The path of an RFC 6901 JSON Pointer (array indices as numbers). */
function pathOf(pointer: string): Path {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((k) => (/^(0|[1-9]\d*)$/.test(k) ? Number(k) : k));
}

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from index.html`);
  return el as T;
}
