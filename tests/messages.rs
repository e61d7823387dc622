//! Every code's words, rendered in English and in Chinese from the fixtures,
//! are snapshotted in `tests/snapshots/messages.txt` (a generated file; run
//! with `UPDATE_GENERATED=1` to rewrite it), and no Chinese text carries
//! English prose.
//!
//! Chinese text may hold identifiers in backticks, numbers, field names and
//! enum values from the specs, names such as `ContainerDef`, `JSON`,
//! `host_network` or `UTF-8`, and the names of Huawei's pages and SDKs. A
//! run of lowercase English words outside those is prose: "more than one
//! replica", "write it as a string", "Trailing commas are not allowed".

mod common;
use common::*;
use deploylint::{lint_bytes, Lang, Options, Report};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn lint_in(fixture: &Path, lang: Lang) -> Report {
    let exp = read_expect(fixture);
    let bytes = std::fs::read(fixture).unwrap_or_else(|e| panic!("{}: {e}", fixture.display()));
    let format = fixture
        .extension()
        .and_then(|x| x.to_str())
        .and_then(deploylint::InputFormat::from_extension);
    let mut opts = Options::new()
        .kind_opt(exp.kind)
        .format_opt(format)
        .edition(exp.edition)
        .preset(exp.preset)
        .lang(lang);
    if let Some(c) = current_of(fixture) {
        opts = opts.current(c);
    }
    lint_bytes(&bytes, &opts).remove(0)
}

/// Every fixture with an `.expect` file.
fn corpus() -> Vec<std::path::PathBuf> {
    ["rules", "page-examples", "syntax"]
        .iter()
        .flat_map(|sub| fixture_files(&fixtures().join(sub)))
        .collect()
}

/// code → the distinct (message, help, fix title) texts in one language.
type Words = BTreeMap<&'static str, BTreeSet<String>>;

fn words(lang: Lang) -> Words {
    let mut out = Words::new();
    for f in corpus() {
        for d in lint_in(&f, lang).diagnostics {
            let mut t = format!("message: {}", d.message);
            if let Some(h) = &d.help {
                t.push_str(&format!("\n  help: {}", h.replace('\n', "\n        ")));
            }
            if let Some(fix) = &d.fix {
                t.push_str(&format!("\n  fix: {}", fix.title));
            }
            out.entry(d.code).or_default().insert(t);
        }
    }
    for d in outside_a_body(lang) {
        out.entry(d.code).or_default().insert(format!(
            "message: {}{}",
            d.message,
            d.help.map(|h| format!("\n  help: {h}")).unwrap_or_default()
        ));
    }
    out
}

