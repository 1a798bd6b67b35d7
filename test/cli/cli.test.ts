// Runs the built CLI (dist/cli.js, made by `npm run build`, which `npm test` runs first) on
// small workspaces created per test, as CI and users run it.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import sarifSchema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';
import { jsonReportSchema } from '../../server/src/cli/json-contract';
import { CLI, cli, workspace } from '../support/cli-run';

const SECRET = 'pk_0123456789abcdef0123456789abcdef01';

const APP_TS = [
  "import { ApiKeySession, ProfilesApi } from 'klaviyo-api';",
  'const session = new ApiKeySession(process.env.KLAVIYO_KEY!);',
  'const profiles = new ProfilesApi(session);',
  "await profiles.getProfile('abc', { include: ['lists'] });",
  "await fetch('https://a.klaviyo.com/api/lists', { method: 'POST', headers: { Authorization: `Klaviyo-API-Key ${process.env.KLAVIYO_KEY}` } });",
  "await fetch('https://a.klaviyo.com/api/v2/lists');",
  '',
].join('\n');

const CONFIG = (scopes: string[]) =>
  ['{', '  // The web app\'s key. Never put the key itself here.', '  "keys": [', '    {', '      "name": "web",', `      "scopes": [${scopes.map((s) => JSON.stringify(s)).join(', ')}],`, '      "env": ["KLAVIYO_KEY"]', '    }', '  ]', '}', ''].join('\n');

before(() => {
  if (!fs.existsSync(CLI)) assert.fail(`${CLI} is missing: run \`npm run build\` first (npm test does it in pretest).`);
});

describe('check: exit codes', () => {
  it('exits 0 when every scope is granted', () => {
    const root = workspace({ 'src/app.ts': APP_TS, 'klaviyo.keys.json': CONFIG(['profiles:read', 'lists:write']) });
    const r = cli(['check'], root);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /✓ Every call's scopes are granted/);
    assert.doesNotMatch(r.stdout, /\x1b\[/, 'no colour when stdout is not a terminal');
  });

  it('exits 1 and names the missing scope, the call and the key', () => {
    const root = workspace({ 'src/app.ts': APP_TS, 'klaviyo.keys.json': CONFIG(['profiles:read', 'segments:read']) });
    const r = cli(['check', '.'], root);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /key "web"/);
    assert.match(r.stdout, /✗ +lists:write +missing +src\/app\.ts:5:7 +POST \/api\/lists \(create_list\)/);
    assert.match(r.stdout, /segments:read +unneeded/);
    assert.match(r.stdout, /Lists: Full · Profiles: Read/);
    assert.match(r.stdout, /Create it in Klaviyo: https:\/\/www\.klaviyo\.com\/create-private-api-key\?scopes=lists:read,lists:write,profiles:read\n/);
  });

  it('a key that only over-grants gets the link to its least-privilege replacement', () => {
    const root = workspace({ 'src/app.ts': APP_TS, 'klaviyo.keys.json': CONFIG(['profiles:write', 'lists:write']) });
    const r = cli(['check'], root);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /To rotate "web" to least privilege, create a new key with Lists: Full · Profiles: Read\n +Create it in Klaviyo: https:\/\/www\.klaviyo\.com\/create-private-api-key\?scopes=lists:read,lists:write,profiles:read\n/);
  });

  it('exits 1 when no config applies to a call that needs scopes', () => {
    const root = workspace({ 'src/app.ts': APP_TS });
    const r = cli(['check'], root);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /no klaviyo\.keys\.json applies/);
  });

  it('exits 2 on a broken config, with file:line:column', () => {
    const root = workspace({ 'src/app.ts': APP_TS, 'klaviyo.keys.json': '{\n  "keys": [\n    { "name": "web", "scopes": ["profiles:read"] }\n    { "name": "b", "scopes": [] }\n  ]\n}\n' });
    for (const format of ['text', 'json']) {
      const r = cli(['check', '--format', format], root);
      assert.equal(r.code, 2, format);
      assert.match(format === 'text' ? r.stdout : r.stderr, /klaviyo\.keys\.json:4:5: error: Invalid JSON: Expected ","/);
    }
  });

  it('--config uses one config for every file, its globs relative to the folder', () => {
    const root = workspace({ 'apps/web/app.ts': APP_TS, 'apps/web/klaviyo.keys.json': CONFIG([]), 'ci/keys.json': '{"keys":[{"name":"ci","scopes":["profiles:read","lists:write"],"files":["apps/**"]}]}' });
    assert.equal(cli(['check', '.'], root).code, 1);
    const r = cli(['check', '.', '--config', 'ci/keys.json', '--format', 'json'], root);
    assert.equal(r.code, 0, r.stdout);
    const report = jsonReportSchema.parse(JSON.parse(r.stdout));
    assert.deepEqual(report.keys.map((k) => [k.name, k.config]), [['ci', 'ci/keys.json']]);
    assert.equal(cli(['check', '--config', 'nope.json'], root).code, 2);
  });
});

