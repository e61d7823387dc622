// Ajv 2020 in strict mode and deploylint's generated schemas (schemas/*.json).
//
// 1. Strict Ajv refuses the schemas until their two annotation keywords are
//    declared ("unknown keyword"); with the one line the README gives,
//        ajv.addVocabulary(["x-description-zh", "x-deploylint-rule"]);
//    every schema compiles.
// 2. Over every JSON fixture whose kind its .expect file names (and the
//    shipped examples): a body the core finds no error in is accepted, and a
//    body with an error of a rule the schemas express (structural) is rejected.
// Run by scripts/test.sh after the cargo build (it reads the rule catalogue
// from target/debug/deploylint, or $CARGO_TARGET_DIR/debug/deploylint). Exit status 1 on any disagreement.
import Ajv2020 from "ajv/dist/2020.js";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bin =
  process.env.DEPLOYLINT_BIN ?? join(process.env.CARGO_TARGET_DIR ?? join(root, "target"), "debug", "deploylint");
const kinds = ["ief-v2-create", "ief-v2-update", "ief-v3-create", "ief-v3-update", "cce-release-update"];
const schema = (k) => JSON.parse(readFileSync(join(root, "schemas", `${k}.json`), "utf8"));
let failures = 0;
const fail = (m) => {
  failures++;
  console.error(`FAIL ${m}`);
};

// 1. Strict mode without and with the vocabulary.
for (const k of kinds) {
  try {
    new Ajv2020({ strict: true }).compile(schema(k));
    fail(`${k}: strict Ajv compiled it without the vocabulary (the README's advice would be needless)`);
  } catch (e) {
    if (!/unknown keyword: "?x-/.test(String(e.message))) fail(`${k}: unexpected error ${e.message}`);
  }
}
const ajv = new Ajv2020({ strict: true, allErrors: false });
ajv.addVocabulary(["x-description-zh", "x-deploylint-rule"]);
const validators = Object.fromEntries(kinds.map((k) => [k, ajv.compile(schema(k))]));

// 2. Agreement with the core.
const catalogue = JSON.parse(execFileSync(bin, ["rules", "--format", "json"], { encoding: "utf8" }));
const structural = new Set(catalogue.rules.filter((r) => r.structural).map((r) => r.code));
function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (name.endsWith(".json")) yield p;
  }
}
const cases = [];
for (const f of walk(join(root, "tests", "fixtures"))) {
  const expect = f.replace(/\.json$/, ".expect");
  if (!existsSync(expect)) continue;
  const lines = readFileSync(expect, "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  const kind = lines.find((l) => l.startsWith("kind:"))?.slice(5).trim();
  if (!kinds.includes(kind) || lines.some((l) => l.startsWith("edition:"))) continue;
  const errors = lines.filter((l) => l.startsWith("error ")).map((l) => l.split(/\s+/)[1]);
  cases.push({ f, kind, errors });
}
for (const kind of kinds) {
  const f = join(root, "examples", "valid", `${kind}.json`);
  if (existsSync(f)) cases.push({ f, kind, errors: [] });
}
let judged = 0;
for (const { f, kind, errors } of cases) {
  let body;
  try {
    body = JSON.parse(readFileSync(f, "utf8"));
  } catch {
    continue; // syntax fixtures: not a JSON value to validate
  }
  // A flat v2 create body is validated as if wrapped; the schema describes only the wrapped form.
  if (errors.includes("parse-error") || (kind === "ief-v2-create" && !("deployment" in body))) continue;
  judged++;
  const ok = validators[kind](body);
  const rel = f.slice(root.length + 1);
  if (errors.length === 0 && !ok) fail(`${rel}: the core finds no error, Ajv rejects it: ${ajv.errorsText(validators[kind].errors)}`);
  if (errors.some((c) => structural.has(c)) && ok) fail(`${rel}: the core reports ${errors.join(", ")}, Ajv accepts it`);
}
console.log(`ajv: strict mode with the vocabulary, ${kinds.length} schemas, ${judged} bodies judged, ${failures} failures`);
process.exit(failures ? 1 : 0);
