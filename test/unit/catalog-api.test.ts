// The runtime catalog API on the committed catalog.json.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  byId,
  candidatesForPath,
  catalog,
  includeScopes,
  matchRequest,
  nameKey,
  resolveName,
  requiredScopes,
  type Operation,
  type RequestMatch,
} from '../../server/src/core/catalog';
import { Matcher } from '../../server/src/core/catalog/match';
import { buildNameIndex } from '../../server/src/core/catalog/names';

function op(id: string): Operation {
  const found = byId(id);
  assert.ok(found, `no operation ${id}`);
  return found;
}

function matched(m: RequestMatch): string {
  assert.equal(m.kind, 'match', JSON.stringify(m, (k, v) => (k === 'allowed' || k === 'nearest' ? v.map((o: Operation) => o.id) : v)));
  return m.kind === 'match' ? m.operation.id : '';
}

describe('catalog', () => {
  test('shape', () => {
    assert.equal(catalog.revision, '2026-07-15');
    assert.equal(catalog.betaRevision, '2026-07-15.pre');
    assert.equal(catalog.operations.filter((o) => !o.beta).length, 345);
    assert.equal(op('get_profiles').docsUrl, 'https://developers.klaviyo.com/en/reference/get_profiles');
    assert.deepEqual([...catalog.scopes], [...catalog.scopes].sort());
    assert.equal(byId('get_list_profiles'), undefined, 'byId takes today’s ids only');
  });

  test('every operation has known scopes, and at least one unless it is a client operation', () => {
    const known = new Set(catalog.scopes);
    for (const o of catalog.operations) {
      for (const s of o.scopes) assert.ok(known.has(s), `${o.id}: ${s} is not in catalog.scopes`);
      if (!o.client) assert.ok(o.scopes.length > 0, `${o.id} has no scope`);
    }
    for (const h of catalog.history) for (const s of h.scopes) assert.match(s, /^[a-z-]+:(read|write)$/, `${h.id}: ${s}`);
  });

  test('no two names collide once case and underscores are ignored', () => {
    const names = new Set<string>();
    for (const o of catalog.operations) [o.id, ...o.aliases, ...o.formerIds].forEach((n) => names.add(n));
    for (const h of catalog.history) names.add(h.id);
    const byKey = new Map<string, string>();
    const collisions: string[] = [];
    for (const n of names) {
      const had = byKey.get(nameKey(n));
      if (had !== undefined && had !== n) collisions.push(`${had} / ${n}`);
      byKey.set(nameKey(n), n);
    }
    assert.deepEqual(collisions, []);
    assert.ok(names.size > 800, `expected ids, aliases and history names, got ${names.size}`);
  });
});

