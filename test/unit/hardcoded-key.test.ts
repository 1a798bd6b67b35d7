// The hardcoded-key finding source: private keys in source files of every language, .env
// files git would track, and notebooks; never in a message; kept current by edits.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Workspace, type WorkspaceHost } from '../../server/src/core/engine/workspace';
import { allFindings, keyFindings } from '../../server/src/core/findings';
import { checkCalls } from '../../server/src/core/check';
import { loadKeyConfig } from '../../server/src/core/config/load';
import { redactAll } from '../../server/src/core/config/secrets';
import { findKeys, findKeysInNotebook } from '../../server/src/core/secrets/hardcoded-key';
import { GitIgnore } from '../../server/src/core/secrets/gitignore';

const ROOT = '/ws';
const KEY = 'pk_3f9a0c1b2d4e5f60718293a4b5c6d7e8f9';
const SHOWN = 'pk_…e8f9';

function host(files: Record<string, string>): WorkspaceHost & { files: Map<string, string> } {
  const map = new Map(Object.entries(files).map(([p, t]) => [path.join(ROOT, p), t]));
  return { files: map, listFiles: () => [...map.keys()], read: (p) => map.get(p) };
}

async function keysIn(files: Record<string, string>): Promise<string[]> {
  const scan = await new Workspace(ROOT, host(files)).scanAsync();
  return (scan.secrets ?? []).map((k) => `${path.relative(ROOT, k.file)}:${k.line}:${k.column} ${k.redacted} ${k.kind}`);
}

describe('hardcoded-key: source files of every language', () => {
  const cases: [string, string][] = [
    ['src/app.ts', `const key = '${KEY}';\n`],
    ['src/app.js', `module.exports = { key: "${KEY}" };\n`],
    ['jobs/sync.py', `KEY = "${KEY}"\n`],
    ['src/Sync.php', `<?php\n$key = '${KEY}';\n`],
    ['app/sync.rb', `KEY = '${KEY}'\n`],
    ['bin/sync.sh', `export KLAVIYO_KEY=${KEY}\n`],
  ];
  for (const [file, text] of cases) {
    it(file, async () => {
      const line = text.split('\n').findIndex((l) => l.includes(KEY)) + 1;
      const column = text.split('\n')[line - 1].indexOf(KEY) + 1;
      assert.deepEqual(await keysIn({ [file]: text }), [`${file}:${line}:${column} ${SHOWN} source`]);
    });
  }

  it('is found in files that never mention Klaviyo, and in comments', async () => {
    assert.equal((await keysIn({ 'src/util.ts': `// old: ${KEY}\nexport const x = 1;\n` })).length, 1);
  });

  it('ignores look-alikes: identifiers without digits, Stripe keys, a longer word', () => {
    for (const text of ['pk_organizationmembershipforeignkey', 'pk_live_51Habcdefghijklmnopqrstu', 'pk_test_0123456789abcdefghijkl', `xpk_${KEY.slice(3)}`, 'pk_12345']) {
      assert.deepEqual(findKeys(text), [], text);
    }
  });

  it('redacts more than it reports: a key glued to a word is never shown either (fuzzing found one in a note)', () => {
    const shown = redactAll(`POST /api/v2/l${KEY}ist/members`);
    assert.equal(shown, 'POST /api/v2/lpk_…9ist/members');
    assert.ok(!shown.includes(KEY.slice(3, 20)));
  });
});

describe('hardcoded-key: .env files git would track', () => {
  it('reports a .env file no .gitignore excludes', async () => {
    assert.deepEqual(await keysIn({ '.env': `KLAVIYO_KEY=${KEY}\n` }), [`.env:1:13 ${SHOWN} env`]);
  });

  it('does not report a .env file a .gitignore excludes (that is where keys belong)', async () => {
    assert.deepEqual(await keysIn({ '.env': `K=${KEY}\n`, '.gitignore': 'node_modules/\n.env\n' }), []);
    assert.deepEqual(await keysIn({ 'api/.env.local': `K=${KEY}\n`, '.gitignore': '.env*\n' }), []);
    assert.deepEqual(await keysIn({ 'config/.env': `K=${KEY}\n`, '.gitignore': '/config/\n' }), []);
    assert.deepEqual(await keysIn({ 'api/.env': `K=${KEY}\n`, 'api/.gitignore': '.env\n' }), []);
    assert.deepEqual(await keysIn({ '.env': `K=${KEY}\n`, '.git/info/exclude': '.env\n', '.git/HEAD': 'ref: refs/heads/main\n' }), []);
  });

  it('reports what a later rule re-includes, and templates meant to be committed', async () => {
    assert.deepEqual(await keysIn({ '.env.example': `K=${KEY}\n`, '.gitignore': '.env*\n!.env.example\n' }), [`.env.example:1:3 ${SHOWN} env`]);
    assert.deepEqual(await keysIn({ '.env.sample': `K=${KEY}\n`, '.gitignore': '.env\n' }), [`.env.sample:1:3 ${SHOWN} env`]);
  });

  it('cannot re-include a file below an ignored folder (as git)', () => {
    const files = new Map([['/r/.gitignore', 'secrets/\n!secrets/.env\n']]);
    assert.equal(new GitIgnore('/r', (f) => files.get(f)).ignores('/r/secrets/.env'), true);
  });

  it('reads the .gitignore of the repository above the workspace folder', () => {
    const files = new Map([['/repo/.git/HEAD', 'ref: x'], ['/repo/.gitignore', '**/.env\n']]);
    assert.equal(new GitIgnore('/repo/apps/web', (f) => files.get(f)).ignores('/repo/apps/web/.env'), true);
  });
});

