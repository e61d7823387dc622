//! Suppressions: findings silenced on purpose, with a written reason.
//!
//! Two kinds, as SARIF names them:
//!
//! - **in source**: a YAML comment `# deploylint-ignore: CODE[, CODE] -- reason`
//!   at the end of the line a finding is reported on, or alone on a line
//!   before it (it then applies to the next line that holds content), and
//!   `# deploylint-ignore-file: CODE[, CODE] -- reason` in the file's first
//!   comment block, for the whole file;
//! - **external**: `[[ignore]]` entries of deploylint.toml ([`Ignore`]):
//!   file globs, an optional JSON Pointer prefix, codes and a mandatory
//!   reason. JSON has no comments, so this is how a JSON body is silenced.
//!
//! The report stage ([`crate::report`]) consults them after the levels and
//! before the cap. A silenced finding is not dropped: it is kept, with its
//! suppression, in [`crate::Report::suppressed`]. A comment without a reason
//! is reported (`suppression-without-reason`), and so is a code of a comment
//! that silenced nothing (`unused-suppression`), so stale ones do not pile up.
//!
//! ```
//! use deploylint::{lint, Options, Preset};
//!
//! let body = "\
//! deployment:
//!   replicas: 1
//!   template:
//!     configs: {host_network: false, restart_policy: Always}
//!     containers:
//!       - name: agent
//!         image_url: swr.example.com/edge/agent:1.0
//!         privileged: true  # deploylint-ignore: privileged-container -- drives the GPIO pins
//! ";
//! let report = lint(body, &Options::new().preset(Preset::Recommended)).remove(0);
//! assert!(report.diagnostics.iter().all(|d| d.code != "privileged-container"));
//! let s = &report.suppressed[0];
//! assert_eq!(s.diagnostic.code, "privileged-container");
//! assert_eq!(s.suppression.justification.as_deref(), Some("drives the GPIO pins"));
//! ```

pub mod comments;
pub(crate) mod findings;

use crate::diagnostics::Diagnostic;
use crate::syntax::Span;
use serde::Serialize;
use std::cell::Cell;
use std::collections::HashMap;

/// An `[[ignore]]` entry of deploylint.toml that applies to the file being
/// linted (the CLI matches the entry's file globs).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Ignore {
    /// The rule codes it silences.
    pub codes: Vec<String>,
    /// Only findings whose pointer is this one or below it (`None`: all).
    pub pointer: Option<String>,
    /// Why (mandatory).
    pub reason: String,
    /// The entry's index in the config, so a run can tell which entries
    /// silenced nothing.
    pub entry: usize,
}

impl Ignore {
    /// An entry silencing `codes` at `pointer` and below (`None`: everywhere),
    /// for `reason`; `entry` is its index among the config's entries.
    ///
    /// ```
    /// use deploylint::{lint, Ignore, Options};
    ///
    /// let ignore = Ignore::new(vec!["release-action".into()], None, "our tool spells it so", 0);
    /// let body = r#"{"chart_id": "af4b699e", "action": "upgrad", "parameters": {}, "values": {}}"#;
    /// let reports = lint(body, &Options::new().ignore(ignore));
    /// assert_eq!(reports[0].diagnostics, vec![]);
    /// assert_eq!(reports[0].suppressed[0].diagnostic.code, "release-action");
    /// ```
    pub fn new(codes: Vec<String>, pointer: Option<String>, reason: impl Into<String>, entry: usize) -> Self {
        Ignore {
            codes,
            pointer,
            reason: reason.into(),
            entry,
        }
    }

    /// Whether it silences a finding of `code` at `pointer`.
    fn matches(&self, code: &str, pointer: &str) -> bool {
        self.codes.iter().any(|c| c == code)
            && self.pointer.as_deref().is_none_or(|p| {
                pointer == p || (pointer.starts_with(p) && (p.is_empty() || pointer[p.len()..].starts_with('/')))
            })
    }
}

/// Where a suppression was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum SuppressionKind {
    /// A comment in the file.
    InSource,
    /// An `[[ignore]]` entry of deploylint.toml.
    External,
}

/// How a finding was silenced.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Suppression {
    /// In the file or in the config.
    pub kind: SuppressionKind,
    /// The reason written with it (`None` for a comment without one).
    pub justification: Option<String>,
    /// In source: the 1-based line of the comment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// External: the index of the `[[ignore]]` entry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry: Option<usize>,
}

/// A silenced finding, kept with its suppression.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Suppressed {
    /// The finding, as it would have been reported.
    #[serde(flatten)]
    pub diagnostic: Diagnostic,
    /// What silenced it.
    pub suppression: Suppression,
}

