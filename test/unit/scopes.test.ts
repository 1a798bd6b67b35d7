import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalog } from '../../server/src/core/catalog';
import {
  editDistance,
  excess,
  excessDetails,
  expandGranted,
  missing,
  normalizeScope,
  scopeResource,
  suggestScope,
  toUiChecklist,
  union,
} from '../../server/src/core/scopes';

describe('catalog assumptions these tests rely on', () => {
  it('has the scopes used below, and data-privacy and accounts each have only one level', () => {
    for (const s of ['profiles:read', 'profiles:write', 'lists:read', 'lists:write', 'templates:write', 'catalogs:read', 'data-privacy:write', 'accounts:read', 'coupon-codes:read', 'custom-objects:write']) {
      assert.ok(catalog.scopes.includes(s), s);
    }
    assert.ok(!catalog.scopes.includes('data-privacy:read'));
    assert.ok(!catalog.scopes.includes('accounts:write'));
  });
});

describe('normalizeScope: a key inside a long unknown scope', () => {
  it('is redacted before the string is shortened, so no part of it shows', () => {
    const key = 'pk_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6';
    const raw = 'lists:read-and-more-words-to-pass-eighty-characters-of-scope-text-x' + key + 'tail';
    const n = normalizeScope(raw);
    assert.equal(n.scope, null);
    assert.ok(n.error);
    assert.ok(!n.error.includes(key.slice(3, 19)), n.error);
    assert.ok(!n.error.includes(key.slice(10, 30)), n.error);
    assert.match(n.error, /xpk_…/);
  });
});

