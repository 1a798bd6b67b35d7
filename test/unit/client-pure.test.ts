// The editor-free parts of the VS Code client (client/src), and package.json's contributions
// that must agree with them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CLIENT_OWNED_COMMANDS } from '../../client/src/command-ids';
import { ANALYZED_LANGUAGES, CONFIG_GLOB, DOCUMENT_SELECTOR, WATCHED_GLOBS } from '../../client/src/document-selector';
import { createKeyArgsSchema, folderArgSchema, folderUriOf, generateConfigResultSchema, statusParamsSchema } from '../../client/src/protocol-schemas';
import { RestartPolicy } from '../../client/src/restart-policy';
import { statusView } from '../../client/src/status-text';
import { COMMANDS } from '../../server/src/lsp/protocol';

interface Manifest {
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean } };
  contributes: {
    commands: { command: string; title: string; category: string }[];
    menus: { commandPalette: { command: string; when?: string }[] };
    languages: { id: string; filenames?: string[] }[];
    jsonValidation: { fileMatch: string; url: string }[];
  };
}
const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as Manifest;

describe('client: restart policy', () => {
  it('restarts after each of the first 3 crashes and stops at the 4th within 3 minutes', () => {
    let now = 0;
    const policy = new RestartPolicy(4, 180_000, () => now);
    const decisions = [0, 10_000, 20_000, 30_000].map((t) => {
      now = t;
      return policy.recordCrash();
    });
    assert.deepEqual(decisions, [
      { restart: true, crashes: 1 },
      { restart: true, crashes: 2 },
      { restart: true, crashes: 3 },
      { restart: false, crashes: 4 },
    ]);
  });

  it('forgets crashes older than the window', () => {
    let now = 0;
    const policy = new RestartPolicy(4, 180_000, () => now);
    for (const t of [0, 60_000, 120_000]) {
      now = t;
      policy.recordCrash();
    }
    now = 180_000; // the crash at 0 is now 3 minutes old
    assert.deepEqual(policy.recordCrash(), { restart: true, crashes: 3 });
  });

  it('starts counting afresh after a reset (a manual restart)', () => {
    const policy = new RestartPolicy(2, 180_000, () => 0);
    policy.recordCrash();
    assert.equal(policy.recordCrash().restart, false);
    policy.reset();
    assert.deepEqual(policy.recordCrash(), { restart: true, crashes: 1 });
  });
});

describe('client: status text', () => {
  it('counts keys and missing scopes', () => {
    assert.deepEqual(statusView({ state: 'ready', keys: 2, missing: 1, calls: 7 }), {
      text: 'Klaviyo: 2 keys · 1 missing',
      detail: '7 calls · 1 scope missing',
      busy: false,
      severity: 'error',
    });
    assert.deepEqual(statusView({ state: 'ready', keys: 1, missing: 0, calls: 1 }), {
      text: 'Klaviyo: 1 key · 0 missing',
      detail: '1 call · all scopes granted',
      busy: false,
      severity: 'information',
    });
  });

  it('says when there is no key, when scanning and on errors', () => {
    assert.equal(statusView({ state: 'ready', keys: 0, missing: 0, calls: 3 }).text, 'Klaviyo: no keys');
    assert.deepEqual(statusView({ state: 'scanning', keys: 2, missing: 1, calls: 0 }), {
      text: 'Klaviyo: scanning…', detail: 'Looking for Klaviyo API calls', busy: true, severity: 'information',
    });
    const error = statusView({ state: 'error', keys: 0, missing: 0, calls: 0, message: 'klaviyo.keys.json: invalid JSON' });
    assert.equal(error.severity, 'error');
    assert.equal(error.detail, 'klaviyo.keys.json: invalid JSON');
  });
});

