// Work-done progress and status notifications around scans, and the `klaviyoScopes` settings
// read per folder with workspace/configuration (validated field by field).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import type { StatusParams } from '../../server/src/lsp/protocol';
import { startSession, type Session } from './harness';
import { A, positionIn, removeWorkspaces, workspace } from './workspaces';

const CONFIG = JSON.stringify({ keys: [{ name: 'app', scopes: ['lists:read', 'segments:read'] }] }, null, 2);
const CODE = `export const profiles = () => fetch('${A}/api/profiles');
export const lists = () => fetch('${A}/api/lists');
export const beta = () => fetch('${A}/api/campaigns', { headers: { revision: '2026-07-15.pre' } });
export const nothing = () => fetch('${A}/api/profile-things');
`;
const codes = (diags: Diagnostic[]): [string, number | undefined][] => diags.map((d) => [String(d.code), d.severity]);

async function until(s: Session, state: StatusParams['state']): Promise<StatusParams> {
  for (;;) {
    const next = await s.nextStatus();
    if (next.state === state) return next;
  }
}

describe('progress and status during scans', () => {
  after(removeWorkspaces);

  it('reports begin, "done/total files" and end during the initial scan', async () => {
    const files: Record<string, string> = { 'klaviyo.keys.json': CONFIG };
    for (let i = 0; i < 12; i++) files[`src/f${i}.ts`] = `export const f${i} = () => fetch('${A}/api/lists/${i}');\n`;
    files['src/plain.ts'] = 'export const nothingToSee = 1;\n';
    const s = await startSession([workspace(files)]);
    try {
      await s.scanned;
      const kinds = s.progress.map((p) => p.kind);
      assert.equal(kinds[0], 'begin');
      assert.equal(kinds.at(-1), 'end');
      assert.equal(kinds.filter((k) => k === 'begin').length, 1);
      const reports = s.progress.filter((p) => p.kind === 'report');
      assert.ok(reports.length >= 1);
      for (const r of reports) assert.match(r.message ?? '', /^\d+\/12 files$/, 'only files worth parsing are counted');
      assert.equal(reports.at(-1)?.message, '12/12 files');
      assert.equal(reports.at(-1)?.percentage, 100);
    } finally {
      s.dispose();
    }
  });

  it('sends "scanning", then "ready" with the number of keys, missing scopes and calls', async () => {
    const s = await startSession([workspace({ 'klaviyo.keys.json': CONFIG, 'src/a.ts': CODE })]);
    try {
      await s.scanned;
      assert.equal(s.statuses[0].state, 'scanning');
      const ready = s.statuses.find((x) => x.state === 'ready');
      // profiles:read and campaigns:read are missing from "app"; 4 calls.
      assert.deepEqual({ ...ready, message: undefined }, { state: 'ready', keys: 1, missing: 2, calls: 4, message: undefined });
    } finally {
      s.dispose();
    }
  });

  it('without the client capability: no $/progress, statuses still sent', async () => {
    const s = await startSession([workspace({ 'klaviyo.keys.json': CONFIG, 'src/a.ts': CODE })], { progress: false });
    try {
      await s.scanned;
      assert.deepEqual(s.progress, []);
      assert.deepEqual(s.statuses.map((x) => x.state).slice(0, 2), ['scanning', 'ready']);
    } finally {
      s.dispose();
    }
  });

  it('a cancelled scan reports no excess scope (that needs every file) until a rescan', async () => {
    const files: Record<string, string> = { 'klaviyo.keys.json': CONFIG };
    // Enough files that the scan yields (every 50 ms) before it ends, so the cancel lands mid-scan.
    for (let i = 0; i < 400; i++) files[`src/f${i}.ts`] = `export const a${i} = () => fetch('${A}/api/lists/${i}');\nexport const b${i} = () => fetch('${A}/api/lists?page=${i}');\n`;
    const dir = workspace(files);
    const config = path.join(dir, 'klaviyo.keys.json');
    let cancels = 1; // the initial scan only
    const s = await startSession([dir], {
      onProgressCreated: (token, client) => void (cancels-- > 0 && client.sendNotification('window/workDoneProgress/cancel', { token })),
    });
    try {
      await s.scanned;
      const ready = s.statuses.find((x) => x.state === 'ready');
      assert.ok(ready && ready.calls < 800, `the scan stopped early (${ready?.calls} calls)`);
      assert.match(ready.message ?? '', /cancelled/i, 'the status says the results are partial');
      await s.open(config, CONFIG);
      assert.deepEqual((await s.diagnostics(config)).filter((d) => d.code === 'excess-scope'), []);
      const [lens] = await s.codeLenses(config);
      assert.match(lens.command?.title ?? '', /cancelled/);
      assert.doesNotMatch(lens.command?.title ?? '', /scanning/, 'nothing is scanning any more');
      const hover = await s.hover(config, positionIn(CONFIG, '"segments:read"'));
      assert.match(JSON.stringify(hover?.contents), /cancelled/);

      const rescanned = await s.command<{ files: number; calls: number }>('klaviyoScopes.rescan');
      assert.deepEqual(rescanned, { files: 400, calls: 800 });
      const excess = (await s.diagnostics(config)).filter((d) => d.code === 'excess-scope');
      assert.deepEqual(excess.map((d) => (d.data as { scope: string }).scope), ['segments:read']);
      assert.equal((await s.codeLenses(config))[0].command?.title, '800 calls · 1 scope needed · 0 missing · 1 excess');
    } finally {
      s.dispose();
    }
  });
});