describe('usage errors exit 2 with a one-line reason', () => {
  const root = workspace({ 'a.ts': '' });
  const cases: [string[], RegExp][] = [
    [['check', '--frobnicate'], /unknown option --frobnicate/],
    [['check', '--format', 'xml'], /--format for check must be one of text, json, sarif, github, markdown, not "xml"/],
    [['scan', '--format', 'sarif'], /--format for scan must be one of text, json/],
    [['scan', '--write'], /--write does not apply to scan/],
    [['check', 'no/such/dir'], /no such directory: no\/such\/dir/],
    [['check', 'a.ts'], /not a directory: a\.ts/],
    [['explain'], /explain needs <scope>/],
    [['explain', 'profile:reed'], /Unknown scope "profile:reed"\. Did you mean "profiles:read"\?/],
    [['deploy'], /unknown command "deploy"/],
    [[], /missing command/],
  ];
  for (const [args, message] of cases) {
    it(args.join(' ') || '(no arguments)', () => {
      const r = cli(args, root);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
    });
  }

  it('--help and --version exit 0', () => {
    const help = cli(['--help'], root);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: klaviyo-scopes <command>/);
    const version = cli(['--version'], root);
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^klaviyo-scopes \d+\.\d+\.\d+/);
  });
});

describe('--format json: the documented contract', () => {
  const root = workspace({ 'src/app.ts': APP_TS, 'klaviyo.keys.json': CONFIG(['profiles:read', 'lists:write', 'campaigns:read']) });

  for (const command of ['scan', 'check']) {
    it(`${command} output validates and holds the calls`, () => {
      const r = cli([command, '--format', 'json'], root);
      assert.equal(r.code, 0, r.stderr);
      const report = jsonReportSchema.parse(JSON.parse(r.stdout));
      assert.equal(report.version, 1);
      assert.equal(fs.realpathSync(report.root), fs.realpathSync(root));
      const [profile, create, legacy] = report.calls;
      assert.deepEqual(
        { file: profile.file, line: profile.line, column: profile.column, kind: profile.kind, operation: profile.operation, scopes: profile.scopes, includeScopes: profile.includeScopes, key: profile.key },
        { file: 'src/app.ts', line: 4, column: 7, kind: 'sdk', operation: 'get_profile', scopes: ['lists:read', 'profiles:read'], includeScopes: ['lists:read'], key: 'web' },
      );
      assert.deepEqual([create.kind, create.method, create.path, create.operation, create.scopes, create.confidence], ['http', 'POST', '/api/lists', 'create_list', ['lists:write'], 'certain']);
      assert.deepEqual([legacy.kind, legacy.operation, legacy.replacement], ['legacy', null, 'get_lists']);
      assert.deepEqual(report.keys, [
        {
          name: 'web', granted: ['campaigns:read', 'lists:write', 'profiles:read'], required: ['lists:read', 'lists:write', 'profiles:read'], missing: [],
          excess: ['campaigns:read'], config: 'klaviyo.keys.json', excessDetails: [{ scope: 'campaigns:read', suffices: null }],
          callsByScope: { 'lists:read': [0], 'lists:write': [1], 'profiles:read': [0] },
        },
      ]);
    });
  }
});

