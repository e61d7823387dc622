//! # deploylint-wasm
//!
//! The deploylint core compiled to WebAssembly with wasm-bindgen: the npm
//! package `deploylint` for browsers, Node and editors (see `wasm/README.md`).
//!
//! Every export takes plain JS values and returns plain JS values built from
//! the core's own serde output, so diagnostics have exactly the field names of
//! the CLI's `--format json` output (`code`, `severity`, `message`, `help`,
//! `pointer`, `span`, `line`, `column`, `end_line`, `end_column`,
//! `column_utf16`, `end_column_utf16`, `fix`).
//!
//! **Never throws, never traps.** Arguments are taken as `JsValue` and checked
//! here: a text that is neither a string nor a `Uint8Array`, an unknown kind or
//! an option of the wrong type becomes an `invalid-argument` diagnostic (or
//! `null` for the query functions), never an exception. Only JS operations
//! that cannot throw are used (`typeof`, and `Reflect` calls whose exceptions
//! are caught), so even a revoked proxy as options is a diagnostic. The core
//! itself has no panicking input path (nesting, input size, string length
//! and YAML alias expansion are limited, see the `limits` option; numbers
//! are kept as text);
//! `wasm/tests/nasty.test.mjs` proves the module still answers after the
//! nastiest inputs we found. There is no `catch_unwind`: the wasm profile
//! aborts on panic, so a panic would be a bug to fix in the core.
//!
//! The query functions (`nodeAt`, `resolve`, `allowedFields` and the
//! position conversions) are views of the core's `deploylint::query` and
//! `LineIndex`. They take and return offsets in UTF-16 code units, the
//! indices of JavaScript strings (`text.slice(start, end)`); only
//! diagnostics keep the CLI's UTF-8 byte spans, which `utf16Offset`
//! converts.

