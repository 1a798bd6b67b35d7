import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callNotes, checkCalls, needsScopes, reasonsForScope } from '../../server/src/core/check';
import { loadKeyConfig } from '../../server/src/core/config/load';
import type { LoadedConfig, ScanResult } from '../../server/src/core/engine/workspace';
import type { Call } from '../../server/src/core/model';

/** A call as detectors report it; only what a test states differs from a plain SDK call. */
function call(file: string, scopes: string[], extra: Partial<Call> = {}): Call {
  return {
    detector: 'test', file, language: 'typescript', range: { start: 0, end: 1 }, nameRange: { start: 0, end: 1 },
    start: { line: 1, column: 1 }, end: { line: 1, column: 2 }, kind: 'sdk', operation: 'get_profiles', method: 'GET', path: '/api/profiles',
    scopes, includeScopes: [], includes: [], confidence: 'certain', candidates: [], keyEnv: null, alias: null, replacement: null, beta: false, note: null,
    ...extra,
  };
}

/** A config that exists only in the scan: check must never look at the disk. */
function config(file: string, text: string): LoadedConfig {
  return { path: file, dir: file.slice(0, file.lastIndexOf('/')), result: loadKeyConfig(text) };
}

function scan(calls: Call[], configs: LoadedConfig[], root = '/r'): ScanResult {
  return { root, filesScanned: calls.length, filesParsed: calls.length, calls, configs, skipped: [] };
}

describe('checkCalls: one key', () => {
  const cfg = config('/r/klaviyo.keys.json', '{ "keys": [{ "name": "web", "scopes": ["profiles:read", "segments:read", "lists:write"] }] }');
  const calls = [
    call('/r/src/a.ts', ['profiles:read']),
    call('/r/src/a.ts', ['lists:read']),
    call('/r/src/b.ts', ['events:write', 'profiles:read']),
  ];
  const r = checkCalls(scan(calls, [cfg]));
  const [web] = r.keys;

  it('reports granted, required, missing and the calls behind each scope', () => {
    assert.equal(r.keys.length, 1);
    assert.equal(web.name, 'web');
    assert.equal(web.configPath, '/r/klaviyo.keys.json');
    assert.deepEqual(web.granted, ['lists:write', 'profiles:read', 'segments:read']);
    assert.deepEqual(web.required, ['events:write', 'lists:read', 'profiles:read']);
    assert.deepEqual(web.missing, ['events:write']);
    assert.deepEqual(web.callsByScope, { 'events:write': [2], 'lists:read': [1], 'profiles:read': [0, 2] });
    assert.deepEqual(web.missingCalls, [2]);
    assert.deepEqual(web.calls, [0, 1, 2]);
    assert.equal(r.ok, false);
  });

  it('flags X:write where only X:read is needed, with the hint that Read suffices', () => {
    assert.deepEqual(web.excess, [
      { scope: 'lists:write', suffices: 'lists:read' },
      { scope: 'segments:read', suffices: null },
    ]);
  });

  it('assigns every call to the single key and indexes required scopes for explain', () => {
    assert.deepEqual(r.assignments.map((a) => [a.key, a.reason]), [['web', 'single'], ['web', 'single'], ['web', 'single']]);
    assert.deepEqual(r.requiredByScope, { 'events:write': [2], 'lists:read': [1], 'profiles:read': [0, 2] });
    assert.deepEqual(r.unserved, []);
    assert.equal(r.configErrors, false);
  });

  it('is ok when every scope is granted (write covers read)', () => {
    const ok = checkCalls(scan([call('/r/a.ts', ['lists:read', 'profiles:read'])], [config('/r/klaviyo.keys.json', '{"keys":[{"name":"k","scopes":["lists:write","profiles:read"]}]}')]));
    assert.equal(ok.ok, true);
    assert.deepEqual(ok.keys[0].missing, []);
    assert.deepEqual(ok.keys[0].excess, [{ scope: 'lists:write', suffices: 'lists:read' }]);
  });
});