/// The findings made outside a body's lint: about deploylint.toml (a bad
/// config, a stale `[[ignore]]` entry) and about a `# deploylint:` kind
/// comment.
fn outside_a_body(lang: Lang) -> Vec<deploylint::Diagnostic> {
    use deploylint::__private::config::Config;
    let mut out = Vec::new();
    for bad in [
        "lang = \"fr\"\n",
        "[rules]\nnul-value = \"off\"\n",
        "[[kinds]]\nfiles = [\"a/**\"]\nkind = \"ief-v3-updat\"\n",
        "[limits]\ndept = 5\n",
        "[limits]\ndepth = 0\n",
        "[limits]\ndepth = 5000\n",
        "docs-url = \"docs/\"\n",
        "[[ignore]]\nfiles = []\ncodes = [\"host-network\"]\nreason = \"x\"\n",
        "[[ignore]]\nfiles = [\"a\"]\ncodes = []\nreason = \"x\"\n",
        "[[ignore]]\nfiles = [\"a\"]\ncodes = [\"host-network\"]\nreason = \" \"\n",
        "[[ignore]]\nfiles = [\"a\"]\npointer = \"deployment\"\ncodes = [\"host-network\"]\nreason = \"x\"\n",
        "[[ignore]]\nfiles = [\"a[\"]\ncodes = [\"host-network\"]\nreason = \"x\"\n",
        "[[ignore]]\nfiles = [\"{a\"]\ncodes = [\"host-network\"]\nreason = \"x\"\n",
        "severity = 1\n",
        "[rules]\nduplicate-key = \"fatal\"\n",
        "edition = \n",
        // `invalid-policy`: each problem a policy can have.
        "[[policies]]\nid = \"Acme\"\ntarget = \"container\"\nmessage = \"m\"\nschema = {}\n",
        "[[policies]]\nid = \"host-network\"\ntarget = \"container\"\nmessage = \"m\"\nschema = {}\n",
        "[[policies]]\nid = \"a\"\ntarget = \"env\"\nmessage = \"m\"\nschema = {}\n[[policies]]\nid = \"a\"\ntarget = \"env\"\nmessage = \"m\"\nschema = {}\n",
        "[[policies]]\nid = \"a\"\ntarget = \"containers\"\nmessage = \"m\"\nschema = {}\n",
        "[[policies]]\nid = \"a\"\ntarget = \"tag\"\nkinds = [\"ief-v2-create\"]\nmessage = \"m\"\nschema = {}\n",
        "[[policies]]\nid = \"a\"\nmessage = \"m\"\nschema = {}\n",
        "[[policies]]\nid = \"a\"\npointer = \"values\"\nmessage = \"m\"\nschema = {}\n",
        "[[policies]]\nid = \"a\"\ntarget = \"env\"\nmessage = \"m\"\n",
        "[[policies]]\nid = \"a\"\ntarget = \"env\"\nmessage = \"m\"\nschema-file = \"env.json\"\n",
        "[[policies]]\nid = \"a\"\ntarget = \"env\"\nmessage = \"m\"\nschema = { \"$schema\" = \"http://json-schema.org/draft-03/schema#\" }\n",
        "[[policies]]\nid = \"a\"\ntarget = \"env\"\nmessage = \"m\"\nschema = { type = \"strng\" }\n",
        "[[policies]]\nid = \"a\"\ntarget = \"env\"\nmessage = \"m\"\nschema = { pattern = \"([\" }\n",
        "[[policies]]\nid = \"a\"\ntarget = \"env\"\nmessage = \"m\"\nschema = { \"$ref\" = \"https://example.com/env.json\" }\n",
        "[[policies]]\nid = \"a\"\ntarget = \"env\"\nmessage = \"m\"\nschema = { \"$ref\" = \"env.json\" }\n",
    ] {
        let e = Config::parse(bad, Default::default()).expect_err(bad);
        out.push(e.diagnostic(bad, lang));
    }
    let text = "[[ignore]]\nfiles = [\"a/*.json\"]\ncodes = [\"duplicate-key\"]\nreason = \"x\"\n";
    let cfg = Config::parse(text, Default::default()).expect("valid");
    out.extend(
        cfg.unused_ignores(text, &Options::new().lang(lang), [(&[0][..], &[][..])])
            .diagnostics,
    );
    for comment in ["# deploylint: kind=ief-v3-updat\n", "# deploylint: kind=helm\n"] {
        let c = deploylint::__private::kind_comment(comment).expect("a comment");
        out.extend(c.diagnostics(comment, &Options::new().lang(lang)));
    }
    out
}

fn render(en: &Words, zh: &Words) -> String {
    let mut s =
        String::from("# generated by tests/messages.rs: every code's words in both languages, from the fixtures\n");
    for (code, texts) in en {
        s.push_str(&format!("\n## {code}\n\n### en\n"));
        for t in texts {
            s.push_str(&format!("{t}\n"));
        }
        s.push_str("\n### zh\n");
        for t in zh.get(code).into_iter().flatten() {
            s.push_str(&format!("{t}\n"));
        }
    }
    s
}

