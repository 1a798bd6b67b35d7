// The CLI on bad input and failing disks (dist/cli.js, as CI runs it): files it does not
// analyze are named in one note line, usage problems exit 2 with one line, `generate --write`
// never loses the config, and no output format ever prints a private key.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const FAULTS = path.resolve(__dirname, '../support/fault-hooks.cjs');
const A = 'https://a.klaviyo.com';
const KEY = 'pk_7c2e9a41d0b3f5e6a8c7d9e0f1a2b3c4d5';
const APP = `export const lists = () => fetch('${A}/api/lists');\n`;
const CONFIG = '{\n  // the web key\n  "keys": [\n    {\n      "name": "web",\n      "scopes": ["profiles:read"] // granted in 2024\n    }\n  ]\n}\n';

const roots: string[] = [];
after(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

function workspace(files: Record<string, string | Buffer>): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'klaviyo-scopes-hard-')));
  roots.push(root);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

function cli(args: string[], cwd: string, env: Record<string, string> = {}, preload?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...(preload ? ['--require', preload] : []), CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI: files it does not analyze', () => {
  it('skips big, minified, binary and unreadable files, naming them all in one note line', () => {
    const root = workspace({
      'src/app.ts': APP,
      'src/big.ts': `// ${'x'.repeat(2 * 1024 * 1024)}\nfetch('${A}/api/lists');\n`,
      'public/app.min.js': `fetch('${A}/api/lists');`,
      'src/generated.js': `fetch('${A}/api/lists');${';x()'.repeat(2000)}\n`,
      'assets/logo.ts': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
      'src/locked.ts': APP,
      ...Object.fromEntries(['node_modules/sdk', 'vendor/lib', 'dist', 'build', '.git/hooks'].map((d) => [`${d}/index.ts`, APP])),
    });
    const r = cli(['scan', '--format', 'json'], root, { KLAVIYO_SCOPES_DENY_READ: path.join(root, 'src/locked.ts') }, FAULTS);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as { calls: { file: string }[]; skipped: { file: string; reason: string }[] };
    assert.deepEqual(report.calls.map((c) => c.file), ['src/app.ts'], 'excluded folders and skipped files give no calls');
    assert.deepEqual(report.skipped.map((s) => `${s.file}: ${s.reason}`).sort(), [
      'assets/logo.ts: binary (it holds NUL bytes)',
      'public/app.min.js: minified or generated (by its name)',
      'src/big.ts: larger than 2097152 bytes',
      'src/generated.js: minified or generated',
      'src/locked.ts: could not be read (no permission, or deleted or renamed during the scan)',
    ]);
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0], /^klaviyo-scopes: note: 5 files not analyzed: /);
    for (const s of report.skipped) assert.ok(lines[0].includes(`${s.file} (${s.reason})`), s.file);
  });

  it('a file chmod 000 is named the same way (skipped as root, where chmod does not stop reads)', { skip: process.getuid?.() === 0 && 'running as root: the read-denial hook above covers this' }, () => {
    const root = workspace({ 'src/app.ts': APP, 'src/locked.ts': APP });
    fs.chmodSync(path.join(root, 'src/locked.ts'), 0o000);
    const r = cli(['scan'], root);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /note: 1 file not analyzed: src\/locked\.ts \(could not be read/);
  });
});

describe('CLI: usage problems exit 2 with a one-line reason', () => {
  const root = workspace({ 'src/app.ts': APP, 'klaviyo.keys.json': CONFIG });
  const cases: [string, string[], RegExp, Record<string, string>?][] = [
    ['missing directory', ['check', 'nope'], /no such directory: nope/],
    ['unknown flag', ['scan', '--verbose'], /unknown option --verbose/],
    ['unknown short flag', ['check', '-x'], /unknown option -x/],
    ['--config that does not exist', ['check', '--config', 'missing.json'], /cannot read config file: missing\.json/],
    ['--config that is a folder', ['check', '--config', 'src'], /cannot read config file: src/],
    ['klaviyo.keys.json that cannot be read', ['check'], /cannot read klaviyo\.keys\.json: no permission/, { KLAVIYO_SCOPES_DENY_READ: path.join(root, 'klaviyo.keys.json') }],
  ];
  for (const [name, args, message, env] of cases) {
    it(name, () => {
      const r = cli(args, root, env, env ? FAULTS : undefined);
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
    });
  }
});