describe('--format sarif', () => {
  it('validates against the SARIF 2.1.0 schema and has 1-based regions', () => {
    const root = workspace({ 'src/app.ts': APP_TS, 'klaviyo.keys.json': CONFIG(['profiles:read', 'segments:read']) });
    const r = cli(['check', '--format', 'sarif'], root);
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout);
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(sarifSchema);
    assert.ok(validate(log as unknown), JSON.stringify(validate.errors, null, 2));
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'klaviyo-scopes');
    assert.match(run.tool.driver.version, /^\d+\.\d+\.\d+/);
    assert.match(run.tool.driver.informationUri, /^https:\/\//);
    const byRule = (id: string) => run.results.filter((x: { ruleId: string }) => x.ruleId === id);
    const missing = byRule('missing-scope').find((x: { message: { text: string } }) => x.message.text.startsWith('create_list'));
    assert.equal(missing.level, 'error');
    assert.equal(run.tool.driver.rules[missing.ruleIndex].id, 'missing-scope');
    assert.deepEqual(missing.locations[0].physicalLocation.artifactLocation, { uri: 'src/app.ts', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(missing.locations[0].physicalLocation.region, { startLine: 5, startColumn: 7, endLine: 5, endColumn: 141 });
    assert.equal(byRule('legacy-endpoint')[0].level, 'warning');
    assert.equal(byRule('excess-scope')[0].locations[0].physicalLocation.artifactLocation.uri, 'klaviyo.keys.json');
  });

  it('carries what code scanning needs: fingerprints, rule help, tags, security severity, a category', () => {
    const app = APP_TS + `const key = '${SECRET}';\n`;
    const root = workspace({ 'src/app.ts': app, 'klaviyo.keys.json': CONFIG(['profiles:read', 'segments:read']) });
    const run = JSON.parse(cli(['check', '--format', 'sarif'], root).stdout).runs[0];
    assert.equal(run.automationDetails.id, 'klaviyo-scopes/');
    for (const rule of run.tool.driver.rules) {
      assert.ok(rule.fullDescription.text.length > 20, rule.id);
      assert.match(rule.help.markdown, /\*\*Fix:\*\*|beta/, rule.id);
      assert.ok(rule.properties.tags.length > 0, rule.id);
      assert.equal(rule.helpUri, undefined, 'no link to a page that does not exist');
    }
    const rule = (id: string) => run.tool.driver.rules.find((r: { id: string }) => r.id === id);
    assert.equal(rule('hardcoded-key').properties['security-severity'], '9.0');
    assert.ok(rule('hardcoded-key').properties.tags.includes('security'));
    assert.equal(rule('missing-scope').properties['security-severity'], undefined);
    const prints = (r: { partialFingerprints: Record<string, string>; ruleId: string }[]) => r.map((x) => `${x.ruleId} ${x.partialFingerprints['klaviyoScopes/v2']}`);
    const before = prints(run.results);
    assert.equal(before.length, new Set(before).size, 'one fingerprint per result');
    assert.ok(before.every((p) => /^\S+ [0-9a-f]{32}$/.test(p)));
    // Lines added above move every finding; the fingerprints stay.
    fs.writeFileSync(path.join(root, 'src/app.ts'), `// a comment\n\n${app}`);
    const moved = JSON.parse(cli(['check', '--format', 'sarif'], root).stdout).runs[0];
    assert.deepEqual(prints(moved.results).sort(), [...before].sort());
    assert.notDeepEqual(moved.results.map((x: { locations: { physicalLocation: { region: { startLine: number } } }[] }) => x.locations[0].physicalLocation.region.startLine), run.results.map((x: { locations: { physicalLocation: { region: { startLine: number } } }[] }) => x.locations[0].physicalLocation.region.startLine));
  });
});

describe('--format github and markdown', () => {
  const root = workspace({ 'src/app.ts': APP_TS, 'klaviyo.keys.json': CONFIG(['profiles:read']) });

  it('github: workflow commands for missing scopes and legacy calls', () => {
    const r = cli(['check', '--format', 'github'], root);
    assert.equal(r.code, 1);
    const lines = r.stdout.trimEnd().split('\n');
    assert.ok(lines.includes('::error file=src/app.ts,line=5,col=7,endLine=5,endColumn=141,title=klaviyo-scopes%3A Missing scope lists%3Awrite::create_list needs lists:write, which key "web" (klaviyo.keys.json) does not grant. [missing-scope]'), r.stdout);
    assert.ok(lines.some((l) => l.startsWith('::warning file=src/app.ts,line=6,col=7,') && l.includes('[legacy-endpoint]')), r.stdout);
    assert.ok(lines.every((l) => /^::(error|warning) file=/.test(l)));
  });

  it('markdown: per key, scope -> call sites, and the UI checklist', () => {
    const r = cli(['check', '--format', 'markdown'], root);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^# Klaviyo API key scopes/);
    assert.match(r.stdout, /## Key `web` \(`klaviyo\.keys\.json`\)/);
    assert.match(r.stdout, /\| `lists:write` \| ❌ missing \| `src\/app\.ts:5:7` `POST \/api\/lists \(create_list\)` \|/);
    assert.match(r.stdout, /\| `lists:read` \| ❌ missing \| `src\/app\.ts:4:7` `get_profile` \(include "lists"\) \|/);
    assert.match(r.stdout, /- Lists: Full\n- Profiles: Read/);
    assert.match(r.stdout, /\[Create key "web" in Klaviyo with these 3 scopes\]\(https:\/\/www\.klaviyo\.com\/create-private-api-key\?scopes=lists:read,lists:write,profiles:read\), swap it in/);
  });
});

describe('markdown in GitHub Actions', () => {
  it('links each call site to its line at the commit, and folds long lists of sites', () => {
    const many = Array.from({ length: 7 }, (_, i) => `await fetch('https://a.klaviyo.com/api/lists/${i}', { headers: { Authorization: \`Klaviyo-API-Key \${process.env.KLAVIYO_KEY}\` } });`).join('\n') + '\n';
    const repo = workspace({ '.git/HEAD': 'ref: refs/heads/main\n', 'svc/src/app.ts': APP_TS + many, 'svc/klaviyo.keys.json': CONFIG(['profiles:read']) });
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: 'abc123', GITHUB_WORKSPACE: repo };
    const out = cli(['check', '--format', 'markdown'], path.join(repo, 'svc'), env).stdout;
    assert.match(out, /\[src\/app\.ts:5:7\]\(https:\/\/github\.com\/acme\/shop\/blob\/abc123\/svc\/src\/app\.ts#L5\)/);
    assert.match(out, /\| `lists:read` \| ❌ missing \| [^|]*<details><summary>5 more<\/summary>[^|]*<\/details> \|/);
    assert.doesNotMatch(cli(['check', '--format', 'markdown'], path.join(repo, 'svc')).stdout, /\]\(https:\/\/github\.com/, 'no links outside Actions');
  });
});

describe('explain', () => {
  it('lists the calls that need a scope and why', () => {
    const root = workspace({ 'src/app.ts': APP_TS, 'klaviyo.keys.json': CONFIG(['profiles:read']) });
    const r = cli(['explain', 'lists:read'], root);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /lists:read is needed by 1 call:\n {2}src\/app\.ts:4:7 +get_profile +include "lists" +key web/);
    assert.match(r.stdout, /No key grants it\./);
    assert.match(cli(['explain', 'profiles:read', '.'], root).stdout, /get_profile +operation +key web/);
    assert.match(cli(['explain', 'events:write'], root).stdout, /No call under \. needs events:write\./);
  });
});

describe('generate', () => {
  it('prints a least-privilege config (valid JSONC) and the UI checklist', () => {
    const root = workspace({ 'src/app.ts': APP_TS });
    const r = cli(['generate'], root);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /"name": "default",\n {6}"scopes": \[\n {8}"lists:read",\n {8}"lists:write",\n {8}"profiles:read"\n/);
    assert.match(r.stdout, /\/\/ {3}Lists: Full\n\/\/ {3}Profiles: Read\n\/\/ {3}or open it pre-filled: https:\/\/www\.klaviyo\.com\/create-private-api-key\?scopes=lists:read,lists:write,profiles:read\n/);
    assert.equal(fs.existsSync(path.join(root, 'klaviyo.keys.json')), false, 'printing writes nothing');
  });

  it('--write creates a missing config, then has nothing to add', () => {
    const root = workspace({ 'src/app.ts': APP_TS });
    const first = cli(['generate', '--write'], root);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /klaviyo\.keys\.json: created/);
    assert.equal(cli(['check'], root).code, 0);
    assert.match(cli(['generate', '--write'], root).stdout, /up to date/);
    assert.deepEqual(fs.readdirSync(root).sort(), ['klaviyo.keys.json', 'src'], 'no temporary file left');
  });

  it('--write merges into the existing config, keeping comments and layout', () => {
    const root = workspace({ 'src/app.ts': APP_TS, 'klaviyo.keys.json': CONFIG(['campaigns:read', 'profiles:read']) });
    const r = cli(['generate', '--write'], root);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(path.join(root, 'klaviyo.keys.json'), 'utf8'), CONFIG(['campaigns:read', 'lists:read', 'lists:write', 'profiles:read']));
    assert.match(r.stdout, /key "web": added lists:read, lists:write\n +Klaviyo cannot add scopes to an existing key: create a new one in Klaviyo and swap it in: https:\/\/www\.klaviyo\.com\/create-private-api-key\?scopes=lists:read,lists:write,profiles:read\n/);
    assert.match(r.stdout, /Unneeded scopes were kept \(1\)/);
  });

  it('--write refuses (exit 2) a config with errors and leaves it alone', () => {
    const broken = CONFIG(['profiles:reed']);
    const root = workspace({ 'src/app.ts': APP_TS, 'klaviyo.keys.json': broken });
    const r = cli(['generate', '--write'], root);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /klaviyo\.keys\.json:6:18: error: Unknown scope "profiles:reed"/);
    assert.equal(fs.readFileSync(path.join(root, 'klaviyo.keys.json'), 'utf8'), broken);
  });
});

