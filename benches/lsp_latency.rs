//! The language server's latency on a 1 MB manifest (issue 13, "Done when":
//! under 50 ms): starts `deploylint lsp` as an editor does, opens a 1 MB IEF
//! v3 create body (pretty-printed JSON, then the same body as YAML), sends
//! one-character changes (deleting and restoring the `l` of an `image_url`
//! in the middle, so every other change brings a finding and the next clears
//! it), and prints the time from writing each `didChange` to reading the
//! `publishDiagnostics` for that version: median, p95 and worst over
//! [`CHANGES`] changes. Beside it, the CPU time the server used per change
//! (every thread; on a busy machine the wall time waits for a core, the CPU
//! time does not), and the core's `lint` alone on the same text, for what
//! the server adds. The first line gives the cores and the load average.
//!
//! Run with `cargo bench --bench lsp_latency` on a quiet machine. Not a
//! timed test: it reports, it does not fail.

#[path = "../examples/support/block_yaml.rs"]
mod block_yaml;

use block_yaml::to_yaml;
use deploylint::{lint, InputFormat, Options};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

/// How many changes are timed per format (after one untimed warm-up pair).
const CHANGES: usize = 20;
/// How many of each request are timed (hover, completion, code actions).
const REQUESTS: usize = 20;
/// The manifest's size, at least.
const SIZE: usize = 1 << 20;

/// The valid v3 create example with its container repeated `n` times under new names.
fn body(n: usize) -> Value {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let text = std::fs::read_to_string(format!("{root}/examples/valid/ief-v3-create.json")).expect("the example");
    let mut body: Value = serde_json::from_str(&text).expect("the example is JSON");
    let container = body["deployment"]["template"]["containers"][0].clone();
    let containers: Vec<Value> = (0..n)
        .map(|i| {
            let mut c = container.clone();
            c["name"] = json!(format!("video-analytics-{i}"));
            c
        })
        .collect();
    body["deployment"]["template"]["containers"] = Value::Array(containers);
    body
}

/// The smallest such body of at least [`SIZE`] bytes once written by `write`.
fn sized(write: impl Fn(&Value) -> String) -> String {
    let (one, two) = (write(&body(1)).len(), write(&body(2)).len());
    let per = two - one;
    write(&body((SIZE.saturating_sub(one)).div_ceil(per) + 1))
}

fn to_json(v: &Value) -> String {
    serde_json::to_string_pretty(v).expect("JSON") + "\n"
}

/// The server, spoken to over its stdin and stdout.
struct Server {
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    child: Child,
}

impl Server {
    fn start() -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_deploylint"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("deploylint lsp starts");
        let stdout = child.stdout.take().expect("stdout");
        let stdin = child.stdin.take().expect("stdin");
        let (tx, incoming) = channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            loop {
                let mut length = 0;
                loop {
                    let mut line = String::new();
                    if r.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(n) = line.strip_prefix("Content-Length: ") {
                        length = n.parse().unwrap_or(0);
                    }
                }
                let mut body = vec![0; length];
                if r.read_exact(&mut body).is_err() {
                    return;
                }
                let Ok(v) = serde_json::from_slice(&body) else { return };
                if tx.send(v).is_err() {
                    return;
                }
            }
        });
        let mut s = Server { stdin, incoming, child };
        s.send(json!({"id": 1, "method": "initialize", "params": {"capabilities": {}, "rootUri": null}}));
        s.wait(|m| m["id"] == 1);
        s.send(json!({"method": "initialized", "params": {}}));
        s
    }

    fn send(&mut self, mut m: Value) {
        m["jsonrpc"] = json!("2.0");
        let body = serde_json::to_vec(&m).expect("JSON");
        write!(self.stdin, "Content-Length: {}\r\n\r\n", body.len()).expect("write");
        self.stdin.write_all(&body).expect("write");
        self.stdin.flush().expect("flush");
    }

    /// Reads messages until one satisfies `done`; returns it.
    fn wait(&mut self, done: impl Fn(&Value) -> bool) -> Value {
        loop {
            let m = self
                .incoming
                .recv_timeout(Duration::from_secs(60))
                .expect("the server answers within a minute");
            if done(&m) {
                return m;
            }
        }
    }

    /// Waits for the diagnostics of `version`; returns how many there are.
    fn published(&mut self, version: i64) -> usize {
        let m = self.wait(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["version"] == version);
        m["params"]["diagnostics"].as_array().map_or(0, Vec::len)
    }

    /// The CPU time the server has used (user and system, every thread),
    /// where /proc tells it (Linux, in its 10 ms ticks).
    fn cpu(&self) -> Option<Duration> {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.child.id())).ok()?;
        let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
        let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
        Some(Duration::from_millis(ticks * 10))
    }

    fn stop(mut self) {
        self.send(json!({"id": 2, "method": "shutdown"}));
        self.wait(|m| m["id"] == 2);
        self.send(json!({"method": "exit"}));
        let _ = self.child.wait();
    }
}

