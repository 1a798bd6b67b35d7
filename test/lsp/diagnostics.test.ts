// Pull diagnostics (textDocument/diagnostic) of source files and of klaviyo.keys.json: every
// code, its exact range, message, severity, tags and the `data` quick fixes rely on.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver-protocol';
import { startSession, type Session } from './harness';
import { A, messageOf, rangeOf, removeWorkspaces, workspace } from './workspaces';

const byCode = (diags: Diagnostic[], code: string): Diagnostic[] => diags.filter((d) => d.code === code);

const CONFIG = `{
  // one key for the whole app
  "keys": [
    { "name": "app", "scopes": ["lists:read", "campaigns:read", "segments:read"] }
  ]
}
`;
const EVENTS_CALL = `fetch('${A}/api/events?include=profile', { headers: { Authorization: \`Klaviyo-API-Key \${KEY}\` } })`;
const EVENTS = `const KEY = process.env.KLAVIYO_KEY;
export function latest() {
  return ${EVENTS_CALL};
}
export const lists = () => fetch('${A}/api/lists');
`;
const NOTES = `import { ApiKeySession, ListsApi } from 'klaviyo-api';
const lists = new ListsApi(new ApiKeySession(process.env.KLAVIYO_KEY!));
export const members = () => lists.getListProfiles('L1');
export const old = () => fetch('${A}/api/v2/lists/?api_key=x');
export const nothing = () => fetch('${A}/api/profile-things');
export const any = (resource: string) => fetch('${A}/api/' + resource);
export const beta = () => fetch('${A}/api/campaigns', { headers: { revision: '2026-07-15.pre' } });
export const track = () => fetch('${A}/client/events?company_id=AbC123', { method: 'POST' });
`;

describe('diagnostics of source files', () => {
  let s: Session;
  let dir: string;
  const events = (): string => path.join(dir, 'src/events.ts');
  const notes = (): string => path.join(dir, 'src/notes.ts');
  before(async () => {
    dir = workspace({ 'klaviyo.keys.json': CONFIG, 'src/events.ts': EVENTS, 'src/notes.ts': NOTES });
    s = await startSession([dir]);
    await s.scanned;
    await s.open(events(), EVENTS);
    await s.open(notes(), NOTES);
  });
  after(() => {
    s.dispose();
    removeWorkspaces();
  });

  it('missing-scope: range of the call, key, scopes and why (operation and include), data for the quick fix', async () => {
    const diags = await s.diagnostics(events());
    assert.deepEqual(diags.map((d) => d.code), ['missing-scope'], 'get_lists is granted, so only get_events is reported');
    const [d] = diags;
    assert.deepEqual(d.range, rangeOf(EVENTS, EVENTS_CALL));
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.equal(d.source, 'klaviyo-scopes');
    assert.match(messageOf(d), /^get_events needs events:read, profiles:read \(for include "profile"\), which key "app" \(.*klaviyo\.keys\.json\) does not grant\.$/);
    assert.deepEqual(d.data, { configPath: path.join(dir, 'klaviyo.keys.json'), key: 'app', keyIndex: 0, scopes: ['events:read', 'profiles:read'] });
    assert.equal(d.codeDescription?.href, 'https://github.com/klaviyo-scopes/klaviyo-scopes#diag-missing-scope');
  });

  it('deprecated-alias: Deprecated tag, range on the method name only, data names today\'s name', async () => {
    const [d] = byCode(await s.diagnostics(notes()), 'deprecated-alias');
    assert.ok(d, 'deprecated-alias reported');
    assert.deepEqual(d.range, rangeOf(NOTES, 'getListProfiles'));
    assert.deepEqual(d.tags, [DiagnosticTag.Deprecated]);
    assert.equal(d.severity, DiagnosticSeverity.Hint);
    assert.deepEqual(d.data, { used: 'getListProfiles', current: 'getProfilesForList' });
    assert.match(messageOf(d), /getProfilesForList/);
  });

  it('legacy-endpoint names the operation that replaces it', async () => {
    const [d] = byCode(await s.diagnostics(notes()), 'legacy-endpoint');
    assert.deepEqual(d.range, rangeOf(NOTES, `fetch('${A}/api/v2/lists/?api_key=x')`));
    assert.equal(d.severity, DiagnosticSeverity.Warning);
    assert.match(messageOf(d), /retired v1\/v2 API; use get_lists/);
    assert.deepEqual(d.data, { replacement: 'get_lists' });
  });

  it('no-such-endpoint says what the API has instead', async () => {
    const [d] = byCode(await s.diagnostics(notes()), 'no-such-endpoint');
    assert.deepEqual(d.range, rangeOf(NOTES, `fetch('${A}/api/profile-things')`));
    assert.equal(d.severity, DiagnosticSeverity.Warning);
    assert.match(messageOf(d), /no GET \/api\/profile-things/);
    assert.match(messageOf(d), /get_profiles/);
  });

  it('unresolved-call lists candidate operations', async () => {
    const [d] = byCode(await s.diagnostics(notes()), 'unresolved-call');
    assert.deepEqual(d.range, rangeOf(NOTES, `fetch('${A}/api/' + resource)`));
    assert.equal(d.severity, DiagnosticSeverity.Information);
    assert.match(messageOf(d), /one of get_accounts, get_campaigns, .*\(\+\d+ more\)/);
  });

  it('beta-endpoint for a request with a ".pre" revision header', async () => {
    const [d] = byCode(await s.diagnostics(notes()), 'beta-endpoint');
    assert.deepEqual(d.range, rangeOf(NOTES, `fetch('${A}/api/campaigns', { headers: { revision: '2026-07-15.pre' } })`));
    assert.equal(d.severity, DiagnosticSeverity.Information);
    assert.match(messageOf(d), /get_campaigns_beta is a beta operation/);
  });

  it('a /client/ endpoint needs no key: no diagnostic at all', async () => {
    const track = rangeOf(NOTES, `fetch('${A}/client/events`).start.line;
    assert.deepEqual((await s.diagnostics(notes())).filter((d) => d.range.start.line === track), []);
  });

  it('the alias call still gets its missing scope, with the whole call as range', async () => {
    const [d] = byCode(await s.diagnostics(notes()), 'missing-scope');
    assert.deepEqual(d.range, rangeOf(NOTES, "lists.getListProfiles('L1')"));
    assert.deepEqual((d.data as { scopes: string[] }).scopes, ['profiles:read']);
  });

  it('a file outside every workspace folder gets no diagnostics', async () => {
    const outside = path.join(path.dirname(dir), 'elsewhere.ts');
    await s.open(outside, `fetch('${A}/api/profiles');`);
    assert.deepEqual(await s.diagnostics(outside), []);
  });
});

