//! What `check` hands the renderers: one [`Linted`] input (its reports) and
//! one [`Skipped`] file per input, below both `check` (which fills them) and
//! `render` (which writes them), so no renderer imports `check`. The fuzz
//! crate (fuzz/src/cli.rs) mirrors these types field for field.

use crate::recognise::Skip;
use crate::Report;

/// One linted input.
pub struct Linted {
    /// Display path (`-` for stdin).
    pub path: String,
    /// The text (lossy for invalid UTF-8), for excerpts.
    pub text: String,
    /// One report per document.
    pub reports: Vec<Report>,
    /// With `--fix`: the text before fixing, and how many fixes were applied.
    pub fixed: Option<(String, usize)>,
    /// The `[[ignore]]` entries that applied to the file.
    pub ignores: Vec<usize>,
    /// Whether this is the config file's own findings (not a file checked).
    pub config: bool,
}

/// A file a directory walk found and did not lint.
pub struct Skipped {
    /// Display path.
    pub path: String,
    /// Why.
    pub reason: Skip,
}
