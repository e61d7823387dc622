//! `deploylint lsp` driven over stdio with real JSON-RPC framing: the
//! handshake, diagnostics (exact ranges, codes, links), incremental
//! changes, hover, completion on a line that does not parse, code actions
//! and applying them, fix-all, config reload, files that are not
//! manifests, bad messages, and shutdown/exit.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(30);

/// A scratch folder (`tempfile`), removed on drop.
struct Scratch(tempfile::TempDir);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = tempfile::Builder::new()
            .prefix(&format!("deploylint-lsp-{name}-"))
            .tempdir()
            .expect("scratch dir");
        Scratch(dir)
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.0.path().join(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("dir");
        }
        std::fs::write(&p, text).expect("write");
        p
    }

    fn uri(&self, name: &str) -> String {
        format!("file://{}", self.0.path().join(name).display())
    }
}

/// A language client speaking to one server process.
struct Client {
    child: Child,
    stdin: Option<ChildStdin>,
    inbox: Receiver<Value>,
    /// Notifications and server requests received while waiting for something else.
    seen: Vec<Value>,
    next_id: i64,
}

fn read_frames(out: impl Read, tx: std::sync::mpsc::Sender<Value>) {
    let mut r = BufReader::new(out);
    loop {
        let mut length = None;
        loop {
            let mut line = String::new();
            if r.read_line(&mut line).unwrap_or(0) == 0 {
                return;
            }
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(v) = line.strip_prefix("Content-Length: ") {
                length = v.parse::<usize>().ok();
            }
        }
        let mut body = vec![0; length.expect("Content-Length")];
        if r.read_exact(&mut body).is_err() {
            return;
        }
        let v: Value = serde_json::from_slice(&body).expect("the server writes JSON");
        assert_eq!(v["jsonrpc"], "2.0");
        if tx.send(v).is_err() {
            return;
        }
    }
}

