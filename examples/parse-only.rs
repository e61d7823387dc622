//! The parse floor of scripts/bench-compare.sh: reads every `.json`,
//! `.yaml` and `.yml` file under the given directories and builds
//! deploylint's spanned tree of each (no kind, no spec walk, no rules), on
//! all threads as `deploylint check` does. Prints the number of files and
//! documents parsed; exit status 1 if a file cannot be read.

use deploylint::__private::parse;
use deploylint::InputFormat;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            files(&path, out)?;
        } else if path
            .extension()
            .and_then(|x| x.to_str())
            .and_then(InputFormat::from_extension)
            .is_some()
        {
            out.push(path);
        }
    }
    Ok(())
}

fn main() -> std::process::ExitCode {
    let mut all = Vec::new();
    for dir in std::env::args().skip(1) {
        if let Err(e) = files(Path::new(&dir), &mut all) {
            eprintln!("parse-only: {dir}: {e}");
            return std::process::ExitCode::FAILURE;
        }
    }
    let parsed: Result<Vec<usize>, String> = all
        .par_iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
            let format = p
                .extension()
                .and_then(|x| x.to_str())
                .and_then(InputFormat::from_extension)
                .unwrap_or_default();
            Ok(parse(&text, format).len())
        })
        .collect();
    match parsed {
        Ok(docs) => {
            println!("{} files, {} documents parsed", docs.len(), docs.iter().sum::<usize>());
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("parse-only: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