/// The markers of the two comment forms.
const LINE_MARK: &str = "deploylint-ignore:";
const FILE_MARK: &str = "deploylint-ignore-file:";

/// One suppression comment.
#[derive(Debug)]
pub(crate) struct Directive {
    /// Whether it is the file-wide form.
    pub file: bool,
    /// The codes it names, each with its span in the comment.
    pub codes: Vec<(String, Span)>,
    /// The reason after `--`, if any.
    pub reason: Option<String>,
    /// The whole comment.
    pub comment: Span,
    /// 1-based line of the comment.
    pub line: usize,
    /// The bytes whose findings it silences: the line it applies to (a
    /// line comment), or nothing for a file comment.
    target: Span,
    /// A file comment outside the first comment block: it silences nothing.
    pub misplaced: bool,
    /// Per code: whether it silenced a finding.
    used: Vec<Cell<bool>>,
}

impl Directive {
    /// Whether code number `i` silenced something.
    pub fn used(&self, i: usize) -> bool {
        self.used.get(i).is_some_and(Cell::get)
    }
}

/// The suppressions of one text: its comments and the config's entries.
/// Built once per text and shared by its documents' report stages.
#[derive(Debug, Default)]
pub(crate) struct Suppressions<'o> {
    directives: Vec<Directive>,
    /// The line comments (indices into `directives`), in order of their
    /// targets, which never go back: a finding finds its own by binary search.
    lines: Vec<usize>,
    /// Per code of a (well-placed) file comment: the first directive naming it.
    files: HashMap<String, (usize, usize)>,
    ignores: &'o [Ignore],
    /// Per ignore entry: whether it silenced something.
    ignore_used: Vec<Cell<bool>>,
    /// How many documents the text has, and how many have finished.
    documents: usize,
    finished: Cell<usize>,
    /// Directives before this index have been judged by a finished document.
    judged: Cell<usize>,
}

impl<'o> Suppressions<'o> {
    /// The suppressions of `text` (comments are read only from YAML, and
    /// only if the text mentions the marker) and `ignores`, for a text of
    /// `documents` documents.
    pub fn new(text: &str, yaml: bool, ignores: &'o [Ignore], documents: usize) -> Self {
        let directives = if yaml && text.contains("deploylint-ignore") {
            directives(text)
        } else {
            Vec::new()
        };
        let lines = (0..directives.len()).filter(|&i| !directives[i].file).collect();
        let mut files = HashMap::new();
        for (i, d) in directives.iter().enumerate().filter(|(_, d)| d.file && !d.misplaced) {
            for (j, (code, _)) in d.codes.iter().enumerate() {
                files.entry(code.clone()).or_insert((i, j));
            }
        }
        Suppressions {
            directives,
            lines,
            files,
            ignores,
            ignore_used: ignores.iter().map(|_| Cell::new(false)).collect(),
            documents,
            finished: Cell::new(0),
            judged: Cell::new(0),
        }
    }

    /// Whether there is anything that could silence a finding.
    pub fn is_empty(&self) -> bool {
        self.directives.is_empty() && self.ignores.is_empty()
    }

    /// What silences a finding of `code` at `pointer` starting at byte
    /// `at`, if anything; marks it used.
    pub fn silence(&self, code: &str, pointer: &str, at: usize) -> Option<Suppression> {
        let in_source = |d: &Directive, i: usize| {
            d.used[i].set(true);
            Some(Suppression {
                kind: SuppressionKind::InSource,
                justification: d.reason.clone(),
                line: Some(d.line),
                entry: None,
            })
        };
        // Line comments whose target holds `at`: a run starting at the first
        // target that does not end before it.
        let first = self.lines.partition_point(|&i| self.directives[i].target.end < at);
        for &k in &self.lines[first..] {
            let d = &self.directives[k];
            if d.target.start > at {
                break;
            }
            if let Some(i) = d.codes.iter().position(|(c, _)| c == code) {
                return in_source(d, i);
            }
        }
        if let Some(&(k, i)) = self.files.get(code) {
            return in_source(&self.directives[k], i);
        }
        for (i, ig) in self.ignores.iter().enumerate() {
            if ig.matches(code, pointer) {
                if let Some(u) = self.ignore_used.get(i) {
                    u.set(true);
                }
                return Some(Suppression {
                    kind: SuppressionKind::External,
                    justification: Some(ig.reason.clone()),
                    line: None,
                    entry: Some(ig.entry),
                });
            }
        }
        None
    }

