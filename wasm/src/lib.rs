//! # deploylint-wasm
//!
//! The core compiled to WebAssembly, the npm package `deploylint` (`wasm/README.md`). It only
//! converts: JS values in (options as JSON data, read by `deploylint::host`), serde output out.
//!
//! **Never throws, never traps.** Only JS operations that cannot throw are used (`typeof`,
//! `instanceof`, `JSON.stringify` with its exceptions caught): any argument, a revoked proxy too, is
//! at worst an `invalid-argument` diagnostic in the core's words (`null` for the UTF-16 queries).

use deploylint::__private::host::query::{self, Within};
use deploylint::__private::host::{self, Argument, Given};
use deploylint::__private::wire;
use deploylint::__private::{docs, schema as schema_gen};
use deploylint::query::{byte_to_utf16, utf16_to_byte};
use deploylint::{Kind, Report};
use js_sys::{Array, Uint8Array, JSON};
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[cfg(feature = "policies")]
mod policies;

/// Serialisable data as a JS value, through JSON (`null` if that ever failed).
fn js(data: &impl serde::Serialize) -> JsValue {
    JSON::parse(&serde_json::to_string(data).unwrap_or_default()).unwrap_or(JsValue::NULL)
}

/// A JS value's type name: `typeof` cannot throw, whatever the value.
fn type_name(v: &JsValue) -> String {
    if v.is_null() {
        "null".into()
    } else {
        v.js_typeof().as_string().unwrap_or_default()
    }
}

/// Options as JSON data, as `JSON.stringify` writes them (`undefined`, functions and symbols left
/// out). An array's keys are indices, no option names: it reads as no options.
fn json(options: &JsValue) -> Result<Value, Argument> {
    if options.is_undefined() {
        return Ok(Value::Null);
    }
    match JSON::stringify(options).ok().and_then(|t| t.as_string()) {
        Some(text) => match serde_json::from_str(&text) {
            Ok(Value::Array(_)) => Ok(Value::Null),
            read => read.map_err(|_| Argument::Unreadable(None)),
        },
        None => Err(Argument::not_json(&type_name(options))),
    }
}

/// The options of a call, with its policies (compiled as `handle`, or now).
#[cfg_attr(not(feature = "policies"), allow(unused_variables))]
fn given(options: &JsValue, handle: u32, fixing: bool) -> Given {
    let value = match json(options) {
        Ok(value) => value,
        Err(problem) => return Given::refused(problem),
    };
    let given = host::read(&value, fixing);
    #[cfg(feature = "policies")]
    let given = policies::apply(&value, handle, given);
    given
}

/// A JS text: a string (`Ok`), a `Uint8Array`'s bytes (`Err`), or neither.
fn text_of(text: &JsValue) -> Option<Result<String, Vec<u8>>> {
    match text.dyn_ref::<Uint8Array>() {
        Some(bytes) => Some(Err(bytes.to_vec())),
        None => text.as_string().map(Ok),
    }
}

/// Lints any JS text with the JS options.
fn run(text: &JsValue, options: &JsValue, handle: u32) -> Vec<Report> {
    let owned = text_of(text);
    let text_ref = owned.as_ref().map(|t| t.as_deref().map_err(Vec::as_slice));
    given(options, handle, false).lint(text_ref, || type_name(text))
}

/// Lints `TextEncoder` output (always UTF-8; lossy only if that ever failed).
fn run_utf8(text: &[u8], options: &JsValue, handle: u32) -> Vec<Report> {
    given(options, handle, false).lint(Some(Ok(&String::from_utf8_lossy(text))), String::new)
}

/// The diagnostics of `reports` as one JS array.
fn diagnostics(reports: &[Report]) -> JsValue {
    match reports {
        [one] if one.diagnostics.is_empty() => Array::new().into(),
        [one] => js(&one.diagnostics),
        _ => js(&wire::diagnostics(reports)),
    }
}

/// The `lintDocuments` entries of `reports`.
fn entries(reports: &[Report]) -> JsValue {
    js(&reports.iter().map(|r| wire::entry(None, r)).collect::<Vec<_>>())
}