describe('hardcoded-key: notebooks', () => {
  const notebook = (source: string[], metadata = {}): string => JSON.stringify({
    cells: [{ cell_type: 'code', metadata: {}, source: ['import os\n'], outputs: [] }, { cell_type: 'code', metadata: {}, source, outputs: [] }],
    metadata, nbformat: 4, nbformat_minor: 5,
  }, null, 1);

  it('reports a key in a cell source, at its place in the file', async () => {
    const text = notebook(['from klaviyo_api import KlaviyoAPI\n', `api = KlaviyoAPI("${KEY}")\n`]);
    const found = await keysIn({ 'analysis/export.ipynb': text });
    const offset = text.indexOf(KEY);
    const line = text.slice(0, offset).split('\n').length;
    assert.deepEqual(found, [`analysis/export.ipynb:${line}:${offset - text.lastIndexOf('\n', offset)} ${SHOWN} notebook`]);
  });

  it('ignores the notebook metadata; reads the raw text when the notebook is not JSON', () => {
    assert.deepEqual(findKeysInNotebook(notebook(['x = 1\n'], { note: KEY })), []);
    assert.equal(findKeysInNotebook(`{"cells": [ "${KEY}"`).length, 1);
  });
});

describe('hardcoded-key: findings and edits', () => {
  it('is an error whose message names the key only as pk_… and its last 4 characters', async () => {
    const scan = await new Workspace(ROOT, host({ 'src/a.ts': `const k = '${KEY}';\n` })).scanAsync();
    const [f] = allFindings(scan, checkCalls(scan), scan.configs, { complete: true });
    assert.equal(f.code, 'hardcoded-key');
    assert.match(f.message, new RegExp(`^A Klaviyo private API key \\(${SHOWN}\\) is written in source code`));
    assert.ok(!JSON.stringify(f).includes(KEY));
  });

  it('is not reported in klaviyo.keys.json, which has secret-in-config', async () => {
    const scan = await new Workspace(ROOT, host({ 'klaviyo.keys.json': `{"keys": [{"name": "web", "scopes": [], "env": ["${KEY}"]}]}` })).scanAsync();
    assert.deepEqual(scan.secrets, []);
    assert.ok(scan.configs[0].result.problems.some((p) => p.code === 'secret-in-config'));
  });

  it('in a klaviyo.keys.json too deeply nested to read, the key is still reported (fuzzing found it was not)', () => {
    const r = loadKeyConfig('{"a":'.repeat(100_000) + `"${KEY}"`);
    assert.deepEqual(r.problems.map((p) => p.code), ['invalid-config', 'secret-in-config']);
    assert.ok(!JSON.stringify(r).includes(KEY));
  });

  it('follows edits to a source file, a .env file and a .gitignore', async () => {
    const h = host({ 'src/a.ts': 'export const a = 1;\n', '.env': 'K=1\n' });
    const ws = new Workspace(ROOT, h);
    await ws.scanAsync();
    h.files.set('/ws/src/a.ts', `export const a = '${KEY}';\n`);
    ws.update('/ws/src/a.ts');
    h.files.set('/ws/.env', `K=${KEY}\n`);
    ws.update('/ws/.env');
    assert.deepEqual(keyFindings(ws.result()).map((f) => path.relative(ROOT, f.file)), ['.env', 'src/a.ts']);
    h.files.set('/ws/.gitignore', '.env\n');
    ws.update('/ws/.gitignore');
    h.files.set('/ws/src/a.ts', 'export const a = process.env.K;\n');
    ws.update('/ws/src/a.ts');
    assert.deepEqual(keyFindings(ws.result()), []);
  });
});
