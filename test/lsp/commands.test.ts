// workspace/executeCommand: generateConfig, showReport, rescan; bad arguments and unknown
// commands are error responses, and the server keeps answering afterwards.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ResponseError } from 'vscode-languageserver-protocol';
import type { GenerateConfigResult, RescanResult, ShowReportResult } from '../../server/src/lsp/protocol';
import { startSession, uri, type Session } from './harness';
import { A, EXAMPLES, read, removeWorkspaces, workspace } from './workspaces';

const CREATE = 'https://www.klaviyo.com/create-private-api-key?scopes=';

const GENERATE = 'klaviyoScopes.generateConfig';
const REPORT = 'klaviyoScopes.showReport';
const RESCAN = 'klaviyoScopes.rescan';

async function rejects(p: Promise<unknown>, message: RegExp): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof ResponseError, `a ResponseError, got ${String(e)}`);
    assert.match(e.message, message);
    return true;
  });
}

describe('commands on examples/', () => {
  let s: Session;
  const config = path.join(EXAMPLES, 'klaviyo.keys.json');
  before(async () => {
    s = await startSession([EXAMPLES]);
    await s.scanned;
  });
  after(() => s.dispose());

  it('generateConfig proposes the existing file plus what is missing, comments and layout kept', async () => {
    const current = read(config);
    const r = await s.command<GenerateConfigResult>(GENERATE);
    assert.equal(r.configUri, uri(config));
    assert.equal(r.currentText, current);
    assert.equal(r.proposedText, current.replace('"events:read", "data-privacy:write"]', '"events:read", "data-privacy:write", "profiles:read"]'));
    assert.deepEqual(r.problems, []);
    // One checklist per key of the config, in its order.
    const names = [...current.matchAll(/"name": "([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(r.checklist.map((c) => c.key), names);
    assert.deepEqual(r.checklist.slice(0, 2).map((c) => ({ key: c.key, items: c.items, url: c.createKey.url })), [
      { key: 'storefront', items: ['Lists: Full', 'Profiles: Full', 'Subscriptions: Full'], url: `${CREATE}lists:read,lists:write,profiles:read,profiles:write,subscriptions:read,subscriptions:write` },
      { key: 'back-office', items: ['Data Privacy: Full', 'Events: Read', 'Metrics: Read', 'Profiles: Read'], url: `${CREATE}data-privacy:write,events:read,metrics:read,profiles:read` },
    ]);
  });

  it('generateConfig with { folderUri } works on the editor\'s unsaved text of the config', async () => {
    const edited = read(config).replace('// Read-only reporting', '// Reporting (unsaved edit)');
    await s.open(config, edited);
    try {
      const r = await s.command<GenerateConfigResult>(GENERATE, { folderUri: uri(EXAMPLES) });
      assert.equal(r.currentText, edited);
      assert.match(r.proposedText ?? '', /\/\/ Reporting \(unsaved edit\)/);
      assert.match(r.proposedText ?? '', /"data-privacy:write", "profiles:read"\]/);
    } finally {
      await s.close(config);
    }
  });

  it('verifyReport: live keys (as the client fetched them) against the config and the code', async () => {
    const live = (id: string, name: string, scopes: string[], status = 'active') => ({ id, name, status, scopes, redacted: `pk_****${id.slice(-4)}` });
    const r = await s.command<{ markdown: string; ok: boolean }>('klaviyoScopes.verifyReport', {
      keys: [
        live('01STOR', 'storefront', ['lists:write', 'profiles:write', 'subscriptions:write']),
        live('01BACK', 'back-office', ['data-privacy:write', 'events:read', 'metrics:read']),
        live('01OLD0', 'old admin', ['accounts:read'], 'disabled'),
      ],
    });
    assert.equal(r.ok, false, 'back-office lacks profiles:read');
    assert.match(r.markdown, /\| `back-office` \(`klaviyo\.keys\.json`\) \| `01BACK` active \| `profiles:read` \| – \|/);
    assert.match(r.markdown, /\| `storefront` \(`klaviyo\.keys\.json`\) \| `01STOR` active \| – \| – \|/);
    assert.match(r.markdown, /\[Create key "back-office" in Klaviyo with these 4 scopes\]\(https:\/\/www\.klaviyo\.com\/create-private-api-key\?scopes=data-privacy:write,events:read,metrics:read,profiles:read\)/);
    assert.match(r.markdown, /## Live keys no entry claims\n\n- `01OLD0` `old admin` \(disabled, 1 scope\)/);
    await rejects(s.command('klaviyoScopes.verifyReport', { keys: [{ id: 'x', name: 'y', status: 'gone', scopes: [], redacted: null }] }), /Invalid command arguments: keys\.0\.status/);
    await rejects(s.command('klaviyoScopes.verifyReport', { keys: [], key: 'pk_x' }), /Invalid command arguments/);
  });

  it('showReport: per key, a scope table and the Klaviyo UI checklist', async () => {
    const { markdown } = await s.command<ShowReportResult>(REPORT);
    const section = (key: string): string => {
      const start = markdown.indexOf(`## Key \`${key}\``);
      assert.ok(start >= 0, `a section for ${key}`);
      const end = markdown.indexOf('\n## ', start + 1);
      return markdown.slice(start, end < 0 ? undefined : end);
    };
    const storefront = section('storefront');
    assert.match(storefront, /^\| `lists:write` \| .*signup\.ts:18.*\|$/m);
    assert.match(storefront, /^\| `campaigns:read` \| .*\|$/m);
    assert.match(storefront, /^- Profiles: Full$/m);
    assert.match(storefront, /^- Subscriptions: Full$/m);
    const backOffice = section('back-office');
    assert.match(backOffice, /^\| `profiles:read` \| .*missing.*daily-revenue\.js:30.*include "profile".*\|$/m);
    assert.match(backOffice, /^- Profiles: Read$/m);
    assert.match(backOffice, /^- Data Privacy: Full$/m);
  });

  it('invalid arguments are an error response, and the next request is answered', async () => {
    await rejects(s.command(GENERATE, 42), /Invalid command arguments/);
    await rejects(s.command(REPORT, { folderUri: 7 }), /Invalid command arguments/);
    await rejects(s.command(REPORT, { folder: uri(EXAMPLES) }), /Invalid command arguments/);
    await rejects(s.command(REPORT, { folderUri: uri(path.join(EXAMPLES, 'nope')) }), /Not a workspace folder/);
    const { markdown } = await s.command<ShowReportResult>(REPORT);
    assert.match(markdown, /## Key `storefront`/);
  });

  it('an unknown command is an error response', async () => {
    await rejects(s.command('klaviyoScopes.frobnicate'), /Unknown command: klaviyoScopes\.frobnicate/);
    assert.ok((await s.diagnostics(path.join(EXAMPLES, 'analytics/daily-revenue.js'))).length > 0, 'still serving');
  });
});

describe('commands in temp workspaces', () => {
  after(removeWorkspaces);

  it('generateConfig refuses to merge into a broken config and says why', async () => {
    const broken = '{\n  "keys": [\n    { "name": "app", "scopes": ["lists:read"] }\n  \n}\n';
    const dir = workspace({ 'klaviyo.keys.json': broken, 'src/a.ts': `fetch('${A}/api/profiles');\n` });
    const s = await startSession([dir]);
    try {
      await s.scanned;
      const r = await s.command<GenerateConfigResult>(GENERATE);
      assert.equal(r.configUri, uri(path.join(dir, 'klaviyo.keys.json')));
      assert.equal(r.currentText, broken);
      assert.equal(r.proposedText, null);
      assert.ok(r.problems.length > 0, 'problems given');
      for (const p of r.problems) assert.match(p, /^klaviyo\.keys\.json:\d+:\d+: Invalid JSON: /);
      assert.ok(r.problems.some((p) => p.startsWith('klaviyo.keys.json:5:1: ')), JSON.stringify(r.problems));
    } finally {
      s.dispose();
    }
  });

  it('generateConfig without a config: the new file\'s text', async () => {
    const dir = workspace({ 'src/a.ts': `fetch('${A}/api/profiles', { method: 'POST' });\nfetch('${A}/api/lists');\n` });
    const s = await startSession([dir]);
    try {
      await s.scanned;
      const r = await s.command<GenerateConfigResult>(GENERATE);
      assert.deepEqual(r, {
        configUri: uri(path.join(dir, 'klaviyo.keys.json')),
        currentText: null,
        proposedText: JSON.stringify({ keys: [{ name: 'default', scopes: ['lists:read', 'profiles:write'] }] }, null, 2) + '\n',
        problems: [],
        checklist: [{
          key: 'default',
          items: ['Lists: Read', 'Profiles: Full'],
          createKey: { key: 'default', url: `${CREATE}lists:read,profiles:read,profiles:write`, scopes: ['lists:read', 'profiles:read', 'profiles:write'], betaOnly: [] },
        }],
      });
    } finally {
      s.dispose();
    }
  });

  it('rescan returns the counts, with "scanning" then "ready" statuses', async () => {
    const dir = workspace({
      'klaviyo.keys.json': JSON.stringify({ keys: [{ name: 'app', scopes: ['lists:read'] }] }),
      'src/a.ts': `fetch('${A}/api/lists');\nfetch('${A}/api/lists/L1');\n`,
      'src/b.ts': `export const nothing = 1;\n`,
    });
    const s = await startSession([dir]);
    try {
      await s.scanned;
      const before = s.statuses.length;
      const r = await s.command<RescanResult>(RESCAN);
      assert.deepEqual(r, { files: 2, calls: 2 });
      assert.deepEqual(s.statuses.slice(before).map((x) => [x.state, x.calls]), [['scanning', 2], ['ready', 2]]);
    } finally {
      s.dispose();
    }
  });
});
