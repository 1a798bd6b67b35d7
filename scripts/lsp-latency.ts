// Measures the language server as an editor uses it: `node dist/server.js --stdio` driven by a
// real LSP client. Prints the time to first diagnostics on examples/, then didChange ->
// fresh diagnostics and hover latencies (p50/p95/max) on a generated 5,000-line TS file.
// Run: npm run build && npx tsx scripts/lsp-latency.ts [--edits 200]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';

const EDITS = Number(process.argv[process.argv.indexOf('--edits') + 1]) || 200;
const uri = (f: string): string => URI.file(f).toString();

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function session(root: string) {
  const child = spawn(process.execPath, [path.resolve('dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const c = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let ready!: () => void;
  const scanned = new Promise<void>((r) => (ready = r));
  c.onNotification('klaviyoScopes/status', (s: { state: string }) => {
    if (s.state === 'ready') ready();
  });
  c.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  c.onRequest('workspace/diagnostic/refresh', () => null);
  c.onRequest('workspace/codeLens/refresh', () => null);
  c.onRequest('client/registerCapability', () => null);
  c.onRequest('window/workDoneProgress/create', () => null);
  c.onNotification('window/logMessage', () => undefined);
  c.onNotification('$/progress', () => undefined);
  c.listen();
  await c.sendRequest('initialize', {
    processId: process.pid, rootUri: uri(root), workspaceFolders: [{ uri: uri(root), name: 'ws' }],
    capabilities: { workspace: { configuration: true, workspaceFolders: true, diagnostics: { refreshSupport: true } }, window: { workDoneProgress: true } },
  });
  await c.sendNotification('initialized', {});
  return { c, scanned, stop: () => child.kill() };
}

function bigFile(lines: number): string {
  const out = ["import { ApiKeySession, ProfilesApi, ListsApi } from 'klaviyo-api';", 'const s = new ApiKeySession(process.env.KLAVIYO_KEY!);', 'const profiles = new ProfilesApi(s);', 'const lists = new ListsApi(s);'];
  for (let i = 0; out.length < lines; i++) {
    out.push(`export async function handler${i}(id: string, n: number): Promise<number> {`);
    out.push(i % 25 === 0 ? `  await ${i % 50 === 0 ? 'profiles.getProfile(id)' : "lists.getLists({ include: ['tags'] })"};` : `  const x${i} = n * ${i} + id.length;`);
    out.push(`  return x${i % 25 === 0 ? 0 : i} ?? ${i};`, '}', '');
  }
  return out.slice(0, lines).join('\n') + '\n';
}

async function main(): Promise<void> {
  const examples = path.resolve('examples');
  const t0 = performance.now();
  const ex = await session(examples);
  const f = path.join(examples, 'analytics/daily-revenue.js');
  await ex.c.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(f), languageId: 'javascript', version: 1, text: fs.readFileSync(f, 'utf8') } });
  const first = await ex.c.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri(f) } }) as { items: unknown[] };
  const firstMs = performance.now() - t0;
  ex.stop();
  console.log(`examples/: first diagnostics ${firstMs.toFixed(0)} ms after spawn (${first.items.length} on daily-revenue.js)`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'klaviyo-lsp-'));
  fs.writeFileSync(path.join(dir, 'klaviyo.keys.json'), JSON.stringify({ keys: [{ name: 'k', scopes: ['profiles:read'] }] }));
  const file = path.join(dir, 'big.ts');
  let text = bigFile(5000);
  fs.writeFileSync(file, text);
  const s = await session(dir);
  await s.scanned;
  await s.c.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(file), languageId: 'typescript', version: 1, text } });
  await s.c.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri(file) } });
  const edit: number[] = [];
  for (let v = 2; v < EDITS + 2; v++) {
    // Alternate between adding and removing a call that needs a scope the key lacks.
    text = v % 2 ? text.replace('\nexport async function handler1(', '\nexport async function handler1(') : text;
    const line = v % 2 ? '  await lists.createList({});' : '  // edited';
    const lines = text.split('\n');
    lines[2000] = line;
    text = lines.join('\n');
    const start = performance.now();
    await s.c.sendNotification('textDocument/didChange', { textDocument: { uri: uri(file), version: v }, contentChanges: [{ text }] });
    const r = await s.c.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri(file) } }) as { items: { code?: string }[] };
    edit.push(performance.now() - start);
    const expectMissing = v % 2 === 1;
    if (r.items.some((d) => d.code === 'missing-scope' && expectMissing) !== expectMissing && v > 3) {
      // Fresh diagnostics must reflect the edit; anything else means the measurement is wrong.
      throw new Error(`diagnostics did not follow edit ${v}`);
    }
  }
  const hover: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const line = 4 + (i % 200) * 5 + 1;
    const start = performance.now();
    await s.c.sendRequest('textDocument/hover', { textDocument: { uri: uri(file) }, position: { line, character: 10 } });
    hover.push(performance.now() - start);
  }
  s.stop();
  const fmt = (xs: number[]): string => `p50 ${percentile(xs, 50).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;
  console.log(`5,000-line TS file: didChange -> diagnostics over ${EDITS} edits: ${fmt(edit)}`);
  console.log(`5,000-line TS file: hover over ${EDITS} requests: ${fmt(hover)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