describe('diagnostics of klaviyo.keys.json', () => {
  let s: Session;
  const SECRET = 'pk_abcdefghijklmnopqrstuvwxyz123456';
  const PROBLEMS = `{
  "keys": [
    { "name": "web", "scopes": ["profiles:read", "List Read", "profile:raed"] },
    { "name": "web", "scopes": ["events:read"] },
    { "name": "ops", "scopes": ["lists:read"], "env": ["${SECRET}"] }
  ]
}
`;
  const BROKEN = `{
  "keys": [
    { "name": "app" "scopes": ["profiles:read"] }
  ]
}
`;
  let good: string;
  let problems: string;
  let broken: string;
  before(async () => {
    const dir = workspace({
      'klaviyo.keys.json': CONFIG,
      'src/events.ts': EVENTS,
      'problems/klaviyo.keys.json': PROBLEMS,
      'problems/a.ts': `fetch('${A}/api/profiles');`,
      'broken/klaviyo.keys.json': BROKEN,
      'broken/a.ts': `fetch('${A}/api/profiles');`,
    });
    good = path.join(dir, 'klaviyo.keys.json');
    problems = path.join(dir, 'problems/klaviyo.keys.json');
    broken = path.join(dir, 'broken/klaviyo.keys.json');
    s = await startSession([dir]);
    await s.scanned;
    await s.open(good, CONFIG);
    await s.open(problems, PROBLEMS);
    await s.open(broken, BROKEN);
  });
  after(() => {
    s.dispose();
    removeWorkspaces();
  });

  it('excess-scope on the scope string, Unnecessary tag, once the scan is complete', async () => {
    // This folder has no campaigns call (src/notes.ts is not in it): both are unneeded.
    const diags = await s.diagnostics(good);
    assert.deepEqual(diags.map((d) => [d.code, (d.data as { scope: string }).scope]), [['excess-scope', 'campaigns:read'], ['excess-scope', 'segments:read']]);
    const d = diags[1];
    assert.deepEqual(d.range, rangeOf(CONFIG, '"segments:read"'));
    assert.deepEqual(d.tags, [DiagnosticTag.Unnecessary]);
    assert.equal(d.severity, DiagnosticSeverity.Warning);
    assert.match(messageOf(d), /"app" grants segments:read/);
    assert.deepEqual(d.data, { configPath: good, keyIndex: 0, scope: 'segments:read', suffices: null });
  });

  it('unknown-scope with a suggestion and deprecated-scope with today\'s spelling', async () => {
    const diags = await s.diagnostics(problems);
    const [unknown] = byCode(diags, 'unknown-scope');
    assert.deepEqual(unknown.range, rangeOf(PROBLEMS, '"profile:raed"'));
    assert.equal(unknown.severity, DiagnosticSeverity.Error);
    assert.match(messageOf(unknown), /Unknown scope "profile:raed"\. Did you mean "profiles:read"\?/);
    assert.deepEqual(unknown.data, { scope: 'profile:raed', keyName: 'web', suggestion: 'profiles:read' });
    const [old] = byCode(diags, 'deprecated-scope');
    assert.deepEqual(old.range, rangeOf(PROBLEMS, '"List Read"'));
    assert.equal(old.severity, DiagnosticSeverity.Warning);
    assert.match(messageOf(old), /"lists:read"/);
    assert.equal((old.data as { normalized: string }).normalized, 'lists:read');
  });

  it('duplicate-key on the second name', async () => {
    const [d] = byCode(await s.diagnostics(problems), 'duplicate-key');
    assert.deepEqual(d.range, rangeOf(PROBLEMS, '"web"', 1));
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.match(messageOf(d), /Duplicate key name "web"/);
  });

  it('secret-in-config: reported at the key, and no diagnostic ever repeats the key', async () => {
    const diags = await s.diagnostics(problems);
    const [d] = byCode(diags, 'secret-in-config');
    assert.deepEqual(d.range, rangeOf(PROBLEMS, SECRET));
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.match(messageOf(d), /pk_…3456/);
    assert.ok(!JSON.stringify(diags).includes(SECRET), 'the key appears nowhere in the diagnostics');
    assert.ok(!JSON.stringify(diags).includes('abcdefghijklmnop'), 'not even in part');
  });

  it('invalid-config for broken JSON, at the position of the error; the files below get no-key', async () => {
    const diags = await s.diagnostics(broken);
    assert.deepEqual(diags.map((d) => d.code), ['invalid-config']);
    assert.deepEqual(diags[0].range.start, rangeOf(BROKEN, '"scopes"').start);
    assert.equal(diags[0].severity, DiagnosticSeverity.Error);
    assert.match(messageOf(diags[0]), /Invalid JSON: Expected ","/);
    const below = await s.diagnostics(path.join(path.dirname(broken), 'a.ts'));
    assert.deepEqual(below.map((d) => [d.code, (d.data as { reason: string }).reason]), [['no-key', 'config-error']]);
  });
});