    /// The directives a document that just finished should judge (report
    /// without a reason, or unused): line comments before `end` (the end of
    /// its root), and everything left once the last document finishes.
    pub fn finish_document(&self, end: Option<usize>) -> &[Directive] {
        let finished = self.finished.get() + 1;
        self.finished.set(finished);
        let from = self.judged.get().min(self.directives.len());
        let last = finished >= self.documents;
        let upto = if last {
            self.directives.len()
        } else {
            match end {
                Some(end) => {
                    from + self.directives[from..]
                        .iter()
                        .take_while(|d| !d.file && d.comment.start < end)
                        .count()
                }
                None => from,
            }
        };
        self.judged.set(upto);
        &self.directives[from..upto]
    }
}

/// The suppression comments of a YAML text.
pub(crate) fn directives(text: &str) -> Vec<Directive> {
    let (comments, lines) = comments::scan(text);
    // The first comment block: comment lines, blank lines and document
    // markers before the first line with content.
    let first_content = lines
        .iter()
        .position(|l| l.content && !is_marker(&text[l.span.start..l.span.end]))
        .unwrap_or(lines.len());
    let mut out = Vec::new();
    for c in comments {
        let body = &text[c.span.start..c.span.end];
        let inner = body.trim_start_matches('#').trim_start();
        let (file, rest) = if let Some(r) = inner.strip_prefix(FILE_MARK) {
            (true, r)
        } else if let Some(r) = inner.strip_prefix(LINE_MARK) {
            (false, r)
        } else {
            continue;
        };
        let rest_at = c.span.end - rest.len();
        let (list, reason) = match rest.find("--") {
            Some(p) => (&rest[..p], Some(rest[p + 2..].trim()).filter(|r| !r.is_empty())),
            None => (rest, None),
        };
        let mut codes = Vec::new();
        let mut offset = rest_at;
        for part in list.split(',') {
            let lead = part.len() - part.trim_start().len();
            let code = part.trim();
            if !code.is_empty() {
                let start = offset + lead;
                codes.push((code.to_string(), Span::new(start, start + code.len())));
            }
            offset += part.len() + 1;
        }
        let target = if file {
            Span::new(0, 0)
        } else if c.own_line {
            // The next line with content.
            lines[c.line + 1..]
                .iter()
                .find(|l| l.content)
                .map_or(Span::new(text.len(), text.len()), |l| l.span)
        } else {
            lines[c.line].span
        };
        out.push(Directive {
            file,
            used: codes.iter().map(|_| Cell::new(false)).collect(),
            codes,
            reason: reason.map(str::to_string),
            comment: c.span,
            line: c.line + 1,
            target,
            misplaced: file && c.line >= first_content,
        });
    }
    out
}

/// `---` or `...` (a document marker) or a `%` directive line.
fn is_marker(line: &str) -> bool {
    let t = line.trim_end();
    t.starts_with('%') || t.starts_with("---") || t.starts_with("...")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_name_codes_reasons_and_targets() {
        let text = "# deploylint-ignore-file: host-network -- the gateway bridges two LANs\n\
                    a: 1\n\
                    # deploylint-ignore: x-one, x-two -- why not\n\
                    \n\
                    # another comment\n\
                    b: 2\n\
                    c: 3 # deploylint-ignore: x-three\n\
                    # deploylint-ignore-file: late --  \n";
        let d = directives(text);
        assert_eq!(d.len(), 4);
        assert!(d[0].file && !d[0].misplaced);
        assert_eq!(d[0].reason.as_deref(), Some("the gateway bridges two LANs"));
        let codes: Vec<_> = d[1]
            .codes
            .iter()
            .map(|(c, s)| (c.as_str(), &text[s.start..s.end]))
            .collect();
        assert_eq!(codes, [("x-one", "x-one"), ("x-two", "x-two")]);
        assert_eq!(&text[d[1].target.start..d[1].target.end], "b: 2");
        assert_eq!(
            &text[d[2].target.start..d[2].target.end],
            "c: 3 # deploylint-ignore: x-three"
        );
        assert_eq!(d[2].reason, None);
        assert!(d[3].file && d[3].misplaced);
        assert_eq!(d[3].reason, None, "an empty reason is none");
    }

    #[test]
    fn a_marker_inside_a_block_scalar_is_text() {
        let text = "script: |\n  # deploylint-ignore: x -- not a comment\nk: v\n";
        assert!(directives(text).is_empty());
    }

    #[test]
    fn pointer_prefixes_match_whole_segments() {
        let ig = Ignore {
            codes: vec!["c".into()],
            pointer: Some("/a/b".into()),
            reason: "r".into(),
            entry: 0,
        };
        assert!(ig.matches("c", "/a/b"));
        assert!(ig.matches("c", "/a/b/0"));
        assert!(!ig.matches("c", "/a/bc"));
        assert!(!ig.matches("d", "/a/b"));
    }
}
