// TEAM POLICIES in the WASM package: the `deploylint/policies` entry applies
// `policies` in lint, lintDocuments and fixAll with the core's words, compiles
// them once per options object, and answers every bad policy with a located
// `invalid-policy` diagnostic (its option path and place in the schema); the
// default entry refuses them out loud.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as policies from '../pkg/policies-node.js';
import * as plain from '../pkg/node.js';
import { ROOT } from './helpers.mjs';

const BODY = readFileSync(join(ROOT, 'examples', 'policies', 'prod', 'docker-hub-image.json'), 'utf8');
const REGISTRY = {
  id: 'acme-registry',
  target: 'container',
  message: 'images come from the acme organisation of SWR',
  messageZh: '镜像须来自 SWR 的 acme 组织',
  help: 'push the image to swr.cn-north-4.myhuaweicloud.com/acme/ first',
  schema: {
    required: ['image_url'],
    properties: { image_url: { type: 'string', pattern: '^swr\\.[a-z0-9-]+\\.myhuaweicloud\\.com/acme/' } },
  },
};
const PATTERN = '`^swr\\.[a-z0-9-]+\\.myhuaweicloud\\.com/acme/`';
const own = (ds) => ds.filter((d) => d.code === 'acme-registry');

test('a policy finding: code, pointer, line, column, message and help in English and Chinese', () => {
  const [en] = own(policies.lint(BODY, { policies: [REGISTRY] }));
  assert.deepEqual(
    [en.code, en.severity, en.pointer, en.line, en.column, en.end_line, en.end_column],
    ['acme-registry', 'error', '/deployment/template/containers/0/image_url', 28, 24, 28, 38],
  );
  assert.equal(en.message, 'images come from the acme organisation of SWR');
  assert.equal(
    en.help,
    `"nginx:1.25.3" does not match the pattern ${PATTERN}; push the image to swr.cn-north-4.myhuaweicloud.com/acme/ first`,
  );
  const [zh] = own(policies.lint(BODY, { policies: [REGISTRY], lang: 'zh' }));
  assert.equal(zh.message, '镜像须来自 SWR 的 acme 组织');
  assert.equal(zh.help, `"nginx:1.25.3" 不匹配模式 ${PATTERN};push the image to swr.cn-north-4.myhuaweicloud.com/acme/ first`);
  assert.equal(zh.pointer, en.pointer);
  // The same finding through lintDocuments, and a warning level.
  const [report] = policies.lintDocuments(BODY, { policies: [{ ...REGISTRY, level: 'warning' }] });
  const [w] = own(report.diagnostics);
  assert.deepEqual([w.severity, w.pointer, w.line, w.column], ['warning', en.pointer, 28, 24]);
});

test('fixAll keeps a policy finding that has no fix', () => {
  const out = policies.fixAll(BODY, { policies: [REGISTRY] });
  assert.equal(out.text, BODY);
  assert.equal(out.applied, 0);
  assert.equal(out.remaining, 1);
  assert.deepEqual(
    out.diagnostics.map((d) => [d.code, d.pointer, d.line, d.column]),
    [['acme-registry', '/deployment/template/containers/0/image_url', 28, 24]],
  );
});

test('a bad policy: a located invalid-policy diagnostic with the core words (did-you-mean), nothing linted', () => {
  const ds = policies.lint(BODY, { policies: [{ ...REGISTRY, target: 'contaner' }] });
  assert.equal(ds.length, 1);
  const [d] = ds;
  assert.deepEqual([d.code, d.severity, d.pointer, d.line, d.column], ['invalid-policy', 'error', '', 1, 1]);
  assert.equal(
    d.message,
    'option `policies[0].target`: unknown policy target `contaner`; did you mean `container`? (the targets are `body`, `deployment`, `pod-configs`, `container`, `init-container`, `volume`, `port`, `env`, `probe`, `tag`, `release-values`)',
  );
  assert.equal(d.help, 'a policy that does not compile stops the lint; see `policies` in the deploylint package README');
  const [zh] = policies.lint(BODY, { policies: [{ ...REGISTRY, target: 'contaner' }], lang: 'zh' });
  assert.equal(
    zh.message,
    'option `policies[0].target`: 未知的策略目标 `contaner`;是否想写 `container`?(目标有 `body`、`deployment`、`pod-configs`、`container`、`init-container`、`volume`、`port`、`env`、`probe`、`tag`、`release-values`)',
  );
  // A field of the wrong type: never a throw (every bad policy, exactly: the next test).
  const [typed] = policies.fixAll(BODY, { policies: [{ ...REGISTRY, message: 42 }] }).diagnostics;
  assert.deepEqual([typed.code, typed.message], ['invalid-argument', 'option `policies[0].message` must be a string, not number']);
  const [kebab] = policies.lint(BODY, { policies: [{ ...REGISTRY, 'message-zh': 'x' }] });
  assert.equal(kebab.code, 'invalid-argument');
  assert.match(kebab.message, /has the field `message-zh`, which policies do not have \(did you mean `messageZh`\?\)/);
});