describe('checkCalls: which config and key serve a call', () => {
  const root = config('/r/klaviyo.keys.json', JSON.stringify({
    keys: [
      { name: 'jobs', scopes: ['events:read'], files: ['jobs/**'] },
      { name: 'shared', scopes: ['profiles:read'], env: ['KLAVIYO_SHARED'] },
    ],
  }));
  const web = config('/r/apps/web/klaviyo.keys.json', '{"keys":[{"name":"web","scopes":["lists:read"]}]}');
  const calls = [
    call('/r/apps/web/src/page.ts', ['lists:read']), // nearest config: apps/web, single key
    call('/r/jobs/nightly.ts', ['events:read']), // root config, by files
    call('/r/jobs/nightly.ts', ['profiles:read'], { keyEnv: 'KLAVIYO_SHARED' }), // env beats files
    call('/r/lib/util.ts', ['profiles:read']), // root config, no key matches
    call('/elsewhere/x.ts', ['profiles:read']), // outside the root: no config
  ];
  const r = checkCalls(scan(calls, [root, web]));

  it('uses the nearest config among the loaded ones, then env, files, single key', () => {
    assert.deepEqual(r.assignments, [
      { configPath: '/r/apps/web/klaviyo.keys.json', key: 'web', reason: 'single' },
      { configPath: '/r/klaviyo.keys.json', key: 'jobs', reason: 'files' },
      { configPath: '/r/klaviyo.keys.json', key: 'shared', reason: 'env' },
      { configPath: '/r/klaviyo.keys.json', key: null, reason: 'no-key' },
      { configPath: null, key: null, reason: 'no-config' },
    ]);
  });

  it('lists calls that need scopes but have no key as unserved, and is then not ok', () => {
    assert.deepEqual(r.unserved, [
      { call: 3, reason: 'no-key', configPath: '/r/klaviyo.keys.json' },
      { call: 4, reason: 'no-config', configPath: null },
    ]);
    assert.equal(r.keys.every((k) => k.missing.length === 0), true);
    assert.equal(r.ok, false);
    // Unserved calls still count for explain.
    assert.deepEqual(r.requiredByScope['profiles:read'], [2, 3, 4]);
  });

  it('keeps keys apart per config even when names repeat', () => {
    const twin = config('/r/apps/web/klaviyo.keys.json', '{"keys":[{"name":"jobs","scopes":["lists:read"]}]}');
    const res = checkCalls(scan([call('/r/apps/web/a.ts', ['lists:read']), call('/r/jobs/b.ts', ['lists:read'])], [root, twin]));
    const byConfig = Object.fromEntries(res.keys.filter((k) => k.name === 'jobs').map((k) => [k.configPath, k.missing]));
    assert.deepEqual(byConfig, { '/r/klaviyo.keys.json': ['lists:read'], '/r/apps/web/klaviyo.keys.json': [] });
  });

  it('treats calls under a broken config as unserved and reports the config errors', () => {
    const broken = config('/r/klaviyo.keys.json', '{ "keys": [ }');
    const res = checkCalls(scan([call('/r/a.ts', ['profiles:read'])], [broken]));
    assert.deepEqual(res.unserved, [{ call: 0, reason: 'config-error', configPath: '/r/klaviyo.keys.json' }]);
    assert.equal(res.configErrors, true);
    assert.ok(res.configProblems[0].problems.some((p) => p.severity === 'error' && p.line === 1));
    assert.deepEqual(res.keys, []);
  });

  it('applies an explicit config to every file (CLI --config)', () => {
    const override: LoadedConfig = { path: '/ci/keys.json', dir: '/r', result: loadKeyConfig('{"keys":[{"name":"ci","scopes":["profiles:read"]}]}') };
    const res = checkCalls(scan(calls.slice(0, 4), [root, web]), { config: override });
    assert.deepEqual(res.keys.map((k) => k.name), ['ci']);
    assert.deepEqual(res.assignments.map((a) => a.key), ['ci', 'ci', 'ci', 'ci']);
    assert.deepEqual(res.keys[0].missing, ['events:read', 'lists:read']);
  });
});

