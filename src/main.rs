//! The `deploylint` command: parse arguments, run, exit with the contract's status.

fn main() -> std::process::ExitCode {
    deploylint::cli::main()
}
