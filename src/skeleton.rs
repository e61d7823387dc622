//! Starter bodies (`deploylint new KIND`, the language server's completion
//! in an empty document): a minimal request body of each kind that lints
//! clean under the `recommended` preset, with placeholders a person
//! replaces (`my-app`, an SWR image, a node ID).
//!
//! The bodies are data, written once per kind ([`body`]); [`yaml`] and
//! [`json`] render them. In YAML every field has a comment above it saying
//! what the field is and its bounds, taken from the specs
//! ([`crate::query::resolve`]: the field's documentation, the type's
//! bounds in words, the pattern's description, the allowed values), never
//! written a second time here.
//!
//! ```
//! use deploylint::{__private::skeleton, lint, Kind, Lang, Options, Preset};
//!
//! let text = skeleton::yaml(Kind::IefV3Create, Lang::En, true);
//! assert!(text.starts_with("# deploylint: kind=ief-v3-create\n"));
//! let opts = Options::new().kind(Kind::IefV3Create).preset(Preset::Recommended);
//! assert_eq!(lint(&text, &opts)[0].diagnostics, vec![]);
//! ```

use crate::api::{Required, Ty};
use crate::diagnostics::Lang;
use crate::kind::Kind;
use crate::query::{resolve, Resolved};
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde::Serialize;

/// A value of a starter body.
#[derive(Debug)]
pub enum Value {
    /// A string.
    Str(&'static str),
    /// An integer.
    Int(i64),
    /// A decimal number.
    Num(f64),
    /// `true` or `false`.
    Bool(bool),
    /// An object, its members in order.
    Object(&'static [(&'static str, Value)]),
    /// An array.
    Array(&'static [Value]),
}

use Value::{Array, Bool, Int, Num, Object, Str};

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Str(v) => s.serialize_str(v),
            Int(v) => s.serialize_i64(*v),
            Num(v) => s.serialize_f64(*v),
            Bool(v) => s.serialize_bool(*v),
            Object(members) => {
                let mut map = s.serialize_map(Some(members.len()))?;
                for (k, v) in *members {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
            Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for v in *items {
                    seq.serialize_element(v)?;
                }
                seq.end()
            }
        }
    }
}

// The placeholders, each written once.
const APP: Value = Str("my-app");
const IMAGE: Value = Str("swr.cn-north-4.myhuaweicloud.com/my-org/my-app:1.0.0");
const NODE_ID: Value = Str("00000000-0000-0000-0000-000000000000");
const CHART_ID: Value = Str("00000000-0000-0000-0000-000000000000");
const PORT: Value = Int(8080);
const USER: Value = Int(1000);

/// A probe of `path` on the container's port.
macro_rules! probe {
    ($path:expr, $delay:expr) => {
        Object(&[
            (
                "http_get",
                Object(&[("path", Str($path)), ("port", PORT), ("scheme", Str("HTTP"))]),
            ),
            ("initial_delay_seconds", Int($delay)),
            ("timeout_seconds", Int(2)),
        ])
    };
}

const LIVENESS: Value = probe!("/healthz", 10);
const READINESS: Value = probe!("/ready", 5);

/// v2 resources: quantities as JSON numbers (CPU cores, MB).
const V2_RESOURCES: Value = Object(&[
    ("limits", Object(&[("cpu", Int(1)), ("memory", Int(1024))])),
    ("requests", Object(&[("cpu", Num(0.5)), ("memory", Int(512))])),
]);

/// v3 resources: quantities as decimal strings.
const V3_RESOURCES: Value = Object(&[
    ("limits", Object(&[("cpu", Str("1")), ("memory", Str("1024"))])),
    ("requests", Object(&[("cpu", Str("0.5")), ("memory", Str("512"))])),
]);

/// The v2 container fields after its name and image.
const V2_APP: Value = Object(&[
    ("name", APP),
    ("image_url", IMAGE),
    ("resources", V2_RESOURCES),
    ("configs", Object(&[("run_as_user", USER)])),
    ("liveness_probe", LIVENESS),
    ("readiness_probe", READINESS),
]);

const V2_CREATE: Value = Object(&[(
    "deployment",
    Object(&[("name", APP), ("node_ids", Array(&[NODE_ID])), ("app", V2_APP)]),
)]);

const V2_UPDATE: Value = Object(&[(
    "deployment",
    Object(&[
        ("image_url", IMAGE),
        ("resources", V2_RESOURCES),
        ("configs", Object(&[("run_as_user", USER)])),
        ("liveness_probe", LIVENESS),
        ("readiness_probe", READINESS),
    ]),
)]);

const V3_CONFIGS: Value = Object(&[("host_network", Bool(false)), ("restart_policy", Str("Always"))]);

