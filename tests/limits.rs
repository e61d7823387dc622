//! The limits (input size, nesting depth, YAML alias expansion, string
//! length, findings): each crossed is one `limit-exceeded` diagnostic at the
//! place it was crossed, with the same outcome through the library, the
//! CLI's `--max-…` flags and the `[limits]` table of deploylint.toml; bad
//! values are usage and config errors; deep nesting never overflows a stack.

mod common;
use common::*;
use deploylint::__private::config::Config;
use deploylint::{lint, lint_bytes, InputFormat, Lang, Options, Severity};
use deploylint::{Limit, Limits};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// One limit crossed: the input, the limit, and what must be reported.
struct Case {
    name: &'static str,
    ext: &'static str,
    text: &'static str,
    limit: Limit,
    value: usize,
    severity: Severity,
    pointer: &'static str,
    line: usize,
    column: usize,
    en: &'static str,
    zh: &'static str,
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "input-size",
            ext: "json",
            text: "{\"description\":\n \"nightly\"}",
            limit: Limit::InputSize,
            value: 26,
            severity: Severity::Error,
            pointer: "",
            line: 2,
            column: 11,
            en: "the input is larger than 26 bytes (the `input-size` limit): it is not checked",
            zh: "输入超过 26 字节(`input-size` 上限),未做检查",
        },
        Case {
            name: "depth-json",
            ext: "json",
            text: "{\"deployment\": {\"template\": {\"containers\": [[1]]}}}",
            limit: Limit::Depth,
            value: 4,
            severity: Severity::Error,
            pointer: "/deployment/template/containers/0",
            line: 1,
            column: 45,
            en: "the document nests deeper than 4 levels (the `depth` limit): it is not checked past this point",
            zh: "文档嵌套超过 4 层(`depth` 上限),此处之后不再检查",
        },
        Case {
            name: "depth-yaml",
            ext: "yaml",
            text: "deployment:\n  template:\n    containers:\n      - a\n      - - 1\n",
            limit: Limit::Depth,
            value: 4,
            severity: Severity::Error,
            pointer: "/deployment/template/containers/1",
            line: 5,
            column: 9,
            en: "the document nests deeper than 4 levels (the `depth` limit): it is not checked past this point",
            zh: "文档嵌套超过 4 层(`depth` 上限),此处之后不再检查",
        },
        Case {
            name: "aliases",
            ext: "yaml",
            text: "deployment:\n  template:\n    configs: &c {a: 1, b: 2}\n    containers: [*c, *c]\n",
            limit: Limit::Aliases,
            value: 5,
            severity: Severity::Error,
            pointer: "/deployment/template/containers/1",
            line: 4,
            column: 22,
            en: "YAML aliases expand to more than 5 nodes (the `aliases` limit; an alias bomb?): the document is not checked past this point",
            zh: "`YAML` 别名展开后超过 5 个节点(`aliases` 上限,疑似别名炸弹),此处之后不再检查",
        },
        Case {
            name: "string-length-json",
            ext: "json",
            text: "{\"name\": \"a long name here\"}",
            limit: Limit::StringLength,
            value: 15,
            severity: Severity::Error,
            pointer: "/name",
            line: 1,
            column: 10,
            en: "a string is longer than 15 bytes (the `string-length` limit): the document is not checked past this point",
            zh: "字符串长度超过 15 字节(`string-length` 上限),此处之后不再检查",
        },
        Case {
            name: "string-length-key-yaml",
            ext: "yaml",
            text: "deployment:\n  replicas: 1\n  a_very_long_key: 1\n",
            limit: Limit::StringLength,
            value: 14,
            severity: Severity::Error,
            pointer: "/deployment",
            line: 3,
            column: 3,
            en: "a key is longer than 14 bytes (the `string-length` limit): the document is not checked past this point",
            zh: "键的长度超过 14 字节(`string-length` 上限),此处之后不再检查",
        },
        Case {
            name: "findings",
            ext: "json",
            text: "{\"deployment\": {\"a\": 1, \"b\": 2, \"c\": 3}, \"description\": \"x\"}",
            limit: Limit::Findings,
            value: 4,
            severity: Severity::Warning,
            pointer: "",
            line: 1,
            column: 1,
            en: "1 more finding not reported: at most 4 are reported per document (the `findings` limit)",
            zh: "另有 1 个问题未报告:每个文档最多报告 4 个(`findings` 上限)",
        },
    ]
}

fn options(c: &Case, lang: Lang) -> Options {
    let format = InputFormat::from_extension(c.ext).unwrap_or_default();
    let kind = deploylint::Kind::from_name(if c.name == "findings" {
        "ief-v3-update"
    } else {
        "ief-v3-create"
    });
    Options::new()
        .kind_opt(kind)
        .format(format)
        .lang(lang)
        .limit(c.limit, c.value)
}