describe('resolveName', () => {
  test('ids in snake, camel and Pascal case', () => {
    for (const name of ['get_profiles_for_list', 'getProfilesForList', 'GetProfilesForList']) {
      const r = resolveName(name);
      assert.equal(r?.operation?.id, 'get_profiles_for_list', name);
      assert.equal(r?.via, 'id');
      assert.equal(r?.deprecated, false);
      assert.equal(r?.matched, 'get_profiles_for_list');
    }
    assert.equal(resolveName('getCampaignsBeta')?.operation?.id, 'get_campaigns_beta');
    assert.equal(resolveName('noSuchMethod'), undefined);
  });

  test('aliases are deprecated names of today’s operation', () => {
    const r = resolveName('getListProfiles');
    assert.equal(r?.operation?.id, 'get_profiles_for_list');
    assert.equal(r?.via, 'alias');
    assert.equal(r?.deprecated, true);
    assert.equal(r?.matched, 'get_list_profiles');
  });

  test('a stable id wins over the same name as a beta alias, stable aliases over beta ones', () => {
    // create_campaign_clone is a stable id and an alias of clone_campaign_beta.
    assert.equal(resolveName('createCampaignClone')?.operation?.id, 'create_campaign_clone');
    // get_campaign_messages is an alias of both get_messages_for_campaign and its beta twin.
    assert.equal(resolveName('get_campaign_messages')?.operation?.id, 'get_messages_for_campaign');
  });

  test('name index: id over alias over former over history, stable over beta', () => {
    // Today's catalog has no former ids (Klaviyo keeps renamed ids as aliases), so on synthetic data.
    const fake = (id: string, extra: Partial<Operation>): Operation => ({
      id, tag: 'T', method: 'GET', path: `/api/${id}`, scopes: ['things:read'], aliases: [], formerIds: [], rateLimit: null,
      summary: '', beta: false, client: false, include: {}, revisions: [], docsUrl: '', ...extra,
    });
    const index = buildNameIndex(
      [
        fake('get_things_beta', { beta: true, aliases: ['list_things'] }),
        fake('get_things', { aliases: ['list_things'], formerIds: ['fetch_things'] }),
        fake('get_other', { formerIds: ['get_things'] }),
      ],
      [{ id: 'fetch_things', method: 'GET', path: '/api/old', scopes: [], from: 0, to: 1, current: null }],
    );
    assert.deepEqual(index.get(nameKey('getThings')), { name: 'get_things', via: 'id', operationId: 'get_things' });
    assert.deepEqual(index.get(nameKey('ListThings')), { name: 'list_things', via: 'alias', operationId: 'get_things' });
    assert.deepEqual(index.get(nameKey('fetchThings')), { name: 'fetch_things', via: 'former', operationId: 'get_things' });
  });

  test('retired and generic names resolve through history to no operation', () => {
    const retired = resolveName('getEventMetrics');
    assert.equal(retired?.via, 'history');
    assert.equal(retired?.operation, null);
    assert.deepEqual(retired?.variants.map((v) => [v.path, v.from, v.to]), [['/api/events/{id}/metrics', 0, 3]]);
    assert.equal(resolveName('get_list_relationships')?.operation, null);
  });

  test('unsuppress_profiles depends on the revision', () => {
    const old = resolveName('unsuppressProfiles', { revision: '2023-02-22' });
    const later = resolveName('unsuppress_profiles', { revision: '2023-07-15' });
    assert.equal(old?.variant?.path, '/api/profile-unsuppression-bulk-create-jobs');
    assert.equal(later?.variant?.path, '/api/profile-suppression-bulk-delete-jobs');
    assert.equal(old?.operation?.id, 'bulk_unsuppress_profiles');
    assert.equal(later?.operation?.id, 'bulk_unsuppress_profiles');
    assert.equal(old?.variants.length, 2);
    // Between revisions the older one applies; after the last variant, the newest before it.
    assert.equal(resolveName('unsuppress_profiles', { revision: '2023-05-01' })?.variant?.from, 0);
    assert.equal(resolveName('unsuppress_profiles', { revision: '2026-07-15' })?.variant?.from, 4);
    assert.equal(resolveName('unsuppress_profiles')?.variant, null);
  });

  test('create_list_relationships: generic path first, then /relationships/profiles', () => {
    const early = resolveName('createListRelationships', { revision: '2022-10-17' });
    assert.equal(early?.variant?.path, '/api/lists/{id}/relationships/{related_resource}');
    assert.equal(early?.operation, null);
    const later = resolveName('createListRelationships', { revision: '2023-02-22' });
    assert.equal(later?.variant?.path, '/api/lists/{id}/relationships/profiles');
    assert.equal(later?.operation?.id, 'add_profiles_to_list');
    assert.equal(resolveName('createListRelationships')?.operation?.id, 'add_profiles_to_list');
  });
});

