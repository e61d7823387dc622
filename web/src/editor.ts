// The JSON/YAML editor: CodeMirror 6 with @codemirror/lint.
//
// Diagnostics are not computed by CodeMirror's `linter()` (it waits for a
// pause in typing); the page lints once per change for both views and hands
// the result over with `setDiagnostics`. Spans arrive in UTF-8 bytes and are
// converted to CodeMirror's UTF-16 offsets (offsets.ts); each diagnostic's
// `fix` becomes a quick-fix action.
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, defaultHighlightStyle, foldGutter, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { Compartment, EditorState, StateEffect, StateField, type Transaction } from '@codemirror/state';
import { Decoration, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers, type DecorationSet } from '@codemirror/view';
import type { Diagnostic, Fix } from 'deploylint';
import type { Format } from './body-text';
import { lintPanelWithoutNestedControls } from './lint-panel';
import { byteToUtf16, type ByteToUtf16 } from './offsets';

export interface EditorHost {
  /** Called after every change of the text (typing, paste, undo, a fix, the form). */
  changed(text: string, transactions: readonly Transaction[]): void;
}

// The part of the text the focused form input edits, marked in the editor.
const setRevealed = StateEffect.define<{ from: number; to: number } | null>();
const revealedMark = Decoration.mark({ class: 'cm-revealed' });
const revealed = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    marks = marks.map(tr.changes);
    for (const e of tr.effects) {
      if (e.is(setRevealed)) marks = e.value && e.value.to > e.value.from ? Decoration.set(revealedMark.range(e.value.from, e.value.to)) : Decoration.none;
    }
    return marks;
  },
  provide: (f) => EditorView.decorations.from(f),
});

export class Editor {
  readonly view: EditorView;
  private readonly language = new Compartment();
  private readonly phrases = new Compartment();

  constructor(parent: HTMLElement, text: string, format: Format, labelledBy: string, private readonly host: EditorHost) {
    this.view = new EditorView({
      parent,
      state: EditorState.create({
        doc: text,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          foldGutter(),
          history(),
          indentOnInput(),
          bracketMatching(),
          highlightActiveLine(),
          syntaxHighlighting(defaultHighlightStyle),
          lintGutter(),
          lintPanelWithoutNestedControls,
          revealed,
          // No Tab binding: Tab moves the focus on, so the page stays keyboard-navigable.
          keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
          this.language.of(format === 'json' ? json() : yaml()),
          this.phrases.of([]),
          // tabindex 0 says outright what the contenteditable already is: the
          // one Tab stop of the editor, from which the keys (arrows, Page
          // Up/Down, Ctrl+Home/End) scroll the scroller around it. Checkers
          // that count only tabindex and native controls as focusable (axe-core's
          // scrollable-region-focusable) otherwise report the scroller as
          // unreachable by keyboard. The scroller gets no Tab stop of its own.
          EditorView.contentAttributes.of({ 'aria-labelledby': labelledBy, 'aria-multiline': 'true', tabindex: '0' }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) this.host.changed(u.state.doc.toString(), u.transactions);
          }),
        ],
      }),
    });
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  setFormat(format: Format): void {
    this.view.dispatch({ effects: this.language.reconfigure(format === 'json' ? json() : yaml()) });
  }

  /** CodeMirror's own words (lint panel, tooltips) in the page's language. */
  setPhrases(phrases: Record<string, string>): void {
    this.view.dispatch({ effects: this.phrases.reconfigure(EditorState.phrases.of(phrases)) });
  }

  /**
   * Replaces the text with `next`, changing only the part that differs (so
   * the cursor and undo history stay meaningful). `userEvent` tells the
   * listener where the change came from.
   */
  replace(next: string, userEvent: string): void {
    const prev = this.text;
    if (prev === next) return;
    let start = 0;
    const max = Math.min(prev.length, next.length);
    while (start < max && prev.charCodeAt(start) === next.charCodeAt(start)) start++;
    let end = 0;
    while (end < max - start && prev.charCodeAt(prev.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) end++;
    this.view.dispatch({
      changes: { from: start, to: prev.length - end, insert: next.slice(start, next.length - end) },
      userEvent,
      scrollIntoView: false,
    });
  }

  /** Underlines `diagnostics`, which were computed for `text`, the current text. */
  show(text: string, diagnostics: Diagnostic[], fixLabel: (title: string) => string): void {
    const at = byteToUtf16(text);
    const len = this.view.state.doc.length;
    const cm: CmDiagnostic[] = diagnostics.map((d) => {
      const from = Math.min(at(d.span.start), len);
      const to = Math.min(Math.max(at(d.span.end), from), len);
      const fix = d.fix;
      return {
        from,
        to,
        severity: d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'info',
        source: d.code,
        message: d.help ? `${d.message}\n${d.help}` : d.message,
        actions: fix
          ? [{ name: fixLabel(fix.title), apply: (view: EditorView) => applyFix(view, text, at, fix) }]
          : undefined,
      };
    });
    this.view.dispatch(setDiagnostics(this.view.state, cm));
  }

  /** Scrolls `range` into view and marks it (without taking the focus); null clears the mark. */
  reveal(range: { from: number; to: number } | null): void {
    const len = this.view.state.doc.length;
    const r = range && { from: Math.min(range.from, len), to: Math.min(range.to, len) };
    this.view.dispatch({
      effects: r ? [setRevealed.of(r), EditorView.scrollIntoView(r.from, { y: 'center' })] : [setRevealed.of(null)],
    });
  }

  /** Applies a fix computed for the current text. */
  applyFix(fix: Fix): void {
    const text = this.text;
    applyFix(this.view, text, byteToUtf16(text), fix);
  }
}

/**
 * Applies a diagnostic's edits (byte spans of `text`) in one transaction,
 * undoable as one step; nothing if the text has changed since.
 */
function applyFix(view: EditorView, text: string, at: ByteToUtf16, fix: Fix): void {
  if (view.state.doc.toString() !== text) return;
  view.dispatch({
    changes: fix.edits.map((e) => ({ from: at(e.span.start), to: at(e.span.end), insert: e.replacement })),
    userEvent: 'input.fix',
  });
}
