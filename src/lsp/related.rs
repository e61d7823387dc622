//! Second places of a finding (LSP `relatedInformation`).
//!
//! The core's diagnostics carry one span. Where the second place follows
//! from the tree alone it is found here: for `duplicate-key`, the first
//! copy of the key in the same object. Findings about two fields (the
//! `*-exclusive` rules, `probe-handler`) name the other field in their
//! message but do not expose its span, so they get none. The words of a
//! second place are the core's (`diagnostics::facts::first_copy`).

use crate::diagnostics::facts::first_copy;
use crate::query::{node_at, Place};
use crate::syntax::pointer::lookup;
use crate::syntax::{Node, Span};
use crate::{Diagnostic, Lang};

/// The second places of `d` in the document `root`, with what each is.
pub fn related(root: &Node, d: &Diagnostic, lang: Lang) -> Vec<(Span, String)> {
    if d.code != "duplicate-key" {
        return Vec::new();
    }
    let Some(at) = node_at(root, d.span.start) else {
        return Vec::new();
    };
    let (Place::Key, Some(key), Some(parent)) = (at.place, at.key, at.enclosing.as_deref()) else {
        return Vec::new();
    };
    let Some(members) = lookup(root, parent).and_then(Node::members) else {
        return Vec::new();
    };
    members
        .iter()
        .find(|m| &*m.key == key && m.key_span != d.span)
        .map(|first| vec![(first.key_span, first_copy(key, lang))])
        .unwrap_or_default()
}