describe('matchRequest', () => {
  test('concrete ids, placeholders, trailing slashes, query strings and full URLs', () => {
    assert.equal(matched(matchRequest('GET', '/api/profiles/01HQ0000000000000000000000')), 'get_profile');
    assert.equal(matched(matchRequest('get', '/api/lists/{}/profiles/')), 'get_profiles_for_list');
    assert.equal(matched(matchRequest('GET', '/api/lists/{listId}/profiles?page[size]=100')), 'get_profiles_for_list');
    assert.equal(matched(matchRequest('GET', 'https://a.klaviyo.com/api/profiles/?include=lists')), 'get_profiles');
    assert.equal(matched(matchRequest('GET', 'a.klaviyo.com/api/profiles#top')), 'get_profiles');
    assert.equal(matched(matchRequest('POST', '/api/profile-bulk-import-jobs/')), 'bulk_import_profiles');
  });

  test('literal segments beat parameters', () => {
    // Today's spec has no literal/parameter overlap, so on synthetic operations.
    const fake = (id: string, method: Operation['method'], path: string): Operation => ({
      id, tag: 'T', method, path, scopes: ['profiles:read'], aliases: [], formerIds: [], rateLimit: null,
      summary: '', beta: false, client: false, include: {}, revisions: [], docsUrl: '',
    });
    const m = new Matcher([
      fake('get_profile', 'GET', '/api/profiles/{id}'),
      fake('bulk_thing', 'POST', '/api/profiles/bulk-thing'),
      fake('get_x', 'GET', '/api/{kind}/x'),
    ]);
    assert.equal(matched(m.match('GET', '/api/profiles/01H', false)), 'get_profile');
    assert.equal(matched(m.match('POST', '/api/profiles/bulk-thing/', false)), 'bulk_thing');
    assert.equal(m.match('GET', '/api/profiles/bulk-thing', false).kind, 'wrong-method');
    // Equally literal (`/api/profiles/{id}` and `/api/{kind}/x`): the earlier literal wins.
    assert.equal(matched(m.match('GET', '/api/profiles/x', false)), 'get_profile');
    assert.equal(matched(m.match('GET', '/api/lists/x', false)), 'get_x');
    assert.equal(matched(matchRequest('GET', '/api/lists/abc/relationships/profiles')), 'get_profile_ids_for_list');
  });

  test('a placeholder fills only a parameter', () => {
    assert.equal(matchRequest('GET', '/api/{}').kind, 'no-path');
  });

  test('wrong method', () => {
    const m = matchRequest('GET', '/api/metric-aggregates');
    assert.equal(m.kind, 'wrong-method');
    if (m.kind === 'wrong-method') assert.deepEqual(m.allowed.map((o) => `${o.method} ${o.id}`), ['POST query_metric_aggregates']);
  });

  test('unknown path suggests near ones', () => {
    const m = matchRequest('GET', '/api/profile/123');
    assert.equal(m.kind, 'no-path');
    if (m.kind === 'no-path') {
      assert.ok(m.nearest.length > 0 && m.nearest.length <= 3);
      assert.equal(m.nearest[0].id, 'get_profile');
    }
  });

  test('beta twins', () => {
    const stable = matchRequest('GET', '/api/campaigns');
    assert.equal(matched(stable), 'get_campaigns');
    if (stable.kind === 'match') assert.deepEqual(stable.alternatives.map((o) => o.id), ['get_campaigns_beta']);
    const beta = matchRequest('GET', '/api/campaigns', { beta: true });
    assert.equal(matched(beta), 'get_campaigns_beta');
    if (beta.kind === 'match') assert.deepEqual(beta.alternatives.map((o) => o.id), ['get_campaigns']);
    // A beta-only endpoint matches without the flag.
    assert.equal(matched(matchRequest('GET', '/api/campaign-messages')), 'get_campaign_messages_beta');
  });

  test('candidatesForPath', () => {
    const lists = candidatesForPath('GET', /^\/api\/lists\/\{[^}]+\}\/[^/]+$/g).map((o) => o.id).sort();
    assert.deepEqual(lists, ['get_flows_triggered_by_list', 'get_profiles_for_list', 'get_tags_for_list']);
    // A /g RegExp must give the same answer twice.
    assert.deepEqual(candidatesForPath('get', /^\/api\/lists\/\{[^}]+\}\/[^/]+$/g).map((o) => o.id).sort(), lists);
    const anyMethod = candidatesForPath(null, (p) => p === '/api/lists/{id}').map((o) => o.method).sort();
    assert.deepEqual(anyMethod, ['DELETE', 'GET', 'PATCH']);
  });
});

describe('scopes of a call', () => {
  test('include values add the included resource’s read scope', () => {
    const profiles = op('get_profiles');
    assert.deepEqual(includeScopes(profiles, ['push-tokens']), { scopes: ['profiles:read', 'push-tokens:read'], unknown: [] });
    assert.deepEqual(includeScopes(profiles, ['push-tokens,bogus', 'lists']), {
      scopes: ['profiles:read', 'push-tokens:read'],
      unknown: ['bogus', 'lists'],
    });
    assert.deepEqual(requiredScopes(op('get_campaigns'), ['tags', 'campaign-messages']), {
      scopes: ['campaigns:read', 'tags:read'],
      // campaign-messages needs campaigns:read, which get_campaigns needs anyway: not added.
      includeScopes: ['tags:read'],
    });
    assert.deepEqual(requiredScopes(op('get_events'), ['attributions']).scopes, ['events:read']);
  });

  test('client operations need no private-key scope', () => {
    const clients = catalog.operations.filter((o) => o.client);
    assert.equal(clients.length, 12);
    assert.ok(clients.some((o) => o.scopes.length > 0), 'the spec lists scopes for some client operations');
    for (const o of clients) assert.deepEqual(requiredScopes(o, []), { scopes: [], includeScopes: [] }, o.id);
  });
});
