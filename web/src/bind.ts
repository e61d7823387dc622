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
import type { Diagnostic, Fix } from 'deploylint';

export function showDiagnostics(form: HTMLElement, diagnostics: Diagnostic[], onFix?: (fix: Fix) => void): void {
  // Clear the last round.
  for (const el of form.querySelectorAll('.messages:not(:empty)')) el.replaceChildren();
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');

  // Where each pointer's messages go.
  const targets = new Map<string, HTMLElement>();
  for (const el of form.querySelectorAll<HTMLElement>('[data-pointer]')) {
    for (const pointer of el.dataset.pointer!.split(' ')) targets.set(pointer, el);
  }

  for (const d of diagnostics) {
    const target = nearest(targets, d.pointer);
    const box = target && document.getElementById(`${target.id}-error`);
    if (!target || !box) continue;

    const p = document.createElement('p');
    p.className = `message ${d.severity}`;
    p.dataset.code = d.code;
    p.dataset.at = d.pointer; // not data-pointer: a message is no target
    p.textContent = d.message;
    if (d.fix && onFix) {
      const fix = d.fix;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'fix';
      button.textContent = fix.title;
      button.addEventListener('click', () => onFix(fix));
      p.append(' ', button);
    }
    box.append(p);
    // Errors make the input invalid; warnings and notes only inform.
    if (d.severity === 'error') target.setAttribute('aria-invalid', 'true');
  }
}

/** The element of `pointer` or of its nearest ancestor pointer. */
function nearest(targets: Map<string, HTMLElement>, pointer: string): HTMLElement | undefined {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const el = targets.get(p);
    if (el) return el;
    if (p === '') return undefined;
  }
}
