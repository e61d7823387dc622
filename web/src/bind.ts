// Ties deploylint diagnostics to a form. This file is the pattern to copy
// into another console; it needs only two conventions of the form's markup:
//
//   <input id="f-name" data-pointer="/name" aria-describedby="f-name-hint f-name-error">
//   <p id="f-name-hint">…</p>  <div id="f-name-error" class="messages" aria-live="polite"></div>
//
//   <fieldset id="s-ports" data-pointer="/deployment/template/containers/0/ports">
//     <div id="s-ports-error" class="messages" aria-live="polite"></div> …
//
// 1. Every element that stands for part of the body has `data-pointer`: an
//    input the JSON Pointer of the value it edits, a fieldset the pointer(s)
//    of the object it groups (space-separated).
// 2. Its messages go into the element (class "messages") whose id is its own
//    id + "-error"; an input lists that id in `aria-describedby`, so screen
//    readers read the message with the input.
//
// A diagnostic's `pointer` names the offending value (for a missing field:
// the object that lacks it; for a misspelt key: that key). It goes to the
// input with exactly that pointer or, failing that, to the element of the
// nearest enclosing pointer: `/a/b/c` → `/a/b` → `/a` → `` (the whole body).
//
// Call it after every lint. A message box is rewritten only when what it
// says changes, so screen readers announce a message once, not per keystroke.
import type { Diagnostic, Fix } from 'deploylint';

export function showDiagnostics(form: HTMLElement, diagnostics: Diagnostic[], onFix?: (fix: Fix) => void): void {
  // Where each pointer's messages go.
  const targets = new Map<string, HTMLElement>();
  for (const el of form.querySelectorAll<HTMLElement>('[data-pointer]')) {
    for (const pointer of el.dataset.pointer!.split(' ')) targets.set(pointer, el);
  }

  // Each target's diagnostics, in the linter's order.
  const placed = new Map<HTMLElement, Diagnostic[]>();
  for (const d of diagnostics) {
    const target = nearest(targets, d.pointer);
    if (target) placed.set(target, [...(placed.get(target) ?? []), d]);
  }

  // Update what changed: messages, and aria-invalid (errors only; warnings and notes inform).
  for (const el of form.querySelectorAll<HTMLElement>('[aria-invalid]')) {
    if (!placed.get(el)?.some((d) => d.severity === 'error')) el.removeAttribute('aria-invalid');
  }
  for (const box of form.querySelectorAll<HTMLElement>('.messages:not(:empty)')) {
    const owner = document.getElementById(box.id.replace(/-error$/, ''));
    if (!owner || !placed.has(owner)) {
      box.replaceChildren();
      delete box.dataset.shown;
    }
  }
  for (const [target, list] of placed) {
    if (list.some((d) => d.severity === 'error')) target.setAttribute('aria-invalid', 'true');
    const box = document.getElementById(`${target.id}-error`);
    if (!box) continue;
    const shown = JSON.stringify(list.map((d) => [d.code, d.severity, d.message, d.fix?.title]));
    if (box.dataset.shown === shown) {
      // Same words; the fix buttons must apply to the current text.
      box.querySelectorAll<HTMLButtonElement>('button.fix').forEach((b, i) => (b.onclick = fixer(list.filter((d) => d.fix)[i]?.fix, onFix)));
      continue;
    }
    box.dataset.shown = shown;
    box.replaceChildren(...list.map((d) => message(d, onFix)));
  }
}

/** One message: its text, and a button applying its fix when it has one. */
function message(d: Diagnostic, onFix?: (fix: Fix) => void): HTMLElement {
  const p = document.createElement('p');
  p.className = `message ${d.severity}`;
  p.dataset.code = d.code;
  p.dataset.at = d.pointer; // not data-pointer: a message is no target
  p.textContent = d.message;
  if (d.fix && onFix) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'fix';
    button.textContent = d.fix.title;
    button.onclick = fixer(d.fix, onFix);
    p.append(' ', button);
  }
  return p;
}

function fixer(fix: Fix | undefined, onFix?: (fix: Fix) => void): (() => void) | null {
  return fix && onFix ? () => onFix(fix) : null;
}

/** The element of `pointer` or of its nearest ancestor pointer. */
function nearest(targets: Map<string, HTMLElement>, pointer: string): HTMLElement | undefined {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const el = targets.get(p);
    if (el) return el;
    if (p === '') return undefined;
  }
}
