// The catalog generator: its pure functions on tiny synthetic specs, then the real run.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { buildCatalog, normalizeScopes, summarize } from '../../scripts/catalog/build';
import { serializeCatalog } from '../../scripts/catalog/format';
import { endpointKey, pathSubsumes } from '../../scripts/catalog/spec';
import type { CatalogFile } from '../../server/src/core/catalog/types';
import { normalizeScopeSpelling } from '../../server/src/core/scopes-normalize';

const REPO = resolve(__dirname, '../..');
const SHARED = resolve(REPO, '../shared/klaviyo-openapi');
const COMMITTED = resolve(REPO, 'server/src/core/catalog/catalog.json');

interface OpSpec {
  id: string;
  method?: string;
  path: string;
  scopes?: string[];
  aliases?: string[];
  include?: string[];
  response?: unknown;
}

function spec(version: string, ops: OpSpec[], schemas: Record<string, unknown> = {}, tag = 'Things'): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const o of ops) {
    paths[o.path] ??= {};
    paths[o.path][(o.method ?? 'get').toLowerCase()] = {
      operationId: o.id,
      summary: o.id.replace(/_/g, ' '),
      tags: [tag],
      parameters: o.include ? [{ name: 'include', in: 'query', schema: { type: 'array', items: { type: 'string', enum: o.include } } }] : [],
      responses: o.response ? { '200': { content: { 'application/vnd.api+json': { schema: o.response } } } } : {},
      'x-klaviyo-scopes': o.scopes ?? ['things:read'],
      'x-klaviyo-ratelimit': { burst: '1/s', steady: '15/m' },
      ...(o.aliases ? { 'x-klaviyo-operation-aliases': o.aliases } : {}),
    };
  }
  return { openapi: '3.0.2', info: { version }, paths, components: { schemas } };
}

type Entry = { operationId: string; method: string; path: string; scopes?: string[]; aliases?: string[] };
function revisions(byRev: Record<string, Entry[]>): unknown {
  const out: Record<string, unknown[]> = {};
  for (const [r, list] of Object.entries(byRev)) out[r] = list.map((e) => ({ scopes: ['things:read'], aliases: [], ...e }));
  return { source: 'test', revisions: out };
}

const emptyBeta = spec('2020-03-01.pre', []);
// The real INCLUDE_EXCEPTIONS would be stale for these specs (they offer no include=attributions).
const NO_EXCEPTIONS = { includeExceptions: {} };

function op(c: CatalogFile, id: string) {
  const found = c.operations.find((o) => o.id === id);
  assert.ok(found, `operation ${id} missing`);
  return found;
}

describe('scope spelling', () => {
  test('old spellings become today’s', () => {
    const cases: [string, string, boolean][] = [
      ['List Read', 'lists:read', true],
      ['Lists Read', 'lists:read', true],
      ['list:read', 'lists:read', true],
      ['template:write', 'templates:write', true],
      ['Catalogs Read', 'catalogs:read', true],
      ['Data Privacy Write', 'data-privacy:write', true],
      ['Subscriptions Write', 'subscriptions:write', true],
      ['profiles:read', 'profiles:read', false],
      ['coupon-codes:write', 'coupon-codes:write', false],
    ];
    for (const [raw, scope, changed] of cases) assert.deepEqual(normalizeScopeSpelling(raw), { scope, changed }, raw);
  });

  test('strings that are no scope give null, and stop the generator', () => {
    for (const raw of ['', 'profiles', 'read', 'profiles:delete', 'Klaviyo-API-Key pk_123', 'x'.repeat(200)]) {
      assert.equal(normalizeScopeSpelling(raw), null, raw);
    }
    assert.throws(() => normalizeScopes(['profiles:read', 'admin'], 'op x'), /op x: "admin" is not a scope/);
  });
});

describe('paths', () => {
  test('endpoint keys ignore trailing slashes and parameter names', () => {
    assert.equal(endpointKey('get', '/api/lists/{list_id}/profiles/'), endpointKey('GET', '/api/lists/{id}/profiles'));
    assert.notEqual(endpointKey('GET', '/api/lists/{id}/profiles'), endpointKey('POST', '/api/lists/{id}/profiles'));
  });

  test('a generic relationship path subsumes its specific successors only', () => {
    assert.ok(pathSubsumes('/api/lists/{id}/relationships/{related_resource}', '/api/lists/{id}/relationships/profiles'));
    assert.ok(!pathSubsumes('/api/lists/{id}/relationships/profiles', '/api/lists/{id}/relationships/{related_resource}'));
    assert.ok(!pathSubsumes('/api/lists/{list_id}/profiles', '/api/lists/{id}/profiles'));
  });
});