describe('no-key', () => {
  after(removeWorkspaces);

  it('without any klaviyo.keys.json: reason no-config, no config path', async () => {
    const text = `fetch('${A}/api/profiles');\n`;
    const dir = workspace({ 'src/a.ts': text });
    const s = await startSession([dir]);
    try {
      await s.scanned;
      const diags = await s.diagnostics(path.join(dir, 'src/a.ts'));
      assert.deepEqual(diags.map((d) => d.code), ['no-key']);
      assert.deepEqual(diags[0].range, rangeOf(text, `fetch('${A}/api/profiles')`));
      assert.equal(diags[0].severity, DiagnosticSeverity.Information);
      assert.match(messageOf(diags[0]), /get_profiles needs profiles:read/);
      assert.deepEqual(diags[0].data, { folder: dir, reason: 'no-config', configPath: null });
    } finally {
      s.dispose();
    }
  });

  it('with a config whose keys do not serve the file: reason no-key, the config named', async () => {
    const config = JSON.stringify({ keys: [{ name: 'billing', scopes: ['profiles:read'], files: ['billing/**'] }, { name: 'web', scopes: ['profiles:read'], files: ['web/**'] }] });
    const dir = workspace({ 'klaviyo.keys.json': config, 'billing/a.ts': '', 'web/a.ts': '', 'src/a.ts': `fetch('${A}/api/profiles');\n` });
    const s = await startSession([dir]);
    try {
      await s.scanned;
      const diags = await s.diagnostics(path.join(dir, 'src/a.ts'));
      assert.deepEqual(diags.map((d) => d.code), ['no-key']);
      assert.match(messageOf(diags[0]), /no key in .*klaviyo\.keys\.json serves it/);
      assert.deepEqual(diags[0].data, { folder: dir, reason: 'no-key', configPath: path.join(dir, 'klaviyo.keys.json') });
    } finally {
      s.dispose();
    }
  });
});
