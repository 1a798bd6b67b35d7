// Proof that the project opens no connection: the built CLI (every command and format) and a
// full language server session (dist/server.js over stdio: scan, diagnostics, hover, quick
// fixes, code lenses, every command) run with every outbound network API made to throw and
// log (test/support/no-network.cjs), and still do all their work.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';

const DIST = path.resolve(__dirname, '../../dist');
const HOOK = path.resolve(__dirname, '../support/no-network.cjs');
const A = 'https://a.klaviyo.com';

const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'klaviyo-scopes-offline-')));
const netLog = path.join(root, '..', `${path.basename(root)}.netlog`);
const files: Record<string, string> = {
  'klaviyo.keys.json': '{\n  // web\n  "keys": [{ "name": "web", "scopes": ["profiles:read"] }]\n}\n',
  'src/app.ts': `import { ApiKeySession, ProfilesApi } from 'klaviyo-api';\nconst p = new ProfilesApi(new ApiKeySession(process.env.K!));\nawait p.getProfile('x', { include: ['lists'] });\nawait fetch('${A}/api/lists');\n`,
  'jobs/sync.py': `import requests\nrequests.get("${A}/api/segments")\n`,
  'shop/Sync.php': `<?php\n$c = curl_init('${A}/api/events');\n`,
  'app/sync.rb': `require 'net/http'\nNet::HTTP.get(URI('${A}/api/metrics'))\n`,
  'bin/sync.sh': `curl ${A}/api/flows\n`,
};
for (const [rel, text] of Object.entries(files)) {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
}
after(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(`${root}-copy`, { recursive: true, force: true });
  fs.rmSync(netLog, { force: true });
});

// Workers (the scan pool) inherit the hook through NODE_OPTIONS.
const env = { ...process.env, NODE_OPTIONS: `--require=${HOOK}`, KLAVIYO_SCOPES_NET_LOG: netLog, NO_COLOR: '1', KLAVIYO_SCOPES_THREADS: '2' };
const attempts = (): string => (fs.existsSync(netLog) ? fs.readFileSync(netLog, 'utf8') : '');

describe('no network', () => {
  it('the hook does block (a control: fetch, http and dns all throw and are logged)', () => {
    const probe = "for (const f of [() => fetch('https://example.com'), () => require('node:http').get('http://example.com'), () => require('node:dns').lookup('example.com', () => {})]) { try { f(); console.log('open'); } catch { console.log('blocked'); } }";
    const r = spawnSync(process.execPath, ['-e', probe], { env: { ...env, KLAVIYO_SCOPES_NET_LOG: `${netLog}.control` }, encoding: 'utf8' });
    assert.equal(r.stdout, 'blocked\nblocked\nblocked\n', r.stderr);
    assert.equal((fs.readFileSync(`${netLog}.control`, 'utf8').match(/network access attempted/g) ?? []).length, 3);
    fs.rmSync(`${netLog}.control`);
  });

  it('a full CLI run: scan, check, explain, generate --write', () => {
    // generate --write edits a copy: the language server session below reads the original.
    const copy = `${root}-copy`;
    fs.cpSync(root, copy, { recursive: true });
    const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(DIST, 'cli.js'), ...args], { cwd: root, env, encoding: 'utf8' });
    const scan = cli('scan', '--format', 'json');
    assert.equal(scan.status, 0, scan.stderr);
    const languages = new Set((JSON.parse(scan.stdout) as { calls: { language: string }[] }).calls.map((c) => c.language));
    assert.deepEqual([...languages].sort(), ['php', 'python', 'ruby', 'shell', 'typescript'], 'the scan did its work');
    for (const args of [['check'], ['check', '--format', 'sarif'], ['explain', 'lists:read'], ['generate', '--write', copy]]) {
      const r = cli(...args);
      assert.ok(r.status === 0 || r.status === 1, `${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
    }
    assert.match(fs.readFileSync(path.join(copy, 'klaviyo.keys.json'), 'utf8'), /"lists:read"/, 'generate --write wrote');
    assert.equal(attempts(), '');
  });

  it('a full language server session over stdio', async () => {
    const server = spawn(process.execPath, [path.join(DIST, 'server.js'), '--stdio'], { env, stdio: ['pipe', 'pipe', 'inherit'] });
    const client = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    const ready = new Promise<void>((resolve) => client.onNotification('klaviyoScopes/status', (s: { state: string }) => {
      if (s.state === 'ready') resolve();
    }));
    client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    for (const m of ['client/registerCapability', 'window/workDoneProgress/create', 'workspace/diagnostic/refresh', 'workspace/codeLens/refresh']) client.onRequest(m, () => null);
    client.listen();
    const u = (rel: string): string => URI.file(path.join(root, rel)).toString();
    try {
      await client.sendRequest('initialize', { processId: null, rootUri: URI.file(root).toString(), workspaceFolders: [{ uri: URI.file(root).toString(), name: 'w' }], capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } } });
      await client.sendNotification('initialized', {});
      await ready;
      const app = u('src/app.ts');
      await client.sendNotification('textDocument/didOpen', { textDocument: { uri: app, languageId: 'typescript', version: 1, text: files['src/app.ts'] } });
      const diags = (await client.sendRequest('textDocument/diagnostic', { textDocument: { uri: app } }) as { items: { code: string; range: unknown }[] }).items;
      assert.ok(diags.some((d) => d.code === 'missing-scope'), JSON.stringify(diags));
      await client.sendRequest('textDocument/hover', { textDocument: { uri: app }, position: { line: 2, character: 10 } });
      const missing = diags.find((d) => d.code === 'missing-scope');
      await client.sendRequest('textDocument/codeAction', { textDocument: { uri: app }, range: missing?.range, context: { diagnostics: [missing] } });
      await client.sendRequest('textDocument/codeLens', { textDocument: { uri: u('klaviyo.keys.json') } });
      for (const command of ['klaviyoScopes.generateConfig', 'klaviyoScopes.showReport', 'klaviyoScopes.rescan']) {
        await client.sendRequest('workspace/executeCommand', { command, arguments: [] });
      }
      await client.sendRequest('shutdown');
      await client.sendNotification('exit');
    } finally {
      client.dispose();
      server.kill();
    }
    assert.equal(attempts(), '');
  });
});