describe('normalizeScope', () => {
  const cases: { raw: string; scope: string | null; warning?: RegExp; error?: RegExp; suggestion?: string }[] = [
    { raw: 'profiles:read', scope: 'profiles:read' },
    { raw: 'data-privacy:write', scope: 'data-privacy:write' },
    { raw: 'List Read', scope: 'lists:read', warning: /"List Read" is an old spelling of "lists:read"/ },
    { raw: 'list:read', scope: 'lists:read', warning: /old spelling/ },
    { raw: 'template:write', scope: 'templates:write', warning: /old spelling/ },
    { raw: 'Catalogs Read', scope: 'catalogs:read', warning: /old spelling/ },
    { raw: 'Data Privacy Write', scope: 'data-privacy:write', warning: /old spelling/ },
    { raw: 'profles:read', scope: null, error: /Unknown scope "profles:read"\. Did you mean "profiles:read"\?/, suggestion: 'profiles:read' },
    { raw: 'porfiles:write', scope: null, error: /Did you mean "profiles:write"/, suggestion: 'profiles:write' },
    { raw: 'profiles:update', scope: null, error: /Did you mean "profiles:write"/, suggestion: 'profiles:write' },
    { raw: 'lists:get', scope: null, suggestion: 'lists:read' },
    { raw: 'data-privacy:read', scope: null, error: /"data-privacy" has no read scope, only "data-privacy:write"/, suggestion: 'data-privacy:write' },
    { raw: 'accounts:write', scope: null, error: /"accounts" has no write scope, only "accounts:read"/, suggestion: 'accounts:read' },
    { raw: 'hello world', scope: null, error: /Scopes look like "<resource>:read"/ },
    { raw: 'zzzzzz:read', scope: null, error: /Unknown scope "zzzzzz:read"\. Scopes look like/ },
    { raw: '', scope: null, error: /non-empty string/ },
    { raw: '   ', scope: null, error: /non-empty string/ },
    { raw: 'x'.repeat(5000), scope: null, error: /Unknown scope "x{77}\.\.\."\. Scopes look like/ },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c.raw.slice(0, 30))} -> ${c.scope ?? c.suggestion ?? 'rejected'}`, () => {
      const r = normalizeScope(c.raw);
      assert.equal(r.scope, c.scope);
      if (c.warning) assert.match(r.warning ?? '', c.warning);
      else assert.equal(r.warning, undefined);
      if (c.error) assert.match(r.error ?? '', c.error);
      if (c.scope === null) assert.ok(r.error, 'a rejected scope carries an error');
      else assert.equal(r.error, undefined);
      assert.equal(r.suggestion, c.suggestion);
    });
  }

  it('never returns a suggestion outside the catalog', () => {
    for (const raw of ['profile:writ', 'segmnts:read', 'metric read', 'flow:write', 'Web Feed Read', 'webhook:full']) {
      const s = suggestScope(raw) ?? normalizeScope(raw).scope;
      assert.ok(s && catalog.scopes.includes(s), `${raw} -> ${s}`);
    }
  });
});

describe('set operations', () => {
  it('union sorts and deduplicates', () => {
    assert.deepEqual(union(['lists:read', 'profiles:read'], [], ['accounts:read', 'lists:read']), ['accounts:read', 'lists:read', 'profiles:read']);
    assert.deepEqual(union(), []);
  });

  it('expandGranted adds the read scope of each write scope that has one', () => {
    assert.deepEqual(expandGranted(['profiles:write', 'data-privacy:write', 'profiles:write']), ['data-privacy:write', 'profiles:read', 'profiles:write']);
    assert.deepEqual(expandGranted(['lists:read']), ['lists:read']);
  });

  const missingCases: { required: string[]; granted: string[]; expected: string[] }[] = [
    { required: ['profiles:read'], granted: ['profiles:write'], expected: [] },
    { required: ['profiles:write'], granted: ['profiles:read'], expected: ['profiles:write'] },
    { required: ['profiles:read', 'lists:write'], granted: [], expected: ['lists:write', 'profiles:read'] },
    { required: ['data-privacy:write'], granted: ['data-privacy:write'], expected: [] },
    { required: ['data-privacy:write'], granted: ['profiles:write'], expected: ['data-privacy:write'] },
    { required: ['lists:read', 'lists:read'], granted: ['profiles:read'], expected: ['lists:read'] },
  ];
  for (const c of missingCases) {
    it(`missing(${c.required}, ${c.granted}) = [${c.expected}]`, () => assert.deepEqual(missing(c.required, c.granted), c.expected));
  }

  const excessCases: { granted: string[]; required: string[]; expected: { scope: string; suffices: string | null }[] }[] = [
    { granted: ['profiles:write'], required: ['profiles:read'], expected: [{ scope: 'profiles:write', suffices: 'profiles:read' }] },
    { granted: ['profiles:read', 'profiles:write'], required: ['profiles:write'], expected: [] },
    { granted: ['profiles:read', 'profiles:write'], required: ['profiles:read'], expected: [{ scope: 'profiles:write', suffices: 'profiles:read' }] },
    { granted: ['lists:read', 'lists:write', 'events:write'], required: ['events:write'], expected: [{ scope: 'lists:read', suffices: null }, { scope: 'lists:write', suffices: null }] },
    { granted: ['data-privacy:write'], required: [], expected: [{ scope: 'data-privacy:write', suffices: null }] },
    { granted: ['data-privacy:write'], required: ['data-privacy:write'], expected: [] },
  ];
  for (const c of excessCases) {
    it(`excess(${c.granted}, ${c.required})`, () => {
      assert.deepEqual(excessDetails(c.granted, c.required), c.expected);
      assert.deepEqual(excess(c.granted, c.required), c.expected.map((e) => e.scope));
    });
  }
});

describe('toUiChecklist', () => {
  it('maps scopes to labels and Read/Full access, sorted by label', () => {
    assert.deepEqual(toUiChecklist(['profiles:read', 'data-privacy:write', 'coupon-codes:read', 'custom-objects:write', 'custom-objects:read', 'accounts:read']), [
      { resource: 'Accounts', prefix: 'accounts', access: 'Read' },
      { resource: 'Coupon Codes', prefix: 'coupon-codes', access: 'Read' },
      { resource: 'Custom Objects', prefix: 'custom-objects', access: 'Full' },
      { resource: 'Data Privacy', prefix: 'data-privacy', access: 'Full' },
      { resource: 'Profiles', prefix: 'profiles', access: 'Read' },
    ]);
  });

  it('gives Full for a write scope whatever the order', () => {
    assert.deepEqual(toUiChecklist(['lists:write', 'lists:read']), [{ resource: 'Lists', prefix: 'lists', access: 'Full' }]);
    assert.deepEqual(toUiChecklist(['lists:read', 'lists:write']), [{ resource: 'Lists', prefix: 'lists', access: 'Full' }]);
    assert.deepEqual(toUiChecklist([]), []);
  });
});

describe('helpers', () => {
  it('scopeResource', () => {
    assert.equal(scopeResource('coupon-codes:write'), 'coupon-codes');
    assert.equal(scopeResource('garbage'), 'garbage');
  });
  it('editDistance counts a transposition as one edit', () => {
    assert.equal(editDistance('porfiles', 'profiles'), 1);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });
});
