// Several workspace folders, each with its own klaviyo.keys.json, and nested configs that apply
// to the files below them.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { GenerateConfigResult, RescanResult, ShowReportResult, StatusParams } from '../../server/src/lsp/protocol';
import { startSession, uri, type Session } from './harness';
import { A, positionIn, removeWorkspaces, workspace } from './workspaces';

const missing = (diags: Diagnostic[]): { key: string; configPath: string; scopes: string[] }[] =>
  diags.filter((d) => d.code === 'missing-scope').map((d) => {
    const { key, configPath, scopes } = d.data as { key: string; configPath: string; scopes: string[] };
    return { key, configPath, scopes };
  });

async function until(s: Session, state: StatusParams['state']): Promise<StatusParams> {
  for (;;) {
    const next = await s.nextStatus();
    if (next.state === state) return next;
  }
}

describe('multi-root workspaces', () => {
  after(removeWorkspaces);

  it('two folders, each with its own klaviyo.keys.json', async () => {
    const shop = workspace({
      'klaviyo.keys.json': JSON.stringify({ keys: [{ name: 'shop', scopes: ['lists:read'] }] }, null, 2),
      'src/a.ts': `fetch('${A}/api/profiles');\nfetch('${A}/api/lists');\n`,
    });
    const crm = workspace({
      'klaviyo.keys.json': JSON.stringify({ keys: [{ name: 'crm', scopes: ['profiles:read'] }] }, null, 2),
      'src/a.ts': `fetch('${A}/api/profiles');\nfetch('${A}/api/segments');\n`,
    });
    const s = await startSession([shop, crm]);
    try {
      await s.scanned;
      const ready = s.statuses.find((x) => x.state === 'ready');
      assert.deepEqual([ready?.keys, ready?.missing, ready?.calls], [2, 2, 4]);
      assert.deepEqual(missing(await s.diagnostics(path.join(shop, 'src/a.ts'))), [{ key: 'shop', configPath: path.join(shop, 'klaviyo.keys.json'), scopes: ['profiles:read'] }]);
      assert.deepEqual(missing(await s.diagnostics(path.join(crm, 'src/a.ts'))), [{ key: 'crm', configPath: path.join(crm, 'klaviyo.keys.json'), scopes: ['segments:read'] }]);

      const lens = await s.codeLenses(path.join(crm, 'klaviyo.keys.json'));
      assert.deepEqual(lens.map((l) => [l.command?.title, l.command?.arguments]), [
        ['2 calls · 2 scopes needed · 1 missing · 0 excess', [{ folderUri: uri(crm) }]],
        ['Create key "crm" in Klaviyo with these 2 scopes', [{ key: 'crm', url: 'https://www.klaviyo.com/create-private-api-key?scopes=profiles:read,segments:read', scopes: ['profiles:read', 'segments:read'], betaOnly: [] }]],
      ]);

      const first = await s.command<GenerateConfigResult>('klaviyoScopes.generateConfig');
      assert.equal(first.configUri, uri(path.join(shop, 'klaviyo.keys.json')), 'the first folder by default');
      const second = await s.command<GenerateConfigResult>('klaviyoScopes.generateConfig', { folderUri: uri(crm) });
      assert.equal(second.configUri, uri(path.join(crm, 'klaviyo.keys.json')));
      assert.deepEqual(JSON.parse(second.proposedText ?? ''), { keys: [{ name: 'crm', scopes: ['profiles:read', 'segments:read'] }] });
      const report = await s.command<ShowReportResult>('klaviyoScopes.showReport', { folderUri: uri(crm) });
      assert.match(report.markdown, /## Key `crm`/);
      assert.doesNotMatch(report.markdown, /## Key `shop`/);
    } finally {
      s.dispose();
    }
  });

  it('a klaviyo.keys.json in a subfolder applies to the files below it, the root one to the rest', async () => {
    const rootConfig = JSON.stringify({ keys: [{ name: 'web', scopes: ['lists:read', 'events:read'] }] }, null, 2);
    const nestedConfig = JSON.stringify({ keys: [{ name: 'billing', scopes: ['profiles:read', 'lists:read'] }] }, null, 2);
    const code = `fetch('${A}/api/profiles');\nfetch('${A}/api/lists');\n`;
    const dir = workspace({
      'klaviyo.keys.json': rootConfig,
      'web/a.ts': code,
      'packages/billing/klaviyo.keys.json': nestedConfig,
      'packages/billing/src/deep/a.ts': code,
    });
    const s = await startSession([dir]);
    try {
      await s.scanned;
      const nested = path.join(dir, 'packages/billing/klaviyo.keys.json');
      assert.deepEqual(missing(await s.diagnostics(path.join(dir, 'web/a.ts'))), [{ key: 'web', configPath: path.join(dir, 'klaviyo.keys.json'), scopes: ['profiles:read'] }]);
      assert.deepEqual(missing(await s.diagnostics(path.join(dir, 'packages/billing/src/deep/a.ts'))), []);
      // Each config's excess is about its own keys' calls only.
      assert.deepEqual((await s.diagnostics(path.join(dir, 'klaviyo.keys.json'))).map((d) => (d.data as { scope: string }).scope), ['events:read']);
      assert.deepEqual(await s.diagnostics(nested), []);
      await s.open(nested, nestedConfig);
      const hover = JSON.stringify((await s.hover(nested, positionIn(nestedConfig, '"profiles:read"')))?.contents);
      assert.match(hover, /1 call of key \*\*billing\*\* needs it/);
      assert.match(hover, /\[src\/deep\/a\.ts:1\]/, 'locations relative to the nested config');
      const generated = await s.command<GenerateConfigResult>('klaviyoScopes.generateConfig');
      assert.equal(generated.configUri, uri(path.join(dir, 'klaviyo.keys.json')), 'the root config is the one proposed');
    } finally {
      s.dispose();
    }
  });

  it('folders whose names share a prefix keep their files apart, unsaved new files included', async () => {
    const parent = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'klaviyo-scopes-lsp-')));
    const app = workspace({ 'klaviyo.keys.json': JSON.stringify({ keys: [{ name: 'app', scopes: ['lists:read'] }] }), 'src/a.ts': `fetch('${A}/api/lists');\n` }, path.join(parent, 'app'));
    const admin = workspace({ 'src/b.ts': `fetch('${A}/api/lists');\n` }, path.join(parent, 'app-admin'));
    const s = await startSession([app, admin]);
    try {
      await s.scanned;
      const unsaved = path.join(admin, 'src/new.ts');
      await s.open(unsaved, `fetch('${A}/api/profiles');\nfetch('${A}/api/segments');\n`);
      assert.equal((await s.diagnostics(unsaved)).length, 2, 'no-key for both calls');
      const r = await s.command<RescanResult>('klaviyoScopes.rescan');
      assert.deepEqual(r, { files: 3, calls: 4 }, 'the unsaved file counts once, in its own folder');
      const appReport = await s.command<ShowReportResult>('klaviyoScopes.showReport', { folderUri: uri(app) });
      assert.doesNotMatch(appReport.markdown, /new\.ts/);
      const appConfig = await s.command<GenerateConfigResult>('klaviyoScopes.generateConfig', { folderUri: uri(app) });
      assert.deepEqual(JSON.parse(appConfig.proposedText ?? ''), { keys: [{ name: 'app', scopes: ['lists:read'] }] });
    } finally {
      s.dispose();
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });

  it('settings are read per folder (section klaviyoScopes, scopeUri of the folder)', async () => {
    const code = `fetch('${A}/api/profiles');\n`;
    const config = JSON.stringify({ keys: [{ name: 'app', scopes: ['lists:read'] }] });
    const quiet = workspace({ 'klaviyo.keys.json': config, 'src/a.ts': code });
    const loud = workspace({ 'klaviyo.keys.json': config, 'src/a.ts': code });
    const asked: { scopeUri?: string; section?: string }[] = [];
    const s = await startSession([quiet, loud], {
      settingsFor: (item) => {
        asked.push(item);
        return item.scopeUri === uri(quiet) ? { enable: false } : { diagnostics: { missingScope: 'warning' } };
      },
    });
    try {
      await s.scanned;
      assert.deepEqual(asked, [{ scopeUri: uri(quiet), section: 'klaviyoScopes' }, { scopeUri: uri(loud), section: 'klaviyoScopes' }]);
      assert.deepEqual(await s.diagnostics(path.join(quiet, 'src/a.ts')), []);
      assert.deepEqual((await s.diagnostics(path.join(loud, 'src/a.ts'))).map((d) => [d.code, d.severity]), [['missing-scope', 2]]);
    } finally {
      s.dispose();
    }
  });

  it('a folder added later is scanned; a removed one is no longer served', async () => {
    const first = workspace({ 'src/a.ts': `fetch('${A}/api/lists');\n` });
    const later = workspace({ 'klaviyo.keys.json': JSON.stringify({ keys: [{ name: 'later', scopes: ['flows:read'] }] }), 'src/a.ts': `fetch('${A}/api/flows');\nfetch('${A}/api/tags');\n` });
    const s = await startSession([first]);
    try {
      await s.scanned;
      let ready = until(s, 'ready');
      await s.client.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: uri(later), name: 'later' }], removed: [] } });
      assert.deepEqual([(await ready).keys, (await ready).calls], [1, 3]);
      assert.deepEqual(missing(await s.diagnostics(path.join(later, 'src/a.ts'))).map((m) => m.scopes), [['tags:read']]);

      ready = until(s, 'ready');
      await s.client.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: uri(first), name: 'first' }] } });
      assert.equal((await ready).calls, 2);
      assert.deepEqual(await s.diagnostics(path.join(first, 'src/a.ts')), []);
    } finally {
      s.dispose();
    }
  });
});
