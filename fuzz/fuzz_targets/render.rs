//! Every output format of the CLI over the reports of arbitrary bytes.
//!
//! The first byte chooses the input format and language (bit 0: YAML,
//! bit 1: Chinese, bit 2: a low finding cap, bit 3: SARIF too); the rest is
//! the file. Each renderer must not panic; GitHub commands are one line
//! each, GitLab Code Quality has one issue per finding with fingerprints all
//! distinct, JUnit holds only XML 1.0 characters, and the human excerpt stays
//! bounded: no output line longer than a few hundred characters plus the
//! longest message, help, pointer and path it may quote. JSON and SARIF are
//! written by serde_json, so they are rendered, not parsed back; SARIF,
//! which carries the whole rule catalogue, only for half the inputs (it
//! would otherwise take half of every execution).
#![no_main]

use deploylint::{lint_bytes, InputFormat, Lang, Options};
use deploylint::__private::Skip;
use deploylint_fuzz::cli::linted::{Linted, Skipped};
use deploylint_fuzz::cli::{render::render, Format, FORMATS};
use libfuzzer_sys::fuzz_target;

/// Whether JUnit output is checked for XML 1.0 characters. Off while the
/// known bug stands (a control character in a key is written as `&#1;`,
/// which XML 1.0 forbids): tests/fuzz_regressions.rs,
/// `junit_output_is_xml_1_0_with_control_characters_in_keys`.
const CHECK_JUNIT_XML: bool = true;

/// Longest human output line allowed beyond what the finding itself quotes.
const EXCERPT_WIDTH: usize = 600;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, body)) = data.split_first() else {
        return;
    };
    let format = if flags & 1 == 0 {
        InputFormat::Json
    } else {
        InputFormat::Yaml
    };
    let lang = if flags & 2 == 0 { Lang::En } else { Lang::Zh };
    let mut opts = Options::new().format(format).lang(lang);
    if flags & 4 != 0 {
        opts = opts.max_findings(3);
    }
    let reports = lint_bytes(body, &opts);
    let files = [Linted {
        path: if flags & 1 == 0 { "in.json" } else { "in.yaml" }.to_string(),
        text: String::from_utf8_lossy(body).into_owned(),
        reports,
        config: false,
    }];
    // Flag 16: a file a walk skipped, too.
    let skipped: Vec<Skipped> = (flags & 16 != 0)
        .then(|| Skipped {
            path: "package.json".to_string(),
            reason: Skip::NotABody,
        })
        .into_iter()
        .collect();
    for format in FORMATS {
        if format == Format::Sarif && flags & 8 == 0 {
            continue;
        }
        let out = render(format, &files, &skipped, lang, "https://example.com/docs/", &[]);
        match format {
            Format::Json | Format::Sarif => {}
            Format::Github => {
                let findings: usize = files[0].reports.iter().map(|r| r.diagnostics.len()).sum();
                assert_eq!(
                    out.lines().count(),
                    findings,
                    "one workflow command per finding:\n{out}"
                );
            }
            Format::Human => {
                // An excerpt line is a window; only the quoted words grow.
                let quoted = files[0]
                    .reports
                    .iter()
                    .flat_map(|r| &r.diagnostics)
                    .map(|d| {
                        d.message.chars().count()
                            + d.help.as_deref().map_or(0, |h| h.chars().count())
                            + d.pointer.chars().count()
                    })
                    .max()
                    .unwrap_or(0);
                let longest = out.lines().map(|l| l.chars().count()).max().unwrap_or(0);
                assert!(
                    longest <= EXCERPT_WIDTH + quoted + files[0].path.len(),
                    "a {longest}-character line in the human output"
                );
            }
            Format::Gitlab => {
                let issues: Vec<serde_json::Value> = serde_json::from_str(&out).expect("a JSON array");
                let findings: usize = files[0].reports.iter().map(|r| r.diagnostics.len()).sum();
                assert_eq!(issues.len(), findings, "one Code Quality issue per finding");
                let mut prints: Vec<&str> = issues.iter().filter_map(|i| i["fingerprint"].as_str()).collect();
                prints.sort_unstable();
                prints.dedup();
                assert_eq!(prints.len(), findings, "fingerprints differ between findings");
            }
            Format::Junit => {
                if CHECK_JUNIT_XML {
                    if let Err(e) = deploylint_fuzz::xml::chars_ok(&out) {
                        panic!("JUnit output is not XML 1.0: {e}");
                    }
                }
            }
        }
    }
});