impl Client {
    fn start() -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_deploylint"))
            .arg("lsp")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("deploylint lsp starts");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, inbox) = channel();
        std::thread::spawn(move || read_frames(stdout, tx));
        let stdin = child.stdin.take();
        Client {
            child,
            stdin,
            inbox,
            seen: Vec::new(),
            next_id: 1,
        }
    }

    /// A client past `initialize`/`initialized` for `root` (if any).
    fn init(root: Option<&Scratch>, options: Value) -> Client {
        Client::init_with(root, options, json!({}))
    }

    fn init_with(root: Option<&Scratch>, options: Value, capabilities: Value) -> Client {
        let mut c = Client::start();
        let root_uri = root.map(|r| format!("file://{}", r.0.path().display()));
        let result = c.request(
            "initialize",
            json!({"processId": null, "rootUri": root_uri, "capabilities": capabilities, "initializationOptions": options}),
        );
        let caps = &result["result"]["capabilities"];
        assert_eq!(caps["textDocumentSync"]["change"], 2, "incremental sync");
        assert_eq!(caps["hoverProvider"], true);
        assert_eq!(
            caps["codeActionProvider"]["codeActionKinds"],
            json!(["quickfix", "source.fixAll.deploylint"])
        );
        assert_eq!(result["result"]["serverInfo"]["name"], "deploylint");
        c.notify("initialized", json!({}));
        c
    }

    fn send(&mut self, v: Value) {
        let body = v.to_string();
        self.raw(format!("Content-Length: {}\r\n\r\n{body}", body.len()).as_bytes());
    }

    fn raw(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().expect("stdin open");
        stdin.write_all(bytes).expect("server reads");
        stdin.flush().expect("flush");
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    fn next(&mut self) -> Value {
        self.inbox.recv_timeout(WAIT).expect("the server answers in time")
    }

    /// Sends a request and waits for its response (the whole message).
    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.response(json!(id))
    }

    fn response(&mut self, id: Value) -> Value {
        loop {
            let m = self.next();
            if m.get("method").is_none() && m["id"] == id {
                return m;
            }
            self.seen.push(m);
        }
    }

    /// The next diagnostics published for `uri` that satisfy `pred`.
    fn diagnostics_where(&mut self, uri: &str, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.seen.iter().position(|m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri && pred(&m["params"])
        }) {
            let m = self.seen.remove(i);
            self.seen.drain(..i);
            return m["params"].clone();
        }
        self.seen.clear();
        let deadline = Instant::now() + WAIT;
        loop {
            assert!(Instant::now() < deadline, "no diagnostics for {uri}");
            let m = self.next();
            if m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri && pred(&m["params"]) {
                return m["params"].clone();
            }
            self.seen.push(m);
        }
    }

    /// The diagnostics published for `uri` at `version`.
    fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let p = self.diagnostics_where(uri, |p| p["version"] == version);
        p["diagnostics"].as_array().cloned().unwrap_or_default()
    }

    fn open(&mut self, uri: &str, language: &str, text: &str) -> Vec<Value> {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": text}}),
        );
        self.diagnostics(uri, 1)
    }

    fn change(&mut self, uri: &str, version: i64, changes: Value) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": changes}),
        );
    }

    /// `shutdown`, `exit`, and the exit status.
    fn finish(mut self) -> i32 {
        let r = self.request("shutdown", Value::Null);
        assert_eq!(r["result"], Value::Null);
        assert!(r.get("error").is_none());
        self.notify("exit", Value::Null);
        self.wait()
    }

    fn wait(mut self) -> i32 {
        drop(self.stdin.take());
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status.code().unwrap_or(-1);
            }
            assert!(Instant::now() < deadline, "the server did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// (line, character) pairs of a range, start and end.
fn range(d: &Value) -> [u64; 4] {
    let r = &d["range"];
    [
        r["start"]["line"].as_u64().unwrap_or(99),
        r["start"]["character"].as_u64().unwrap_or(99),
        r["end"]["line"].as_u64().unwrap_or(99),
        r["end"]["character"].as_u64().unwrap_or(99),
    ]
}

fn codes(ds: &[Value]) -> Vec<(String, [u64; 4])> {
    ds.iter()
        .map(|d| (d["code"].as_str().unwrap_or("").to_string(), range(d)))
        .collect()
}

fn pos(line: u64, character: u64) -> Value {
    json!({"line": line, "character": character})
}

fn span(l0: u64, c0: u64, l1: u64, c1: u64) -> Value {
    json!({"start": pos(l0, c0), "end": pos(l1, c1)})
}

/// Applies LSP text edits (UTF-16 positions, as LSP counts) to `text`.
fn apply(text: &str, edits: &[Value]) -> String {
    let offset = |p: &Value| -> usize {
        let (line, ch) = (
            p["line"].as_u64().unwrap_or(0) as usize,
            p["character"].as_u64().unwrap_or(0) as usize,
        );
        let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
        let mut units = 0;
        for (b, c) in text[start..].char_indices() {
            if units >= ch || c == '\n' {
                return start + b;
            }
            units += c.len_utf16();
        }
        text.len()
    };
    let mut spans: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|e| {
            (
                offset(&e["range"]["start"]),
                offset(&e["range"]["end"]),
                e["newText"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    spans.sort_by_key(|s| std::cmp::Reverse(s.0));
    let mut out = text.to_string();
    for (a, b, t) in spans {
        out.replace_range(a..b, &t);
    }
    out
}

const MANIFEST: &str = "name: web
node_ids:
  - n1
deployment:
  replicas: 1
  template:
    containers:
      - name: web
        image_ur: nginx:1.25
        ports:
          - container_port: \"80\"
    configs:
      restart_policy: always
      host_network: false
";

#[test]
fn diagnostics_on_open_are_the_cli_findings_with_exact_ranges() {
    let dir = Scratch::new("open");
    let path = dir.write("deploy/web.yaml", MANIFEST);
    let uri = dir.uri("deploy/web.yaml");
    let mut c = Client::init(Some(&dir), json!({}));
    let ds = c.open(&uri, "yaml", MANIFEST);
    assert_eq!(
        codes(&ds),
        [
            ("unknown-field".to_string(), [8, 8, 8, 16]),
            ("invalid-type".to_string(), [10, 28, 10, 32]),
            ("restart-policy".to_string(), [12, 22, 12, 28]),
        ]
    );
    let unknown = &ds[0];
    assert_eq!(unknown["severity"], 1);
    assert_eq!(unknown["source"], "deploylint");
    assert_eq!(
        unknown["message"],
        "unknown field `image_ur` in ContainerDef: did you mean `image_url`?\n\nallowed fields: `name`, `image_url`, `args`, `command`, `resources`, `envs`, `ports`, `privileged`, `run_as_user`, `readiness_probe`, `liveness_probe`, `version`, `volumes`, `npu_type`"
    );
    // The rule's documentation: the same link as the SARIF report's.
    let sarif = Command::new(env!("CARGO_BIN_EXE_deploylint"))
        .args(["check", "--format", "sarif"])
        .arg(&path)
        .output()
        .expect("check runs");
    let sarif: Value = serde_json::from_slice(&sarif.stdout).expect("SARIF");
    let rules = sarif["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let help = rules
        .iter()
        .find(|r| r["id"] == "unknown-field")
        .map(|r| r["helpUri"].clone());
    assert_eq!(unknown["codeDescription"]["href"], help.unwrap_or(Value::Null));
    assert_eq!(
        unknown["codeDescription"]["href"],
        format!(
            "{}rules.md#unknown-field",
            deploylint::__private::links::builtin_docs_url()
        )
    );
    assert_eq!(c.finish(), 0);
}

#[test]
fn the_docs_url_initialization_option_sets_every_link() {
    let mut c = Client::init(
        None,
        json!({"docsUrl": "https://git.example.com/platform/deploylint/-/blob/main/docs"}),
    );
    let uri = "file:///nowhere/web.yaml";
    let ds = c.open(uri, "yaml", MANIFEST);
    assert_eq!(
        ds[0]["codeDescription"]["href"],
        "https://git.example.com/platform/deploylint/-/blob/main/docs/rules.md#unknown-field"
    );
    let h = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": pos(12, 10)}),
    );
    let text = h["result"]["contents"]["value"].as_str().unwrap_or_default();
    assert!(
        text.ends_with("- rule: [`restart-policy`](https://git.example.com/platform/deploylint/-/blob/main/docs/rules.md#restart-policy)\n"),
        "{text}"
    );
    assert_eq!(c.finish(), 0);
}

#[test]
fn ranges_count_utf16_code_units() {
    let text = "{\"description\": \"😀 web\", \"nme\": \"x\", \"deployment\": {\"template\": {}}}";
    let mut c = Client::init(None, json!({}));
    let uri = "file:///nowhere/a.json";
    let ds = c.open(uri, "json", text);
    // `"nme"` is the 26th character but starts at UTF-16 unit 26: the emoji is two units.
    let unknown: Vec<_> = codes(&ds).into_iter().filter(|(c, _)| c == "unknown-field").collect();
    assert_eq!(unknown, [("unknown-field".to_string(), [0, 26, 0, 31])]);
    assert_eq!(c.finish(), 0);
}

#[test]
fn incremental_changes_relint_and_close_clears() {
    let mut c = Client::init(None, json!({}));
    let uri = "file:///nowhere/web.yaml";
    assert_eq!(c.open(uri, "yaml", MANIFEST).len(), 3);
    // `always` → `Always`: one character, by range.
    c.change(uri, 2, json!([{"range": span(12, 22, 12, 23), "text": "A"}]));
    let ds = c.diagnostics(uri, 2);
    assert_eq!(
        codes(&ds),
        [
            ("unknown-field".to_string(), [8, 8, 8, 16]),
            ("invalid-type".to_string(), [10, 28, 10, 32])
        ]
    );
    // Two changes in one notification, applied in order: insert a line, then fix the key on the shifted line.
    c.change(
        uri,
        3,
        json!([
            {"range": span(0, 0, 0, 0), "text": "description: hello\n"},
            {"range": span(9, 8, 9, 16), "text": "image_url"}
        ]),
    );
    let ds = c.diagnostics(uri, 3);
    assert_eq!(codes(&ds), [("invalid-type".to_string(), [11, 28, 11, 32])]);
    c.notify("textDocument/didClose", json!({"textDocument": {"uri": uri}}));
    let cleared = c.diagnostics_where(uri, |p| p.get("version").is_none_or(Value::is_null));
    assert_eq!(cleared["diagnostics"], json!([]));
    assert_eq!(c.finish(), 0);
}

#[test]
fn a_newer_change_supersedes_older_lints() {
    let mut c = Client::init(None, json!({}));
    let uri = "file:///nowhere/web.yaml";
    c.open(uri, "yaml", MANIFEST);
    for v in 2..=40 {
        // Alternate between a broken and a fixed value.
        let text = if v % 2 == 0 { "Always" } else { "always" };
        c.change(uri, v, json!([{"range": span(12, 22, 12, 28), "text": text}]));
    }
    let last = c.diagnostics(uri, 40);
    assert_eq!(last.len(), 2, "version 40 has `Always`");
    // Whatever was published in between came in order, newest last.
    let versions: Vec<i64> = c
        .seen
        .iter()
        .filter(|m| m["method"] == "textDocument/publishDiagnostics")
        .filter_map(|m| m["params"]["version"].as_i64())
        .collect();
    assert!(versions.windows(2).all(|w| w[0] < w[1]), "{versions:?}");
    assert_eq!(c.finish(), 0);
}

#[test]
fn hover_describes_the_field_in_the_configured_language() {
    let mut c = Client::init(None, json!({}));
    let uri = "file:///nowhere/web.yaml";
    c.open(uri, "yaml", MANIFEST);
    let h = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": pos(12, 10)}),
    );
    assert_eq!(h["result"]["contents"]["kind"], "markdown");
    assert_eq!(
        h["result"]["contents"]["value"],
        format!(
            "**restart_policy**: `string` (PodConfigs)\n\nRestart policy: Always, OnFailure or Never. It cannot be changed by an update.\n\n- mandatory: yes\n- allowed values: `Always`, `OnFailure`, `Never`\n- rule: [`restart-policy`]({}rules.md#restart-policy)\n",
            deploylint::__private::links::builtin_docs_url()
        )
    );
    assert_eq!(h["result"]["range"], span(12, 6, 12, 20));
    // Bounds, on a value.
    let h = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": pos(4, 13)}),
    );
    let text = h["result"]["contents"]["value"].as_str().unwrap_or("").to_string();
    assert!(
        text.starts_with("**replicas**: `integer` (CreateAppsInDeploymentV3)"),
        "{text}"
    );
    assert!(text.contains("\n- range: 1–99\n"), "{text}");
    // Nothing on an unknown key.
    let h = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": pos(8, 10)}),
    );
    assert_eq!(h["result"], Value::Null);
    assert_eq!(c.finish(), 0);

    let mut c = Client::init(None, json!({"lang": "zh"}));
    c.open(uri, "yaml", MANIFEST);
    let h = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": pos(12, 10)}),
    );
    let text = h["result"]["contents"]["value"].as_str().unwrap_or("").to_string();
    assert!(
        text.contains("\n- 必选: 是\n- 允许的值: `Always`, `OnFailure`, `Never`\n"),
        "{text}"
    );
    assert_eq!(c.finish(), 0);
}

