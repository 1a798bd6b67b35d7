// The language server as an editor drives it: `node dist/server.js --stdio` with a real LSP client
// on a generated tree. Measures initialize -> end of the workspace-scan progress, the server's
// peak RSS, and on the tree's 5,000-line TS file the didChange -> fresh diagnostics and hover
// latencies.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { percentile, vmHwmMb } from './measure';

export interface LspResult {
  /** initialize sent -> `$/progress` end of the workspace scan. */
  scanMs: number;
  /** Peak RSS of the server process over the whole session (scan, edits, hovers), MB. */
  peakMb: number | null;
  /** Peak RSS when the scan ended, MB. */
  scanPeakMb: number | null;
  edit: { p50: number; p95: number; max: number };
  hover: { p50: number; p95: number; max: number };
}

const uri = (f: string): string => URI.file(f).toString();
const stats = (xs: number[]) => ({ p50: percentile(xs, 50), p95: percentile(xs, 95), max: Math.max(...xs) });

/** With `edits` and `hovers` 0, only the scan is measured. `env` is the server's environment. */
export async function measureServer(serverJs: string, root: string, bigFile: string, edits: number, hovers: number, env: NodeJS.ProcessEnv = process.env): Promise<LspResult> {
  // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env });
  const c = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let scanEnded!: (ms: number) => void;
  const scanned = new Promise<number>((r) => (scanEnded = r));
  let t0 = 0;
  c.onNotification('$/progress', (p: { value?: { kind?: string } }) => {
    if (p.value?.kind === 'end') scanEnded(performance.now() - t0);
  });
  c.onNotification('klaviyoScopes/status', () => undefined);
  c.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  c.onRequest('workspace/diagnostic/refresh', () => null);
  c.onRequest('workspace/codeLens/refresh', () => null);
  c.onRequest('client/registerCapability', () => null);
  c.onRequest('window/workDoneProgress/create', () => null);
  c.onNotification('window/logMessage', () => undefined);
  c.listen();
  try {
    t0 = performance.now();
    await c.sendRequest('initialize', {
      processId: process.pid, rootUri: uri(root), workspaceFolders: [{ uri: uri(root), name: 'bench' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true, diagnostics: { refreshSupport: true } }, window: { workDoneProgress: true } },
    });
    await c.sendNotification('initialized', {});
    const scanMs = await scanned;
    const scanPeakMb = child.pid ? vmHwmMb(child.pid) : null;

    if (edits === 0 && hovers === 0) {
      const none = { p50: NaN, p95: NaN, max: NaN };
      return { scanMs, peakMb: scanPeakMb, scanPeakMb, edit: none, hover: none };
    }
    const file = path.join(root, bigFile);
    const text = fs.readFileSync(file, 'utf8');
    await c.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(file), languageId: 'typescript', version: 1, text } });
    await c.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri(file) } });
    const edit: number[] = [];
    const lines = text.split('\n');
    for (let v = 2; v < edits + 2; v++) {
      // Alternate between adding and removing a call that needs a scope the key lacks.
      const adding = v % 2 === 1;
      const before = lines[2000];
      lines[2000] = adding ? '  await profiles.subscribeProfiles({} as never);' : '  // edited';
      // The change as VS Code sends it to a server that syncs incrementally: the edited range only.
      const range = { start: { line: 2000, character: 0 }, end: { line: 2000, character: before.length } };
      const start = performance.now();
      await c.sendNotification('textDocument/didChange', { textDocument: { uri: uri(file), version: v }, contentChanges: [{ range, text: lines[2000] }] });
      const r = await c.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri(file) } }) as { items: { code?: string; range: { start: { line: number } } }[] };
      edit.push(performance.now() - start);
      const has = r.items.some((d) => d.code === 'missing-scope' && d.range.start.line === 2000);
      // Fresh diagnostics must reflect the edit; anything else means the measurement is wrong.
      if (has !== adding && v > 3) throw new Error(`diagnostics did not follow edit ${v} on ${bigFile}`);
    }
    const hover: number[] = [];
    for (let i = 0; i < hovers; i++) {
      // Over calls (every 25th function) and plain code alike.
      const line = 4 + (i % 200) * 5 + 1;
      const start = performance.now();
      await c.sendRequest('textDocument/hover', { textDocument: { uri: uri(file) }, position: { line, character: 10 } });
      hover.push(performance.now() - start);
    }
    const peakMb = child.pid ? vmHwmMb(child.pid) : null;
    return { scanMs, peakMb, scanPeakMb, edit: stats(edit), hover: stats(hover) };
  } finally {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    // A graceful exit (a profiling server writes its profile then); SIGTERM, then SIGKILL, if it lingers.
    await Promise.race([
      c.sendRequest('shutdown').then(() => c.sendNotification('exit')).then(() => exited).catch(() => undefined),
      new Promise((r) => setTimeout(r, 10000)),
    ]);
    c.dispose();
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }
}
