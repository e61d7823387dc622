//! Arbitrary bytes linted as YAML: no panic, and every report keeps the
//! invariants of `deploylint_fuzz::invariants`.
#![no_main]

use deploylint::{lint_bytes, InputFormat, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = Options::new().format(InputFormat::Yaml);
    let reports = lint_bytes(data, &opts);
    deploylint_fuzz::invariants::check_bytes(data, &opts, &reports);
});