#[test]
fn completion_works_on_a_line_that_does_not_parse() {
    let mut c = Client::init(None, json!({}));
    let uri = "file:///nowhere/web.yaml";
    c.open(uri, "yaml", MANIFEST);
    // A bare `rest` under `configs:`, after `host_network`: not YAML.
    c.change(uri, 2, json!([{"range": span(14, 0, 14, 0), "text": "      rest\n"}]));
    let ds = c.diagnostics(uri, 2);
    assert_eq!(ds.first().map(|d| d["code"].clone()), Some(json!("parse-error")));
    let r = c.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": uri}, "position": pos(14, 10)}),
    );
    let items = r["result"].as_array().cloned().unwrap_or_default();
    let labels: Vec<&str> = items.iter().filter_map(|i| i["label"].as_str()).collect();
    // PodConfigs' fields not yet present, mandatory first; `restart_policy` and `host_network` are present.
    assert!(
        !labels.contains(&"host_network") && !labels.contains(&"restart_policy"),
        "{labels:?}"
    );
    assert!(labels.contains(&"dns_policy"), "{labels:?}");
    let dns = items
        .iter()
        .find(|i| i["label"] == "dns_policy")
        .cloned()
        .unwrap_or_default();
    assert_eq!(dns["textEdit"]["newText"], "dns_policy: ");
    assert_eq!(dns["textEdit"]["range"], span(14, 6, 14, 10));
    assert_eq!(dns["insertTextFormat"], 1);
    assert_eq!(c.finish(), 0);
}

#[test]
fn completion_offers_keys_with_typed_placeholders_and_enum_values() {
    let caps = json!({"textDocument": {"completion": {"completionItem": {"snippetSupport": true}}}});
    let mut c = Client::init_with(None, json!({}), caps);
    let uri = "file:///nowhere/web.yaml";
    c.open(uri, "yaml", MANIFEST);
    // A new key in the container (line 9 is `        ports:`): insert a blank line before it.
    c.change(uri, 2, json!([{"range": span(9, 0, 9, 0), "text": "        \n"}]));
    c.diagnostics(uri, 2);
    let r = c.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": uri}, "position": pos(9, 8)}),
    );
    let items = r["result"].as_array().cloned().unwrap_or_default();
    let insert = |label: &str| {
        items
            .iter()
            .find(|i| i["label"] == label)
            .map(|i| i["textEdit"]["newText"].clone())
            .unwrap_or(Value::Null)
    };
    // `image_url` is mandatory, and `image_ur` is not it: offered first.
    assert_eq!(items.first().map(|i| i["label"].clone()), Some(json!("image_url")));
    assert_eq!(insert("image_url"), "image_url: $1");
    assert_eq!(insert("privileged"), "privileged: ${1|true,false|}");
    assert_eq!(insert("run_as_user"), "run_as_user: ${1:0}");
    assert_eq!(insert("resources"), "resources:\n          $0");
    assert_eq!(insert("envs"), "envs:\n          - $0");
    assert_eq!(insert("ports"), Value::Null, "present below the cursor");
    // Values of an enumerated field.
    let r = c.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": uri}, "position": pos(13, 24)}),
    );
    let items = r["result"].as_array().cloned().unwrap_or_default();
    let values: Vec<(&str, &str)> = items
        .iter()
        .map(|i| {
            (
                i["label"].as_str().unwrap_or(""),
                i["textEdit"]["newText"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        values,
        [("Always", "Always"), ("OnFailure", "OnFailure"), ("Never", "Never")]
    );
    assert_eq!(items[0]["textEdit"]["range"], span(13, 22, 13, 28));
    assert_eq!(c.finish(), 0);
}

#[test]
fn completion_in_unfinished_json() {
    let mut c = Client::init(None, json!({}));
    let uri = "file:///nowhere/release.json";
    let text = "{\"chart_id\": \"c1\", \"action\": \"upgrade\", \"parameters\": {}}";
    c.open(uri, "json", text);
    let broken = "{\"chart_id\": \"c1\", \"action\": \"rol";
    c.change(uri, 2, json!([{"text": broken}]));
    c.diagnostics(uri, 2);
    let r = c.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": uri}, "position": pos(0, 33)}),
    );
    let items = r["result"].as_array().cloned().unwrap_or_default();
    let values: Vec<(&str, &str)> = items
        .iter()
        .map(|i| {
            (
                i["label"].as_str().unwrap_or(""),
                i["textEdit"]["newText"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(values, [("upgrade", "\"upgrade\""), ("rollback", "\"rollback\"")]);
    assert_eq!(items[0]["textEdit"]["range"], span(0, 29, 0, 33));
    let keys = "{\"chart_id\": \"c1\", \"action\": \"upgrade\", \"";
    c.change(uri, 3, json!([{"text": keys}]));
    c.diagnostics(uri, 3);
    let r = c.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": uri}, "position": pos(0, 41)}),
    );
    let items = r["result"].as_array().cloned().unwrap_or_default();
    let labels: Vec<&str> = items.iter().filter_map(|i| i["label"].as_str()).collect();
    // `values` is mandatory, `parameters` disputed.
    assert_eq!(labels, ["values", "parameters"]);
    assert_eq!(items[0]["textEdit"]["newText"], "\"values\": {}");
    assert_eq!(items[0]["textEdit"]["range"], span(0, 40, 0, 41));
    assert_eq!(c.finish(), 0);
}

/// The completion items at `position` of `uri`.
fn completions(c: &mut Client, uri: &str, position: Value) -> Vec<Value> {
    let r = c.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": uri}, "position": position}),
    );
    r["result"].as_array().cloned().unwrap_or_default()
}

#[test]
fn an_empty_document_of_a_known_kind_is_offered_its_starter_body() {
    use deploylint::__private::skeleton;
    use deploylint::{lint, InputFormat, Kind, Lang, Options, Preset};
    let clean = |kind: Kind, text: &str, format: InputFormat| {
        let opts = Options::new().kind(kind).preset(Preset::Recommended).format(format);
        assert_eq!(lint(text, &opts).remove(0).diagnostics, vec![], "{text}");
    };
    let dir = Scratch::new("starter");
    dir.write(
        "deploylint.toml",
        "lang = \"zh\"\n[[kinds]]\nfiles = [\"releases/**\"]\nkind = \"cce-release-update\"\n",
    );
    let mut c = Client::init(Some(&dir), json!({}));

    // Only the modeline: below it, the YAML body with its comments.
    let uri = dir.uri("app.yaml");
    let modeline = "# deploylint: kind=ief-v3-create\n";
    c.open(&uri, "yaml", modeline);
    let items = completions(&mut c, &uri, pos(1, 0));
    assert_eq!(items.len(), 1, "{items:?}");
    let item = &items[0];
    assert_eq!(item["label"], "deploylint: new ief-v3-create body");
    assert_eq!(item["textEdit"]["range"], span(1, 0, 1, 0));
    let body = skeleton::yaml(Kind::IefV3Create, Lang::Zh, false);
    assert_eq!(item["textEdit"]["newText"], body.as_str());
    let text = apply(modeline, std::slice::from_ref(&item["textEdit"]));
    assert_eq!(text, skeleton::yaml(Kind::IefV3Create, Lang::Zh, true));
    clean(Kind::IefV3Create, &text, InputFormat::Yaml);
    // The editor lints the inserted text clean too.
    c.change(&uri, 2, json!([{"text": text}]));
    assert_eq!(c.diagnostics(&uri, 2), Vec::<Value>::new());
    // Now the document has content: fields, not the body, are offered.
    let items = completions(&mut c, &uri, pos(1, 0));
    assert!(items.iter().all(|i| i["label"] != "deploylint: new ief-v3-create body"));

    // The cursor at the end of the modeline: the body on a new line after it.
    let uri = dir.uri("end.yaml");
    c.open(&uri, "yaml", "# deploylint: kind=ief-v2-update");
    let items = completions(&mut c, &uri, pos(0, 32));
    assert_eq!(items[0]["textEdit"]["range"], span(0, 32, 0, 32));
    let text = apply(
        "# deploylint: kind=ief-v2-update",
        std::slice::from_ref(&items[0]["textEdit"]),
    );
    assert_eq!(text, skeleton::yaml(Kind::IefV2Update, Lang::Zh, true));
    clean(Kind::IefV2Update, &text, InputFormat::Yaml);

    // An empty JSON file a `[[kinds]]` glob names: the JSON body.
    let uri = dir.uri("releases/web.json");
    c.open(&uri, "json", "");
    let items = completions(&mut c, &uri, pos(0, 0));
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(items[0]["label"], "deploylint: new cce-release-update body");
    assert_eq!(items[0]["textEdit"]["range"], span(0, 0, 0, 0));
    let text = apply("", std::slice::from_ref(&items[0]["textEdit"]));
    assert_eq!(text, skeleton::json(Kind::CceReleaseUpdate));
    clean(Kind::CceReleaseUpdate, &text, InputFormat::Json);

    // An empty file of no known kind: nothing.
    let uri = dir.uri("other.yaml");
    c.open(&uri, "yaml", "\n");
    assert_eq!(completions(&mut c, &uri, pos(0, 0)), Vec::<Value>::new());
    assert_eq!(c.finish(), 0);
}

#[test]
fn quick_fixes_apply_and_fix_all_applies_every_safe_fix() {
    let mut c = Client::init(None, json!({}));
    let uri = "file:///nowhere/web.yaml";
    let ds = c.open(uri, "yaml", MANIFEST);
    let r = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": span(8, 10, 8, 10), "context": {"diagnostics": [ds[0].clone()]}}),
    );
    let actions = r["result"].as_array().cloned().unwrap_or_default();
    let titles: Vec<&str> = actions.iter().filter_map(|a| a["title"].as_str()).collect();
    assert_eq!(
        titles,
        ["rename `image_ur` to `image_url`", "Apply every safe deploylint fix"]
    );
    assert_eq!(actions[0]["kind"], "quickfix");
    assert_eq!(actions[0]["isPreferred"], true);
    assert_eq!(actions[0]["diagnostics"][0]["code"], "unknown-field");
    let edits = actions[0]["edit"]["changes"][uri]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let fixed = apply(MANIFEST, &edits);
    assert!(fixed.contains("        image_url: nginx:1.25\n"));
    c.change(uri, 2, json!([{"text": fixed}]));
    assert_eq!(c.diagnostics(uri, 2).len(), 2);

    // A fix that needs a person's judgement: `dns_policy` against the host network.
    let fixed = fixed.replace(
        "      host_network: false\n",
        "      host_network: false\n      dns_policy: ClusterFirstWithHostNet\n",
    );
    c.change(uri, 3, json!([{"text": fixed}]));
    assert_eq!(
        codes(&c.diagnostics(uri, 3)),
        [
            ("invalid-type".to_string(), [10, 28, 10, 32]),
            ("restart-policy".to_string(), [12, 22, 12, 28]),
            ("dns-policy-host-network".to_string(), [14, 18, 14, 41])
        ]
    );
    let fix_at = |c: &mut Client, line: u64, ch: u64| {
        let r = c.request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri}, "range": span(line, ch, line, ch), "context": {"diagnostics": [], "only": ["quickfix"]}}),
        );
        let actions = r["result"].as_array().cloned().unwrap_or_default();
        assert_eq!(actions.len(), 1, "{actions:?}");
        (actions[0]["title"].clone(), actions[0]["isPreferred"].clone())
    };
    assert_eq!(fix_at(&mut c, 12, 24), (json!("replace with `Always`"), json!(true)));
    assert_eq!(fix_at(&mut c, 14, 20), (json!("use `ClusterFirst`"), json!(false)));

    // Fix all: every safe fix (the quotes, the restart policy), not the one needing judgement.
    let r = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": span(0, 0, 0, 0), "context": {"diagnostics": [], "only": ["source.fixAll"]}}),
    );
    let actions = r["result"].as_array().cloned().unwrap_or_default();
    assert_eq!(actions.len(), 1);
    assert_eq!(actions[0]["kind"], "source.fixAll.deploylint");
    assert_eq!(actions[0]["title"], "Apply every safe deploylint fix");
    let edits = actions[0]["edit"]["changes"][uri]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let all = apply(&fixed, &edits);
    assert!(all.contains("- container_port: 80\n"), "{all}");
    assert!(all.contains("restart_policy: Always\n"), "{all}");
    c.change(uri, 4, json!([{"text": all}]));
    assert_eq!(
        codes(&c.diagnostics(uri, 4)),
        [("dns-policy-host-network".to_string(), [14, 18, 14, 41])]
    );
    assert_eq!(c.finish(), 0);
}