describe('history', () => {
  const stable = spec('2020-03-01', [
    { id: 'list_things', path: '/api/things', aliases: ['list_things_v1'] },
    { id: 'get_a', path: '/api/a/{id}' },
    { id: 'do_move', method: 'post', path: '/api/new-move', aliases: ['move_me'], scopes: ['things:write'] },
    { id: 'add_y_to_x', method: 'post', path: '/api/x/{id}/relationships/y', aliases: ['create_x_relationships'] },
  ]);
  const revs = revisions({
    // Out of order on purpose: revision names, not key order, give the time order.
    '2020-03-01': [
      { operationId: 'list_things', method: 'GET', path: '/api/things', aliases: ['list_things_v1'] },
      { operationId: 'a_mid', method: 'GET', path: '/api/a/{id}' },
      { operationId: 'do_move', method: 'POST', path: '/api/new-move', scopes: ['Things Write'] },
      { operationId: 'add_y_to_x', method: 'POST', path: '/api/x/{id}/relationships/y' },
    ],
    '2020-01-01': [
      { operationId: 'list_things_v0', method: 'GET', path: '/api/things/' },
      { operationId: 'a_old', method: 'GET', path: '/api/a-old/{a_id}/' },
      { operationId: 'move_me', method: 'POST', path: '/api/old-move', scopes: ['template:write'] },
      { operationId: 'create_x_relationships', method: 'POST', path: '/api/x/{id}/relationships/{related_resource}' },
    ],
    '2020-02-01': [
      { operationId: 'list_things_v1', method: 'GET', path: '/api/things/' },
      { operationId: 'a_mid', method: 'GET', path: '/api/a-old/{id}' },
      { operationId: 'move_me', method: 'POST', path: '/api/new-move' },
    ],
  });
  const c = buildCatalog({ stable, beta: emptyBeta, revisions: revs }, NO_EXCEPTIONS);

  test('revisions are ordered by date', () => {
    assert.deepEqual(c.revisions, ['2020-01-01', '2020-02-01', '2020-03-01']);
  });

  test('formerIds: by endpoint across trailing slashes, without the id and its aliases', () => {
    assert.deepEqual(op(c, 'list_things').formerIds, ['list_things_v0']);
    assert.deepEqual(op(c, 'list_things').revisions, [0, 1, 2]);
  });

  test('formerIds chain through a rename and a move', () => {
    // a_old is reachable only through a_mid, which moved from /api/a-old to /api/a.
    assert.deepEqual(op(c, 'get_a').formerIds, ['a_mid', 'a_old']);
    assert.deepEqual(op(c, 'get_a').revisions, [0, 1, 2]);
  });

  test('history keeps moved names with their successor and old scopes, normalized', () => {
    const moves = c.history.filter((h) => h.id === 'move_me');
    assert.deepEqual(moves, [
      { id: 'move_me', method: 'POST', path: '/api/old-move', scopes: ['templates:write'], from: 0, to: 0, current: 'do_move' },
      { id: 'move_me', method: 'POST', path: '/api/new-move', scopes: ['things:read'], from: 1, to: 1, current: 'do_move' },
    ]);
    assert.ok(!c.history.some((h) => h.id === 'list_things' || h.id === 'do_move'), 'today’s id at its own endpoint is no history');
  });

  test('a generic endpoint gets no successor even when its name is an alias today', () => {
    const generic = c.history.find((h) => h.id === 'create_x_relationships');
    assert.deepEqual(generic, {
      id: 'create_x_relationships', method: 'POST', path: '/api/x/{id}/relationships/{related_resource}',
      scopes: ['things:read'], from: 0, to: 0, current: null,
    });
    // ...but the call was already possible through it.
    assert.deepEqual(op(c, 'add_y_to_x').revisions, [0, 2]);
  });

  test('operation records: trailing slash stripped, method upper case, client flag', () => {
    const s = spec('2020-03-01', [
      { id: 'get_things', path: '/api/things/' },
      { id: 'create_client_thing', method: 'post', path: '/client/things', scopes: [] },
    ]);
    const cc = buildCatalog({ stable: s, beta: emptyBeta, revisions: revisions({ '2020-03-01': [] }) }, NO_EXCEPTIONS);
    assert.equal(op(cc, 'get_things').path, '/api/things');
    assert.equal(op(cc, 'get_things').method, 'GET');
    assert.equal(op(cc, 'get_things').client, false);
    assert.equal(op(cc, 'create_client_thing').client, true);
  });
});