/// The `limit-exceeded` findings of a report.
fn limited(ds: &[deploylint::Diagnostic]) -> Vec<&deploylint::Diagnostic> {
    ds.iter().filter(|d| d.code == "limit-exceeded").collect()
}

#[test]
fn every_limit_is_one_located_diagnostic_in_the_library() {
    for c in cases() {
        for (lang, message) in [(Lang::En, c.en), (Lang::Zh, c.zh)] {
            let r = lint(c.text, &options(&c, lang)).remove(0);
            let found = limited(&r.diagnostics);
            assert_eq!(found.len(), 1, "{}: {:?}", c.name, r.diagnostics);
            let d = found[0];
            assert_eq!(
                (d.severity, d.pointer.as_str(), d.line, d.column),
                (c.severity, c.pointer, c.line, c.column),
                "{}",
                c.name
            );
            assert_eq!(d.message, message, "{}", c.name);
            assert!(d
                .help
                .as_deref()
                .is_some_and(|h| h.contains(&format!("`--max-{}`", c.limit.name()))));
            // The same at the limit's value plus one: nothing crossed.
            let mut more = options(&c, lang);
            more.limits.set(c.limit, c.value + 1);
            if c.limit != Limit::Findings {
                assert!(
                    limited(&lint(c.text, &more).remove(0).diagnostics).is_empty(),
                    "{}",
                    c.name
                );
            }
        }
    }
}

#[test]
fn the_findings_limit_counts_what_it_does_not_report() {
    let c = &cases()[6];
    let r = lint(c.text, &options(c, Lang::En)).remove(0);
    // Five findings (three unknown fields, a missing and a disputed one):
    // four of them, and the note, sorted first (at the document's start).
    assert_eq!(r.diagnostics.len(), 5);
    assert_eq!(
        (r.diagnostics[0].code, r.diagnostics[0].span.start),
        ("limit-exceeded", 0)
    );
    assert!(r.diagnostics[1..].iter().all(|d| d.code != "limit-exceeded"));
    let r = lint(c.text, &options(c, Lang::En).limit(Limit::Findings, 5)).remove(0);
    assert_eq!(r.diagnostics.len(), 5);
    assert!(limited(&r.diagnostics).is_empty());
    // Levels apply to the note, as to any finding.
    let off = options(c, Lang::En).level("limit-exceeded", deploylint::Level::Off);
    assert_eq!(lint(c.text, &off).remove(0).diagnostics.len(), 4);
    let error = options(c, Lang::En).level("limit-exceeded", deploylint::Level::Error);
    assert_eq!(
        limited(&lint(c.text, &error).remove(0).diagnostics)[0].severity,
        Severity::Error
    );
}

#[test]
fn the_input_size_limit_lands_on_the_character_that_crosses_it() {
    // `中` takes bytes 10..13; a cap of 11 is crossed inside it.
    let text = "{\"name\": \"中\"}";
    let r = lint(text, &Options::new().limit(Limit::InputSize, 11)).remove(0);
    let d = limited(&r.diagnostics)[0];
    assert_eq!((d.span.start, d.span.end, d.line, d.column), (10, 13, 1, 11));
    // As bytes: invalid UTF-8 past the cap is never read; before it, it is reported.
    let mut bytes = b"{\"name\": \"web\"}".to_vec();
    bytes.extend_from_slice(&[0xff; 64]);
    let r = lint_bytes(&bytes, &Options::new().limit(Limit::InputSize, 15));
    let codes: Vec<_> = r[0].diagnostics.iter().map(|d| (d.code, d.span.start)).collect();
    assert_eq!(codes, [("limit-exceeded", 15)]);
    let r = lint_bytes(&bytes, &Options::new().limit(Limit::InputSize, 20));
    let codes: Vec<_> = r[0].diagnostics.iter().map(|d| (d.code, d.span.start)).collect();
    assert_eq!(codes, [("parse-error", 15)]);
    // A 40 MB input is over the default 16 MiB without being parsed.
    let big = format!("{{\"description\": \"{}\"}}", "x".repeat(40 << 20));
    let r = lint_bytes(big.as_bytes(), &Options::new());
    let d = &r[0].diagnostics;
    assert_eq!((d.len(), d[0].code, d[0].span.start), (1, "limit-exceeded", 16 << 20));
    assert_eq!(
        d[0].message,
        "the input is larger than 16777216 bytes (the `input-size` limit): it is not checked"
    );
}