test('every bad inline policy: its code, location, message and help, in English and Chinese', () => {
  const HELP = {
    en: 'a policy that does not compile stops the lint; see `policies` in the deploylint package README',
    zh: '无法编译的策略会使检查停止;请参阅 deploylint 包 README 中 `policies` 的说明',
  };
  const ARGUMENT = { en: 'see the options of `lint` in the deploylint package README', zh: '请参阅 deploylint 包 README 中 `lint` 的选项说明' };
  const TARGETS = '`body`, `deployment`, `pod-configs`, `container`, `init-container`, `volume`, `port`, `env`, `probe`, `tag`, `release-values`';
  const REMOTE = 'https://schemas.example.com/image.json';
  const cases = [
    // A schema that is not JSON Schema (its draft's meta-schema), at its place in the schema.
    [
      [{ ...REGISTRY, schema: { properties: { image_url: { type: 'strng' } } } }],
      'en',
      'invalid-policy',
      'option `policies[0].schema` at `/properties/image_url/type`: not a valid JSON Schema: "strng" is not valid under any of the schemas listed in the \'anyOf\' keyword',
      HELP.en,
    ],
    [
      [{ ...REGISTRY, schema: { properties: { image_url: { type: 'strng' } } } }],
      'zh',
      'invalid-policy',
      'option `policies[0].schema` at `/properties/image_url/type`: 不是有效的 JSON Schema(校验器原文:`"strng" is not valid under any of the schemas listed in the \'anyOf\' keyword`)',
      HELP.zh,
    ],
    // An unknown target, with did-you-mean.
    [
      [{ ...REGISTRY, target: 'contaner' }],
      'en',
      'invalid-policy',
      `option \`policies[0].target\`: unknown policy target \`contaner\`; did you mean \`container\`? (the targets are ${TARGETS})`,
      HELP.en,
    ],
    // An id that is a built-in code; one that repeats an earlier policy's.
    [
      [{ ...REGISTRY, id: 'port-number' }],
      'en',
      'invalid-policy',
      'option `policies[0].id`: policy id `port-number` is a built-in rule code; choose another id (see `deploylint rules`)',
      HELP.en,
    ],
    [
      [{ ...REGISTRY, id: 'port-number' }],
      'zh',
      'invalid-policy',
      'option `policies[0].id`: 策略 id `port-number` 与内置规则代码相同;请换一个 id(见 `deploylint rules`)',
      HELP.zh,
    ],
    [
      [REGISTRY, { ...REGISTRY, level: 'info' }],
      'en',
      'invalid-policy',
      'option `policies[1].id`: policy id `acme-registry` is used by an earlier policy',
      HELP.en,
    ],
    // A pattern the validator cannot compile.
    [
      [{ ...REGISTRY, schema: { properties: { image_url: { pattern: '^swr\\.([' } } } }],
      'en',
      'invalid-policy',
      'option `policies[0].schema` at `/properties/image_url/pattern`: pattern `^swr\\.([` does not compile: "^swr\\\\.([" is not a "regex"',
      HELP.en,
    ],
    // A remote `$ref`: refused, nothing fetched.
    [
      [{ ...REGISTRY, schema: { properties: { image_url: { $ref: REMOTE } } } }],
      'en',
      'invalid-policy',
      `option \`policies[0].schema\` at \`/properties/image_url/$ref\`: \`$ref\` to the remote URL \`${REMOTE}\` is refused: deploylint never fetches schemas; copy it next to the schema file and refer to it by a relative path`,
      HELP.en,
    ],
    [
      [{ ...REGISTRY, schema: { properties: { image_url: { $ref: REMOTE } } } }],
      'zh',
      'invalid-policy',
      `option \`policies[0].schema\` at \`/properties/image_url/$ref\`: 拒绝指向远程 URL \`${REMOTE}\` 的 \`$ref\`:deploylint 从不下载 JSON Schema;请将其复制到 JSON Schema 文件旁并以相对路径引用`,
      HELP.zh,
    ],
    // A level that is none: an argument problem, in the core's words (English and Chinese).
    [
      [{ ...REGISTRY, level: 'fatal' }],
      'en',
      'invalid-argument',
      'option `policies[0].level` is `fatal`; expected "error", "warning" or "info"',
      ARGUMENT.en,
    ],
    [
      [{ ...REGISTRY, level: 'fatal' }],
      'zh',
      'invalid-argument',
      '选项 `policies[0].level` 的值 `fatal` 无效;应为 "error", "warning" 或 "info"',
      ARGUMENT.zh,
    ],
  ];
  for (const [list, lang, code, message, help] of cases) {
    // The same one diagnostic from lint, lintDocuments and fixAll: nothing else is linted.
    const options = { policies: list, lang };
    for (const ds of [
      policies.lint(BODY, options),
      policies.lintDocuments(BODY, options)[0].diagnostics,
      policies.fixAll(BODY, options).diagnostics,
    ]) {
      assert.deepEqual(
        ds.map((d) => [d.code, d.severity, d.pointer, d.line, d.column, d.end_line, d.end_column, d.message, d.help]),
        [[code, 'error', '', 1, 1, 1, 1, message, help]],
        message,
      );
    }
  }
});