describe('include mapping', () => {
  const schemas = {
    ThingEnum: { type: 'string', enum: ['thing'] },
    TagEnum: { type: 'string', enum: ['tag'] },
    ThingResource: {
      type: 'object',
      properties: {
        type: { $ref: '#/components/schemas/ThingEnum' },
        relationships: {
          properties: {
            tags: { properties: { data: { type: 'array', items: { properties: { type: { $ref: '#/components/schemas/TagEnum' } } } } } },
            owner: { properties: { data: { properties: { type: { type: 'string', enum: ['owner'] } } } } },
          },
        },
      },
    },
    ThingCollection: { properties: { data: { type: 'array', items: { allOf: [{ $ref: '#/components/schemas/ThingResource' }] } } } },
    TagCollection: { properties: { data: { type: 'array', items: { properties: { type: { $ref: '#/components/schemas/TagEnum' } } } } } },
  };
  const ops = (include: string[]): OpSpec[] => [
    { id: 'get_things', path: '/api/things', include, response: { $ref: '#/components/schemas/ThingCollection' } },
    { id: 'get_tags', path: '/api/tags', scopes: ['tags:read'], response: { $ref: '#/components/schemas/TagCollection' } },
    // Nested readers carry their parent's scope too; the resource's own endpoint decides.
    { id: 'get_tags_for_thing', path: '/api/things/{id}/tags', scopes: ['tags:read', 'things:read'], response: { $ref: '#/components/schemas/TagCollection' } },
  ];
  const build = (include: string[], exceptions: Record<string, string>) =>
    buildCatalog(
      { stable: spec('2020-03-01', ops(include), schemas), beta: emptyBeta, revisions: revisions({ '2020-03-01': [] }) },
      { includeExceptions: exceptions },
    );

  test('values map through $refs to the read scope of the included type', () => {
    const c = build(['tags'], {});
    assert.deepEqual(op(c, 'get_things').include, { tags: ['tags:read'] });
    assert.deepEqual(c.includeExceptions, {});
  });

  test('an unmapped value fails the build, naming operation and value', () => {
    assert.throws(() => build(['owner', 'tags'], {}), /get_things include=owner: no GET operation reads type\(s\) owner/);
    assert.throws(() => build(['nothing'], {}), /get_things include=nothing: no resource type found/);
  });

  test('a reviewed exception maps to no scope and is recorded with its reason', () => {
    const c = build(['owner', 'tags'], { owner: 'owners are public' });
    assert.deepEqual(op(c, 'get_things').include, { owner: [], tags: ['tags:read'] });
    assert.deepEqual(c.includeExceptions, { owner: 'owners are public' });
  });

  test('exceptions must have a reason and must still be needed', () => {
    assert.throws(() => build(['owner'], { owner: ' ' }), /include=owner/);
    assert.throws(() => build(['tags'], { tags: 'was unmapped once' }), /INCLUDE_EXCEPTIONS.tags: now maps/);
    assert.throws(() => build(['tags'], { gone: 'old' }), /INCLUDE_EXCEPTIONS.gone: no operation offers/);
  });
});

describe('output', () => {
  test('serialization does not depend on input order and ends with a newline', () => {
    const a: OpSpec[] = [
      { id: 'get_b', path: '/api/b' },
      { id: 'get_a', path: '/api/a', aliases: ['z_alias', 'a_alias'] },
      { id: 'delete_a', method: 'delete', path: '/api/a', scopes: ['things:write'] },
    ];
    const make = (list: OpSpec[]) =>
      serializeCatalog(buildCatalog({ stable: spec('2020-03-01', list), beta: emptyBeta, revisions: revisions({ '2020-03-01': [] }) }, NO_EXCEPTIONS));
    const text = make(a);
    assert.equal(text, make([...a].reverse()));
    assert.ok(text.endsWith('}\n'));
    const parsed = JSON.parse(text) as CatalogFile;
    assert.deepEqual(parsed.operations.map((o) => o.id), ['get_a', 'delete_a', 'get_b']);
    assert.deepEqual(parsed.operations[0].aliases, ['a_alias', 'z_alias']);
    // One operation per line keeps diffs of spec updates small.
    assert.equal(text.split('\n').filter((l) => l.includes('"id":"')).length, 3);
  });
});

describe('the real catalog', () => {
  test('counts of the committed catalog', () => {
    const c = JSON.parse(readFileSync(COMMITTED, 'utf8')) as CatalogFile;
    const s = summarize(c);
    assert.equal(s.stable, 345);
    assert.equal(s.stablePrefixes, 24);
    assert.equal(s.stableAliases, 299);
    assert.equal(s.revisions, 21);
    assert.equal(c.revisions[0], '2022-10-17');
    assert.equal(c.revisions[20], '2026-07-15');
    assert.equal(c.revision, '2026-07-15');
  });

  test('regenerating from ../shared is byte-identical to the committed catalog.json', (t) => {
    if (!existsSync(join(SHARED, 'stable.json'))) {
      t.skip(`${SHARED} is absent (CI checks it out beside the repository)`);
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'catalog-'));
    try {
      const out = join(dir, 'catalog.json');
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate-catalog.ts', '--out', out], { cwd: REPO, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /345 stable \+ \d+ beta operations, \d+ scopes \(24 stable prefixes\), 299 stable/);
      assert.ok(readFileSync(out, 'utf8') === readFileSync(COMMITTED, 'utf8'), 'catalog.json is stale: run npm run catalog');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a missing input is a clear error', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate-catalog.ts', '--spec', 'no/such/stable.json', '--out', join(tmpdir(), 'never.json')], {
      cwd: REPO,
      encoding: 'utf8',
    });
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /no\/such\/stable\.json not found.*--spec/);
  });
});