describe('settings', () => {
  after(removeWorkspaces);

  async function diagnosticsWith(settings: Record<string, unknown>): Promise<{ source: Diagnostic[]; config: Diagnostic[] }> {
    const dir = workspace({ 'klaviyo.keys.json': CONFIG, 'src/a.ts': CODE });
    const s = await startSession([dir], { settings });
    try {
      await s.scanned;
      return { source: await s.diagnostics(path.join(dir, 'src/a.ts')), config: await s.diagnostics(path.join(dir, 'klaviyo.keys.json')) };
    } finally {
      s.dispose();
    }
  }

  it('defaults: missing-scope error, beta-endpoint information, no-such-endpoint warning, excess-scope warning', async () => {
    const { source, config } = await diagnosticsWith({});
    assert.deepEqual(codes(source), [
      ['missing-scope', DiagnosticSeverity.Error],
      ['beta-endpoint', DiagnosticSeverity.Information],
      ['missing-scope', DiagnosticSeverity.Error],
      ['no-such-endpoint', DiagnosticSeverity.Warning],
    ]);
    assert.deepEqual(codes(config), [['excess-scope', DiagnosticSeverity.Warning]]);
  });

  it('severities come from klaviyoScopes.diagnostics; "off" hides a code', async () => {
    const { source, config } = await diagnosticsWith({ diagnostics: { missingScope: 'warning', betaEndpoint: 'off', excessScope: 'hint' } });
    assert.deepEqual(codes(source), [
      ['missing-scope', DiagnosticSeverity.Warning],
      ['missing-scope', DiagnosticSeverity.Warning],
      ['no-such-endpoint', DiagnosticSeverity.Warning],
    ]);
    assert.deepEqual(codes(config), [['excess-scope', DiagnosticSeverity.Hint]]);
  });

  it('an invalid value falls back to its default, field by field; the valid ones still apply', async () => {
    const { source, config } = await diagnosticsWith({
      enable: 'yes', maxFileSize: 'big', exclude: 'src/**',
      diagnostics: { missingScope: 'loud', betaEndpoint: 'off', noSuchEndpoint: 42, excessScope: 'error' },
    });
    // enable and exclude fell back to their defaults: src/a.ts is analyzed.
    assert.deepEqual(codes(source), [
      ['missing-scope', DiagnosticSeverity.Error],
      ['missing-scope', DiagnosticSeverity.Error],
      ['no-such-endpoint', DiagnosticSeverity.Warning],
    ]);
    assert.deepEqual(codes(config), [['excess-scope', DiagnosticSeverity.Error]]);
  });

  it('a non-object "diagnostics" setting means every default', async () => {
    const { source } = await diagnosticsWith({ diagnostics: 'quiet' });
    assert.deepEqual(codes(source).map(([c]) => c), ['missing-scope', 'beta-endpoint', 'missing-scope', 'no-such-endpoint']);
  });

  it('enable: false → no diagnostics, hover or code lens', async () => {
    const dir = workspace({ 'klaviyo.keys.json': CONFIG, 'src/a.ts': CODE });
    const s = await startSession([dir], { settings: { enable: false } });
    try {
      await s.scanned;
      const a = path.join(dir, 'src/a.ts');
      const config = path.join(dir, 'klaviyo.keys.json');
      await s.open(a, CODE);
      await s.open(config, CONFIG);
      assert.deepEqual(await s.diagnostics(a), []);
      assert.deepEqual(await s.diagnostics(config), []);
      assert.equal(await s.hover(a, positionIn(CODE, 'fetch')), null);
      assert.deepEqual(await s.codeLenses(config), []);
    } finally {
      s.dispose();
    }
  });

  it('a client that answers workspace/configuration or progress creation with an error: defaults, and the server keeps working', async () => {
    const dir = workspace({ 'klaviyo.keys.json': CONFIG, 'src/a.ts': CODE });
    let fail = true;
    const s = await startSession([dir], {
      failProgressCreate: true,
      settingsFor: () => {
        if (fail) throw new Error('no settings here');
        return { diagnostics: { missingScope: 'hint' } };
      },
    });
    try {
      await s.scanned;
      const a = path.join(dir, 'src/a.ts');
      assert.deepEqual(codes(await s.diagnostics(a))[0], ['missing-scope', DiagnosticSeverity.Error], 'default severity');
      fail = false;
      const refreshed = s.nextRefresh();
      await s.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await refreshed;
      assert.deepEqual(codes(await s.diagnostics(a))[0], ['missing-scope', DiagnosticSeverity.Hint], 'settings read once the client can');
      assert.deepEqual(await s.command('klaviyoScopes.rescan'), { files: 1, calls: 4 });
    } finally {
      s.dispose();
    }
  });

  it('a settings change is picked up: severities without a rescan, "exclude" with one', async () => {
    const dir = workspace({ 'klaviyo.keys.json': CONFIG, 'src/a.ts': CODE });
    const a = path.join(dir, 'src/a.ts');
    const s = await startSession([dir]);
    try {
      const firstRefresh = s.nextRefresh();
      await s.scanned;
      await firstRefresh;
      assert.equal((await s.diagnostics(a))[0].severity, DiagnosticSeverity.Error);

      s.settings = { diagnostics: { missingScope: 'information' } };
      const refreshed = s.nextRefresh();
      await s.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await refreshed;
      assert.equal((await s.diagnostics(a))[0].severity, DiagnosticSeverity.Information);
      assert.equal(s.statuses.filter((x) => x.state === 'scanning').length, 1, 'no rescan for a severity');

      s.settings = { exclude: ['src/**'] };
      const ready = until(s, 'ready');
      await s.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
      assert.equal((await ready).calls, 0);
      assert.deepEqual(await s.diagnostics(a), []);
    } finally {
      s.dispose();
    }
  });
});