describe('checkCalls: checking again (the language server does after every edit)', () => {
  const calls = [call('/r/jobs/a.ts', ['events:read']), call('/r/web/b.ts', ['lists:read'])];
  const before = [config('/r/klaviyo.keys.json', JSON.stringify({ keys: [{ name: 'jobs', scopes: ['events:read'], files: ['jobs/**'] }, { name: 'web', scopes: [], files: ['web/**'] }] }))];

  it('gives the same answer for the same calls and configs, and follows a new call', () => {
    const first = checkCalls(scan(calls, before));
    const again = checkCalls(scan([...calls, call('/r/web/c.ts', ['lists:read'])], before));
    assert.deepEqual(again.assignments.slice(0, 2), first.assignments);
    assert.deepEqual(again.assignments[2], { configPath: '/r/klaviyo.keys.json', key: 'web', reason: 'files' });
    assert.deepEqual(again.keys.find((k) => k.name === 'web')?.missingCalls, [1, 2]);
  });

  it('assigns the same call objects anew when the configs change (a klaviyo.keys.json edit)', () => {
    checkCalls(scan(calls, before));
    const after = [config('/r/klaviyo.keys.json', JSON.stringify({ keys: [{ name: 'all', scopes: ['events:read', 'lists:read'], files: ['**'] }] }))];
    const r = checkCalls(scan(calls, after));
    assert.deepEqual(r.assignments.map((a) => a.key), ['all', 'all']);
    assert.equal(r.ok, true);
  });

  it('an explicit --config wins over what an earlier check assigned', () => {
    checkCalls(scan(calls, before));
    const only = config('/r/other.json', JSON.stringify({ keys: [{ name: 'only', scopes: ['events:read', 'lists:read'] }] }));
    assert.deepEqual(checkCalls(scan(calls, before), { config: only }).assignments.map((a) => a.key), ['only', 'only']);
  });
});

describe('checkCalls: calls that need nothing', () => {
  const cfg = config('/r/klaviyo.keys.json', '{"keys":[{"name":"web","scopes":["profiles:read"],"files":["web/**"]}]}');
  const calls = [
    call('/r/x.ts', ['subscriptions:write'], { kind: 'client', operation: 'create_client_subscription' }),
    call('/r/x.ts', [], { kind: 'legacy', operation: null, replacement: 'get_lists', note: 'retired' }),
    call('/r/x.ts', [], { kind: 'http', operation: null, confidence: 'unresolved', candidates: ['get_lists', 'get_list'] }),
  ];
  const r = checkCalls(scan(calls, [cfg]));

  it('neither requires scopes nor counts as unserved', () => {
    assert.deepEqual(calls.map(needsScopes), [false, false, false]);
    assert.deepEqual(r.unserved, []);
    assert.deepEqual(r.requiredByScope, {});
    assert.deepEqual(r.keys[0].required, []);
    assert.equal(r.ok, true);
    assert.deepEqual(r.keys[0].excess, [{ scope: 'profiles:read', suffices: null }]);
  });

  it('names what is notable about them', () => {
    assert.deepEqual(callNotes(calls[1]), ['legacy-endpoint']);
    assert.deepEqual(callNotes(calls[2]), ['unresolved-call']);
    assert.deepEqual(callNotes(call('/r/x.ts', [], { operation: null, kind: 'http', note: 'no such' })), ['no-such-endpoint']);
    assert.deepEqual(callNotes(call('/r/x.ts', ['profiles:read'], { alias: { used: 'getProfile', current: 'getProfiles' }, beta: true })), ['deprecated-alias', 'beta-endpoint']);
    assert.deepEqual(callNotes(calls[0]), []);
  });
});

describe('reasonsForScope', () => {
  it('tells the operation from include values, including a scope both need', () => {
    const c = call('/r/a.ts', ['conversations:read', 'lists:read', 'profiles:read'], {
      operation: 'get_profile',
      includeScopes: ['conversations:read', 'lists:read', 'profiles:read'],
      includes: [{ value: 'lists', scopes: ['lists:read'] }, { value: 'conversations', scopes: ['conversations:read', 'profiles:read'] }],
    });
    assert.deepEqual(reasonsForScope(c, 'lists:read'), ['include "lists"']);
    assert.deepEqual(reasonsForScope(c, 'profiles:read'), ['operation get_profile', 'include "conversations"']);
    assert.deepEqual(reasonsForScope(c, 'conversations:read'), ['include "conversations"']);
  });

  it('names the request when there is no operation', () => {
    assert.deepEqual(reasonsForScope(call('/r/a.ts', ['x:read'], { operation: null, method: 'GET', path: '/api/x' }), 'x:read'), ['operation GET /api/x']);
  });
});
