//! Where deploylint's documentation is: the one base URL behind every link
//! the outputs carry (SARIF `helpUri` and `informationUri`, the language
//! server's `codeDescription` and hover).
//!
//! The base is the URL of the repository's `docs/` folder; a rule's page is
//! `rules.md#<code>` under it (docs/rules.md has one heading per code). Built
//! in is `DEPLOYLINT_DOCS_URL` as set when deploylint was compiled, else the
//! `docs/` folder of the source tree it was compiled from, as a `file://`
//! URL: that resolves on the machine of anyone who built it from this
//! repository (`cargo install --path .`, the pre-commit hook). Teams that
//! host the docs (a Git forge, an intranet) set the base at run time: the
//! adapters take `--docs-url`, `docs-url` in deploylint.toml,
//! `initializationOptions.docsUrl` or `DEPLOYLINT_DOCS_URL` (README,
//! "Documentation links"). This module only builds URLs; reading the
//! environment is the adapters' business.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// The docs base compiled in (see the module documentation).
pub fn builtin_docs_url() -> String {
    match option_env!("DEPLOYLINT_DOCS_URL") {
        Some(url) if !url.is_empty() => with_slash(url.to_string()),
        _ => file_url(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/")),
    }
}

/// A user-given docs base, checked: an absolute URL (`scheme:` then
/// something), with a `/` appended when it has none. The error says what is
/// wrong, in English (adapters report it as a usage error).
pub fn parse_docs_url(text: &str) -> Result<String, String> {
    let t = text.trim();
    let scheme_end = t.find(':').unwrap_or(0);
    let scheme_ok = scheme_end > 0
        && t.as_bytes()[0].is_ascii_alphabetic()
        && t[..scheme_end]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b));
    if !scheme_ok || t.len() == scheme_end + 1 || t.contains(char::is_whitespace) {
        return Err(format!(
            "`{text}` is not an absolute URL (expected something like https://example.com/deploylint/docs/)"
        ));
    }
    Ok(with_slash(t.to_string()))
}

/// The documentation of rule `code` under the docs base `base`.
pub fn rule_url(base: &str, code: &str) -> String {
    format!("{base}rules.md#{code}")
}

/// The rule catalogue under the docs base `base` (the tool's information URI).
pub fn catalogue_url(base: &str) -> String {
    format!("{base}rules.md")
}

fn with_slash(mut url: String) -> String {
    if !url.ends_with('/') {
        url.push('/');
    }
    url
}

/// A local path as a `file://` URL (Windows drive paths get the third
/// slash), percent-encoding what a URI path may not hold.
pub fn file_url(path: &str) -> String {
    let p = path.replace('\\', "/");
    let encoded = percent_encode_path(&p);
    if p.starts_with('/') {
        format!("file://{encoded}")
    } else {
        format!("file:///{encoded}")
    }
}

/// What a URI path keeps as it is: RFC 3986 unreserved characters, `/`
/// and `:` (a Windows drive); everything else is percent-encoded.
const URI_PATH: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'/')
    .remove(b':');

/// Percent-encodes what a URI path may not hold (RFC 3986 unreserved
/// characters, `/` and `:` stay).
pub fn percent_encode_path(path: &str) -> String {
    utf8_percent_encode(path, URI_PATH).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_is_an_absolute_url_ending_in_a_slash() {
        let b = builtin_docs_url();
        assert!(parse_docs_url(&b).is_ok(), "{b}");
        assert!(b.ends_with('/'), "{b}");
    }

    #[test]
    fn user_urls() {
        assert_eq!(
            parse_docs_url("https://x.example/d").as_deref(),
            Ok("https://x.example/d/")
        );
        assert_eq!(
            parse_docs_url(" file:///srv/docs/ ").as_deref(),
            Ok("file:///srv/docs/")
        );
        assert!(parse_docs_url("docs/").is_err());
        assert!(parse_docs_url("/abs/docs").is_err());
        assert!(parse_docs_url("https:").is_err());
        assert!(parse_docs_url("https://a b/").is_err());
        assert!(parse_docs_url("").is_err());
    }

    #[test]
    fn file_urls() {
        assert_eq!(file_url("/a b/docs/"), "file:///a%20b/docs/");
        assert_eq!(file_url("C:\\src\\docs\\"), "file:///C:/src/docs/");
        assert_eq!(file_url("/srv/é#1%/"), "file:///srv/%C3%A9%231%25/");
        assert_eq!(
            rule_url("https://h/d/", "unknown-field"),
            "https://h/d/rules.md#unknown-field"
        );
    }
}