describe('check in CI: --output, --fail-on, and finding nothing', () => {
  it('a folder with no Klaviyo call says so, where it looked, and fails only with --fail-on warning', () => {
    const root = workspace({ 'src/app.py': 'print("hello")\n', 'web/a.ts': 'export const x = 1;\n', 'web/b.ts': 'export const y = 2;\n' });
    const r = cli(['check'], root);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /! No Klaviyo calls found in the current directory: looked at 3 source files \(TypeScript 2, Python 1\)\./);
    assert.doesNotMatch(r.stdout, /Every call's scopes are granted/);
    assert.equal(cli(['check', '--fail-on', 'warning'], root).code, 1);
    assert.match(cli(['check', 'src'], root).stdout, /No Klaviyo calls found in src: looked at 1 source file \(Python 1\)/);
    assert.match(cli(['check', '--format', 'github'], root).stdout, /^::warning title=klaviyo-scopes%3A no Klaviyo calls::No Klaviyo calls found/m);
    assert.match(cli(['check', '--format', 'markdown'], root).stdout, /⚠️ No Klaviyo calls found in this folder: looked at 3 source files/);
    const empty = workspace({ 'README.md': '# nothing\n' });
    assert.match(cli(['scan'], empty).stdout, /No Klaviyo calls found in the current directory: it holds no source file in a language this tool reads/);
    assert.match(cli(['generate'], empty).stdout, /\/\/ No Klaviyo calls found/);
  });

  it('--fail-on: error fails on a missing scope, warning also on an unneeded one, never on neither; config errors stay 2', () => {
    const missing = workspace({ 'src/app.ts': APP_TS, 'klaviyo.keys.json': CONFIG(['profiles:read']) });
    const excess = workspace({ 'src/app.ts': APP_TS, 'klaviyo.keys.json': CONFIG(['profiles:read', 'lists:write', 'segments:read']) });
    const broken = workspace({ 'src/app.ts': APP_TS, 'klaviyo.keys.json': CONFIG(['profiles:reed']) });
    const codes = (root: string) => ['error', 'warning', 'never'].map((f) => cli(['check', '--fail-on', f], root).code);
    assert.deepEqual(codes(missing), [1, 1, 0]);
    assert.deepEqual(codes(excess), [0, 1, 0]);
    assert.deepEqual(codes(broken), [2, 2, 2]);
    const bad = cli(['check', '--fail-on', 'sometimes'], missing);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--fail-on must be one of error, warning, never, not "sometimes"/);
    assert.match(cli(['scan', '--fail-on', 'never'], missing).stderr, /--fail-on does not apply to scan/);
  });

  it('--output writes the machine format to the file, redacted, and the text summary to stdout', () => {
    const root = workspace({ 'src/app.ts': APP_TS + `const key = '${SECRET}';\n`, 'klaviyo.keys.json': CONFIG(['profiles:read']) });
    const r = cli(['check', '--format', 'sarif', '--output', 'out/../results.sarif', '--fail-on', 'never'], root);
    assert.equal(r.code, 0, r.stderr);
    const sarif = fs.readFileSync(path.join(root, 'results.sarif'), 'utf8');
    assert.equal(JSON.parse(sarif).version, '2.1.0');
    assert.ok(!sarif.includes(SECRET), 'the key is redacted in the file too');
    assert.match(r.stdout, /✗ +lists:write +missing/);
    assert.doesNotMatch(r.stdout, /"\$schema"/);
    // Replaced whole on the next run; a folder that does not exist is exit 2 with the reason.
    assert.equal(cli(['check', '-f', 'json', '-o', 'results.sarif'], root).code, 1);
    assert.equal(JSON.parse(fs.readFileSync(path.join(root, 'results.sarif'), 'utf8')).command, 'check');
    const fail = cli(['check', '-o', 'no/such/dir/x.txt'], root);
    assert.equal(fail.code, 2);
    assert.match(fail.stderr, /could not write no\/such\/dir\/x\.txt: ENOENT/);
    assert.deepEqual(fs.readdirSync(root).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left');
    const scan = cli(['scan', '--format', 'json', '--output', 'calls.json'], root);
    assert.equal(scan.code, 0);
    assert.equal(JSON.parse(fs.readFileSync(path.join(root, 'calls.json'), 'utf8')).command, 'scan');
    assert.match(scan.stdout, /src\/app\.ts:4:7 +sdk +get_profile/);
  });

  it('github: files relative to the repository root, whatever the working directory', () => {
    const repo = workspace({ '.git/HEAD': 'ref: refs/heads/main\n', 'svc/src/app.ts': APP_TS, 'svc/klaviyo.keys.json': CONFIG(['profiles:read']) });
    const r = cli(['check', '--format', 'github'], path.join(repo, 'svc'));
    assert.match(r.stdout, /^::error file=svc\/src\/app\.ts,line=5,col=7,/m);
  });
});

