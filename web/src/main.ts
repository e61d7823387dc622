// Entry point: load the WebAssembly module, then start the page.
import init, { describeField, detectKind, lint, version } from 'deploylint';
import { forEachDiagnostic } from '@codemirror/lint';
import { App } from './app';
import type { Lang } from './i18n';
import './style.css';

await init();

const wanted = new URLSearchParams(location.search).get('lang');
const lang: Lang = wanted === 'zh' || (!wanted && navigator.language.startsWith('zh')) ? 'zh' : 'en';
const app = new App(lang);

// For the browser tests and the curious: the package and what the page shows.
declare global {
  interface Window {
    deploylintPage: unknown;
  }
}
window.deploylintPage = {
  app,
  version: version(),
  lint,
  detectKind,
  describeField,
  /** The editor's diagnostics as CodeMirror holds them: UTF-16 offsets, 1-based lines. */
  editorDiagnostics() {
    const state = app.editor.view.state;
    const out: { from: number; to: number; line: number; severity: string; source?: string; text: string; actions: string[] }[] = [];
    forEachDiagnostic(state, (d, from, to) =>
      out.push({ from, to, line: state.doc.lineAt(from).number, severity: d.severity, source: d.source, text: state.sliceDoc(from, to), actions: (d.actions ?? []).map((a) => a.name) }),
    );
    return out;
  },
};
document.body.dataset.ready = 'yes';
