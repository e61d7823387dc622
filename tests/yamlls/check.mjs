// yaml-language-server (Red Hat's YAML server, the one inside the VS Code YAML
// extension) and deploylint's generated schema, over stdio as an editor runs it
// (issue 13, item 8): the schemas work for its users without deploylint.
//
// Two ways a user points the server at schemas/ief-v3-create.json, each checked
// on its own server process:
//   1. the modeline `# yaml-language-server: $schema=file:///…/ief-v3-create.json`
//      on the manifest's first line (and with a path relative to the manifest);
//   2. the `yaml.schemas` setting ({"file:///…/ief-v3-create.json": "web.yaml"}),
//      sent with workspace/didChangeConfiguration as the YAML extension sends it.
// Each time, the diagnostics published for editors/testdata/web.yaml (a misspelt
// key and a restart policy in the wrong case) must be exactly EXPECTED: lines
// (1-based, of web.yaml itself, not counting the modeline) and messages. A file
// the setting does not match gets no diagnostics.
//
// Run by scripts/test-editors.sh after `npm ci --prefix tests/yamlls`:
//     node tests/yamlls/check.mjs
// Exit status 0 when every check passes, 1 otherwise; one line per check.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const server = join(here, "node_modules", "yaml-language-server", "bin", "yaml-language-server");
const schemaUrl = pathToFileURL(join(root, "schemas", "ief-v3-create.json")).href;
const manifest = readFileSync(join(root, "editors", "testdata", "web.yaml"), "utf8");

// What yaml-language-server 1.19 says about web.yaml with the schema, as
// "line: message" (line of web.yaml, 1-based), sorted.
const EXPECTED = [
  '10: Missing property "image_url".',
  "11: Property image_ur is not allowed.",
  '13: Value is not accepted. Valid values: "Always", "OnFailure", "Never".',
];

let failures = 0;
const report = (ok, what) => {
  if (!ok) failures++;
  console.log(`yaml-language-server: ${ok ? "ok" : "FAIL"}: ${what}`);
};

/** One yaml-language-server process, spoken to with LSP's framing. */
class Client {
  constructor() {
    this.proc = spawn(process.execPath, [server, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    this.buffer = Buffer.alloc(0);
    this.nextId = 1;
    this.pending = new Map();
    this.waiters = [];
    this.stderr = "";
    this.proc.stderr.on("data", (d) => (this.stderr += d));
    this.proc.stdout.on("data", (d) => this.receive(d));
  }
  send(message) {
    const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }), "utf8");
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }
  request(method, params) {
    const id = this.nextId++;
    this.send({ id, method, params });
    return new Promise((resolve) => this.pending.set(id, resolve));
  }
  notify(method, params) {
    this.send({ method, params });
  }
  receive(data) {
    this.buffer = Buffer.concat([this.buffer, data]);
    for (;;) {
      const end = this.buffer.indexOf("\r\n\r\n");
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString("utf8"));
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.dispatch(message);
    }
  }
  dispatch(message) {
    if (message.id !== undefined && message.method === undefined) {
      this.pending.get(message.id)?.(message.result);
      this.pending.delete(message.id);
    } else if (message.id !== undefined) {
      // A request from the server (workspace/configuration, client/registerCapability, ...).
      const result = message.method === "workspace/configuration"
        ? message.params.items.map((item) => (item.section === "yaml" ? this.settings?.yaml ?? null : null))
        : null;
      this.send({ id: message.id, result });
    } else if (message.method === "textDocument/publishDiagnostics") {
      const { uri, diagnostics } = message.params;
      for (const waiter of this.waiters.filter((w) => w.uri === uri)) waiter.resolve(diagnostics);
      this.waiters = this.waiters.filter((w) => w.uri !== uri);
    }
  }
  /** The next diagnostics published for `uri`, or null after `ms`. */
  nextDiagnostics(uri, ms) {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), ms);
      this.waiters.push({ uri, resolve: (d) => { clearTimeout(timer); resolve(d); } });
    });
  }
  async start(settings) {
    this.settings = settings;
    await this.request("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: { publishDiagnostics: { relatedInformation: true } },
      },
      initializationOptions: {},
    });
    this.notify("initialized", {});
    this.notify("workspace/didChangeConfiguration", { settings });
  }
  async open(uri, text) {
    const published = this.nextDiagnostics(uri, 20000);
    this.notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text } });
    return published;
  }
  async stop() {
    await this.request("shutdown", null);
    this.notify("exit", null);
  }
}

/** "line: message" with lines of web.yaml (1-based), `offset` lines of modeline above it. */
const summarise = (diagnostics, offset) =>
  diagnostics.map((d) => `${d.range.start.line + 1 - offset}: ${d.message}`).sort();

const same = (got, want) => JSON.stringify(got) === JSON.stringify(want);

async function run() {
  const base = { yaml: { validate: true, schemaStore: { enable: false }, format: { enable: false } } };

  // 1. The modeline.
  {
    const client = new Client();
    await client.start(base);
    const text = `# yaml-language-server: $schema=${schemaUrl}\n${manifest}`;
    const got = await client.open("file:///workspace/modeline/web.yaml", text);
    report(got !== null, "diagnostics published with the modeline");
    const lines = summarise(got ?? [], 1);
    report(same(lines, EXPECTED), `modeline: ${JSON.stringify(lines)}`);
    // A path relative to the manifest (editors/testdata/web.yaml → schemas/).
    const relative = `# yaml-language-server: $schema=../../schemas/ief-v3-create.json\n${manifest}`;
    const uri = pathToFileURL(join(root, "editors", "testdata", "web.yaml")).href;
    const near = summarise((await client.open(uri, relative)) ?? [], 1);
    report(same(near, EXPECTED), `modeline with a relative path: ${JSON.stringify(near)}`);
    await client.stop();
  }

  // 2. The yaml.schemas setting.
  {
    const client = new Client();
    await client.start({ yaml: { ...base.yaml, schemas: { [schemaUrl]: "web.yaml" } } });
    const got = await client.open("file:///workspace/setting/web.yaml", manifest);
    const lines = summarise(got ?? [], 0);
    report(same(lines, EXPECTED), `yaml.schemas: ${JSON.stringify(lines)}`);
    const other = await client.open("file:///workspace/setting/other.yaml", manifest);
    report(other !== null && other.length === 0, `a file the setting does not match gets nothing: ${JSON.stringify(other)}`);
    await client.stop();
  }
}

await run().catch((e) => report(false, String(e?.stack ?? e)));
process.exit(failures ? 1 : 0);