/// Lints `text` (string or bytes): its diagnostics (with `document` if several); `policies`: a handle.
#[wasm_bindgen]
pub fn lint(text: JsValue, options: JsValue, policies: u32) -> JsValue {
    diagnostics(&run(&text, &options, policies))
}

/// [`lint`] of a JS string `api.js` encoded with `TextEncoder` (native, one copy).
#[wasm_bindgen(js_name = lintUtf8)]
pub fn lint_utf8(text: &[u8], options: JsValue, policies: u32) -> JsValue {
    diagnostics(&run_utf8(text, &options, policies))
}

/// `lintDocuments` of a JS string `api.js` has encoded, as [`lint_utf8`].
#[wasm_bindgen(js_name = lintDocumentsUtf8)]
pub fn lint_documents_utf8(text: &[u8], options: JsValue, policies: u32) -> JsValue {
    entries(&run_utf8(text, &options, policies))
}

/// Options read once (`createLinter`): no lint of a form's keystrokes reads them again; the
/// policies entry compiles their policies here, once.
#[wasm_bindgen]
pub struct Linter(Given);

#[wasm_bindgen]
impl Linter {
    /// Reads `options` (what `lint` takes) once.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Linter {
        Linter(given(&options, 0, false))
    }

    /// Lints a JS string `api.js` encoded: its diagnostics, `undefined` when clean (nothing built).
    #[wasm_bindgen(js_name = lintUtf8)]
    pub fn lint_utf8(&self, text: &[u8]) -> JsValue {
        match &self.0.lint_kept(&String::from_utf8_lossy(text))[..] {
            [one] if one.diagnostics.is_empty() => JsValue::UNDEFINED,
            reports => diagnostics(reports),
        }
    }
}

/// Lints every document: the CLI's JSON `files[]` entries without `path`.
#[wasm_bindgen(js_name = lintDocuments)]
pub fn lint_documents(text: JsValue, options: JsValue, policies: u32) -> JsValue {
    entries(&run(&text, &options, policies))
}

/// Applies every safe fix (and unsafe ones with `unsafeFixes`): `{text, applied, remaining, diagnostics}`.
#[wasm_bindgen(js_name = fixAll)]
pub fn fix_all(text: JsValue, options: JsValue, policies: u32) -> JsValue {
    let fixed = given(&options, policies, true).fix(text_of(&text), || type_name(&text));
    js(&wire::fixed(&fixed))
}

/// The kind recognised from the shape of the (first) document, or `null`.
#[wasm_bindgen(js_name = detectKind)]
pub fn detect_kind(text: JsValue) -> JsValue {
    or_null(text.as_string().and_then(|t| query::detect_kind(&t)))
}

/// The five kind names, in catalogue order.
#[wasm_bindgen]
pub fn kinds() -> Array {
    Kind::ALL.iter().map(|k| JsValue::from_str(k.name())).collect()
}

/// The rule catalogue: the `rules` array of `deploylint rules --format json`.
#[wasm_bindgen]
pub fn rules() -> JsValue {
    js(&serde_json::from_str::<Value>(&docs::json()).unwrap_or_default()["rules"])
}

/// A kind argument.
fn kind_of(kind: &JsValue) -> Option<Kind> {
    kind.as_string()?.parse().ok()
}

/// `answer` as a JS value, `null` when there is none.
fn or_null<T: serde::Serialize>(answer: Option<T>) -> JsValue {
    answer.map_or(JsValue::NULL, |a| js(&a))
}

/// The generated JSON Schema (2020-12) of `kind`, or `null`.
#[wasm_bindgen]
pub fn schema(kind: JsValue) -> JsValue {
    let text = kind_of(&kind).map(|k| schema_gen::render(k, None));
    text.and_then(|t| JSON::parse(&t).ok()).unwrap_or(JsValue::NULL)
}

/// What the specs say about the field at `pointer` in a body of `kind`, or `null`.
#[wasm_bindgen(js_name = describeField)]
pub fn describe_field(kind: JsValue, pointer: JsValue) -> JsValue {
    let (kind, pointer) = (kind_of(&kind), pointer.as_string());
    or_null(kind.zip(pointer).and_then(|(k, p)| deploylint::describe_field(k, &p)))
}