use deploylint::generate::{docs, schema as schema_gen};
use deploylint::limits::Limit;
use deploylint::query::{self, Resolved};
use deploylint::syntax::line_index::{byte_to_utf16, utf16_to_byte};
use deploylint::syntax::{self, pointer, LineIndex, Node, Span, SyntaxError};
use deploylint::{
    registry, Current, Detected, Diagnostic, Edition, FieldInfo, InputFormat, Kind, Lang, Level, Options, Preset,
    Report, Severity,
};
use js_sys::{Array, Reflect, Uint8Array, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

mod policies;
pub use policies::{compile_policies, drop_policies, policy_compilations};

/// The code of the diagnostic for a bad argument (this adapter's only code of its own).
pub const INVALID_ARGUMENT: &str = "invalid-argument";

/// Parses JSON we produced ourselves into a JS value (`null` if that ever failed).
fn parse(json: &str) -> JsValue {
    JSON::parse(json).unwrap_or(JsValue::NULL)
}

/// A JS value's type name, for messages: `typeof` cannot throw, whatever the value.
fn type_name(v: &JsValue) -> String {
    match v.is_null() {
        true => "null".into(),
        false => v.js_typeof().as_string().unwrap_or_default(),
    }
}

/// A diagnostic about the call itself, at the start of the text.
fn invalid(message: String, lang: Lang) -> Diagnostic {
    let help = match lang {
        Lang::En => "see the options of `lint` in the deploylint package README",
        Lang::Zh => "请参阅 deploylint 包 README 中 `lint` 的选项说明",
    };
    let mut d = Diagnostic::new(
        INVALID_ARGUMENT,
        Severity::Error,
        String::new(),
        Span::new(0, 0),
        message,
    );
    (d.line, d.column, d.end_line, d.end_column) = (1, 1, 1, 1);
    (d.column_utf16, d.end_column_utf16) = (1, 1);
    d.with_help(help)
}

/// Option `name`: `Ok(None)` when absent (`undefined` or `null`).
fn field(options: &JsValue, name: &str) -> Result<Option<JsValue>, String> {
    match Reflect::get(options, &JsValue::from_str(name)) {
        Ok(v) if v.is_undefined() || v.is_null() => Ok(None),
        Ok(v) => Ok(Some(v)),
        Err(_) => Err(format!("option `{name}` could not be read")),
    }
}

/// A string option that `accept` understands; anything else is a problem.
fn string_option<T>(
    options: &JsValue,
    name: &str,
    expected: &str,
    accept: impl Fn(&str) -> Option<T>,
    problems: &mut Vec<String>,
) -> Option<T> {
    let problem = match field(options, name) {
        Ok(None) => return None,
        Ok(Some(v)) => match v.as_string() {
            Some(s) => match accept(&s) {
                Some(t) => return Some(t),
                None => format!("option `{name}` is `{s}`; expected {expected}"),
            },
            None => format!("option `{name}` must be a string ({expected}), not {}", type_name(&v)),
        },
        Err(e) => e,
    };
    problems.push(problem);
    None
}

/// The level of option `rules.{code}`, a string or not (`None`), read by the
/// core's [`Level::parse`] as `deploylint.toml` reads it; anything else is a problem.
fn rule_level(code: &str, given: Option<&str>, problems: &mut Vec<String>) -> Option<Level> {
    let level = given.and_then(Level::parse);
    if level.is_none() {
        problems.push(format!("option `rules.{code}` must be {}", Level::expected()));
    }
    level
}

/// `rules: {code: "off" | "info" | "warning" | "error"}`, as the `[rules]` table of `deploylint.toml`.
fn read_rules(options: &JsValue, problems: &mut Vec<String>) -> Vec<(String, Level)> {
    let rules = match field(options, "rules") {
        Ok(None) => return Vec::new(),
        Ok(Some(r)) if r.is_object() => r,
        Ok(Some(r)) => {
            problems.push(format!("option `rules` must be an object, not {}", type_name(&r)));
            return Vec::new();
        }
        Err(e) => {
            problems.push(e);
            return Vec::new();
        }
    };
    let Ok(keys) = Reflect::own_keys(&rules) else {
        problems.push("option `rules` could not be read".into());
        return Vec::new();
    };
    let mut out = Vec::new();
    for code in keys.iter().filter_map(|k| k.as_string()) {
        let level = Reflect::get(&rules, &JsValue::from_str(&code)).map(|v| v.as_string());
        let Some(level) = rule_level(&code, level.ok().flatten().as_deref(), problems) else {
            continue;
        };
        match registry::get(&code) {
            Some(_) => out.push((code, level)),
            None => problems.push(format!(
                "option `rules` names `{code}`, which is not a rule code (see rules())"
            )),
        }
    }
    out
}

/// `limits: {inputSize, depth, aliases, stringLength, findings}` (each
/// optional), as the `[limits]` table of `deploylint.toml`.
fn read_limits(options: &JsValue, opts: &mut Options, problems: &mut Vec<String>) {
    let limits = match field(options, "limits") {
        Ok(None) => return,
        Ok(Some(l)) if l.is_object() => l,
        Ok(Some(l)) => {
            problems.push(format!("option `limits` must be an object, not {}", type_name(&l)));
            return;
        }
        Err(e) => {
            problems.push(e);
            return;
        }
    };
    let Ok(keys) = Reflect::own_keys(&limits) else {
        problems.push("option `limits` could not be read".into());
        return;
    };
    let names: Vec<_> = Limit::ALL.iter().map(|l| format!("`{}`", l.js_name())).collect();
    for key in keys.iter().filter_map(|k| k.as_string()) {
        let Some(limit) = Limit::ALL.into_iter().find(|l| l.js_name() == key) else {
            problems.push(format!(
                "option `limits` names `{key}`, which is not a limit (the limits are {})",
                names.join(", ")
            ));
            continue;
        };
        let value = match field(&limits, &key) {
            Ok(None) => continue,
            Ok(Some(v)) => v,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        let whole = value
            .as_f64()
            .filter(|n| n.is_finite() && n.fract() == 0.0 && *n >= 0.0);
        match whole.map(|n| limit.check(n.min(usize::MAX as f64) as usize)) {
            Some(Ok(n)) => *opts = std::mem::take(opts).limit(limit, n),
            Some(Err(why)) => problems.push(format!("option `limits.{key}`: {why}")),
            None => problems.push(format!("option `limits.{key}` must be a whole number")),
        }
    }
}

/// Reads `{kind, format, lang, current, edition, rules, preset, limits}` (all optional): the options and what was wrong.
#[inline]
fn read_options(options: &JsValue) -> (Options, Vec<String>) {
    if options.is_undefined() || options.is_null() {
        return (Options::default(), Vec::new());
    }
    read_given_options(options)
}

/// [`read_options`] of options that are there. Kept out of line: V8 compiles a
/// function on its first call, and the first lint without options need not
/// compile this one (a tenth of the code a first lint runs).
#[inline(never)]
fn read_given_options(options: &JsValue) -> (Options, Vec<String>) {
    let (mut opts, mut problems) = (Options::default(), Vec::new());
    if !options.is_object() {
        problems.push(format!("options must be an object, not {}", type_name(options)));
        return (opts, problems);
    }
    let p = &mut problems;
    opts.lang = string_option(options, "lang", "\"en\" or \"zh\"", Lang::parse, p).unwrap_or_default();
    let kinds: Vec<_> = Kind::ALL.iter().map(|k| k.name()).collect();
    opts.kind = string_option(
        options,
        "kind",
        &format!("one of {}", kinds.join(", ")),
        Kind::from_name,
        p,
    );
    opts.format = string_option(
        options,
        "format",
        "\"json\" or \"yaml\"",
        InputFormat::from_extension,
        p,
    );
    let current = string_option(options, "current", "JSON or YAML text", |s| Some(s.to_owned()), p);
    if let Some(text) = current {
        // A broken current deployment is an argument problem, located in its own text.
        match Current::parse(&text, opts.lang) {
            Ok(c) => opts.current = Some(c),
            Err(found) => p.extend(found.iter().map(|d| {
                format!(
                    "option `current` is not a readable deployment: {}:{}: {}",
                    d.line, d.column, d.message
                )
            })),
        }
    }
    let editions = |s: &str| match s {
        "platinum" => Some(Edition::Platinum),
        "professional" => Some(Edition::Professional),
        _ => None,
    };
    opts.edition =
        string_option(options, "edition", "\"platinum\" or \"professional\"", editions, p).unwrap_or_default();
    let presets = |s: &str| match s {
        "api" => Some(Preset::Api),
        "recommended" => Some(Preset::Recommended),
        _ => None,
    };
    opts.preset = string_option(options, "preset", "\"api\" or \"recommended\"", presets, p).unwrap_or_default();
    opts.levels = read_rules(options, p);
    read_limits(options, &mut opts, p);
    (opts, problems)
}

/// A boolean option: `false` when absent; anything but a boolean is a problem.
fn bool_option(options: &JsValue, name: &str, problems: &mut Vec<String>) -> bool {
    if options.is_undefined() || options.is_null() || !options.is_object() {
        return false;
    }
    match field(options, name) {
        Ok(None) => false,
        Ok(Some(v)) => v.as_bool().unwrap_or_else(|| {
            problems.push(format!("option `{name}` must be a boolean, not {}", type_name(&v)));
            false
        }),
        Err(e) => {
            problems.push(e);
            false
        }
    }
}

/// The text to lint, as the JS caller gave it.
enum Text {
    /// A JS string, already UTF-8 (by `api.js`, see [`lint_utf8`], or by the glue).
    Str(String),
    /// A `Uint8Array`: bytes that may not be UTF-8.
    Bytes(Vec<u8>),
    /// Anything else: its type name.
    Other(String),
}

impl Text {
    fn of(text: &JsValue) -> Text {
        match (text.dyn_ref::<Uint8Array>(), text.as_string()) {
            (Some(b), _) => Text::Bytes(b.to_vec()),
            (None, Some(s)) => Text::Str(s),
            (None, None) => Text::Other(type_name(text)),
        }
    }
}

/// The problems of a call as diagnostics: the argument problems, then the bad policies.
fn problems_of(problems: Vec<String>, issues: Vec<policies::Issue>, lang: Lang) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = problems.into_iter().map(|p| invalid(p, lang)).collect();
    for issue in issues {
        out.push(match issue {
            policies::Issue::Argument(m) => invalid(m, lang),
            policies::Issue::Policy(d) => d,
        });
    }
    out
}

/// Lints `text` (string or bytes) with the JS `options` (and the policies
/// compiled as `handle`, see [`compile_policies`]): the reports, or one
/// report of the argument problems and bad policies.
fn run(text: Text, options: &JsValue, handle: u32) -> Vec<Report> {
    let (mut opts, mut problems) = read_options(options);
    let issues = match options.is_object() {
        true => policies::apply(options, handle, &mut opts),
        false => Vec::new(),
    };
    if let Text::Other(found) = &text {
        problems.insert(
            0,
            format!("the text to lint must be a string or a Uint8Array, not {found}"),
        );
    }
    let clean = problems.is_empty() && issues.is_empty();
    match text {
        Text::Bytes(b) if clean => deploylint::lint_bytes(&b, &opts),
        Text::Str(s) if clean => deploylint::lint_all(&s, &opts),
        _ => vec![Report {
            document: 0,
            kind: None,
            diagnostics: problems_of(problems, issues, opts.lang),
            suppressed: Vec::new(),
            secrets: None,
        }],
    }
}

/// The diagnostics of `reports` as a JS array (see [`lint`]).
fn diagnostics(reports: &[Report]) -> JsValue {
    if let [one] = reports {
        if one.diagnostics.is_empty() {
            // A clean body: no JSON text to build, decode and parse.
            return Array::new().into();
        }
        return parse(&serde_json::to_string(&one.diagnostics).unwrap_or_default());
    }
    parse(&flat(reports).to_string())
}

/// Lints `text` (a JSON body, or YAML with one or more `---` documents; a
/// string, or UTF-8 bytes as a `Uint8Array`) and returns its diagnostics as an
/// array of plain objects. For a stream of several documents, each diagnostic
/// also carries its 0-based `document`. `policies` is the handle
/// [`compile_policies`] returned for `options` (0: none; `api.js` passes it).
#[wasm_bindgen]
pub fn lint(text: JsValue, options: JsValue, policies: u32) -> JsValue {
    diagnostics(&run(Text::of(&text), &options, policies))
}

/// [`lint`] of a JS string that `api.js` has encoded with `TextEncoder`
/// (exactly the UTF-8 the glue would copy, lone surrogates as U+FFFD): the
/// engine's native encoder and one copy into the module's memory, where the
/// glue's copy of a string loops over its characters in JS (a fifth of a
/// warm lint of a 3 kB body). Not a public entry: `api.js` calls it for strings only.
#[wasm_bindgen(js_name = lintUtf8)]
pub fn lint_utf8(text: &[u8], options: JsValue, policies: u32) -> JsValue {
    diagnostics(&run(Text::Str(utf8(text)), &options, policies))
}

/// `lintDocuments` of a JS string `api.js` has encoded, as [`lint_utf8`].
#[wasm_bindgen(js_name = lintDocumentsUtf8)]
pub fn lint_documents_utf8(text: &[u8], options: JsValue, policies: u32) -> JsValue {
    entries(&run(Text::Str(utf8(text)), &options, policies))
}

/// The text of `TextEncoder` output (always UTF-8; lossy only if that ever failed).
fn utf8(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// The diagnostics of `reports` as one array: each carries its `document`
/// when there are several documents.
fn flat(reports: &[Report]) -> serde_json::Value {
    let several = reports.len() > 1;
    let mut all = Vec::new();
    for r in reports {
        for d in &r.diagnostics {
            let mut v = serde_json::to_value(d).unwrap_or_default();
            if let (true, Some(o)) = (several, v.as_object_mut()) {
                o.insert("document".into(), r.document.into());
            }
            all.push(v);
        }
    }
    serde_json::Value::Array(all)
}

/// Applies every safe fix to `text` (and the unsafe ones too with
/// `unsafeFixes: true`), repeating until nothing changes, as `deploylint
/// check --fix` does: `{text, applied, remaining, diagnostics}`, where
/// `diagnostics` are those of the fixed text. Takes `lint`'s options. A bad
/// argument leaves the text as it was (`""` if it was not a string) with
/// the `invalid-argument` diagnostics.
#[wasm_bindgen(js_name = fixAll)]
pub fn fix_all(text: JsValue, options: JsValue, policies: u32) -> JsValue {
    let (mut opts, mut problems) = read_options(&options);
    let issues = match options.is_object() {
        true => policies::apply(&options, policies, &mut opts),
        false => Vec::new(),
    };
    let unsafe_too = bool_option(&options, "unsafeFixes", &mut problems);
    let string = match text.dyn_ref::<Uint8Array>() {
        Some(b) => String::from_utf8(b.to_vec()).ok().or_else(|| {
            problems.insert(0, "the text to fix must be valid UTF-8".to_string());
            None
        }),
        None => text.as_string().or_else(|| {
            let found = type_name(&text);
            problems.insert(
                0,
                format!("the text to fix must be a string or a Uint8Array, not {found}"),
            );
            None
        }),
    };
    let out = match string {
        Some(s) if problems.is_empty() && issues.is_empty() => {
            let fixed = deploylint::fix_all(&s, &opts, unsafe_too);
            serde_json::json!({
                "text": fixed.text,
                "applied": fixed.applied,
                "remaining": fixed.remaining,
                "diagnostics": flat(&fixed.reports),
            })
        }
        s => {
            let diagnostics = problems_of(problems, issues, opts.lang);
            serde_json::json!({
                "text": s.unwrap_or_default(),
                "applied": 0,
                "remaining": diagnostics.len(),
                "diagnostics": diagnostics,
            })
        }
    };
    parse(&out.to_string())
}

/// Lints every document of `text`: `[{document, kind, errors, warnings,
/// diagnostics}]`, the CLI's JSON `files[]` entries without `path`.
#[wasm_bindgen(js_name = lintDocuments)]
pub fn lint_documents(text: JsValue, options: JsValue, policies: u32) -> JsValue {
    entries(&run(Text::of(&text), &options, policies))
}

/// The `lintDocuments` entries of `reports`.
fn entries(reports: &[Report]) -> JsValue {
    let entries: Vec<serde_json::Value> = reports.iter().map(|r| deploylint::wire::entry(None, r)).collect();
    parse(&serde_json::Value::Array(entries).to_string())
}

/// The kind recognised from the shape of the (first) document, or `null`
/// when the text is not a body, none fits or several fit equally.
#[wasm_bindgen(js_name = detectKind)]
pub fn detect_kind(text: JsValue) -> JsValue {
    let Some(text) = text.as_string() else {
        return JsValue::NULL;
    };
    match syntax::parse(&text, InputFormat::detect(&text)).into_iter().next() {
        Some(Ok(root)) => match deploylint::detect(&root) {
            Detected::One(k) => JsValue::from_str(k.name()),
            _ => JsValue::NULL,
        },
        _ => JsValue::NULL,
    }
}

/// The five kind names, in catalogue order.
#[wasm_bindgen]
pub fn kinds() -> Array {
    Kind::ALL.iter().map(|k| JsValue::from_str(k.name())).collect()
}

/// The rule catalogue: the `rules` array of `deploylint rules --format json`.
#[wasm_bindgen]
pub fn rules() -> JsValue {
    Reflect::get(&parse(&docs::json()), &JsValue::from_str("rules")).unwrap_or_else(|_| Array::new().into())
}

fn kind_of(kind: &JsValue) -> Option<Kind> {
    kind.as_string().as_deref().and_then(Kind::from_name)
}

/// The generated JSON Schema (2020-12) of `kind` as an object, or `null` for an unknown kind.
#[wasm_bindgen]
pub fn schema(kind: JsValue) -> JsValue {
    kind_of(&kind).map_or(JsValue::NULL, |k| parse(&schema_gen::render(k, None)))
}

/// What the specs say about the field at the JSON Pointer `pointer` in a
/// body of `kind` (docs in English and Chinese, type, bounds, allowed
/// values, rule, source), or `null` when the kind or field is unknown.
#[wasm_bindgen(js_name = describeField)]
pub fn describe_field(kind: JsValue, pointer: JsValue) -> JsValue {
    let (Some(kind), Some(pointer)) = (kind_of(&kind), pointer.as_string()) else {
        return JsValue::NULL;
    };
    match deploylint::describe_field(kind, &pointer) {
        Some(info) => parse(&serde_json::to_string(&info).unwrap_or_else(|_| "null".into())),
        None => JsValue::NULL,
    }
}

/// A non-negative whole number argument (a fraction is rounded down), or `None`.
fn count(v: &JsValue) -> Option<usize> {
    let n = v.as_f64()?;
    (n.is_finite() && n >= 0.0).then(|| n.floor().min(usize::MAX as f64) as usize)
}

/// An offset or count as a JS number.
fn number(n: usize) -> JsValue {
    JsValue::from_f64(n as f64)
}

/// Reads the query options `{format, document}`: `None` if they are malformed.
fn query_options(options: &JsValue) -> Option<(Option<InputFormat>, Option<usize>)> {
    if options.is_undefined() || options.is_null() {
        return Some((None, None));
    }
    if !options.is_object() {
        return None;
    }
    let format = match field(options, "format").ok()? {
        None => None,
        Some(f) => Some(InputFormat::from_extension(&f.as_string()?)?),
    };
    let document = match field(options, "document").ok()? {
        None => None,
        Some(d) => Some(count(&d)?),
    };
    Some((format, document))
}

/// The documents of `text`, in `format` or the detected one.
fn documents(text: &str, format: Option<InputFormat>) -> Vec<Result<Node, SyntaxError>> {
    syntax::parse(text, format.unwrap_or_else(|| InputFormat::detect(text)))
}

/// Document `index` if it parsed.
fn document(docs: &[Result<Node, SyntaxError>], index: usize) -> Option<&Node> {
    docs.get(index)?.as_ref().ok()
}

/// What is at the JS string index `offset` (UTF-16 code units) of `text`:
/// `{document, pointer, place, span, enclosing, key}` with `span` in UTF-16
/// code units, or `null` when the offset is outside the document, the
/// document does not parse, or an argument is malformed. Options:
/// `{format, document}`; without `document`, the document of a YAML stream
/// that holds the offset.
#[wasm_bindgen(js_name = nodeAt)]
pub fn node_at(text: JsValue, offset: JsValue, options: JsValue) -> JsValue {
    let (Some(text), Some(offset), Some((format, index))) = (text.as_string(), count(&offset), query_options(&options))
    else {
        return JsValue::NULL;
    };
    if offset > byte_to_utf16(&text, text.len()) {
        return JsValue::NULL;
    }
    let byte = utf16_to_byte(&text, offset);
    let docs = documents(&text, format);
    let found = match index {
        Some(i) => document(&docs, i).map(|root| (i, root)),
        None => query::document_at(&docs, byte),
    };
    let Some((index, at)) = found.and_then(|(i, root)| query::node_at(root, byte).map(|at| (i, at))) else {
        return JsValue::NULL;
    };
    let value = serde_json::json!({
        "document": index,
        "pointer": at.pointer,
        "place": at.place,
        "span": {
            "start": byte_to_utf16(&text, at.span.start),
            "end": byte_to_utf16(&text, at.span.end),
        },
        "enclosing": at.enclosing,
        "key": at.key,
    });
    parse(&value.to_string())
}

/// A field as JS sees it: its `FieldInfo`, plus the values other sources dispute.
fn resolved_json(r: Resolved) -> serde_json::Value {
    let mut v = serde_json::to_value(FieldInfo::from(r)).unwrap_or_default();
    if let Some(o) = v.as_object_mut() {
        let disputed: Vec<&str> = r.disputed_values().iter().map(|(value, _)| *value).collect();
        o.insert("disputed_values".into(), disputed.into());
    }
    v
}

/// What the specs say about the field at `pointer` in a body of `kind`: the
/// `describeField` object plus `disputed_values` (values another Huawei
/// source allows and the page does not), or `null`.
#[wasm_bindgen]
pub fn resolve(kind: JsValue, pointer: JsValue) -> JsValue {
    let (Some(kind), Some(pointer)) = (kind_of(&kind), pointer.as_string()) else {
        return JsValue::NULL;
    };
    match query::resolve(kind, &pointer) {
        Some(r) => parse(&resolved_json(r).to_string()),
        None => JsValue::NULL,
    }
}

/// The keys already in the object at `pointer`: from an array of key
/// strings, or from the body `text` (document `document`, default the
/// first); none when absent or unreadable.
fn present_keys(present: &JsValue, pointer: &str, options: &JsValue) -> Option<Vec<String>> {
    if present.is_undefined() || present.is_null() {
        return Some(Vec::new());
    }
    if let Some(text) = present.as_string() {
        let (format, index) = query_options(options)?;
        let docs = documents(&text, format);
        let keys = document(&docs, index.unwrap_or(0))
            .and_then(|root| pointer::lookup(root, pointer))
            .map(|node| query::keys(node).into_iter().map(str::to_owned).collect());
        return Some(keys.unwrap_or_default());
    }
    let array = present.dyn_ref::<Array>()?;
    Some(array.iter().filter_map(|k| k.as_string()).collect())
}

/// The fields that may still be added to the object at `pointer` in a body
/// of `kind`, as `FieldInfo` objects: mandatory first, then those whose
/// mandatory flag is disputed, then optional ones (page-documented before
/// other-source fields, spec order within). `present` is the object's keys
/// (an array of strings) or the body text (then `options` `{format,
/// document}` say how to read it). `[]` when the pointer is not an object
/// with known fields or an argument is malformed.
#[wasm_bindgen(js_name = allowedFields)]
pub fn allowed_fields(kind: JsValue, pointer: JsValue, present: JsValue, options: JsValue) -> Array {
    let (Some(kind), Some(pointer)) = (kind_of(&kind), pointer.as_string()) else {
        return Array::new();
    };
    let Some(keys) = present_keys(&present, &pointer, &options) else {
        return Array::new();
    };
    let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
    let Some(object) = query::object_at(kind, &pointer, &keys) else {
        return Array::new();
    };
    let fields: Vec<FieldInfo> = query::allowed_fields(kind, &pointer, &keys)
        .into_iter()
        .map(|f| FieldInfo::from(Resolved::of(object, f)))
        .collect();
    parse(&serde_json::to_string(&fields).unwrap_or_else(|_| "[]".into()))
        .dyn_into()
        .unwrap_or_default()
}

/// The 0-based `{line, character}` (UTF-16 code units, as LSP counts) of the
/// JS string index `offset` in `text`, clamped to the text; `null` for
/// malformed arguments.
#[wasm_bindgen(js_name = positionAt)]
pub fn position_at(text: JsValue, offset: JsValue) -> JsValue {
    let (Some(text), Some(offset)) = (text.as_string(), count(&offset)) else {
        return JsValue::NULL;
    };
    let (line, character) = LineIndex::new(&text).utf16(&text, utf16_to_byte(&text, offset));
    parse(&serde_json::json!({ "line": line, "character": character }).to_string())
}

/// The JS string index of the 0-based `{line, character}` (UTF-16 code
/// units) in `text`: a line past the last gives the text's length, a
/// character past its line's end the line's end. `null` for malformed arguments.
#[wasm_bindgen(js_name = offsetAt)]
pub fn offset_at(text: JsValue, position: JsValue) -> JsValue {
    let Some(text) = text.as_string() else {
        return JsValue::NULL;
    };
    let read = |name: &str| field(&position, name).ok().flatten().as_ref().and_then(count);
    let (Some(line), Some(character)) = (read("line"), read("character")) else {
        return JsValue::NULL;
    };
    let (line, character) = (
        line.min(u32::MAX as usize) as u32,
        character.min(u32::MAX as usize) as u32,
    );
    let byte = LineIndex::new(&text).offset_utf16(&text, line, character);
    number(byte_to_utf16(&text, byte))
}

/// The JS string index (UTF-16 code units) of the UTF-8 byte offset
/// `byteOffset` in `text`, e.g. of a diagnostic's `span.start`: clamped to
/// the text; `null` for malformed arguments.
#[wasm_bindgen(js_name = utf16Offset)]
pub fn utf16_offset(text: JsValue, byte_offset: JsValue) -> JsValue {
    match (text.as_string(), count(&byte_offset)) {
        (Some(text), Some(b)) => number(byte_to_utf16(&text, b)),
        _ => JsValue::NULL,
    }
}

/// The UTF-8 byte offset of the JS string index `utf16Offset` in `text`:
/// clamped to the text; `null` for malformed arguments.
#[wasm_bindgen(js_name = byteOffset)]
pub fn byte_offset(text: JsValue, utf16_offset: JsValue) -> JsValue {
    match (text.as_string(), count(&utf16_offset)) {
        (Some(text), Some(u)) => number(utf16_to_byte(&text, u)),
        _ => JsValue::NULL,
    }
}

/// The package version (the crate's).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").into()
}

#[cfg(test)]
mod tests {
    //! The option parsing that runs natively (no JS engine needed).
    use super::*;

    #[test]
    fn every_level_of_the_core_is_a_rules_option_and_info_is_one() {
        let mut problems = Vec::new();
        for (name, level) in [
            ("off", Level::Off),
            ("info", Level::Info),
            ("warning", Level::Warning),
            ("error", Level::Error),
        ] {
            assert_eq!(rule_level("container-name", Some(name), &mut problems), Some(level));
        }
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(rule_level("container-name", Some("loud"), &mut problems), None);
        assert_eq!(rule_level("container-name", None, &mut problems), None);
        let expected = "option `rules.container-name` must be \"off\", \"info\", \"warning\" or \"error\"";
        assert_eq!(problems, vec![expected.to_string(), expected.to_string()]);
    }
}