#[test]
fn duplicate_keys_point_at_the_first_copy() {
    let mut c = Client::init(None, json!({}));
    let uri = "file:///nowhere/dup.json";
    let text = "{\"chart_id\": \"a\",\n \"action\": \"upgrade\",\n \"chart_id\": \"b\", \"parameters\": {}}";
    let ds = c.open(uri, "json", text);
    let dup = ds
        .iter()
        .find(|d| d["code"] == "duplicate-key")
        .cloned()
        .unwrap_or_default();
    assert_eq!(range(&dup), [2, 1, 2, 11]);
    assert_eq!(
        dup["relatedInformation"],
        json!([{"location": {"uri": uri, "range": span(0, 1, 0, 11)}, "message": "the first `chart_id`"}])
    );
    assert_eq!(c.finish(), 0);
}

#[test]
fn files_that_are_not_manifests_get_nothing() {
    let mut c = Client::init(None, json!({}));
    let package = "{\"name\": \"web\", \"version\": \"1.0.0\", \"description\": \"x\", \"scripts\": {}}";
    assert_eq!(
        c.open("file:///nowhere/package.json", "json", package),
        Vec::<Value>::new()
    );
    let k8s = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n";
    assert_eq!(c.open("file:///nowhere/k8s.yaml", "yaml", k8s), Vec::<Value>::new());
    let workflow = "name: ci\non: push\njobs: {}\n";
    assert_eq!(c.open("file:///nowhere/ci.yml", "yaml", workflow), Vec::<Value>::new());
    // Not JSON or YAML: nothing is ever published on it.
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": "file:///nowhere/notes.md", "languageId": "markdown", "version": 1, "text": MANIFEST}}),
    );
    c.open("file:///nowhere/after.json", "json", "{}");
    assert!(!c.seen.iter().any(|m| m["params"]["uri"] == "file:///nowhere/notes.md"));
    // No hover, completion or actions there either.
    let h = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": "file:///nowhere/package.json"}, "position": pos(0, 3)}),
    );
    assert_eq!(h["result"], Value::Null);
    // A comment makes any YAML a manifest of its kind.
    let marked = "# deploylint: kind=ief-v3-update\nname: x\n";
    let ds = c.open("file:///nowhere/marked.yaml", "yaml", marked);
    assert_eq!(codes(&ds), [("unknown-field".to_string(), [1, 0, 1, 4])]);
    assert!(ds[0]["message"]
        .as_str()
        .unwrap_or("")
        .starts_with("unknown field `name` in UpdateDeployment\n"));
    let ds = c.open(
        "file:///nowhere/bad-mark.yaml",
        "yaml",
        "# deploylint: kind=ief-v9\ndeployment: {}\n",
    );
    assert_eq!(ds[0]["range"], span(0, 19, 0, 25));
    // A registered code, worded by the core, with its documentation link.
    assert_eq!(ds[0]["code"], "kind-comment");
    assert_eq!(ds[0]["severity"], 1);
    assert_eq!(
        ds[0]["message"],
        "unknown kind `ief-v9` in the `# deploylint:` comment\n\nthe kinds are `ief-v2-create`, `ief-v2-update`, `ief-v3-create`, `ief-v3-update`, `cce-release-update`"
    );
    assert!(ds[0]["codeDescription"]["href"]
        .as_str()
        .unwrap_or("")
        .ends_with("rules.md#kind-comment"));
    assert_eq!(c.finish(), 0);
}