#[test]
fn every_code_is_worded_in_both_languages_and_the_snapshot_is_fresh() {
    let (en, zh) = (words(Lang::En), words(Lang::Zh));
    let codes: BTreeSet<_> = deploylint::registry::all().iter().map(|e| e.meta.code).collect();
    let worded: BTreeSet<_> = en.keys().copied().collect();
    let unworded: Vec<_> = codes.difference(&worded).collect();
    assert!(unworded.is_empty(), "codes no fixture renders: {unworded:?}");
    assert_eq!(en.keys().collect::<Vec<_>>(), zh.keys().collect::<Vec<_>>());
    let text = render(&en, &zh);
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace root")
        .join("tests/snapshots/messages.txt");
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::write(&path, &text).expect("write the snapshot");
        return;
    }
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    if old != text {
        let at = old.lines().zip(text.lines()).position(|(a, b)| a != b).unwrap_or(0);
        panic!(
            "tests/snapshots/messages.txt is stale from line {} (run with UPDATE_GENERATED=1 and review the diff):\n  was: {}\n  now: {}",
            at + 1,
            old.lines().nth(at).unwrap_or(""),
            text.lines().nth(at).unwrap_or("")
        );
    }
}

/// Words Chinese text may use without backticks: field names, enum values
/// and object names from the specs, kind names, and a few names of things.
fn allowed() -> BTreeSet<String> {
    let mut ok: BTreeSet<String> = [
        "null",
        "true",
        "false",
        "helm",
        "chart",
        "values",
        "pod",
        "docker",
        "http",
        "https",
        "tcp",
        "exec",
        "kubectl",
        "deploylint",
        "toml",
        "glob",
        "lint",
        "id",
        "ranktablefile",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for kind in deploylint::Kind::ALL {
        ok.insert(kind.name().to_string());
        for obj in deploylint::__private::api::objects(kind.root()) {
            ok.insert(obj.name.to_lowercase());
            for f in obj.fields {
                ok.insert(f.name.to_lowercase());
                let mut ty = &f.ty;
                while let deploylint::__private::api::Ty::Array(a) = ty {
                    ty = &a.items;
                }
                if let deploylint::__private::api::Ty::Str(s) = ty {
                    for v in s.values.map(|e| e.values).unwrap_or_default() {
                        ok.insert(v.to_lowercase());
                    }
                }
            }
        }
    }
    ok
}

/// The English prose in a Chinese text: lowercase ASCII words of three or
/// more letters, outside backticks, that are not allowed names. Words with
/// capitals, digits, `_`, `-` or `.` inside are names (`ClusterFirst`,
/// `UTF-8`, `D310B`, `image_url`), as are the page and SDK names of
/// docs/sources.md.
fn prose(text: &str, ok: &BTreeSet<String>) -> Vec<String> {
    let mut unticked = String::new();
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 0 {
            unticked.push_str(part);
            unticked.push(' ');
        }
    }
    let mut found = Vec::new();
    for token in unticked.split(|c: char| !(c.is_ascii_alphanumeric() || "_-./:{}$".contains(c))) {
        let word = token.trim_matches(|c: char| ".:-/".contains(c));
        let plain = word.len() >= 3 && word.bytes().all(|b| b.is_ascii_lowercase());
        if plain && !ok.contains(word) {
            found.push(word.to_string());
        }
    }
    found
}

