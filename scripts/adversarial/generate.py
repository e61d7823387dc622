#!/usr/bin/env python3
"""Writes the adversarial inputs of scripts/adversarial.sh into a directory.

Usage: generate.py OUT_DIR EXAMPLES_DIR

One file per case, named NN-name.ext (the extension picks the input format),
and cases.tsv listing them: file, what it is, the input size limit to lint it
with in bytes (empty: the default, 16 MiB), then its CPU budget in seconds
(empty: the script's default, 1 s; only the YAML file of 10^6 keys has
more, because saphyr-parser's scanner alone spends about 4,000 instructions
on each of its lines: docs/robustness.md). A file may be listed twice:
the 100 MB file once under the default limit (one `limit-exceeded` after
16 MiB) and once with the limit raised past it (linted whole). Everything is built from
examples/valid/ief-v3-create.json or from scratch, so the inputs are the same
on every machine and nothing large is committed.
"""

import json
import os
import sys

out, examples = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
base_text = open(os.path.join(examples, "valid", "ief-v3-create.json"), encoding="utf-8").read()
base = json.loads(base_text)
cases = []


def write(name, data, what, input_size="", cpu=""):
    if isinstance(data, str):
        data = data.encode("utf-8")
    path = os.path.join(out, name)
    with open(path, "wb") as f:
        f.write(data)
    cases.append((name, what, input_size, cpu))


def body(**replace):
    """The example body with top-level members replaced, minified."""
    b = dict(base)
    b.update(replace)
    return json.dumps(b, separators=(",", ":"), ensure_ascii=False)


N = 10**6

# Nesting: far past the 512-level cap, in every front end.
write("01-deep-arrays.json", "[" * N + "]" * N, "10^6-deep arrays, JSON")
write("02-deep-arrays.yaml", "[" * N + "]" * N, "10^6-deep flow sequences, YAML")
write("03-deep-objects.json", '{"a":' * N + "1" + "}" * N, "10^6-deep objects, JSON")
write("04-deep-block.yaml", "".join("  " * 0 + "- " for _ in range(N // 10)) + "x\n", "10^5-deep block sequences on one line, YAML")

# Size.
container = base["deployment"]["template"]["containers"][0]
big = dict(container)
big["args"] = ["x" * 96 for _ in range(N)]
deployment = json.loads(json.dumps(base["deployment"]))
deployment["template"]["containers"] = [big]
write("05-100mb.json", json.dumps(dict(base, deployment=deployment), indent=1), "100 MB file: 10^6 args, one per line")
cases.append(("05-100mb.json", "the same, input size limit raised to 128 MiB: linted whole", str(128 << 20), ""))
# Keys short enough (hexadecimal) that 10^6 of them fit the default 16 MiB.
write(
    "06-million-keys.json",
    body(tags=base["tags"], deployment=dict(base["deployment"], **{f"k{i:x}": 0 for i in range(N)})),
    "10^6 keys in one object (unknown fields, capped)",
)
write(
    "07-million-keys.yaml",
    "deployment:\n" + "".join(f"  k{i:x}: 0\n" for i in range(N)),
    "10^6 keys in one mapping, YAML (CPU budget 3 s)",
    cpu="3",
)

# YAML alias bomb: 9 levels of 10 references each, 10^9 nodes if expanded.
lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
prev = "a"
for c in "bcdefghi":
    lines.append(f"{c}: &{c} [" + ",".join(f"*{prev}" for _ in range(10)) + "]")
    prev = c
lines.append(f"deployment: *{prev}")
write("08-billion-laughs.yaml", "\n".join(lines) + "\n", "YAML billion laughs (10^9 nodes if expanded)")

# One long line, a finding at its end (column ~2,000,000).
write(
    "09-2mb-line.json",
    body(description="d" * (2 * N)).replace('"deployment":', '"unknown_at_the_end":1,"deployment":'),
    "2 MB single line, findings past column 2,000,000",
)

# Characters a key or value should never hold.
write("10-nul-key-raw.json", b'{"name":"a","ke\x00y":1,"deployment":{}}', "raw NUL byte in a key (invalid JSON)")
write(
    "11-control-keys.json",
    body(**{"\u0000": 1, "\u0001\u0007\u001b[31m": 2, "tab\there": 3, "new\nline": 4, "\u007f\u0085\u2028": 5}),
    "NUL, control and separator characters in keys (escaped)",
)
write(
    "12-control-keys.yaml",
    'name: a\n"\\0": 1\n"\\x01\\a\\e[31m": 2\n"tab\\there": 3\n"\\u2028": 4\ndeployment: {}\n',
    "NUL and control characters in keys, YAML",
)

# Unicode that is not.
write("13-lone-surrogates.json", body(description="\\ud800 \\udfff x").replace("\\\\u", "\\u"), "lone surrogate escapes in a string")
write("14-surrogate-bytes.json", body(description="ZZZ").encode().replace(b"ZZZ", b"\xed\xa0\x80"), "a surrogate encoded in UTF-8 (invalid UTF-8)")
write("15-invalid-utf8.json", body(description="ZZZ").encode().replace(b"ZZZ", b"\xff\xfe\xc3("), "invalid UTF-8 in a string")
write("16-invalid-utf8.yaml", b"name: \xff\xfe\ndeployment: {}\n", "invalid UTF-8, YAML")

# Numbers.
d = json.loads(json.dumps(base["deployment"]))
write("17-1e400.json", body(deployment=d).replace('"replicas":1', '"replicas":1e400'), "replicas: 1e400 (overflows f64)")
write("18-minus-zero.json", body(deployment=d).replace('"replicas":1', '"replicas":-0'), "replicas: -0")
write("19-big-numbers.yaml", "replicas: 1e400\ndeployment:\n  replicas: -0\n  x: 0x_\n  y: .nan\n  z: 99999999999999999999999999\n", "1e400, -0, .nan, huge integers, YAML")

# Layout.
write("20-bom-crlf.json", b"\xef\xbb\xbf" + base_text.replace("\n", "\r\n").encode(), "BOM plus CRLF (a valid body)")
write("21-bom-crlf.yaml", b"\xef\xbb\xbf" + open(os.path.join(examples, "valid", "ief-v3-update.yaml"), "rb").read().replace(b"\n", b"\r\n"), "BOM plus CRLF, YAML (a valid body)")

with open(os.path.join(out, "cases.tsv"), "w", encoding="utf-8") as f:
    for name, what, input_size, cpu in cases:
        f.write(f"{name}\t{what}\t{input_size}\t{cpu}\n")