#[test]
fn the_defaults_and_the_depth_ceiling() {
    let d = Limits::default();
    assert_eq!(
        (d.input_size, d.depth, d.aliases, d.string_length, d.findings),
        (16 << 20, 512, 100_000, 1 << 20, 1000)
    );
    assert_eq!(Options::new().limits, Limits::DEFAULT);
    // The library clamps; front ends refuse.
    assert_eq!(Options::new().limit(Limit::Depth, 5000).limits.depth, 1000);
    assert_eq!(Options::new().limit(Limit::Findings, 0).limits.findings, 1);
    assert_eq!(
        Limit::Depth.check(1001),
        Err("limit `depth` can be at most 1000 (deeper nesting could overflow the stack)".into())
    );
    assert_eq!(
        Limit::Aliases.check(0),
        Err("limit `aliases` must be at least 1".into())
    );
    let names: Vec<_> = Limit::ALL.iter().map(|l| l.name()).collect();
    assert_eq!(names, ["input-size", "depth", "aliases", "string-length", "findings"]);
}

/// Linting `text` must not overflow a stack of `stack` bytes.
fn lint_in(stack: usize, text: String, opts: Options) -> Vec<deploylint::Report> {
    std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || lint(&text, &opts))
        .expect("a thread")
        .join()
        .expect("no stack overflow")
}

#[test]
fn deep_nesting_never_overflows_the_stack() {
    let deep = [
        ("json", "[".repeat(100_000)),
        ("json", "{\"a\":".repeat(100_000)),
        ("yaml", "[".repeat(100_000)),
        ("yaml", "- ".repeat(100_000)),
    ];
    for (ext, text) in deep {
        let format = InputFormat::from_extension(ext).unwrap_or_default();
        let opts = Options::new().format(format);
        let r = lint_in(1 << 20, text.clone(), opts.clone());
        let codes: Vec<_> = r[0].diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, ["limit-exceeded"], "{ext}: {}", &text[..20]);
        // At the ceiling, the whole tree is built, linted and dropped in
        // WebAssembly's 1 MiB of stack (here unoptimised, larger frames).
        let r = lint_in(1 << 20, text, opts.limit(Limit::Depth, 1000));
        assert_eq!(r[0].diagnostics[0].code, "limit-exceeded");
    }
    let at_ceiling = format!("{}{}", "[".repeat(1000), "]".repeat(1000));
    let r = lint_in(1 << 20, at_ceiling, Options::new().limit(Limit::Depth, 1000));
    assert_eq!(r[0].diagnostics[0].code, "invalid-type");
}

/// The JSON report of `deploylint check` with `args` in `dir`, which exits
/// with `code` (`None`: 0 or 1, as the findings decide).
fn check_json(dir: &Path, args: &[&str], code: Option<i32>) -> Value {
    let out = bin()
        .current_dir(dir)
        .args(["check", "--format", "json"])
        .args(args)
        .output()
        .expect("check runs");
    let status = out.status.code();
    match code {
        Some(c) => assert_eq!(status, Some(c), "{}", String::from_utf8_lossy(&out.stderr)),
        None => assert!(
            matches!(status, Some(0 | 1)),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        ),
    }
    serde_json::from_slice(&out.stdout).expect("JSON")
}

#[test]
fn every_limit_through_the_cli_flag_and_the_config() {
    for c in cases() {
        let dir = tmp(&format!("limits-{}", c.name));
        let file = format!("body.{}", c.ext);
        std::fs::write(dir.join(&file), c.text).expect("write");
        let kind = if c.name == "findings" {
            "ief-v3-update"
        } else {
            "ief-v3-create"
        };
        let flag = format!("--max-{}={}", c.limit.name(), c.value);
        let toml = format!("[limits]\n{} = {}\n", c.limit.name(), c.value);
        for lang in ["en", "zh"] {
            let message = if lang == "en" { c.en } else { c.zh };
            let by_flag = check_json(
                &dir,
                &["--no-config", "--kind", kind, "--lang", lang, &flag, &file],
                Some(1),
            );
            std::fs::write(dir.join("deploylint.toml"), &toml).expect("write");
            let by_config = check_json(&dir, &["--kind", kind, "--lang", lang, &file], Some(1));
            std::fs::remove_file(dir.join("deploylint.toml")).expect("remove");
            for report in [by_flag, by_config] {
                let found: Vec<&Value> = report["files"][0]["diagnostics"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|d| d["code"] == "limit-exceeded")
                    .collect();
                assert_eq!(found.len(), 1, "{}: {report}", c.name);
                let d = found[0];
                assert_eq!(d["pointer"], c.pointer, "{}", c.name);
                assert_eq!(
                    (d["line"].as_u64(), d["column"].as_u64()),
                    (Some(c.line as u64), Some(c.column as u64)),
                    "{}",
                    c.name
                );
                assert_eq!(d["message"], message, "{}", c.name);
                assert_eq!(
                    d["severity"],
                    if c.severity == Severity::Error {
                        "error"
                    } else {
                        "warning"
                    }
                );
            }
        }
        // The flag wins over the config.
        std::fs::write(dir.join("deploylint.toml"), &toml).expect("write");
        let more = format!("--max-{}={}", c.limit.name(), c.value + 1);
        let r = check_json(&dir, &["--kind", kind, &more, &file], None);
        let codes: Vec<_> = r["files"][0]["diagnostics"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|d| d["code"].clone())
            .collect();
        assert!(!codes.contains(&Value::from("limit-exceeded")), "{}: {r}", c.name);
    }
}

