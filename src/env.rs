//! What the process environment says to a front end: the message language
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`) and the docs base URL
//! (`DEPLOYLINT_DOCS_URL`). The CLI and the language server read it; the
//! core never does (it takes both in [`crate::Options`]).

use crate::Lang;

/// The language from `--lang`, else `LC_ALL`/`LC_MESSAGES`/`LANG`, else English.
pub fn lang_from_env(explicit: Option<Lang>) -> Lang {
    if let Some(l) = explicit {
        return l;
    }
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(v) = std::env::var(var) {
            if !v.is_empty() {
                return Lang::parse(&v).unwrap_or_default();
            }
        }
    }
    Lang::En
}

/// The docs base URL: `explicit` (a flag, the config, the editor) if given,
/// else `DEPLOYLINT_DOCS_URL` when it is an absolute URL, else the one
/// compiled in (`crate::links`).
pub fn docs_url_from_env(explicit: Option<String>) -> String {
    explicit
        .or_else(|| {
            std::env::var("DEPLOYLINT_DOCS_URL")
                .ok()
                .and_then(|v| crate::links::parse_docs_url(&v).ok())
        })
        .unwrap_or_else(crate::links::builtin_docs_url)
}
