// The language server under stress and faults: a storm of edits with stale requests cancelled,
// a klaviyo.keys.json broken for a while, files it will not analyze, a workspace folder
// removed mid-scan, quick fixes computed for a version that is gone, and private keys that
// must never reach a diagnostic, a hover, a report or the log.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { CancellationTokenSource, LSPErrorCodes, ResponseError, type Diagnostic, type TextDocumentEdit } from 'vscode-languageserver-protocol';
import { startSession, uri } from './harness';
import { A, applyEdit, positionIn, removeWorkspaces, workspace } from './workspaces';

const KEY = 'pk_5b8e1f0a9c2d3e4f5a6b7c8d9e0f1a2b3c';
const config = (scopes: string[]): string => `{\n  // shop keys\n  "keys": [\n    { "name": "web", "scopes": [${scopes.map((x) => JSON.stringify(x)).join(', ')}] }\n  ]\n}\n`;
const CALL = `export const lists = () => fetch('${A}/api/lists');\n`;
const EDITS = Number(process.env.SOAK_EDITS ?? 1000);

describe('language server hardening', () => {
  after(removeWorkspaces);

  it(`${EDITS} rapid edits: stale requests are cancelled, answers are never for an older version`, async () => {
    const dir = workspace({ 'klaviyo.keys.json': config(['profiles:read']), 'src/app.ts': CALL });
    const s = await startSession([dir]);
    try {
      await s.scanned;
      const file = path.join(dir, 'src/app.ts');
      await s.open(file, CALL);
      // Version i has the call on line i: an answer shows which version it was computed for.
      const at = (i: number): string => '\n'.repeat(i) + CALL;
      let previous: CancellationTokenSource | null = null;
      const answers: Promise<Diagnostic[] | 'cancelled'>[] = [];
      const started = Date.now();
      for (let i = 1; i <= EDITS; i++) {
        await s.change(file, at(i));
        previous?.cancel();
        const cts: CancellationTokenSource = new CancellationTokenSource();
        previous = cts;
        answers.push((s.client.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri(file) } }, cts.token) as Promise<{ items: Diagnostic[] }>).then(
          (r) => r.items,
          (e: unknown) => {
            assert.ok(e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled, String(e));
            return 'cancelled' as const;
          },
        ));
      }
      const results = await Promise.all(answers);
      const ms = Date.now() - started;
      results.forEach((r, j) => {
        if (r === 'cancelled') return;
        const line = r.find((d) => d.code === 'missing-scope')?.range.start.line;
        assert.ok(line !== undefined && line >= j + 1, `request ${j + 1} answered for version ${line}`);
      });
      const last = results[results.length - 1];
      assert.notEqual(last, 'cancelled');
      assert.deepEqual((last as Diagnostic[]).map((d) => `${d.code}@${d.range.start.line}`), [`missing-scope@${EDITS}`]);
      const cancelled = results.filter((r) => r === 'cancelled').length;
      assert.ok(cancelled > 0, 'stale requests were cancelled');
      assert.ok(ms < 60_000, `${EDITS} edits took ${ms} ms`);
      assert.ok(!s.statuses.some((x) => x.state === 'error'));
    } finally {
      s.dispose();
    }
  });

  it('a klaviyo.keys.json broken for a while, then fixed: errors while broken, the right findings after', async () => {
    const good = config(['profiles:read']);
    const dir = workspace({ 'klaviyo.keys.json': good, 'src/app.ts': CALL });
    const s = await startSession([dir]);
    try {
      await s.scanned;
      const cfg = path.join(dir, 'klaviyo.keys.json');
      const app = path.join(dir, 'src/app.ts');
      await s.open(app, CALL);
      await s.open(cfg, good);
      const before = [await s.diagnostics(cfg), await s.diagnostics(app)];
      assert.deepEqual(before.map((ds) => ds.map((d) => d.code)), [['excess-scope'], ['missing-scope']]);
      const broken = [...Array.from({ length: 60 }, (_, i) => good.slice(0, Math.floor((i * good.length) / 60))),
        '{"keys": [{"name": 1}]}', '[', '{"keys": {}}', '\0\0', '{"keys": [' + '['.repeat(5000), `{"keys": [{"name": "web", "scopes": [], "env": ["${KEY}"]}]}`];
      for (const [i, text] of broken.entries()) {
        await s.change(cfg, text);
        if (i % 6 !== 5) continue;
        const onConfig = await s.diagnostics(cfg);
        assert.ok(onConfig.some((d) => d.severity === 1), `an error in ${JSON.stringify(text.slice(0, 40))}`);
        const onApp = await s.diagnostics(app);
        // A broken file serves no call (config-error); a key dropped for its error serves none either.
        assert.ok(onApp.length === 1 && onApp[0].code === 'no-key', JSON.stringify(onApp));
      }
      await s.change(cfg, good);
      assert.deepEqual([await s.diagnostics(cfg), await s.diagnostics(app)], before, 'fixed: exactly the findings of before');
      assert.ok(!s.statuses.some((x) => x.state === 'error'));
    } finally {
      s.dispose();
    }
  });

  it('names every file it will not analyze in ONE information message; maxFileSize applies', async () => {
    const dir = workspace({ 'src/app.ts': CALL, 'src/big.ts': CALL + `// ${'x'.repeat(9000)}\n`, 'web/app.min.js': CALL, 'web/gen.js': `${CALL.trim()}${';f()'.repeat(1500)}\n` });
    const s = await startSession([dir], { settings: { maxFileSize: 8192 } });
    try {
      await s.scanned;
      const notes = s.logs.filter((l) => l.message.startsWith('Skipped'));
      assert.equal(notes.length, 1, JSON.stringify(s.logs));
      assert.equal(notes[0].type, 3, 'information');
      assert.equal(notes[0].message, [
        'Skipped 3 files (not analyzed):',
        `  ${path.join(dir, 'src/big.ts')}: larger than 8192 bytes`,
        `  ${path.join(dir, 'web/app.min.js')}: minified or generated (by its name)`,
        `  ${path.join(dir, 'web/gen.js')}: minified or generated`,
      ].join('\n'));
    } finally {
      s.dispose();
    }
  });

  it('survives a workspace folder removed (from disk and from the workspace) during the scan', async () => {
    const kept = workspace({ 'klaviyo.keys.json': config([]), 'src/app.ts': CALL });
    const gone = workspace({ 'klaviyo.keys.json': config([]), ...Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`src/f${i}.ts`, CALL])) });
    const s = await startSession([kept, gone], {
      onProgressCreated: (_token, client) => {
        fs.rmSync(gone, { recursive: true, force: true });
        void client.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: uri(gone), name: gone }] } });
      },
    });
    try {
      await s.scanned;
      await s.command('klaviyoScopes.rescan');
      const app = path.join(kept, 'src/app.ts');
      await s.open(app, CALL);
      assert.deepEqual((await s.diagnostics(app)).map((d) => d.code), ['missing-scope']);
      assert.deepEqual(await s.diagnostics(path.join(gone, 'src/f0.ts')), []);
      assert.ok(!s.logs.some((l) => /Scan failed/.test(l.message)), JSON.stringify(s.logs));
    } finally {
      s.dispose();
    }
  });

  it('a quick fix carries the version it was computed for; after an edit, only a fresh one applies', async () => {
    const dir = workspace({ 'klaviyo.keys.json': config(['profiles:read']), 'src/app.ts': CALL });
    const s = await startSession([dir]);
    try {
      await s.scanned;
      const cfg = path.join(dir, 'klaviyo.keys.json');
      const app = path.join(dir, 'src/app.ts');
      await s.open(cfg, config(['profiles:read']));
      await s.open(app, CALL);
      const [d] = await s.diagnostics(app);
      const [stale] = await s.codeActions(app, d.range, [d]);
      assert.equal((stale.edit?.documentChanges?.[0] as TextDocumentEdit).textDocument.version, 1);
      const edited = config(['profiles:read']).replace('// shop keys', '// shop keys, edited meanwhile');
      await s.change(cfg, edited);
      // A client applies a versioned edit only to that version: this one (version 1) is refused now.
      const [d2] = await s.diagnostics(app);
      const [fresh] = await s.codeActions(app, d2.range, [d2]);
      assert.equal((fresh.edit?.documentChanges?.[0] as TextDocumentEdit).textDocument.version, 2);
      assert.equal(applyEdit(edited, fresh.edit, cfg), edited.replace('["profiles:read"]', '["lists:read", "profiles:read"]'));
    } finally {
      s.dispose();
    }
  });

  it('reports a private key as an error and never shows it: diagnostics, hover, report, log', async () => {
    const code = `export const k = '${KEY}';\nexport const x = () => fetch('${A}/api/${KEY}/profiles');\n${CALL}`;
    // A key value even as a key's name in the config (secret-in-config: the key is dropped).
    const cfgText = `{"keys": [{"name": "${KEY}", "scopes": ["profiles:read"]}]}`;
    const dir = workspace({ 'klaviyo.keys.json': cfgText, 'src/app.ts': code, '.env': `KLAVIYO_KEY=${KEY}\n`, [`web/${KEY}.min.js`]: 'x' });
    const s = await startSession([dir]);
    try {
      await s.scanned;
      const app = path.join(dir, 'src/app.ts');
      await s.open(app, code);
      const diags = await s.diagnostics(app);
      const key = diags.find((d) => d.code === 'hardcoded-key');
      assert.equal(key?.severity, 1);
      assert.deepEqual(key?.range, { start: { line: 0, character: 18 }, end: { line: 0, character: 18 + KEY.length } });
      assert.ok(diags.some((d) => d.code === 'no-such-endpoint'));
      assert.ok(diags.some((d) => d.code === 'no-key'), 'the key named with a key value is dropped');
      const env = path.join(dir, '.env');
      await s.open(env, `KLAVIYO_KEY=${KEY}\n`, 'dotenv');
      assert.deepEqual((await s.diagnostics(env)).map((d) => d.code), ['hardcoded-key']);
      const hover = await s.hover(app, positionIn(code, 'fetch'));
      const report = await s.command<{ markdown: string }>('klaviyoScopes.showReport');
      const cfg = path.join(dir, 'klaviyo.keys.json');
      await s.open(cfg, cfgText);
      const onConfig = await s.diagnostics(cfg);
      assert.ok(onConfig.some((d) => d.code === 'secret-in-config'));
      const lenses = await s.codeLenses(cfg);
      const everything = JSON.stringify([diags, await s.diagnostics(env), onConfig, lenses, hover, report, s.logs, s.statuses]);
      assert.ok(!everything.includes(KEY) && !everything.includes(KEY.slice(3, 24)), 'a key reached the client');
      assert.ok(everything.includes('pk_…2b3c'));
    } finally {
      s.dispose();
    }
  });
});