#[test]
fn bad_limit_values_are_usage_and_config_errors() {
    for (flag, says) in [
        ("--max-depth=1001", "limit `depth` can be at most 1000"),
        ("--max-depth=0", "limit `depth` must be at least 1"),
        ("--max-findings=ten", "`ten` is not a whole number"),
        ("--max-aliases=-1", "`-1` is not a whole number"),
    ] {
        let err = stderr(bin().args(["check", "--no-config", flag, "-"]).write_stdin("{}"), 2);
        assert!(err.contains(says), "{flag}: {err}");
    }
    let parse = |t: &str| Config::parse(t, PathBuf::new()).map(|_| ()).map_err(|e| e.to_string());
    assert_eq!(
        parse("lang = \"en\"\n[limits]\ndept = 5\n"),
        Err("3:1: unknown limit `dept`; did you mean `depth`? (the limits are `input-size`, `depth`, `aliases`, `string-length`, `findings`)".into())
    );
    assert_eq!(
        parse("[limits]\ndepth = 5000\n"),
        Err("2:9: limit `depth` can be at most 1000 (deeper nesting could overflow the stack)".into())
    );
    assert_eq!(
        parse("[limits]\nfindings = -3\n"),
        Err("2:12: limit `findings` must be at least 1".into())
    );
    assert!(parse("[limits]\nfindings = \"many\"\n").is_err_and(|e| e.starts_with("2:12: ")));
    // Through the CLI: exit 2, with the file, line and column.
    let dir = tmp("limits-bad-config");
    std::fs::write(dir.join("deploylint.toml"), "[limits]\nstring-length = 0\n").expect("write");
    let err = stderr(bin().current_dir(&dir).args(["check", "-"]).write_stdin("{}"), 2);
    assert!(
        err.contains("deploylint.toml:2:17: limit `string-length` must be at least 1"),
        "{err}"
    );
    // A valid table sets the options.
    let cfg = Config::parse("[limits]\ndepth = 7\nfindings = 9\n", PathBuf::new()).expect("valid");
    let opts = cfg.apply(Options::new(), std::path::Path::new("a.json"));
    assert_eq!((opts.limits.depth, opts.limits.findings), (7, 9));
}

#[test]
fn the_cli_never_overflows_on_deep_nesting_in_any_format() {
    let dir = tmp("limits-deep-cli");
    std::fs::write(dir.join("deep.json"), "[".repeat(100_000)).expect("write");
    std::fs::write(dir.join("deep.yaml"), "- ".repeat(100_000)).expect("write");
    for format in ["human", "json", "sarif", "github", "junit", "gitlab"] {
        for file in ["deep.json", "deep.yaml"] {
            let out = stdout(
                bin()
                    .current_dir(&dir)
                    .args(["check", "--no-config", "--format", format, file]),
                1,
            );
            assert!(
                out.contains("limit-exceeded"),
                "{format} {file}: {}",
                &out[..out.len().min(400)]
            );
        }
    }
    let out = stdout(
        bin()
            .current_dir(&dir)
            .args(["check", "--no-config", "--lang", "zh", "deep.json"]),
        1,
    );
    assert!(out.contains("deep.json:1:513: 文档嵌套超过 512 层"), "{out}");
}

#[test]
fn the_cli_reads_no_more_than_the_input_size_limit_and_fixes_nothing_past_it() {
    let dir = tmp("limits-size-cli");
    // A fixable body (a misspelt key) over a 30-byte limit is reported, not fixed.
    let text = "{\"deployment\": {\"replica\": 1}, \"name\": \"web\"}";
    std::fs::write(dir.join("big.json"), text).expect("write");
    let r = check_json(
        &dir,
        &["--no-config", "--max-input-size=30", "--fix", "big.json"],
        Some(1),
    );
    let d = &r["files"][0]["diagnostics"][0];
    assert_eq!(
        (d["code"].as_str(), d["column"].as_u64()),
        (Some("limit-exceeded"), Some(31))
    );
    assert_eq!(std::fs::read_to_string(dir.join("big.json")).expect("read"), text);
    // Stdin too.
    let out = stdout(
        bin()
            .args(["check", "--no-config", "--format", "json", "--max-input-size=30", "-"])
            .write_stdin(text),
        1,
    );
    assert!(out.contains("\"code\":\"limit-exceeded\""), "{out}");
}