/// The line and UTF-16 column of byte `offset` (the text is ASCII).
fn position(text: &str, offset: usize) -> Value {
    let before = &text[..offset];
    let line = before.matches('\n').count();
    let column = offset - before.rfind('\n').map_or(0, |n| n + 1);
    json!({"line": line, "character": column})
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn measure(name: &str, language: &str, text: &str) {
    let uri = format!("file:///bench/web.{language}");
    // The `l` of an `image_url` key half way through the file.
    let key = text[text.len() / 2..].find("image_url").expect("a key") + text.len() / 2;
    let at = key + "image_ur".len();
    let (from, to) = (position(text, at), position(text, at + 1));

    let mut server = Server::start();
    let start = Instant::now();
    server.send(json!({"method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": language, "version": 0, "text": text}}}));
    let clean = server.published(0);
    let open = start.elapsed();

    let mut times = Vec::new();
    let mut found = (0, 0);
    let mut cpu_before = None;
    for version in 1..=(CHANGES + 2) as i64 {
        // Odd versions delete the `l`, even ones put it back.
        let change = if version % 2 == 1 {
            json!({"range": {"start": from, "end": to}, "text": ""})
        } else {
            json!({"range": {"start": from, "end": from}, "text": "l"})
        };
        if version == 3 {
            cpu_before = server.cpu();
        }
        let start = Instant::now();
        server.send(json!({"method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}}));
        let n = server.published(version);
        let elapsed = start.elapsed();
        if version > 2 {
            times.push(elapsed);
        }
        found = if version % 2 == 1 { (n, found.1) } else { (found.0, n) };
    }
    let cpu = match (cpu_before, server.cpu()) {
        (Some(a), Some(b)) => format!("{:.1} ms", ms(b.saturating_sub(a)) / CHANGES as f64),
        _ => "n/a".to_string(),
    };
    // Requests on the last version, whose diagnostics are out (so its analysis exists): each
    // answers from it, parsing and linting nothing again. Writing the request to reading its answer.
    let mut id = 100;
    let mut answers = Vec::new();
    let range = json!({"start": from, "end": to});
    for (label, method, params) in [
        (
            "hover",
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": from}),
        ),
        (
            "completion",
            "textDocument/completion",
            json!({"textDocument": {"uri": uri}, "position": from}),
        ),
        (
            "code actions",
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri}, "range": range, "context": {"diagnostics": []}}),
        ),
    ] {
        let mut t: Vec<Duration> = (0..REQUESTS)
            .map(|_| {
                id += 1;
                let start = Instant::now();
                server.send(json!({"id": id, "method": method, "params": params}));
                server.wait(|m| m["id"] == id);
                start.elapsed()
            })
            .collect();
        t.sort();
        answers.push(format!("{label} {:.2} ms", ms(t[t.len() / 2])));
    }
    server.stop();

    let opts = Options::new().format(if language == "json" {
        InputFormat::Json
    } else {
        InputFormat::Yaml
    });
    let mut core: Vec<Duration> = (0..5)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(lint(text, &opts));
            start.elapsed()
        })
        .collect();
    core.sort();

    times.sort();
    let median = times[times.len() / 2];
    let p95 = times[(times.len() * 95).div_ceil(100) - 1];
    let worst = times[times.len() - 1];
    println!(
        "{name:<5} requests, median of {REQUESTS} (target < 5 ms): {}",
        answers.join(", ")
    );
    println!(
        "{name:<5} {:>5.0} KB  open {:>6.1} ms  change→diagnostics (target < 30 ms): median {:>6.1} ms  p95 {:>6.1} ms  max {:>6.1} ms  server CPU per change {cpu}  (core lint alone: {:>5.1} ms; diagnostics: {clean} open, {} broken, {} fixed)",
        text.len() as f64 / 1024.0,
        ms(open),
        ms(median),
        ms(p95),
        ms(worst),
        ms(core[core.len() / 2]),
        found.0,
        found.1,
    );
}

fn main() {
    let json_text = sized(to_json);
    let yaml_text = sized(to_yaml);
    // Both must be what the server recognises: no finding before the change.
    for (text, format) in [(&json_text, InputFormat::Json), (&yaml_text, InputFormat::Yaml)] {
        let reports = lint(text, &Options::new().format(format));
        let codes: Vec<&str> = reports.iter().flat_map(|r| &r.diagnostics).map(|d| d.code).collect();
        assert!(codes.is_empty(), "the {format:?} body lints clean: {codes:?}");
    }
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    println!(
        "deploylint lsp, {CHANGES} one-character changes per format; {cores} cores, load average {}",
        load.split_whitespace().take(3).collect::<Vec<_>>().join(" ")
    );
    measure("JSON", "json", &json_text);
    measure("YAML", "yaml", &yaml_text);
}