describe('CLI: generate --write never loses the config', () => {
  const listing = (root: string): string[] => fs.readdirSync(root).sort();

  for (const [fault, env] of [['a failing rename', { KLAVIYO_SCOPES_FAIL_RENAME: '1' }], ['a disk full halfway through the write', { KLAVIYO_SCOPES_FAIL_WRITE: '1' }]] as const) {
    it(`${fault}: exit 2, one line, the original byte for byte, no temporary file`, () => {
      const root = workspace({ 'src/app.ts': APP, 'klaviyo.keys.json': CONFIG });
      const r = cli(['generate', '--write'], root, env, FAULTS);
      assert.equal(r.code, 2, r.stdout + r.stderr);
      assert.match(r.stderr, /^klaviyo-scopes: could not write klaviyo\.keys\.json, which is unchanged: (EIO|ENOSPC)/);
      assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
      assert.equal(fs.readFileSync(path.join(root, 'klaviyo.keys.json'), 'utf8'), CONFIG);
      assert.deepEqual(listing(root), ['klaviyo.keys.json', 'src']);
    });

  }

  it('a disk full while creating the config: no file, no temporary file', () => {
    const root = workspace({ 'src/app.ts': APP });
    assert.equal(cli(['generate', '--write'], root, { KLAVIYO_SCOPES_FAIL_WRITE: '1' }, FAULTS).code, 2);
    assert.deepEqual(listing(root), ['src']);
  });

  it('a symlinked config stays a link; its target gets the merge, comments kept', () => {
    const root = workspace({ 'src/app.ts': APP, 'shared/klaviyo.keys.json': CONFIG });
    fs.symlinkSync(path.join(root, 'shared/klaviyo.keys.json'), path.join(root, 'klaviyo.keys.json'));
    const r = cli(['generate', '--write'], root);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.lstatSync(path.join(root, 'klaviyo.keys.json')).isSymbolicLink());
    assert.equal(fs.readFileSync(path.join(root, 'shared/klaviyo.keys.json'), 'utf8'), CONFIG.replace('["profiles:read"]', '["lists:read", "profiles:read"]'));
  });
});

describe('CLI: hardcoded keys', () => {
  const notebook = JSON.stringify({ cells: [{ cell_type: 'code', source: [`key = "${KEY}"\n`], metadata: {}, outputs: [] }], metadata: {}, nbformat: 4, nbformat_minor: 5 });
  const root = workspace({
    'src/app.ts': `${APP}const key = '${KEY}';\n`, 'jobs/sync.py': `KEY = "${KEY}"\n`, 'shop/Sync.php': `<?php $k = '${KEY}';\n`,
    'app/sync.rb': `KEY = '${KEY}'\n`, 'bin/sync.sh': `K=${KEY}\n`, '.env': `KLAVIYO_KEY=${KEY}\n`, 'notebooks/a.ipynb': notebook,
    'api/.env': `KLAVIYO_KEY=${KEY}\n`, 'api/.gitignore': '.env\n', 'klaviyo.keys.json': CONFIG.replace('"profiles:read"', '"lists:read"'),
  });
  const formats = [['scan'], ['scan', '--format', 'json'], ['check'], ...['json', 'sarif', 'github', 'markdown'].map((f) => ['check', '--format', f]), ['generate'], ['explain', 'lists:read']];

  for (const args of formats) {
    it(`${args.join(' ')}: names each key as pk_…d5, never whole`, () => {
      const r = cli(args, root);
      assert.ok(!(r.stdout + r.stderr).includes(KEY), 'the key was printed');
      assert.ok(!(r.stdout + r.stderr).includes(KEY.slice(3, 20)), 'part of the key was printed');
      if (args[0] === 'check') assert.equal(r.code, 1, 'a key in a file fails the check');
      if (args[0] !== 'generate' && args[0] !== 'explain') assert.equal((r.stdout.match(/pk_…c4d5/g) ?? []).length >= 7, true, r.stdout);
    });
  }

  it('reports each file once, the ignored .env excepted, with its position', () => {
    const report = JSON.parse(cli(['check', '--format', 'json'], root).stdout) as { secrets: { file: string; line: number; column: number; redacted: string }[] };
    assert.deepEqual(report.secrets.map((s) => `${s.file}:${s.line}:${s.column} ${s.redacted}`), [
      '.env:1:13 pk_…c4d5', 'app/sync.rb:1:8 pk_…c4d5', 'bin/sync.sh:1:3 pk_…c4d5', 'jobs/sync.py:1:8 pk_…c4d5',
      `notebooks/a.ipynb:1:${notebook.indexOf(KEY) + 1} pk_…c4d5`, 'shop/Sync.php:1:13 pk_…c4d5', 'src/app.ts:2:14 pk_…c4d5',
    ]);
    const sarif = JSON.parse(cli(['check', '--format', 'sarif'], root).stdout) as { runs: { results: { ruleId: string; level: string }[] }[] };
    assert.equal(sarif.runs[0].results.filter((x) => x.ruleId === 'hardcoded-key' && x.level === 'error').length, 7);
  });
});
