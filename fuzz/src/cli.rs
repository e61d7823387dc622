//! The CLI's output renderers (`src/cli/render/`), compiled into the fuzz
//! crate from their source files, because the library exposes no entry that
//! renders a report: `deploylint::cli::main` reads its arguments from the
//! process, and `render` is private to the CLI.
//!
//! [`linted::Linted`] mirrors the CLI's own (`src/cli/linted.rs`) field for
//! field. A public `deploylint::cli::render(format, &[Linted], lang)` with a
//! public `Linted` would replace this module.

/// The CLI's `linted` module, as far as the renderers use it.
pub mod linted {
    /// One linted input, as `src/cli/linted.rs` defines it.
    pub struct Linted {
        /// Display path (`-` for stdin).
        pub path: String,
        /// The text (lossy for invalid UTF-8), for excerpts.
        pub text: String,
        /// One report per document.
        pub reports: Vec<deploylint::Report>,
        /// Whether this is the config file's own findings (not a file checked).
        pub config: bool,
    }

    /// A file a directory walk found and did not lint, as `src/cli/linted.rs` defines it.
    pub struct Skipped {
        /// Display path.
        pub path: String,
        /// Why.
        pub reason: deploylint::__private::Skip,
    }
}

#[path = "../../src/cli/render/mod.rs"]
#[allow(dead_code, unused_imports)]
pub mod render;

pub use render::Format;

/// Every output format.
pub const FORMATS: [Format; 6] = [
    Format::Human,
    Format::Json,
    Format::Sarif,
    Format::Github,
    Format::Junit,
    Format::Gitlab,
];