test('the default entry refuses policies with a diagnostic naming deploylint/policies', () => {
  for (const ds of [
    plain.lint(BODY, { policies: [REGISTRY] }),
    plain.lintDocuments(BODY, { policies: [REGISTRY] })[0].diagnostics,
    plain.fixAll(BODY, { policies: [REGISTRY] }).diagnostics,
  ]) {
    assert.deepEqual(
      ds.map((d) => [d.code, d.message]),
      [
        [
          'invalid-argument',
          'option `policies` needs the policies entry: import from `deploylint/policies` instead of `deploylint` (the default entry leaves out the JSON Schema validator, to stay small); no policy was applied',
        ],
      ],
    );
  }
  // An empty list is nothing to apply.
  assert.deepEqual(plain.lint(BODY, { policies: [] }), plain.lint(BODY));
  assert.equal(plain.policyCompilations, undefined);
});

test('policies are compiled once per options object (the module counts its compilations)', () => {
  const options = { policies: [REGISTRY] };
  const before = policies.policyCompilations();
  for (let i = 0; i < 5; i++) {
    assert.equal(own(policies.lint(BODY, options)).length, 1);
    assert.equal(own(policies.lintDocuments(BODY, options)[0].diagnostics).length, 1);
    assert.equal(own(policies.fixAll(BODY, options).diagnostics).length, 1);
  }
  assert.equal(policies.policyCompilations(), before + 1, 'one options object, fifteen calls: one compilation');
  // Another options object with the same policies is compiled again; so is a replaced `policies` array.
  policies.lint(BODY, { policies: options.policies });
  assert.equal(policies.policyCompilations(), before + 2);
  options.policies = [{ ...REGISTRY, message: 'replaced' }];
  assert.equal(own(policies.lint(BODY, options))[0].message, 'replaced');
  assert.equal(policies.policyCompilations(), before + 3);
  policies.lint(BODY, options);
  assert.equal(policies.policyCompilations(), before + 3);
  // Without policies nothing is compiled.
  policies.lint(BODY, { lang: 'zh' });
  policies.lint(BODY);
  assert.equal(policies.policyCompilations(), before + 3);
});

test('createLinter compiles a policies list once, and answers as lint does', () => {
  const opts = { policies: [REGISTRY], lang: 'zh' };
  const before = policies.policyCompilations();
  const linter = policies.createLinter(opts);
  const first = linter.lint(BODY);
  assert.deepEqual(first, policies.lint(BODY, { policies: [REGISTRY], lang: 'zh' }));
  const after = policies.policyCompilations();
  for (let i = 0; i < 5; i++) assert.deepEqual(linter.lint(BODY), first);
  // One compilation for the linter, one for the lint(...) it was compared with; none since.
  assert.equal(after - before, 2);
  assert.equal(policies.policyCompilations(), after);
  assert.deepEqual(
    own(first).map((d) => [d.code, d.line, d.column, d.message]),
    [['acme-registry', 28, 24, '镜像须来自 SWR 的 acme 组织']],
  );
  // The default entry's linter refuses policies as its lint does.
  const refused = plain.createLinter({ policies: [REGISTRY] }).lint(BODY);
  assert.deepEqual(refused, plain.lint(BODY, { policies: [REGISTRY] }));
  assert.equal(refused[0].code, 'invalid-argument');
});