/// `describeField` plus `disputed_values`, or `null`.
#[wasm_bindgen]
pub fn resolve(kind: JsValue, pointer: JsValue) -> JsValue {
    or_null(
        kind_of(&kind)
            .zip(pointer.as_string())
            .and_then(|(k, p)| query::resolve(k, &p)),
    )
}

/// A whole number argument (a fraction rounded down).
fn count(v: &JsValue) -> Option<usize> {
    query::whole(v.as_f64()?)
}

/// The query options `{format, document}`: `None` if malformed.
fn within(options: &JsValue) -> Option<Within> {
    Within::read(&json(options).ok()?)
}

/// What is at the JS string index `offset` of `text`, or `null` (options `{format, document}`).
#[wasm_bindgen(js_name = nodeAt)]
pub fn node_at(text: JsValue, offset: JsValue, options: JsValue) -> JsValue {
    let (Some(text), Some(offset), Some(within)) = (text.as_string(), count(&offset), within(&options)) else {
        return JsValue::NULL;
    };
    or_null(query::node_at(&text, offset, &within))
}

/// The fields that may still be added to the object at `pointer` (`present`: its keys, or the body).
#[wasm_bindgen(js_name = allowedFields)]
pub fn allowed_fields(kind: JsValue, pointer: JsValue, present: JsValue, options: JsValue) -> Array {
    let (Some(kind), Some(pointer)) = (kind_of(&kind), pointer.as_string()) else {
        return Array::new();
    };
    let keys = match (present.as_string(), present.dyn_ref::<Array>()) {
        _ if present.is_undefined() || present.is_null() => Some(Vec::new()),
        (Some(text), _) => within(&options).map(|w| query::keys_in(&text, &pointer, &w)),
        (None, Some(keys)) => Some(keys.iter().filter_map(|k| k.as_string()).collect()),
        (None, None) => None,
    };
    let fields = keys.map(|keys| query::allowed_fields(kind, &pointer, &keys));
    js(&fields.unwrap_or_default()).dyn_into().unwrap_or_default()
}

/// The 0-based `{line, character}` (UTF-16) of the JS index `offset`, or `null`.
#[wasm_bindgen(js_name = positionAt)]
pub fn position_at(text: JsValue, offset: JsValue) -> JsValue {
    or_null(
        text.as_string()
            .zip(count(&offset))
            .map(|(t, o)| query::position_at(&t, o)),
    )
}

/// The JS index of the 0-based `{line, character}` in `text`, or `null`.
#[wasm_bindgen(js_name = offsetAt)]
pub fn offset_at(text: JsValue, position: JsValue) -> JsValue {
    let (text, position) = (text.as_string(), json(&position).unwrap_or_default());
    let read = |name: &str| query::whole(position.get(name)?.as_f64()?);
    let at = text.zip(read("line").zip(read("character")));
    or_null(at.map(|(text, (l, c))| query::offset_at(&text, l, c)))
}

/// Converts an offset in `text` between UTF-8 bytes and UTF-16 units, clamped; `null` if malformed.
fn convert(text: JsValue, offset: JsValue, to: fn(&str, usize) -> usize) -> JsValue {
    match (text.as_string(), count(&offset)) {
        (Some(text), Some(n)) => JsValue::from_f64(to(&text, n) as f64),
        _ => JsValue::NULL,
    }
}

/// The JS index of the UTF-8 byte offset `byteOffset` in `text`, or `null`.
#[wasm_bindgen(js_name = utf16Offset)]
pub fn utf16_offset(text: JsValue, byte_offset: JsValue) -> JsValue {
    convert(text, byte_offset, byte_to_utf16)
}

/// The UTF-8 byte offset of the JS index `utf16Offset` in `text`, or `null`.
#[wasm_bindgen(js_name = byteOffset)]
pub fn byte_offset(text: JsValue, utf16_offset: JsValue) -> JsValue {
    convert(text, utf16_offset, utf16_to_byte)
}

/// The package version (the crate's).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").into()
}
