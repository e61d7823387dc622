//! The limits that bound what one lint costs, whatever the text: input
//! size, nesting depth, YAML alias expansion, string length and findings.
//!
//! Each is one field of [`Limits`] with its default written once here; the
//! parsers ([`crate::syntax`]) and the report stage read them from
//! [`crate::Options`], and every front end sets them through the same names
//! ([`Limit::name`]: the `[limits]` keys of deploylint.toml, the CLI's
//! `--max-…` flags, [`Limit::js_name`] for the WASM `limits` option). A
//! limit crossed is one `limit-exceeded` diagnostic at the place it was
//! crossed ([`Exceeded`]); its words are in `src/rules/limit_exceeded.rs`.
//!
//! ```
//! use deploylint::{Limit, Limits};
//! use deploylint::Options;
//!
//! let opts = Options::new().limit(Limit::Depth, 64).limit(Limit::Findings, 10);
//! assert_eq!((opts.limits.depth, opts.limits.findings), (64, 10));
//! // Depth is capped for stack safety, whatever the caller asks.
//! assert_eq!(Options::new().limit(Limit::Depth, 1 << 20).limits.depth, Limits::DEPTH_CEILING);
//! assert!(Limit::Depth.check(1001).is_err());
//! ```

/// One of the limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Limit {
    /// The size of the input, in bytes.
    InputSize,
    /// How deep arrays and objects nest.
    Depth,
    /// How many nodes YAML aliases may add to one document by expansion.
    Aliases,
    /// The length of one string (value or key), in bytes once unescaped.
    StringLength,
    /// How many findings one document reports.
    Findings,
}

impl Limit {
    /// Every limit, in the order the docs list them.
    pub const ALL: [Limit; 5] = [
        Limit::InputSize,
        Limit::Depth,
        Limit::Aliases,
        Limit::StringLength,
        Limit::Findings,
    ];

    /// The name: the key under `[limits]` in deploylint.toml, and the CLI
    /// flag after `--max-`.
    pub fn name(self) -> &'static str {
        match self {
            Limit::InputSize => "input-size",
            Limit::Depth => "depth",
            Limit::Aliases => "aliases",
            Limit::StringLength => "string-length",
            Limit::Findings => "findings",
        }
    }

    /// The key of the WASM package's `limits` option (camelCase).
    pub fn js_name(self) -> &'static str {
        match self {
            Limit::InputSize => "inputSize",
            Limit::Depth => "depth",
            Limit::Aliases => "aliases",
            Limit::StringLength => "stringLength",
            Limit::Findings => "findings",
        }
    }

    /// The limit called `name` ([`Limit::name`]).
    pub fn from_name(name: &str) -> Option<Limit> {
        Limit::ALL.into_iter().find(|l| l.name() == name)
    }

    /// The largest value a front end accepts.
    pub fn ceiling(self) -> usize {
        match self {
            Limit::Depth => Limits::DEPTH_CEILING,
            _ => usize::MAX,
        }
    }

    /// `value` if a front end may set it (1 to [`Limit::ceiling`]), else why not.
    pub fn check(self, value: usize) -> Result<usize, String> {
        if value == 0 {
            return Err(format!("limit `{}` must be at least 1", self.name()));
        }
        if value > self.ceiling() {
            return Err(format!(
                "limit `{}` can be at most {} (deeper nesting could overflow the stack)",
                self.name(),
                self.ceiling()
            ));
        }
        Ok(value)
    }
}

/// The values of the limits. [`Limits::default`] suits CI and browsers alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// The largest input, in bytes (default 16 MiB).
    pub input_size: usize,
    /// The deepest nesting of arrays and objects (default 512, at most
    /// [`Limits::DEPTH_CEILING`]). Real request bodies nest about 12 deep.
    pub depth: usize,
    /// The most nodes YAML aliases may add to one document (default 100,000).
    pub aliases: usize,
    /// The longest string or key, in bytes once unescaped (default 1 MiB).
    pub string_length: usize,
    /// The most findings one document reports (default 1,000).
    pub findings: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits::DEFAULT
    }
}

impl Limits {
    /// The defaults.
    pub const DEFAULT: Limits = Limits {
        input_size: 16 << 20,
        depth: 512,
        aliases: 100_000,
        string_length: 1 << 20,
        findings: 1000,
    };

    /// The deepest nesting anyone may allow: the tree is dropped, cloned and
    /// walked by recursion, which must fit the smallest stack a front end
    /// runs on (WebAssembly's 1 MiB).
    pub const DEPTH_CEILING: usize = 1000;

    /// The value of `limit`.
    pub fn get(&self, limit: Limit) -> usize {
        match limit {
            Limit::InputSize => self.input_size,
            Limit::Depth => self.depth,
            Limit::Aliases => self.aliases,
            Limit::StringLength => self.string_length,
            Limit::Findings => self.findings,
        }
    }

    /// Sets `limit` to `value`, kept between 1 and [`Limit::ceiling`].
    pub fn set(&mut self, limit: Limit, value: usize) {
        let value = value.clamp(1, limit.ceiling());
        match limit {
            Limit::InputSize => self.input_size = value,
            Limit::Depth => self.depth = value,
            Limit::Aliases => self.aliases = value,
            Limit::StringLength => self.string_length = value,
            Limit::Findings => self.findings = value,
        }
    }

    /// These limits with `limit` set to `value` (see [`Limits::set`]).
    pub fn with(mut self, limit: Limit, value: usize) -> Self {
        self.set(limit, value);
        self
    }
}

/// A limit crossed: which, its value, and the JSON Pointer of the place
/// (the value that nests too deep, the string too long, the alias that
/// exceeds the budget; `""` for the input size and the findings).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Exceeded {
    /// The limit.
    pub limit: Limit,
    /// Its value.
    pub max: usize,
    /// Where it was crossed.
    pub pointer: String,
    /// For [`Limit::StringLength`]: the string is an object key (the pointer is its object's).
    pub key: bool,
    /// For [`Limit::Findings`]: how many findings were not reported.
    pub more: usize,
}

impl Exceeded {
    /// `limit` of value `max` crossed at `pointer`.
    pub fn new(limit: Limit, max: usize, pointer: String) -> Self {
        Exceeded {
            limit,
            max,
            pointer,
            key: false,
            more: 0,
        }
    }
}