describe('client: validation of outside input', () => {
  it('accepts the folder argument shapes and names the folder', () => {
    for (const [arg, uri] of [[undefined, undefined], [null, undefined], ['file:///w', 'file:///w'], [{}, undefined], [{ folderUri: 'file:///w' }, 'file:///w']] as const) {
      const parsed = folderArgSchema.safeParse(arg);
      assert.ok(parsed.success, JSON.stringify(arg));
      assert.equal(folderUriOf(parsed.data), uri);
    }
  });

  it('rejects malformed folder arguments', () => {
    for (const arg of [42, '', { folderUri: 3 }, { folderUri: '' }, ['file:///w']]) {
      assert.equal(folderArgSchema.safeParse(arg).success, false, JSON.stringify(arg));
    }
  });

  it('opens only Klaviyo\'s Create Key page from a createKey argument, whoever sends it', () => {
    const ok = { key: 'web', url: 'https://www.klaviyo.com/create-private-api-key?scopes=lists:read,lists:write', scopes: ['lists:read', 'lists:write'], betaOnly: [] };
    assert.ok(createKeyArgsSchema.safeParse(ok).success);
    assert.ok(createKeyArgsSchema.safeParse({ ...ok, url: 'https://www.klaviyo.com/create-private-api-key', scopes: [] }).success);
    for (const url of [
      'https://evil.example/create-private-api-key?scopes=lists:read',
      'https://www.klaviyo.com.evil.example/create-private-api-key?scopes=lists:read',
      'http://www.klaviyo.com/create-private-api-key?scopes=lists:read',
      'https://www.klaviyo.com/create-private-api-key?scopes=lists:read&next=https://evil.example',
      'https://www.klaviyo.com/create-private-api-key?scopes=lists:read#x',
      'javascript:alert(1)',
    ]) assert.equal(createKeyArgsSchema.safeParse({ ...ok, url }).success, false, url);
    assert.equal(createKeyArgsSchema.safeParse({ ...ok, scopes: ['lists:read\n'] }).success, false);
    assert.equal(createKeyArgsSchema.safeParse({ ...ok, key: '' }).success, false);
  });

  it('checks the server answers and notifications', () => {
    const createKey = { key: 'backend', url: 'https://www.klaviyo.com/create-private-api-key?scopes=profiles:read', scopes: ['profiles:read'], betaOnly: [] };
    const ok = { configUri: 'file:///w/klaviyo.keys.json', currentText: null, proposedText: '{}\n', problems: [], checklist: [{ key: 'backend', items: ['Profiles: Read'], createKey }] };
    assert.ok(generateConfigResultSchema.safeParse(ok).success);
    assert.equal(generateConfigResultSchema.safeParse({ ...ok, problems: undefined }).success, false);
    assert.ok(statusParamsSchema.safeParse({ state: 'ready', keys: 1, missing: 0, calls: 2 }).success);
    assert.equal(statusParamsSchema.safeParse({ state: 'done', keys: 1, missing: 0, calls: 2 }).success, false);
    assert.equal(statusParamsSchema.safeParse({ state: 'ready', keys: -1, missing: 0, calls: 2 }).success, false);
  });
});

describe('client: package.json agrees with the client', () => {
  it('activates on each analyzed language and on a key config, never on *', () => {
    assert.deepEqual(pkg.activationEvents.sort(), [...ANALYZED_LANGUAGES.map((l) => `onLanguage:${l}`), `workspaceContains:${CONFIG_GLOB}`].sort());
  });

  it('syncs each analyzed language and the key config, from files only', () => {
    assert.ok(DOCUMENT_SELECTOR.every((f) => f.scheme === 'file'));
    assert.deepEqual(DOCUMENT_SELECTOR.filter((f) => 'language' in f).map((f) => 'language' in f && f.language), [...ANALYZED_LANGUAGES]);
    assert.ok(DOCUMENT_SELECTOR.some((f) => 'pattern' in f && f.pattern === CONFIG_GLOB));
    assert.ok(WATCHED_GLOBS.includes(CONFIG_GLOB));
  });

  it('the README names each command as the palette shows it', () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    for (const c of pkg.contributes.commands) assert.ok(readme.includes(`*${c.title}*`), `README names "${c.title}"`);
  });

  it('contributes exactly the commands the client registers, in the Klaviyo Scopes category', () => {
    assert.deepEqual(pkg.contributes.commands.map((c) => c.command).sort(), [...CLIENT_OWNED_COMMANDS].sort());
    for (const c of pkg.contributes.commands) assert.equal(c.category, 'Klaviyo Scopes', c.command);
    const known = new Set(CLIENT_OWNED_COMMANDS);
    for (const m of pkg.contributes.menus.commandPalette) assert.ok(known.has(m.command), m.command);
    assert.ok(CLIENT_OWNED_COMMANDS.includes(COMMANDS.generateConfig));
  });

  it('treats klaviyo.keys.json as JSONC with its schema, and supports untrusted workspaces', () => {
    assert.ok(pkg.contributes.languages.some((l) => l.id === 'jsonc' && l.filenames?.includes('klaviyo.keys.json')));
    assert.ok(pkg.contributes.jsonValidation.some((j) => j.fileMatch === 'klaviyo.keys.json'));
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
  });
});
