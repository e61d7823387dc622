// The editor's diagnostics panel (@codemirror/lint's, Ctrl+Shift+M) without
// controls nested in its options.
//
// The panel is a listbox and each diagnostic one of its options; CodeMirror
// puts the diagnostic's quick-fix <button> inside the option. An option's
// children are presentational in ARIA, so that button is a focusable control
// that assistive technology cannot announce as one, and an extra Tab stop in
// the middle of the list (axe-core: nested-interactive, serious). In the panel
// the keyboard applies a fix with the letter CodeMirror underlines in its name
// while the diagnostic is selected; so where there is such a letter, the
// button becomes text (a click on it still applies the fix) and the option's
// name says which key to press. A fix without a letter keeps its button: it
// would have no other way in from the keyboard.
import { EditorView, ViewPlugin } from '@codemirror/view';

const NESTED = '.cm-panel-lint [role="option"] button.cm-diagnosticAction';

/** Turns the keyed fix buttons inside the panel's options into text. */
function unnest(view: EditorView): void {
  for (const button of view.dom.querySelectorAll<HTMLButtonElement>(NESTED)) {
    const key = button.querySelector('u')?.textContent;
    if (!key) continue;
    const text = document.createElement('span');
    text.className = button.className;
    text.append(...button.childNodes);
    const hint = document.createElement('span');
    hint.className = 'cm-visuallyHidden';
    hint.textContent = ` (${view.state.phrase('press $1', key.toUpperCase())})`;
    text.append(hint);
    // CodeMirror's own handlers: they apply the fix on click.
    text.onclick = button.onclick;
    text.onmousedown = button.onmousedown;
    button.replaceWith(text);
  }
}

/** The extension: keeps the panel free of nested controls as CodeMirror renders it. */
export const lintPanelWithoutNestedControls = [
  ViewPlugin.define((view) => {
    // The panel renders its items in its own update, after or before this
    // plugin's; a mutation observer sees them whichever comes first. It
    // watches the editor's frame, not the text (CodeMirror's own observer
    // ignores changes outside the content).
    const observer = new MutationObserver(() => unnest(view));
    observer.observe(view.dom, { childList: true, subtree: true });
    unnest(view);
    return { destroy: () => observer.disconnect() };
  }),
  EditorView.baseTheme({
    '.cm-visuallyHidden': {
      position: 'absolute',
      width: '1px',
      height: '1px',
      overflow: 'hidden',
      clipPath: 'inset(50%)',
      whiteSpace: 'nowrap',
    },
  }),
];