#[test]
fn a_broken_config_is_a_config_error_in_the_editor_s_language() {
    let dir = Scratch::new("config-zh");
    dir.write("deploylint.toml", "lang = \"en\"\n[limits]\ndepth = 5000\n");
    let mut c = Client::init(Some(&dir), json!({"lang": "zh"}));
    let cfg = c.diagnostics_where(&dir.uri("deploylint.toml"), |_| true);
    let d = &cfg["diagnostics"][0];
    assert_eq!(d["code"], "config-error");
    assert_eq!(range(d), [2, 8, 2, 12]);
    assert_eq!(d["message"], "上限 `depth` 最多为 1000(嵌套更深可能导致栈溢出)");
    assert_eq!(c.finish(), 0);
}

#[test]
fn a_kind_comment_naming_no_kind_is_worded_in_the_editor_s_language() {
    let mut c = Client::init(None, json!({"lang": "zh"}));
    let ds = c.open(
        "file:///nowhere/bad-mark.yaml",
        "yaml",
        "# deploylint: kind=ief-v3-updat\ndeployment: {}\n",
    );
    let d = ds
        .iter()
        .find(|d| d["code"] == "kind-comment")
        .cloned()
        .unwrap_or_default();
    assert_eq!(d["range"], span(0, 19, 0, 31));
    assert_eq!(
        d["message"],
        "`# deploylint:` 注释中的类型 `ief-v3-updat` 不存在\n\n是否想写 `ief-v3-update`?"
    );
    assert_eq!(c.finish(), 0);
}

#[test]
fn the_config_applies_and_reloads_when_it_changes() {
    let dir = Scratch::new("config");
    dir.write(
        "deploylint.toml",
        "[rules]\nrestart-policy = \"warning\"\n\n[[kinds]]\nfiles = [\"updates/**\"]\nkind = \"ief-v3-update\"\n",
    );
    let mut c = Client::init(Some(&dir), json!({}));
    let uri = dir.uri("web.yaml");
    let ds = c.open(&uri, "yaml", MANIFEST);
    let policy = ds
        .iter()
        .find(|d| d["code"] == "restart-policy")
        .cloned()
        .unwrap_or_default();
    assert_eq!(policy["severity"], 2, "a warning by the config");
    // A file the `[[kinds]]` glob names is a manifest of that kind, whatever its shape.
    let update = dir.uri("updates/named.yaml");
    let ds = c.open(&update, "yaml", "name: x\n");
    assert_eq!(codes(&ds), [("unknown-field".to_string(), [0, 0, 0, 4])]);

    // The config changes on disk: the rule is turned off.
    dir.write("deploylint.toml", "[rules]\nrestart-policy = \"off\"\n");
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": dir.uri("deploylint.toml"), "type": 2}]}),
    );
    let ds = c.diagnostics(&uri, 1);
    assert_eq!(
        codes(&ds),
        [
            ("unknown-field".to_string(), [8, 8, 8, 16]),
            ("invalid-type".to_string(), [10, 28, 10, 32])
        ]
    );
    // A broken config is reported on the config file; the defaults apply meanwhile.
    dir.write("deploylint.toml", "[rules]\nrestart-polcy = \"off\"\n");
    c.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": dir.uri("deploylint.toml")}}),
    );
    let cfg = c.diagnostics_where(&dir.uri("deploylint.toml"), |_| true);
    let d = &cfg["diagnostics"][0];
    // `config-error`, a registered code, at the misspelt key.
    assert_eq!(d["code"], "config-error");
    assert_eq!(d["severity"], 1);
    assert!(d["codeDescription"]["href"]
        .as_str()
        .unwrap_or("")
        .ends_with("rules.md#config-error"));
    assert_eq!(range(d), [1, 0, 1, 13]);
    assert_eq!(
        d["message"],
        "unknown rule code `restart-polcy`; did you mean `restart-policy`? (see `deploylint rules`)"
    );
    assert_eq!(c.diagnostics(&uri, 1).len(), 3);
    // Opening and closing the config in the editor leaves its diagnostics alone.
    let toml = dir.uri("deploylint.toml");
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": toml, "languageId": "toml", "version": 1, "text": "[rules]\nrestart-polcy = \"off\"\n"}}),
    );
    c.notify("textDocument/didClose", json!({"textDocument": {"uri": toml}}));
    c.open(&dir.uri("other.yaml"), "yaml", MANIFEST);
    assert!(
        !c.seen.iter().any(|m| m["params"]["uri"] == toml),
        "nothing published on the config: {:?}",
        c.seen
    );
    // Fixed again: the config's diagnostics are cleared.
    dir.write("deploylint.toml", "lang = \"zh\"\n");
    c.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": dir.uri("deploylint.toml")}}),
    );
    let cfg = c.diagnostics_where(&dir.uri("deploylint.toml"), |_| true);
    assert_eq!(cfg["diagnostics"], json!([]));
    let ds = c.diagnostics(&uri, 1);
    assert_eq!(
        ds[0]["message"].as_str().map(|m| m.starts_with("ContainerDef 中")),
        Some(true),
        "{}",
        ds[0]["message"]
    );
    assert_eq!(c.finish(), 0);
}