const V3_CREATE: Value = Object(&[
    ("name", APP),
    ("node_ids", Array(&[NODE_ID])),
    (
        "deployment",
        Object(&[
            ("replicas", Int(1)),
            (
                "template",
                Object(&[
                    ("configs", V3_CONFIGS),
                    (
                        "containers",
                        Array(&[Object(&[
                            ("name", APP),
                            ("image_url", IMAGE),
                            ("resources", V3_RESOURCES),
                            ("run_as_user", USER),
                            ("liveness_probe", LIVENESS),
                            ("readiness_probe", READINESS),
                        ])]),
                    ),
                ]),
            ),
        ]),
    ),
]);

// The update page does not list `run_as_user` on a container (a
// `disputed-field` warning), so the update body leaves it out.
const V3_UPDATE: Value = Object(&[(
    "deployment",
    Object(&[
        ("replicas", Int(1)),
        (
            "template",
            Object(&[
                ("configs", V3_CONFIGS),
                (
                    "containers",
                    Array(&[Object(&[
                        ("name", APP),
                        ("image_url", IMAGE),
                        ("resources", V3_RESOURCES),
                        ("liveness_probe", LIVENESS),
                        ("readiness_probe", READINESS),
                    ])]),
                ),
            ]),
        ),
    ]),
)]);

const CCE_UPDATE: Value = Object(&[
    ("chart_id", CHART_ID),
    ("action", Str("upgrade")),
    ("parameters", Object(&[])),
    ("values", Object(&[])),
]);

/// The starter body of `kind`.
pub fn body(kind: Kind) -> &'static Value {
    match kind {
        Kind::IefV2Create => &V2_CREATE,
        Kind::IefV2Update => &V2_UPDATE,
        Kind::IefV3Create => &V3_CREATE,
        Kind::IefV3Update => &V3_UPDATE,
        Kind::CceReleaseUpdate => &CCE_UPDATE,
    }
}

/// The starter body of `kind` as pretty JSON (no comments), with a final newline.
pub fn json(kind: Kind) -> String {
    let mut out = serde_json::to_string_pretty(body(kind)).unwrap_or_default();
    out.push('\n');
    out
}

/// The `# deploylint: kind=KIND` comment that names a YAML file's kind.
pub fn modeline(kind: Kind) -> String {
    format!("# deploylint: kind={}\n", kind.name())
}

/// The starter body of `kind` as YAML, every field under a comment in
/// `lang`; with `modeline`, [`modeline`] is its first line.
pub fn yaml(kind: Kind, lang: Lang, modeline: bool) -> String {
    let mut out = if modeline { self::modeline(kind) } else { String::new() };
    if let Object(members) = body(kind) {
        let mut y = Yaml {
            kind,
            lang,
            out: &mut out,
        };
        y.members(members, "", 0, false);
    }
    out
}

/// The YAML writer's state.
struct Yaml<'a> {
    kind: Kind,
    lang: Lang,
    out: &'a mut String,
}

impl Yaml<'_> {
    /// Writes the members of an object at `pointer`, its keys at column
    /// `indent`; with `dash`, the first key follows the `- ` of an array item.
    fn members(&mut self, members: &[(&str, Value)], pointer: &str, indent: usize, dash: bool) {
        for (i, (key, value)) in members.iter().enumerate() {
            let at = format!("{pointer}/{key}");
            let lead = if dash && i == 0 {
                format!("{}- ", " ".repeat(indent.saturating_sub(2)))
            } else {
                " ".repeat(indent)
            };
            let comment_indent = if dash && i == 0 {
                indent.saturating_sub(2)
            } else {
                indent
            };
            if let Some(c) = comment(self.kind, &at, self.lang) {
                self.out.push_str(&format!("{}# {c}\n", " ".repeat(comment_indent)));
            }
            self.out.push_str(&format!("{lead}{key}:"));
            self.value(value, &at, indent);
        }
    }

    /// Writes `value`, the value of a key at column `indent`, after its `key:`.
    fn value(&mut self, value: &Value, pointer: &str, indent: usize) {
        match value {
            Object([]) => self.out.push_str(" {}\n"),
            Array([]) => self.out.push_str(" []\n"),
            Object(members) => {
                self.out.push('\n');
                self.members(members, pointer, indent + 2, false);
            }
            Array(items) => {
                self.out.push('\n');
                for (i, item) in items.iter().enumerate() {
                    match item {
                        Object(members) if !members.is_empty() => {
                            self.members(members, &format!("{pointer}/{i}"), indent + 4, true);
                        }
                        _ => self
                            .out
                            .push_str(&format!("{}- {}\n", " ".repeat(indent + 2), scalar(item))),
                    }
                }
            }
            _ => self.out.push_str(&format!(" {}\n", scalar(value))),
        }
    }
}

