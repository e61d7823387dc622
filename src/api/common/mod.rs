//! Field constraints and API objects shared by several pages.
//!
//! Objects the pages describe identically are defined once, in one file per
//! API object: `envs.rs` (Env, ValueFrom, Secrets, ConfigsMap), `probes.rs`
//! (Probe, HttpGetDetail, Exec), `ports.rs` (HostContainerPortMapping,
//! HostPortRange), `affinity.rs` (the affinity tree), `container.rs` (the
//! container fields v3 ContainerDef shares), `deployment.rs` (the deployment
//! `description`), and the value-constraint rules that v2 and v3 share for
//! `configs.rs` and `volumes.rs`. Each rule (`port-number`, `env-var`, ...) is
//! declared beside the objects that use it; the pages' own objects live in
//! [`super::ief_v2`], [`super::ief_v3`] and [`super::cce`]. Every item is
//! re-exported here, so `api::common::X` names each of them.
//!
//! This file holds the type constructors (`str_pat`, `int`, `STRINGS`, ...)
//! and the patterns more than one object uses.

mod affinity;
mod configs;
mod container;
mod deployment;
mod envs;
mod ports;
mod probes;
mod volumes;

pub use affinity::*;
pub use configs::*;
pub use container::*;
pub use deployment::*;
pub use envs::*;
pub use ports::*;
pub use probes::*;
pub use volumes::*;

use super::*;
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, Source};

/// Shorthand for a sourced constraint.
pub const fn src(doc: Doc, table: &'static str) -> Source {
    Source::new(doc, table)
}

/// Lowercase DNS-label-like names (length checked separately).
pub static LOWER_NAME: Pattern = Pattern::new(
    "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$",
    Msg::new(
        "only lowercase letters, digits and hyphens, starting and ending with a lowercase letter or digit",
        "只允许英文小写字母、数字、中划线,以英文小写字母或数字开头和结尾",
    ),
);

/// Absolute paths.
pub static ABS_PATH: Pattern = Pattern::new(
    "^/",
    Msg::new(
        "it must be an absolute path starting with /",
        "必须是以 / 开头的绝对路径",
    ),
);

/// A string type with only a pattern and bounds.
pub const fn str_pat(pattern: &'static Pattern, min: usize, max: usize) -> Ty {
    Ty::Str(StrSpec {
        min_len: Some(min),
        max_len: Some(max),
        pattern: Some(pattern),
        values: None,
        forbidden: None,
    })
}

/// A string with a maximum length.
pub const fn str_max(max: usize) -> Ty {
    Ty::Str(StrSpec {
        min_len: None,
        max_len: Some(max),
        pattern: None,
        values: None,
        forbidden: None,
    })
}

/// A non-empty string.
pub const fn str_nonempty() -> Ty {
    Ty::Str(StrSpec {
        min_len: Some(1),
        max_len: None,
        pattern: None,
        values: None,
        forbidden: None,
    })
}

/// Any string.
pub const STR: Ty = Ty::Str(StrSpec::ANY);

/// A string from an enumeration.
pub const fn str_enum(e: &'static EnumSpec) -> Ty {
    Ty::Str(StrSpec {
        min_len: None,
        max_len: None,
        pattern: None,
        values: Some(e),
        forbidden: None,
    })
}

/// An integer in `min..=max`.
pub const fn int(min: i64, max: i64) -> Ty {
    Ty::Int(IntSpec {
        min: Some(min),
        max: Some(max),
        octal: false,
    })
}

/// Any integer (int32 on the API side).
pub const INT: Ty = Ty::Int(IntSpec {
    min: Some(i32::MIN as i64),
    max: Some(i32::MAX as i64),
    octal: false,
});

/// A file mode (int32 on the API side) that the page lets one write in
/// octal: a string such as `"0644"` means 0644, decimal 420.
pub const MODE: Ty = Ty::Int(IntSpec {
    min: Some(i32::MIN as i64),
    max: Some(i32::MAX as i64),
    octal: true,
});

/// An array of strings.
pub static STRINGS: ArraySpec = ArraySpec {
    items: STR,
    min_items: None,
    max_items: None,
};

/// A string of `min..=max` characters.
pub const fn str_pat_len(min: usize, max: usize) -> Ty {
    Ty::Str(StrSpec {
        min_len: Some(min),
        max_len: Some(max),
        pattern: None,
        values: None,
        forbidden: None,
    })
}