#[test]
fn chinese_text_has_no_english_prose() {
    let ok = allowed();
    let mut bad = Vec::new();
    for (code, texts) in words(Lang::Zh) {
        for t in texts {
            // The snapshot's labels are not the text.
            let text = t
                .replacen("message: ", "", 1)
                .replace("\n  help: ", "\n")
                .replace("\n  fix: ", "\n");
            let words = prose(&text, &ok);
            if !words.is_empty() {
                bad.push(format!("{code}: {words:?} in\n    {t}"));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} Chinese texts carry English prose:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn the_prose_detector_finds_what_it_should() {
    let ok = allowed();
    assert_eq!(
        prose("more than one replica 仅铂金版支持", &ok),
        ["more", "than", "one", "replica"]
    );
    assert_eq!(
        prose("JSON 语法错误:Trailing commas are not allowed", &ok),
        ["commas", "are", "not", "allowed"]
    );
    assert!(prose("`dns_policy` 为 `ClusterFirst`;host_network 为 true,UTF-8,D310B", &ok).is_empty());
    assert!(prose("删除 affinity,或设置 `edition = \"platinum\"`", &ok).is_empty());
}

/// English words after a count of 1 that do not agree with it: `1 are`,
/// `1 values`, `1 errors`, `1 bytes` (`-1`, `0.1` and `1000` are other numbers).
fn disagreements(text: &str) -> Vec<String> {
    const SINGULAR_IN_S: [&str; 4] = ["is", "was", "has", "does"];
    let mut found = Vec::new();
    for (i, _) in text.match_indices("1 ") {
        let before = text[..i].chars().next_back();
        if before.is_some_and(|c| c.is_ascii_digit() || c == '.' || c == '-' || c == ',') {
            continue;
        }
        let word: String = text[i + 2..].chars().take_while(char::is_ascii_alphabetic).collect();
        let plural = word.ends_with('s') && !SINGULAR_IN_S.contains(&word.as_str());
        if plural || ["are", "were", "have", "do"].contains(&word.as_str()) {
            found.push(format!("`1 {word}` in: {}", text.trim()));
        }
    }
    found
}

#[test]
fn the_agreement_check_bites() {
    for bad in [
        "but 1 are given",
        "1 values",
        "1 errors, 0 warnings",
        "larger than 1 bytes",
    ] {
        assert_eq!(disagreements(bad).len(), 1, "{bad}");
    }
    for ok in [
        "1 is given",
        "1 value",
        "-1 is not",
        "0.1 cores",
        "1000 are reported",
        "2 values",
        "at least 1",
    ] {
        assert_eq!(disagreements(ok), Vec::<String>::new(), "{ok}");
    }
}

/// Every English message with a number agrees with it, in the snapshot of
/// every code's words (`operator `Exists` takes no values, but 1 is given`).
#[test]
fn english_counts_agree_in_the_message_snapshot() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace root")
        .join("tests/snapshots/messages.txt");
    let snapshot = std::fs::read_to_string(&path).expect("the messages snapshot");
    let mut english = false;
    let mut bad = Vec::new();
    for line in snapshot.lines() {
        match line {
            "### en" => english = true,
            "### zh" => english = false,
            _ if english => bad.extend(disagreements(line)),
            _ => {}
        }
    }
    assert!(snapshot.contains("### en"), "no English section in the snapshot");
    assert!(bad.is_empty(), "counts that disagree:\n{}", bad.join("\n"));
}

/// The limit messages at the smallest limits, 1: `larger than 1 byte`, `at
/// most 1 is reported`; those counts never occur in the fixtures.
#[test]
fn english_counts_agree_in_the_limit_messages_at_one() {
    use deploylint::Limit;
    let cases = [
        (Limit::InputSize, "{}", "the input is larger than 1 byte (the `input-size` limit): it is not checked"),
        (Limit::Depth, r#"{"a": {"b": 1}}"#, "the document nests deeper than 1 level (the `depth` limit): it is not checked past this point"),
        (Limit::StringLength, r#"{"ab": 1}"#, "a key is longer than 1 byte (the `string-length` limit): the document is not checked past this point"),
        (Limit::Aliases, "a: &x [1, 2]\nb: *x\nc: *x\n", "YAML aliases expand to more than 1 node (the `aliases` limit; an alias bomb?): the document is not checked past this point"),
    ];
    for (limit, text, want) in cases {
        let reports = deploylint::lint(text, &Options::new().limit(limit, 1));
        let messages: Vec<&str> = reports[0]
            .diagnostics
            .iter()
            .filter(|d| d.code == "limit-exceeded")
            .map(|d| d.message.as_str())
            .collect();
        assert_eq!(messages.first().copied(), Some(want), "{limit:?}: {messages:?}");
        assert_eq!(disagreements(want), Vec::<String>::new());
    }
    let findings = deploylint::lint(
        r#"{"chart_id": 1, "action": 2, "parameters": 3, "values": 4}"#,
        &Options::new().limit(Limit::Findings, 1),
    );
    let last = findings[0]
        .diagnostics
        .iter()
        .find(|d| d.code == "limit-exceeded")
        .map(|d| d.message.clone())
        .unwrap_or_default();
    assert_eq!(
        last,
        "3 more findings not reported: at most 1 is reported per document (the `findings` limit)"
    );
    assert_eq!(disagreements(&last), Vec::<String>::new());
}