#[test]
fn watched_files_are_registered_when_the_client_can() {
    let caps = json!({"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}});
    let mut c = Client::init_with(None, json!({}), caps);
    let reg = loop {
        let m = c.next();
        if m["method"] == "client/registerCapability" {
            break m;
        }
    };
    assert_eq!(
        reg["params"]["registrations"][0]["method"],
        "workspace/didChangeWatchedFiles"
    );
    assert_eq!(
        reg["params"]["registrations"][0]["registerOptions"]["watchers"][0]["globPattern"],
        "**/deploylint.toml"
    );
    c.send(json!({"jsonrpc": "2.0", "id": reg["id"].clone(), "result": null}));
    assert_eq!(c.finish(), 0);
}

#[test]
fn bad_messages_get_errors_and_the_server_goes_on() {
    let mut c = Client::start();
    // Before initialize.
    let r = c.request("textDocument/hover", json!({}));
    assert_eq!(r["error"]["code"], -32002);
    let init = c.request("initialize", json!({"capabilities": {}, "rootUri": 5}));
    assert!(
        init["result"]["capabilities"].is_object(),
        "odd initialize params are tolerated"
    );
    c.notify("initialized", json!({}));
    // Not JSON; JSON but not a message; an unknown method; bad params; a second initialize.
    c.raw(b"Content-Length: 9\r\n\r\n{not json");
    let m = c.next();
    assert_eq!(
        (m["id"].clone(), m["error"]["code"].clone()),
        (Value::Null, json!(-32700))
    );
    c.send(json!({"id": 41}));
    let m = c.next();
    assert_eq!(
        (m["id"].clone(), m["error"]["code"].clone()),
        (json!(41), json!(-32600))
    );
    let r = c.request("textDocument/definition", json!({}));
    assert_eq!(r["error"]["code"], -32601);
    let r = c.request("textDocument/hover", json!({"textDocument": 3}));
    assert_eq!(r["error"]["code"], -32602);
    let r = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": "::"}, "position": pos(0, 0)}),
    );
    assert_eq!(r["error"]["code"], -32602);
    let r = c.request("initialize", json!({"capabilities": {}}));
    assert_eq!(r["error"]["code"], -32600);
    // Positions past the end, a document that is not open.
    let r = c.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": "file:///nowhere/none.yaml"}, "position": pos(9999, 9999)}),
    );
    assert_eq!(r["result"], Value::Null);
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": "file:///nowhere/none.yaml", "version": 2}, "contentChanges": [{"text": "x"}]}),
    );
    let uri = "file:///nowhere/web.yaml";
    c.open(uri, "yaml", MANIFEST);
    for p in [
        pos(0, 0),
        pos(3, 999),
        pos(999, 0),
        pos(u32::MAX.into(), u32::MAX.into()),
    ] {
        let r = c.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": p}),
        );
        assert!(r.get("error").is_none(), "{r}");
        let r = c.request(
            "textDocument/completion",
            json!({"textDocument": {"uri": uri}, "position": p}),
        );
        assert!(r.get("error").is_none(), "{r}");
    }
    c.change(
        uri,
        2,
        json!([{"range": span(999, 0, 0, 0), "text": "\u{0}\u{feff}😀"}]),
    );
    assert!(!c.diagnostics(uri, 2).is_empty());
    // Deep nesting the parsers accept, and far deeper.
    let deep = format!("{{\"deployment\": {}1{}}}", "{\"a\": ".repeat(200), "}".repeat(200));
    c.change(uri, 3, json!([{"text": deep}]));
    let ds = c.diagnostics(uri, 3);
    assert!(ds.iter().any(|d| d["code"] == "unknown-field"), "{ds:?}");
    let r = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": pos(0, 3000)}),
    );
    assert!(r.get("error").is_none(), "{r}");
    let r = c.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": uri}, "position": pos(0, 3000)}),
    );
    assert!(r.get("error").is_none(), "{r}");
    let deeper = format!("{{\"deployment\": {}", "[".repeat(100_000));
    c.change(uri, 4, json!([{"text": deeper}]));
    assert_eq!(c.diagnostics(uri, 4)[0]["code"], "limit-exceeded");
    // After shutdown, requests are refused; exit ends with 0.
    let r = c.request("shutdown", Value::Null);
    assert_eq!(r["result"], Value::Null);
    let r = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": pos(0, 0)}),
    );
    assert_eq!(r["error"]["code"], -32600);
    c.notify("exit", Value::Null);
    assert_eq!(c.wait(), 0);
}

#[test]
fn exit_without_shutdown_is_status_one_and_eof_ends_the_server() {
    let mut c = Client::init(None, json!({}));
    c.notify("exit", Value::Null);
    assert_eq!(c.wait(), 1);
    let c = Client::init(None, json!({}));
    assert_eq!(c.wait(), 1);
}

#[test]
fn the_examples_get_the_findings_of_deploylint_check() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace root");
    let mut c = Client::init(None, json!({}));
    let mut compared = 0;
    for dir in ["examples/broken", "examples/valid"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .expect("examples")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json" || x == "yaml"))
            .collect();
        files.sort();
        for path in files {
            let text = std::fs::read_to_string(&path).expect("example");
            let out = Command::new(env!("CARGO_BIN_EXE_deploylint"))
                .args(["check", "--format", "json", "--lang", "en"])
                .arg(&path)
                .output()
                .expect("check runs");
            let cli: Value = serde_json::from_slice(&out.stdout).expect("JSON report");
            // One entry per document of the file, in order.
            let mut expected: Vec<(String, [u64; 4], String)> = Vec::new();
            for doc in cli["files"].as_array().cloned().unwrap_or_default() {
                for d in doc["diagnostics"].as_array().cloned().unwrap_or_default() {
                    let n = |k: &str| d[k].as_u64().unwrap_or(0);
                    let mut message = d["message"].as_str().unwrap_or("").to_string();
                    if let Some(h) = d["help"].as_str() {
                        message = format!("{message}\n\n{h}");
                    }
                    expected.push((
                        d["code"].as_str().unwrap_or("").to_string(),
                        [
                            n("line") - 1,
                            n("column_utf16") - 1,
                            n("end_line") - 1,
                            n("end_column_utf16") - 1,
                        ],
                        message,
                    ));
                }
            }
            let uri = format!("file://{}", path.display());
            let language = if path.extension().is_some_and(|x| x == "json") {
                "json"
            } else {
                "yaml"
            };
            let got: Vec<(String, [u64; 4], String)> = c
                .open(&uri, language, &text)
                .iter()
                .map(|d| {
                    (
                        d["code"].as_str().unwrap_or("").to_string(),
                        range(d),
                        d["message"].as_str().unwrap_or("").to_string(),
                    )
                })
                .collect();
            assert_eq!(got, expected, "{}", path.display());
            compared += 1;
        }
    }
    assert!(compared >= 10, "{compared} examples");
    assert_eq!(c.finish(), 0);
}

#[test]
fn deep_nesting_is_a_limit_diagnostic_not_a_crash() {
    let dir = Scratch::new("deep");
    dir.write(
        "deploylint.toml",
        "[[kinds]]\nfiles = [\"deep.json\"]\nkind = \"ief-v3-create\"\n\n[limits]\ndepth = 1000\n",
    );
    let mut c = Client::init(Some(&dir), json!({}));
    let json_text = "[".repeat(100_000);
    let ds = c.open(&dir.uri("deep.json"), "json", &json_text);
    assert_eq!(codes(&ds), [("limit-exceeded".to_string(), [0, 1000, 0, 1001])]);
    assert_eq!(
        ds[0]["message"].as_str().unwrap_or("").lines().next(),
        Some("the document nests deeper than 1000 levels (the `depth` limit): it is not checked past this point")
    );
    for (name, body) in [("flow.yaml", "[".repeat(100_000)), ("block.yaml", "- ".repeat(100_000))] {
        let text = format!("# deploylint: kind=ief-v3-create\n{body}");
        let ds = c.open(&dir.uri(name), "yaml", &text);
        let found: Vec<_> = ds.iter().map(|d| d["code"].clone()).collect();
        assert_eq!(found, [json!("limit-exceeded")], "{name}");
    }
    // The server still answers.
    let h = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": dir.uri("deep.json")}, "position": pos(0, 3)}),
    );
    assert!(h.get("error").is_none(), "{h}");
    assert_eq!(c.finish(), 0);
}

/// A v3 update whose one container pulls from Docker Hub.
const HUB: &str = "deployment:
  replicas: 1
  template:
    configs: {host_network: false, restart_policy: Always}
    containers:
      - name: agent
        image_url: docker.io/edge/agent:1.0
";

