// The form's DOM, made from the model of `form-model.ts`.
//
// Conventions `bind.ts` relies on (copy them with it): every element that
// stands for part of the body carries `data-pointer` (an input: its value's
// JSON Pointer; a fieldset: the object's, space-separated when several), and
// its messages go into the element whose id is its own id + `-error`. Each
// input names its label (`<label for>`), its hint and its messages
// (`aria-describedby="ID-hint ID-error"`).
import type { Op } from './body-text';
import type { Button, Choice, Field, Item, Section } from './form-model';

export interface FormHost {
  /** Applies the form's edits to the body (the editor's text). */
  apply(ops: Op[]): void;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export class FormView {
  private shape = '';
  /** The current model's inputs, choices and buttons by DOM id (events look them up here). */
  private items = new Map<string, Field | Choice | Button>();

  constructor(
    readonly root: HTMLElement,
    private readonly host: FormHost,
  ) {
    root.addEventListener('input', (e) => this.onInput(e));
    root.addEventListener('change', (e) => this.onInput(e));
    root.addEventListener('click', (e) => this.onClick(e));
  }

  /**
   * Shows a model. When its shape (inputs, labels, hints, options) is the
   * one on screen, only values change, and the input being typed in is left
   * alone; otherwise the DOM is rebuilt and the focus put back.
   */
  show(model: Section): void {
    const shape = shapeOf(model);
    this.items.clear();
    index(model, this.items);
    if (shape === this.shape) {
      for (const item of this.items.values()) if (item.t === 'field') this.setValue(item);
      return;
    }
    const active = document.activeElement as Control | null;
    const focusId = active && this.root.contains(active) ? active.id : null;
    const selection = active && 'selectionStart' in active && active.type !== 'checkbox' && active.type !== 'radio' ? [active.selectionStart, active.selectionEnd] : null;
    this.root.replaceChildren(renderSection(model));
    for (const item of this.items.values()) if (item.t === 'field') this.setValue(item, true);
    this.shape = shape;
    if (focusId) this.focus(focusId, selection);
  }

  /** Forgets the shape on screen, so that the next `show` rebuilds. */
  clear(): void {
    this.shape = '';
    this.root.replaceChildren();
  }

  /** Focuses the element `id`, or the first input inside it. */
  focus(id: string, selection?: (number | null)[] | null): void {
    let el = document.getElementById(id);
    if (el && !el.matches('input, select, textarea, button')) el = el.querySelector('input, select, textarea, button');
    if (!el) return;
    el.focus();
    if (selection && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && selection[0] !== null) {
      try {
        el.setSelectionRange(selection[0], selection[1] ?? selection[0]);
      } catch {
        // not a text input
      }
    }
  }

  private setValue(f: Field, force = false): void {
    const el = document.getElementById(f.id) as Control | null;
    if (!el || (!force && el === document.activeElement)) return;
    if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = f.value === true;
    else {
      const text = display(f);
      if (el.value !== text) el.value = text;
    }
  }

  private onInput(e: Event): void {
    const el = e.target as Control;
    const item = this.items.get(el.id) ?? this.items.get(el.name);
    if (!item) return;
    if (item.t === 'field') {
      // Checkboxes and selects answer `change`; text inputs `input` (each keystroke).
      const wanted = el.type === 'checkbox' || el instanceof HTMLSelectElement ? 'change' : 'input';
      if (e.type === wanted) this.host.apply([{ op: 'set', path: item.path, value: read(item, el) }]);
    } else if (item.t === 'choice' && e.type === 'change') {
      this.host.apply(item.ops(el.value));
    }
  }

  private onClick(e: Event): void {
    const el = (e.target as HTMLElement).closest('button');
    const item = el && this.items.get(el.id);
    if (!item || item.t !== 'button') return;
    const listId = (el.closest('fieldset[data-list]') ?? el.closest('fieldset'))?.id;
    const added = el.classList.contains('add');
    this.host.apply(item.ops());
    const list = listId ? document.getElementById(listId) : null;
    if (!list) return;
    if (added) {
      // Typing goes on in the element just added.
      const elements = list.querySelectorAll(':scope > fieldset');
      elements[elements.length - 1]?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    } else if (!document.getElementById(item.id)) {
      // The remove button went with its element: focus the list's add button.
      list.querySelector<HTMLElement>(':scope > button.add, input, select, textarea, button')?.focus();
    }
  }
}

/** The value an input holds, as the body should hold it. */
function read(f: Field, el: Control): unknown {
  const text = el.value;
  switch (f.widget) {
    case 'bool':
      return (el as HTMLInputElement).checked;
    case 'select':
      return text === '' ? undefined : text;
    case 'int': {
      // A number if it reads as one; otherwise the text as typed, so that the
      // linter says what is wrong with it under this input.
      const t = text.trim();
      if (t === '') return undefined;
      return /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(t) && Number.isFinite(Number(t)) ? Number(t) : text;
    }
    case 'lines': {
      const lines = text.split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      return lines.length ? lines : undefined;
    }
    default:
      // Required strings stay as "" (the linter says why that is wrong); optional ones go.
      return text === '' && !f.required ? undefined : text;
  }
}

/** The text an input shows for a value of the body (of any JSON type). */
function display(f: Field): string {
  const v = f.value;
  if (v === undefined || v === null) return '';
  if (f.widget === 'lines' && Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join('\n');
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function index(item: Item, out: Map<string, Field | Choice | Button>): void {
  if (item.t === 'section') for (const i of item.items) index(i, out);
  else out.set(item.id, item);
}

/**
 * What decides the DOM (not the values): rebuild when it changes. Labels and
 * hints follow from the ids and the language (the model's first legend).
 */
function shapeOf(model: Section): string {
  const parts: string[] = [model.legend];
  const walk = (item: Item): void => {
    parts.push(item.id);
    if (item.t === 'section') {
      item.items.forEach(walk);
      parts.push('}');
    } else if (item.t === 'choice') parts.push(item.value);
    else if (item.t === 'field' && item.options) for (const o of item.options) parts.push(o.value);
  };
  walk(model);
  return parts.join(' ');
}

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

function renderSection(sec: Section): HTMLFieldSetElement {
  const isList = sec.items.some((i) => i.t === 'button' && i.id.startsWith('b-add-'));
  const fs = h('fieldset', { id: sec.id, class: 'section', 'data-pointer': sec.pointers.join(' '), 'aria-describedby': `${sec.id}-error` });
  if (isList) fs.dataset.list = '';
  fs.append(h('legend', {}, sec.legend), messages(sec.id));
  for (const item of sec.items) fs.append(renderItem(item));
  return fs;
}

function renderItem(item: Item): HTMLElement {
  switch (item.t) {
    case 'section':
      return renderSection(item);
    case 'button':
      return h('button', { type: 'button', id: item.id, class: item.id.startsWith('b-add-') ? 'add' : 'remove' }, item.label);
    case 'choice':
      return renderChoice(item);
    case 'field':
      return renderField(item);
  }
}

function renderChoice(c: Choice): HTMLElement {
  if (c.style === 'select') {
    const select = h('select', { id: c.id }, ...c.options.map((o) => h('option', { value: o.value }, o.label)));
    select.value = c.value;
    return h('div', { class: 'field field-choice' }, h('label', { for: c.id }, c.label), select);
  }
  const group = h('div', { class: 'field field-radio', role: 'radiogroup', id: c.id, 'aria-labelledby': `${c.id}-label` }, h('span', { id: `${c.id}-label`, class: 'label' }, c.label));
  for (const o of c.options) {
    const radio = h('input', { type: 'radio', name: c.id, id: `${c.id}-${o.value}`, value: o.value });
    radio.checked = o.value === c.value;
    group.append(h('label', { class: 'radio' }, radio, ' ', o.label));
  }
  return group;
}

function renderField(f: Field): HTMLElement {
  const attrs: Record<string, string> = { id: f.id, 'data-pointer': f.pointer, 'aria-describedby': `${f.id}-hint ${f.id}-error` };
  if (f.required) attrs['aria-required'] = 'true';
  let control: Control;
  if (f.widget === 'select') {
    control = h('select', attrs, ...(f.options ?? []).map((o) => h('option', { value: o.value }, o.label)));
  } else if (f.widget === 'lines') {
    control = h('textarea', { ...attrs, rows: '2', spellcheck: 'false' });
  } else if (f.widget === 'bool') {
    control = h('input', { ...attrs, type: 'checkbox' });
  } else {
    control = h('input', { ...attrs, type: 'text', autocomplete: 'off', spellcheck: 'false', ...(f.widget === 'int' ? { inputmode: 'numeric' } : {}) });
  }
  // The label is exactly the field's name; a required mark sits beside it (aria-required says it).
  const label = h('label', { for: f.id }, f.label);
  const head = f.required ? h('div', { class: 'label-row' }, label, h('span', { class: 'required', 'aria-hidden': 'true' }, '*')) : label;
  const hint = h('p', { class: 'hint', id: `${f.id}-hint` }, f.hint);
  const parts = f.widget === 'bool' ? [h('div', { class: 'check' }, control, label)] : [head, control];
  return h('div', { class: `field field-${f.widget}` }, ...parts, hint, messages(f.id));
}

function messages(id: string): HTMLElement {
  return h('div', { class: 'messages', id: `${id}-error`, 'aria-live': 'polite' });
}