/// A scalar in YAML: plain when it reads back as the same string, else
/// double-quoted (a JSON string is a YAML one).
fn scalar(value: &Value) -> String {
    match value {
        Str(s) if plain(s) => (*s).to_string(),
        _ => serde_json::to_string(value).unwrap_or_default(),
    }
}

/// Whether `s` written plain in YAML is read back as the string `s`: it
/// starts with a letter or `/`, holds only letters, digits and `._/:-`, and
/// is no YAML 1.1 boolean or null word.
fn plain(s: &str) -> bool {
    let starts = s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/');
    let chars = s.chars().all(|c| c.is_ascii_alphanumeric() || "._/:-".contains(c));
    let word = ["true", "false", "yes", "no", "on", "off", "null", "y", "n"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(s));
    starts && chars && !word
}

/// The comment of the field at `pointer`: what it is and its bounds, in `lang`.
fn comment(kind: Kind, pointer: &str, lang: Lang) -> Option<String> {
    let r = resolve(kind, pointer)?;
    let doc = r.doc().get(lang).split_whitespace().collect::<Vec<_>>().join(" ");
    let mut facts = Vec::new();
    if matches!(r.required(), Required::Yes) {
        facts.push(word(lang, "mandatory", "必选").to_string());
    }
    facts.extend(bounds(&r, lang));
    if let Ty::Array(a) = r.ty {
        let element = Resolved {
            ty: &a.items,
            indices: 1,
            ..r
        };
        let each = bounds(&element, lang);
        if !each.is_empty() {
            let sep = word(lang, "; ", ";");
            facts.push(format!("{}{}", word(lang, "each: ", "每项:"), each.join(sep)));
        }
    }
    let (open, sep, close) = match lang {
        Lang::En => (" (", "; ", ")"),
        Lang::Zh => ("(", ";", ")"),
    };
    match (doc.is_empty(), facts.is_empty()) {
        (true, true) => None,
        (true, false) => Some(facts.join(sep)),
        (false, true) => Some(doc),
        (false, false) => Some(format!("{doc}{open}{}{close}", facts.join(sep))),
    }
}

/// The value constraints of the type at `r`: its bounds in words (with the
/// quantity's unit), the pattern's description, the allowed values.
fn bounds(r: &Resolved, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(b) = r.ty.bounds(lang) {
        let unit = r.num_spec().map(|n| n.unit.get(lang)).filter(|u| !u.is_empty());
        out.push(match unit {
            Some(u) => format!("{b} {u}"),
            None => b,
        });
    }
    if let Some(p) = r.pattern() {
        out.push(format!("{}{}", word(lang, "format: ", "格式:"), p.desc.get(lang)));
    }
    if !r.values().is_empty() {
        out.push(format!(
            "{}{}",
            word(lang, "one of ", "可选值:"),
            r.values().join(word(lang, ", ", "、"))
        ));
    }
    out
}

fn word(lang: Lang, en: &'static str, zh: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Zh => zh,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{lint, InputFormat, Options, Preset};

    fn clean(kind: Kind, text: &str, format: InputFormat) {
        let opts = Options::new().kind(kind).preset(Preset::Recommended).format(format);
        assert_eq!(lint(text, &opts)[0].diagnostics, vec![], "{kind} {format:?}:\n{text}");
    }

    #[test]
    fn every_body_lints_clean_and_is_recognised_by_its_shape() {
        for kind in Kind::ALL {
            for lang in [Lang::En, Lang::Zh] {
                clean(kind, &yaml(kind, lang, true), InputFormat::Yaml);
                clean(kind, &yaml(kind, lang, false), InputFormat::Yaml);
            }
            clean(kind, &json(kind), InputFormat::Json);
            // A JSON file has no comment to name its kind: its shape does.
            assert_eq!(lint(&json(kind), &Options::new())[0].kind, Some(kind));
        }
    }

    #[test]
    fn every_field_has_a_comment() {
        for kind in Kind::ALL {
            for lang in [Lang::En, Lang::Zh] {
                let text = yaml(kind, lang, false);
                let lines: Vec<&str> = text.lines().collect();
                for (i, line) in lines.iter().enumerate() {
                    let t = line.trim_start().trim_start_matches("- ");
                    if t.starts_with('#') || t.starts_with("- ") || !t.contains(':') {
                        continue;
                    }
                    let above = i.checked_sub(1).map(|j| lines[j].trim_start());
                    assert!(
                        above.is_some_and(|a| a.starts_with("# ")),
                        "{kind}: no comment above {line:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn plain_scalars() {
        assert!(plain("my-app"));
        assert!(plain("swr.cn-north-4.myhuaweicloud.com/my-org/my-app:1.0.0"));
        assert!(!plain("0.5"));
        assert!(!plain("00000000-0000-0000-0000-000000000000"));
        assert!(!plain("on"));
        assert!(!plain(""));
        assert_eq!(scalar(&Str("512")), "\"512\"");
    }
}