#[test]
fn policies_apply_and_reload_when_their_schema_file_changes() {
    let dir = Scratch::new("policies");
    dir.write(
        "deploylint.toml",
        "[[policies]]\nid = \"acme-registry\"\ntarget = \"container\"\nmessage = \"images come from the acme organisation of SWR\"\nmessage-zh = \"镜像须来自 SWR 的 acme 组织\"\nschema-file = \"policies/registry.yaml\"\n",
    );
    dir.write(
        "policies/registry.yaml",
        "properties:\n  image_url:\n    pattern: ^swr\\.\n",
    );
    let mut c = Client::init(Some(&dir), json!({}));
    let uri = dir.uri("update.yaml");
    let ds = c.open(&uri, "yaml", HUB);
    assert_eq!(codes(&ds), [("acme-registry".to_string(), [6, 19, 6, 43])]);
    assert_eq!(ds[0]["severity"], 1);
    assert_eq!(ds[0]["message"], "images come from the acme organisation of SWR\n\n\"docker.io/edge/agent:1.0\" does not match the pattern `^swr\\.`");
    // Hover on a value the policy checks shows the policy after the field's documentation.
    let h = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": pos(6, 25)}),
    );
    let text = h["result"]["contents"]["value"].as_str().unwrap_or("").to_string();
    assert!(text.starts_with("**image_url**: `string`"), "{text}");
    assert!(
        text.ends_with("\n---\n**Team policies** checking this value:\n- `acme-registry`: images come from the acme organisation of SWR (policies/registry.yaml)\n"),
        "{text}"
    );
    // Not on a value outside its target.
    let h = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": pos(1, 4)}),
    );
    let text = h["result"]["contents"]["value"].as_str().unwrap_or("").to_string();
    assert!(
        text.starts_with("**replicas**") && !text.contains("acme-registry"),
        "{text}"
    );
    // The schema file changes on disk: the open document is linted again with it.
    dir.write("policies/registry.yaml", "required: [name, version]\n");
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": dir.uri("policies/registry.yaml"), "type": 2}]}),
    );
    let ds = c.diagnostics_where(&uri, |p| {
        p["diagnostics"].as_array().is_some_and(|d| {
            d.iter()
                .any(|d| d["message"].as_str().is_some_and(|m| m.contains("`version`")))
        })
    });
    assert_eq!(
        codes(ds["diagnostics"].as_array().map_or(&[][..], Vec::as_slice)),
        [("acme-registry".to_string(), [5, 8, 5, 9])]
    );
    // A schema that is not JSON Schema: `invalid-policy` on the schema file, at its place.
    dir.write("policies/registry.yaml", "required: name\n");
    c.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": dir.uri("policies/registry.yaml")}}),
    );
    let bad = c.diagnostics_where(&dir.uri("policies/registry.yaml"), |p| {
        p["diagnostics"].as_array().is_some_and(|d| !d.is_empty())
    });
    let d = &bad["diagnostics"][0];
    assert_eq!(d["code"], "invalid-policy");
    assert_eq!(range(d), [0, 10, 0, 14]);
    assert_eq!(
        d["message"],
        "not a valid JSON Schema: \"name\" is not of type \"array\""
    );
    // And on deploylint.toml, at the `schema-file` value, saying where.
    let toml = c.diagnostics_where(&dir.uri("deploylint.toml"), |_| true);
    assert_eq!(
        codes(toml["diagnostics"].as_array().map_or(&[][..], Vec::as_slice)),
        [("invalid-policy".to_string(), [5, 14, 5, 38])]
    );
    assert_eq!(
        toml["diagnostics"][0]["message"],
        "schema file `policies/registry.yaml` has a problem at policies/registry.yaml:1:11: not a valid JSON Schema: \"name\" is not of type \"array\""
    );
    // Fixed: the errors are cleared on both files and the policy applies again.
    dir.write(
        "policies/registry.yaml",
        "properties:\n  image_url:\n    pattern: ^swr\\.\n",
    );
    c.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": dir.uri("policies/registry.yaml")}}),
    );
    let cleared = c.diagnostics_where(&dir.uri("policies/registry.yaml"), |_| true);
    assert_eq!(cleared["diagnostics"], json!([]));
    let cleared = c.diagnostics_where(&dir.uri("deploylint.toml"), |_| true);
    assert_eq!(cleared["diagnostics"], json!([]));
    let ds = c.diagnostics_where(&uri, |p| {
        p["diagnostics"].as_array().is_some_and(|d| {
            d.iter()
                .any(|d| d["code"] == "acme-registry" && d["message"].as_str().is_some_and(|m| m.contains("pattern")))
        })
    });
    assert_eq!(ds["diagnostics"].as_array().map(Vec::len), Some(1));
    assert_eq!(c.finish(), 0);
}

/// The head of a `[[policies]]` table, without its schema.
const POLICY_HEAD: &str = "[[policies]]\nid = \"acme-registry\"\ntarget = \"container\"\nmessage = \"m\"\n";

