//! One spec query API: what is at a cursor, and what the specs say about it.
//!
//! Editors, forms and the language server ask three questions of a body,
//! and this module answers each once, for JSON and YAML alike (both parse
//! into the one spanned tree of [`Node`](crate::Node)):
//!
//! - [`node_at`]: what is at a byte offset: the JSON Pointer of the
//!   innermost node, whether the cursor is on a key, on a value or inside
//!   an object or array between its members, and the pointer of the
//!   enclosing object;
//! - [`resolve`]: what the specs say about the field at a pointer: its
//!   type, bounds, pattern, allowed values, documentation, whether it is
//!   mandatory, and the objects and rules involved, as typed references
//!   into the API specs ([`ObjectSpec`], [`FieldSpec`], [`Ty`]);
//! - [`allowed_fields`]: which fields may still be added to an object (for
//!   completion).
//!
//! Positions convert with [`crate::syntax::LineIndex`] (lines and columns,
//! both ways) and [`crate::syntax::line_index::utf16_to_byte`] (JavaScript
//! string indices).
//!
//! ```
//! use deploylint::query::{node_at, resolve, Place};
//! use deploylint::{__private::parse, InputFormat};
//! use deploylint::Kind;
//!
//! let text = "deployment:\n  template:\n    configs: {restart_policy: Always}\n";
//! let root = parse(text, InputFormat::Yaml).remove(0).expect("YAML");
//! let at = node_at(&root, text.find("Always").unwrap()).expect("in the document");
//! assert_eq!((at.pointer.as_str(), at.place), ("/deployment/template/configs/restart_policy", Place::Value));
//! let field = resolve(Kind::IefV3Create, &at.pointer).expect("a known field");
//! assert_eq!(field.values(), ["Always", "OnFailure", "Never"]);
//! assert_eq!(field.object.name, "PodConfigs");
//! ```

mod cursor;
mod resolve;

pub use cursor::{document_at, node_at, NodeAt, Place};
pub use resolve::{allowed_fields, body_object, keys, object_at, resolve, Resolved};

// The spec model the answers refer to, and the tree and position helpers
// the questions take.
pub use crate::api::{
    ArraySpec, Dispute, EnumSpec, FieldSpec, IntSpec, NumSpec, ObjectSpec, Pattern, Presence, Required, Role, StrSpec,
    Ty,
};
pub use crate::diagnostics::Msg;
pub use crate::rule_meta::{RuleMeta, Source};
pub use crate::syntax::line_index::{byte_to_utf16, utf16_to_byte, LineCol};
pub use crate::syntax::pointer::lookup;
pub use crate::syntax::LineIndex;