describe('scan and secrets', () => {
  it('scan lists every finding grouped by file and exits 0 even when scopes are missing', () => {
    const root = workspace({ 'src/app.ts': APP_TS, 'klaviyo.keys.json': CONFIG([]) });
    const r = cli(['scan'], root);
    assert.equal(r.code, 0);
    // file:line:col on every row, so a terminal makes each one a link.
    assert.match(r.stdout, /^src\/app\.ts\n {2}src\/app\.ts:4:7 +sdk +get_profile +lists:read, profiles:read +key web\n/);
    assert.match(r.stdout, /src\/app\.ts:6:7 +legacy +GET \/api\/v2\/lists +retired\n +GET \/api\/v2\/lists is Klaviyo's retired v1\/v2 API; use get_lists instead\./);
  });

  it('never prints a key value', () => {
    const root = workspace({
      'src/leak.ts': `await fetch('https://a.klaviyo.com/api/${SECRET}/profiles');\n`,
      'klaviyo.keys.json': `{"keys":[{"name":"web","scopes":["profiles:read"],"env":["${SECRET}"]}]}`,
    });
    for (const args of [['scan'], ['scan', '--format', 'json'], ['check'], ['check', '--format', 'sarif'], ['check', '--format', 'github'], ['check', '--format', 'markdown'], ['generate']]) {
      const r = cli(args, root);
      assert.ok(!(r.stdout + r.stderr).includes(SECRET), `${args.join(' ')} leaked the key`);
    }
    assert.match(cli(['check'], root).stdout, /pk_…ef01/);
  });
});
