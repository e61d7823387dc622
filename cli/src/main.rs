//! The `deploylint` command: parse arguments, run, exit with the contract's status.

/// mimalloc in the binary (the CLI and the language server): the spanned
/// tree allocates a node and a string per value, and on a 1 MB YAML
/// manifest allocating and freeing them is about a quarter of the parse.
/// The library and the WASM build keep their platform's allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    no_huge_pages();
    deploylint::cli::main()
}

/// Transparent huge pages off for this process: with mimalloc a 300 MB heap
/// (a 100 MB body linted whole) faulted in 2 MB pages, and when the
/// machine's memory was fragmented the kernel's compaction for them cost up
/// to 1.6 s of system time; 4 KB pages cost about 0.1 s, every time.
#[cfg(target_os = "linux")]
fn no_huge_pages() {
    // SAFETY: PR_SET_THP_DISABLE takes integer arguments only and changes
    // nothing but this process's page policy; a failure leaves it as it was.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

#[cfg(not(target_os = "linux"))]
fn no_huge_pages() {}
