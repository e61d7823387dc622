//! YAML that real pipelines write: merge keys, a stream ending in `---`,
//! and the quoting fixes on YAML scalars.

mod common;
use common::*;
use deploylint::{lint, InputFormat, Kind};

fn yaml(kind: Option<Kind>) -> deploylint::Options {
    opts_in(kind, InputFormat::Yaml)
}

const MERGED: &str = "\
x-defaults: &defaults
  image_url: nginx:1.25
  restartPolicy: Always
deployment:
  replicas: 1
  template:
    configs:
      host_network: false
      restart_policy: Always
    containers:
      - <<: *defaults
        name: web
";

#[test]
fn merge_keys_are_resolved_and_findings_point_at_the_anchor() {
    // The body's own `x-defaults` key is unknown; the merged container gets
    // image_url (no missing-field) and a misspelt key found in the anchor.
    let r = lint(MERGED, &yaml(Some(Kind::IefV3Update))).remove(0);
    let found: Vec<_> = r
        .diagnostics
        .iter()
        .map(|d| (d.code, d.pointer.as_str(), d.line, d.column))
        .collect();
    assert_eq!(
        found,
        [
            ("unknown-field", "/x-defaults", 1, 1),
            ("unknown-field", "/deployment/template/containers/0/restartPolicy", 3, 3),
        ]
    );
}

#[test]
fn explicit_keys_win_over_merged_ones_and_earlier_merges_over_later() {
    let text = "\
a: &a {name: from-a, image_url: a:1}
b: &b {name: from-b, image_url: b:1, privileged: false}
deployment:
  replicas: 1
  template:
    configs: {host_network: false, restart_policy: Always}
    containers:
      - <<: [*a, *b]
        name: Bad_Name
";
    let r = lint(text, &yaml(Some(Kind::IefV3Update))).remove(0);
    let found: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.code != "unknown-field")
        .map(|d| (d.code, d.pointer.as_str(), d.line))
        .collect();
    // The explicit name is checked (line 9); no duplicate-key for the merged
    // names it overrides.
    assert_eq!(found, [("container-name", "/deployment/template/containers/0/name", 9)]);
}

#[test]
fn a_merge_of_something_else_is_an_unknown_field() {
    let text = "deployment:\n  replicas: 1\n  <<: 5\n";
    let r = lint(text, &yaml(Some(Kind::IefV3Update))).remove(0);
    assert!(r
        .diagnostics
        .iter()
        .any(|d| d.code == "unknown-field" && d.pointer == "/deployment/<<"));
}

#[test]
fn a_stream_ending_in_three_dashes_has_no_empty_last_document() {
    let text = "chart_id: a\naction: upgrade\nparameters: {}\nvalues: {}\n---\n";
    let reports = lint(text, &yaml(None));
    assert_eq!(reports.len(), 1);
    assert!(reports[0].diagnostics.is_empty(), "{:?}", reports[0].diagnostics);
    // An explicit null document is still reported.
    let reports = lint("--- null\n", &yaml(Some(Kind::CceReleaseUpdate)));
    assert_eq!(
        reports[0].diagnostics[0].message,
        "the request body must be an object, not null"
    );
}

#[test]
fn yaml_scalars_get_the_quoting_fixes_json_gets() {
    let text = "\
deployment:
  replicas: 1
  template:
    configs: {host_network: false, restart_policy: Always}
    containers:
      - name: web
        image_url: nginx
        version: 1.10
        ports:
          - container_port: \"80\"
            host_port: 80
";
    let r = lint(text, &yaml(Some(Kind::IefV3Update))).remove(0);
    let fixes: Vec<_> = r
        .diagnostics
        .iter()
        .map(|d| {
            let f = d.fix.as_ref().expect("a fix");
            (
                d.pointer.as_str(),
                f.title.as_str(),
                f.edits[0].replacement.as_str(),
                &text[f.edits[0].span.start..f.edits[0].span.end],
            )
        })
        .collect();
    assert_eq!(
        fixes,
        [
            (
                "/deployment/template/containers/0/version",
                "write it as a string",
                "\"1.10\"",
                "1.10"
            ),
            (
                "/deployment/template/containers/0/ports/0/container_port",
                "remove the quotes",
                "80",
                "\"80\""
            ),
        ]
    );
}
