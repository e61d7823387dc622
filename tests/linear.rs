//! Linting is linear in the body (issue 11, item 1), checked by counting
//! work rather than timing it: a counting allocator measures the heap
//! allocations and the bytes allocated while linting clean v3 create
//! bodies of 2,000 and 16,000 containers, and bodies with one finding per
//! container. Eight times the containers must cost at most about eight
//! times the allocations and bytes: a step that copies the source per
//! finding, or a list that grows per container and is copied per
//! container, shows up here as a ratio far above 8.
//! Only the measuring thread's allocations count (the test harness runs
//! the other test, which builds its bodies, on another thread), and each
//! body is linted once before it is measured, so lazily built statics
//! (compiled patterns, tables) are not charged to the first measurement.
//! (The wall-time ratio is printed by `cargo bench --bench scaling`.)

#[path = "../examples/support/large_body.rs"]
mod large_body;

use deploylint::{lint, InputFormat, Options, Preset};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::Mutex;

/// The system allocator, counting calls and bytes made on a thread that
/// asked to be counted.
struct Counting;

static CALLS: AtomicU64 = AtomicU64::new(0);
static BYTES: AtomicU64 = AtomicU64::new(0);

thread_local! {
    /// Whether this thread's allocations are counted (a const initialiser:
    /// reading it never allocates).
    static COUNTED: Cell<bool> = const { Cell::new(false) };
}

/// Adds one allocation of `size` bytes when the current thread is counted.
fn count(size: usize) {
    if COUNTED.try_with(Cell::get).unwrap_or(false) {
        CALLS.fetch_add(1, Relaxed);
        BYTES.fetch_add(size as u64, Relaxed);
    }
}

// SAFETY: every call is forwarded unchanged to the system allocator.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        // SAFETY: the caller's contract is passed on.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is passed on.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size);
        // SAFETY: the caller's contract is passed on.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The tests run on threads of one process: one measurement at a time.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// (allocations, bytes allocated) while linting `text`, and its finding count.
/// The body is linted once unmeasured first.
fn work(text: &str, opts: &Options) -> (u64, u64, usize) {
    drop(lint(text, opts).remove(0));
    let (calls, bytes) = (CALLS.load(Relaxed), BYTES.load(Relaxed));
    COUNTED.with(|on| on.set(true));
    let report = lint(text, opts).remove(0);
    let found = report.diagnostics.len();
    drop(report);
    COUNTED.with(|on| on.set(false));
    (CALLS.load(Relaxed) - calls, BYTES.load(Relaxed) - bytes, found)
}

/// Checks that 8× the containers cost at most about 8× the work, and
/// give `findings` (when given; else 8× the findings of the smaller body).
fn assert_linear(small: &str, large: &str, opts: &Options, findings: Option<(usize, usize)>) {
    let _guard = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let (c1, b1, f1) = work(small, opts);
    let (c2, b2, f2) = work(large, opts);
    match findings {
        Some(expected) => assert_eq!((f1, f2), expected, "findings"),
        None => assert_eq!(f2, f1 * 8, "findings"),
    }
    let input = large.len() as f64 / small.len() as f64;
    let (calls, bytes) = (c2 as f64 / c1 as f64, b2 as f64 / b1 as f64);
    println!("{input:.2}× the input: {calls:.2}× the allocations ({c1} → {c2}), {bytes:.2}× the bytes ({b1} → {b2})");
    let limit = input * 1.1;
    assert!(calls <= limit, "allocations grew {calls:.2}× for {input:.2}× the input");
    assert!(
        bytes <= limit,
        "bytes allocated grew {bytes:.2}× for {input:.2}× the input"
    );
}

#[test]
fn clean_bodies_cost_in_proportion_to_their_size() {
    let opts = Options::new().format(InputFormat::Json);
    let (small, large) = (
        large_body::v3_create(2_000, false),
        large_body::v3_create(16_000, false),
    );
    assert_linear(&small, &large, &opts, Some((0, 0)));
    // Every rule on (the recommended preset: the small containers have no
    // probes, so each has the same few warnings), no cap: still linear.
    let all = Options::new()
        .format(InputFormat::Json)
        .preset(Preset::Recommended)
        .max_findings(usize::MAX);
    assert_linear(&small, &large, &all, None);
}

#[test]
fn findings_cost_in_proportion_to_their_number() {
    // One unknown key per container (a did-you-mean and a fix each), no cap.
    let misspelt = |n| large_body::v3_create(n, false).replace("\"image_url\"", "\"image_ur\"");
    let opts = Options::new().format(InputFormat::Json).max_findings(usize::MAX);
    assert_linear(&misspelt(2_000), &misspelt(16_000), &opts, Some((2_000, 16_000)));
}