/// A server on `dir` (whose deploylint.toml and schema files are written),
/// in `lang`: the diagnostics it publishes on the config and, when `schema`
/// names one, on that schema file, as (code, range, message) triples with
/// their related places (uri, range, message).
fn bad_policy(dir: &Scratch, lang: &str, schema: Option<&str>) -> (Vec<Value>, Vec<Value>) {
    let mut c = Client::init(Some(dir), json!({"lang": lang}));
    // The schema file's are published first.
    let on_schema = schema.map_or_else(Vec::new, |s| {
        c.diagnostics_where(&dir.uri(s), |_| true)["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    });
    let on_config = c.diagnostics_where(&dir.uri("deploylint.toml"), |_| true)["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(c.finish(), 0);
    (on_config, on_schema)
}

/// Code, range and message of one diagnostic.
fn said(d: &Value) -> (String, [u64; 4], String) {
    (
        d["code"].as_str().unwrap_or_default().to_string(),
        range(d),
        d["message"].as_str().unwrap_or_default().to_string(),
    )
}

/// Every bad policy the config names in deploylint.toml: one `invalid-policy`
/// on deploylint.toml, at its place, with the core's words.
#[test]
fn bad_policies_in_deploylint_toml_are_diagnostics_on_it() {
    let dir = Scratch::new("bad-policies-toml");
    let s = |x: &str| x.to_string();
    let cases: Vec<(String, &str, [u64; 4], String)> = vec![
        (
            "[[policies]]\nid = \"acme-registry\"\ntarget = \"containers\"\nmessage = \"m\"\nschema = {}\n".into(),
            "en",
            [2, 9, 2, 21],
            s("unknown policy target `containers`; did you mean `container`? (the targets are `body`, `deployment`, `pod-configs`, `container`, `init-container`, `volume`, `port`, `env`, `probe`, `tag`, `release-values`)"),
        ),
        (
            "[[policies]]\nid = \"acme-registry\"\ntarget = \"containers\"\nmessage = \"m\"\nschema = {}\n".into(),
            "zh",
            [2, 9, 2, 21],
            s("未知的策略目标 `containers`;是否想写 `container`?(目标有 `body`、`deployment`、`pod-configs`、`container`、`init-container`、`volume`、`port`、`env`、`probe`、`tag`、`release-values`)"),
        ),
        (
            format!("{POLICY_HEAD}schema = {{ properties = {{ image_url = {{ type = \"strng\" }} }} }}\n"),
            "en",
            [4, 9, 4, 60],
            s("not a valid JSON Schema: \"strng\" is not valid under any of the schemas listed in the 'anyOf' keyword"),
        ),
        (
            format!("{POLICY_HEAD}schema-file = \"policies/registry.schema.json\"\n"),
            "en",
            [4, 14, 4, 45],
            s("schema file `policies/registry.schema.json` not found (paths are relative to deploylint.toml)"),
        ),
        (
            "[[policies]]\nid = \"host-network\"\ntarget = \"container\"\nmessage = \"m\"\nschema = {}\n".into(),
            "en",
            [1, 5, 1, 19],
            s("policy id `host-network` is a built-in rule code; choose another id (see `deploylint rules`)"),
        ),
        (
            "[[policies]]\nid = \"host-network\"\ntarget = \"container\"\nmessage = \"m\"\nschema = {}\n".into(),
            "zh",
            [1, 5, 1, 19],
            s("策略 id `host-network` 与内置规则代码相同;请换一个 id(见 `deploylint rules`)"),
        ),
        (
            format!("{POLICY_HEAD}schema = {{}}\n\n{POLICY_HEAD}schema = {{}}\n"),
            "en",
            [7, 5, 7, 20],
            s("policy id `acme-registry` is used by an earlier policy"),
        ),
        (
            format!("{POLICY_HEAD}schema = {{ properties = {{ image_url = {{ pattern = \"^swr\\\\.([\" }} }} }}\n"),
            "en",
            [4, 9, 4, 67],
            s("pattern `^swr\\.([` does not compile: \"^swr\\\\.([\" is not a \"regex\""),
        ),
        (
            format!("{POLICY_HEAD}schema = {{ properties = {{ image_url = {{ \"$ref\" = \"https://schemas.example.com/image.json\" }} }} }}\n"),
            "en",
            [4, 9, 4, 95],
            s("`$ref` to the remote URL `https://schemas.example.com/image.json` is refused: deploylint never fetches schemas; copy it next to the schema file and refer to it by a relative path"),
        ),
    ];
    for (config, lang, at, message) in cases {
        dir.write("deploylint.toml", &config);
        let (on_config, _) = bad_policy(&dir, lang, None);
        assert_eq!(
            on_config.iter().map(said).collect::<Vec<_>>(),
            [(s("invalid-policy"), at, message)],
            "{config}"
        );
        assert_eq!(on_config[0]["severity"], 1);
        assert_eq!(on_config[0].get("relatedInformation"), None);
    }
}

/// A bad policy whose problem is in its schema file: an `invalid-policy` on
/// the schema file at the problem, and one on deploylint.toml at the
/// `schema-file` value saying where, each pointing at the other.
#[test]
fn a_bad_schema_file_is_a_diagnostic_on_it_and_on_deploylint_toml() {
    let dir = Scratch::new("bad-policies-file");
    let s = |x: &str| x.to_string();
    let file = "policies/registry.schema.json";
    dir.write("deploylint.toml", &format!("{POLICY_HEAD}schema-file = \"{file}\"\n"));
    let named = [4, 14, 4, 45];
    let cases: Vec<(&str, &str, [u64; 4], String, String)> = vec![
        (
            "{\"properties\": {\"image_url\": {\"minLength\": -1}}}\n",
            "en",
            [0, 43, 0, 45],
            s("not a valid JSON Schema: -1 is less than the minimum of 0"),
            s("schema file `policies/registry.schema.json` has a problem at policies/registry.schema.json:1:44: not a valid JSON Schema: -1 is less than the minimum of 0"),
        ),
        (
            "{\n  \"properties\": {\n    \"image_url\": {\"pattern\": \"^swr\\\\.([\"}\n  }\n}\n",
            "en",
            [2, 29, 2, 40],
            s("pattern `^swr\\.([` does not compile: \"^swr\\\\.([\" is not a \"regex\""),
            s("schema file `policies/registry.schema.json` has a problem at policies/registry.schema.json:3:30: pattern `^swr\\.([` does not compile: \"^swr\\\\.([\" is not a \"regex\""),
        ),
        (
            "{\n  \"properties\": {\n    \"image_url\": {\"pattern\": \"^swr\\\\.([\"}\n  }\n}\n",
            "zh",
            [2, 29, 2, 40],
            s("模式 `^swr\\.([` 无法编译(校验器原文:`\"^swr\\\\.([\" is not a \"regex\"`)"),
            s("JSON Schema 文件 `policies/registry.schema.json` 在 policies/registry.schema.json:3:30 处有问题:模式 `^swr\\.([` 无法编译(校验器原文:`\"^swr\\\\.([\" is not a \"regex\"`)"),
        ),
        (
            "properties:\n  image_url:\n    $ref: https://schemas.example.com/image.json\n",
            "en",
            [2, 10, 2, 48],
            s("`$ref` to the remote URL `https://schemas.example.com/image.json` is refused: deploylint never fetches schemas; copy it next to the schema file and refer to it by a relative path"),
            s("schema file `policies/registry.schema.json` has a problem at policies/registry.schema.json:3:11: `$ref` to the remote URL `https://schemas.example.com/image.json` is refused: deploylint never fetches schemas; copy it next to the schema file and refer to it by a relative path"),
        ),
        (
            "{\"properties\": {\n",
            "zh",
            [1, 0, 1, 0],
            s("JSON Schema 文件 `policies/registry.schema.json` 不是 JSON 或 YAML:JSON 语法错误:文本在文档完整之前就结束了"),
            s("JSON Schema 文件 `policies/registry.schema.json` 在 policies/registry.schema.json:2:1 处有问题:JSON Schema 文件 `policies/registry.schema.json` 不是 JSON 或 YAML:JSON 语法错误:文本在文档完整之前就结束了"),
        ),
    ];
    for (schema, lang, at, in_file, on_toml) in cases {
        dir.write(file, schema);
        let (on_config, on_schema) = bad_policy(&dir, lang, Some(file));
        assert_eq!(
            on_schema.iter().map(said).collect::<Vec<_>>(),
            [(s("invalid-policy"), at, in_file.clone())],
            "{schema}"
        );
        assert_eq!(
            on_config.iter().map(said).collect::<Vec<_>>(),
            [(s("invalid-policy"), named, on_toml.clone())],
            "{schema}"
        );
        // Each points at the other.
        assert_eq!(
            on_config[0]["relatedInformation"],
            json!([{"location": {"uri": dir.uri(file), "range": span(at[0], at[1], at[2], at[3])}, "message": in_file}])
        );
        assert_eq!(
            on_schema[0]["relatedInformation"],
            json!([{"location": {"uri": dir.uri("deploylint.toml"), "range": span(4, 14, 4, 45)}, "message": on_toml}])
        );
    }
}

/// A relative `$ref` of a schema file resolves next to it: the policy applies, nothing is wrong.
#[test]
fn a_relative_ref_resolves_next_to_the_schema_file() {
    let dir = Scratch::new("policies-ref");
    dir.write(
        "deploylint.toml",
        "[[policies]]\nid = \"acme-registry\"\ntarget = \"container\"\nmessage = \"images come from the acme organisation of SWR\"\nschema-file = \"policies/registry.yaml\"\n",
    );
    dir.write(
        "policies/registry.yaml",
        "properties:\n  image_url:\n    $ref: defs.yaml#/image\n",
    );
    dir.write("policies/defs.yaml", "image:\n  pattern: ^swr\\.\n");
    let mut c = Client::init(Some(&dir), json!({}));
    let ds = c.open(&dir.uri("update.yaml"), "yaml", HUB);
    assert_eq!(codes(&ds), [("acme-registry".to_string(), [6, 19, 6, 43])]);
    assert_eq!(
        ds[0]["message"],
        "images come from the acme organisation of SWR\n\n\"docker.io/edge/agent:1.0\" does not match the pattern `^swr\\.`"
    );
    assert!(
        !c.seen
            .iter()
            .any(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] != dir.uri("update.yaml")),
        "nothing published on the config or the schema files: {:?}",
        c.seen
    );
    assert_eq!(c.finish(), 0);
}
