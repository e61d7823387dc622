//! Structure-aware: a real manifest from examples/ or tests/fixtures/,
//! mutated by a `Plan` (values replaced by arbitrary JSON values, keys
//! dropped, duplicated, renamed, subtrees grafted), written as JSON or YAML
//! and linted with arbitrary options; the reports keep the invariants and
//! linting twice gives the same reports.
#![no_main]

use deploylint::lint;
use deploylint_fuzz::manifest::Plan;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|plan: Plan| {
    let (text, format) = plan.build();
    let opts = plan.options(format);
    let reports = lint(&text, &opts);
    deploylint_fuzz::invariants::check_text(&text, &opts, &reports);
    assert_eq!(reports, lint(&text, &opts), "linting is deterministic");
});
