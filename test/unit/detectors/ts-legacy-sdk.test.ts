// Klaviyo's retired v1/v2 API: raw requests to /api/v1, /api/v2, /api/track, /api/identify
// (found by the HTTP detectors, kind 'legacy'), and the retired npm SDKs (ts-legacy-sdk). Each
// finding names today's replacement.

import { runTable, type Case } from './harness';

const A = 'https://a.klaviyo.com';

export const LEGACY_HTTP_CASES: Case[] = [
  {
    name: 'POST /api/v2/list/{id}/subscribe → bulk_subscribe_profiles',
    files: `declare const listId: string;
fetch(\`${A}/api/v2/list/\${listId}/subscribe\`, { method: 'POST', body: '{}' });`,
    expect: [{
      operation: null, kind: 'legacy', scopes: [], replacement: 'bulk_subscribe_profiles', note: 'retired v1/v2 API', detector: 'ts-http-request',
      range: `fetch(\`${A}/api/v2/list/\${listId}/subscribe\`, { method: 'POST', body: '{}' })`, at: '2:1',
    }],
  },
  {
    name: 'axios.post /api/track → create_event',
    files: `import axios from 'axios';
axios.post('${A}/api/track', { token: 'PUBLIC', event: 'Ordered' });`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'create_event', note: 'use create_event', range: `axios.post('${A}/api/track', { token: 'PUBLIC', event: 'Ordered' })`, at: '2:1' }],
  },
  {
    name: 'GET /api/track?data=… (the old pixel form) → create_event',
    files: `declare const data: string;
fetch('${A}/api/track?data=' + data);`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'create_event', range: `fetch('${A}/api/track?data=' + data)`, at: '2:1' }],
  },
  {
    name: '/api/identify → create_or_update_profile',
    files: `fetch('${A}/api/identify', { method: 'POST' });`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'create_or_update_profile', range: `fetch('${A}/api/identify', { method: 'POST' })`, at: '1:1' }],
  },
  {
    name: 'POST /api/v2/list/{id}/members → add_profiles_to_list',
    files: `import axios from 'axios';
axios.post('${A}/api/v2/list/L1/members', { profiles: [] });`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'add_profiles_to_list', range: `axios.post('${A}/api/v2/list/L1/members', { profiles: [] })`, at: '2:1' }],
  },
  {
    name: 'DELETE /api/v2/list/{id}/members → remove_profiles_from_list',
    files: `import axios from 'axios';
axios.delete('${A}/api/v2/list/L1/members');`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'remove_profiles_from_list', range: `axios.delete('${A}/api/v2/list/L1/members')`, at: '2:1' }],
  },
  {
    name: '/api/v1/metric/{id}/export → query_metric_aggregates',
    files: `declare const metricId: string;
fetch(\`${A}/api/v1/metric/\${metricId}/export?api_key=\${process.env.KLAVIYO_V1_KEY}&unit=day\`);`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'query_metric_aggregates', range: `fetch(\`${A}/api/v1/metric/\${metricId}/export?api_key=\${process.env.KLAVIYO_V1_KEY}&unit=day\`)`, at: '2:1' }],
  },
  {
    name: 'POST /api/v2/data-privacy/deletion-request → request_profile_deletion',
    files: `import got from 'got';
got.post('${A}/api/v2/data-privacy/deletion-request', { json: { email: 'a@b.c' } });`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'request_profile_deletion', range: `got.post('${A}/api/v2/data-privacy/deletion-request', { json: { email: 'a@b.c' } })`, at: '2:1' }],
  },
  {
    name: 'GET /api/v2/lists with a trailing slash → get_lists',
    files: `fetch('${A}/api/v2/lists/?api_key=pk_x');`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'get_lists', range: `fetch('${A}/api/v2/lists/?api_key=pk_x')`, at: '1:1' }],
  },
  {
    name: 'GET /api/v1/person/{id} → get_profile',
    files: `import axios from 'axios';
axios.get('${A}/api/v1/person/01H', { params: { api_key: process.env.KLAVIYO_KEY } });`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'get_profile', range: `axios.get('${A}/api/v1/person/01H', { params: { api_key: process.env.KLAVIYO_KEY } })`, at: '2:1' }],
  },
  {
    name: 'an axios instance whose baseURL is the v2 API',
    files: `import axios from 'axios';
const v2 = axios.create({ baseURL: '${A}/api/v2' });
v2.get('/group/G1/members/all');`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'get_profiles_for_segment', range: "v2.get('/group/G1/members/all')", at: '3:1' }],
  },
  {
    name: 'a v1/v2 path with no known replacement is still legacy',
    files: `fetch('${A}/api/v1/some/retired/thing');`,
    expect: [{ operation: null, kind: 'legacy', replacement: null, note: 'retired v1/v2 API', range: `fetch('${A}/api/v1/some/retired/thing')`, at: '1:1' }],
  },
  {
    name: 'https.request with host and path to /api/track',
    files: `import https from 'node:https';
https.request({ host: 'a.klaviyo.com', path: '/api/track?data=abc' });`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'create_event', range: "https.request({ host: 'a.klaviyo.com', path: '/api/track?data=abc' })", at: '2:1' }],
  },
  {
    name: 'new URL(v1 path, origin)',
    files: `fetch(new URL('/api/v1/metrics', '${A}'));`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'get_metrics', range: `fetch(new URL('/api/v1/metrics', '${A}'))`, at: '1:1' }],
  },
  {
    name: 'legacy base constant imported from another module',
    files: {
      'src/const.ts': `export const KLAVIYO_V2 = '${A}/api/v2';`,
      'src/lists.ts': `import { KLAVIYO_V2 } from './const';
export const create = () => fetch(\`\${KLAVIYO_V2}/lists\`, { method: 'POST' });`,
    },
    expect: [{ operation: null, kind: 'legacy', file: 'src/lists.ts', replacement: 'create_list', range: 'fetch(`${KLAVIYO_V2}/lists`, { method: \'POST\' })', at: '2:29' }],
  },
  {
    name: 'legacy request through a helper, reported at the call site',
    files: `const K = '${A}/api';
function legacy(path: string, method = 'GET') { return fetch(K + path, { method }); }
legacy('/v2/list/L1/subscribe', 'POST');
legacy('/v2/list/L1/subscribe', 'DELETE');`,
    expect: [
      { operation: null, kind: 'legacy', replacement: 'bulk_subscribe_profiles', detector: 'ts-request-helper', range: "legacy('/v2/list/L1/subscribe', 'POST')", at: '3:1' },
      { operation: null, kind: 'legacy', replacement: 'bulk_unsubscribe_profiles', range: "legacy('/v2/list/L1/subscribe', 'DELETE')", at: '4:1' },
    ],
  },
];

export const LEGACY_SDK_CASES: Case[] = [
  {
    name: 'node-klaviyo: client.public.track',
    files: `const Klaviyo = require('node-klaviyo');
const client = new Klaviyo({ publicToken: 'PUB', privateToken: process.env.KLAVIYO_PRIVATE });
client.public.track({ event: 'Ordered', email: 'a@b.c' });`,
    expect: [{
      operation: null, kind: 'legacy', replacement: 'create_event', detector: 'ts-legacy-sdk', note: 'node-klaviyo',
      range: "client.public.track({ event: 'Ordered', email: 'a@b.c' })", at: '3:1',
    }],
  },
  {
    name: 'node-klaviyo: client.public.identify',
    files: `const Klaviyo = require('node-klaviyo');
const client = new Klaviyo({ publicToken: 'PUB' });
client.public.identify({ email: 'a@b.c' });`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'create_or_update_profile', range: "client.public.identify({ email: 'a@b.c' })", at: '3:1' }],
  },
  {
    name: 'node-klaviyo: client.lists.addSubscribersToList',
    files: `const Klaviyo = require('node-klaviyo');
const client = new Klaviyo({ publicToken: 'PUB', privateToken: 'PK' });
client.lists.addSubscribersToList({ listId: 'L1', profiles: [] });`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'bulk_subscribe_profiles', range: "client.lists.addSubscribersToList({ listId: 'L1', profiles: [] })", at: '3:1' }],
  },
  {
    name: 'node-klaviyo: client.metrics.getMetricsExport',
    files: `const Klaviyo = require('node-klaviyo');
const client = new Klaviyo({ privateToken: 'PK' });
client.metrics.getMetricsExport({ metricId: 'M1' });`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'query_metric_aggregates', range: "client.metrics.getMetricsExport({ metricId: 'M1' })", at: '3:1' }],
  },
  {
    name: 'node-klaviyo: client.profiles.getProfile',
    files: `const Klaviyo = require('node-klaviyo');
const client = new Klaviyo({ privateToken: 'PK' });
client.profiles.getProfile({ profileId: 'P1' });`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'get_profile', range: "client.profiles.getProfile({ profileId: 'P1' })", at: '3:1' }],
  },
  {
    name: 'klaviyo-sdk via ES import',
    files: `import Klaviyo from 'klaviyo-sdk';
const k = new Klaviyo({ privateToken: 'PK' });
await k.lists.getLists();`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'get_lists', range: 'k.lists.getLists()', at: '3:7' }],
  },
  {
    name: 'klaviyo-node: track on the client itself',
    files: `const KlaviyoNode = require('klaviyo-node');
const k = new KlaviyoNode('PUBLIC');
k.track('Ordered', { $email: 'a@b.c' });`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'create_event', range: "k.track('Ordered', { $email: 'a@b.c' })", at: '3:1' }],
  },
  {
    name: 'node-klaviyo named import: trackOnce and unsubscribeFromList',
    files: `import { Klaviyo } from 'node-klaviyo';
const c = new Klaviyo({ publicToken: 'PUB', privateToken: 'PK' });
c.public.trackOnce({ event: 'Signed up' });
c.lists.unsubscribeFromList({ listId: 'L1', emails: [] });`,
    expect: [
      { operation: null, kind: 'legacy', replacement: 'create_event', range: "c.public.trackOnce({ event: 'Signed up' })", at: '3:1' },
      { operation: null, kind: 'legacy', replacement: 'bulk_unsubscribe_profiles', range: "c.lists.unsubscribeFromList({ listId: 'L1', emails: [] })", at: '4:1' },
    ],
  },
  {
    name: 'legacy client created in one module, used in another',
    files: {
      'src/k.js': `const Klaviyo = require('node-klaviyo');
module.exports = new Klaviyo({ privateToken: process.env.KLAVIYO_KEY });`,
      'src/use.js': `const client = require('./k');
client.lists.getListMembers({ listId: 'L1' });`,
    },
    expect: [{ operation: null, kind: 'legacy', file: 'src/use.js', replacement: 'get_profiles_for_list', range: "client.lists.getListMembers({ listId: 'L1' })", at: '2:1' }],
  },
  {
    name: 'legacy client held in a class field',
    files: `import Klaviyo from 'node-klaviyo';
export class Tracker {
  private client = new Klaviyo({ publicToken: 'PUB' });
  ordered() { return this.client.public.track({ event: 'Ordered' }); }
}`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'create_event', range: "this.client.public.track({ event: 'Ordered' })", at: '4:22' }],
  },
  {
    name: 'node-klaviyo data privacy',
    files: `const Klaviyo = require('node-klaviyo');
const client = new Klaviyo({ privateToken: 'PK' });
client.dataPrivacy.requestDeletion({ email: 'a@b.c' });`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'request_profile_deletion', range: "client.dataPrivacy.requestDeletion({ email: 'a@b.c' })", at: '3:1' }],
  },
];

export const LEGACY_NEGATIVE: Case[] = [
  { name: 'track() on an unrelated analytics object', files: `// klaviyo is elsewhere\ndeclare const analytics: { track(e: string): void };\nanalytics.track('Viewed');`, expect: [] },
  {
    name: 'track() on an unrelated class instance',
    files: `// klaviyo-free tracker
class Tracker { track(e: string) { return e; } identify(e: string) { return e; } }
const t = new Tracker();
t.track('Viewed');
t.identify('me');`,
    expect: [],
  },
  { name: 'browser snippet: klaviyo.push([\'identify\', …])', files: `declare const klaviyo: { push(x: unknown[]): void };\nklaviyo.push(['identify', { email: 'a@b.c' }]);`, expect: [] },
  { name: 'browser snippet: _learnq.push([\'track\', …])', files: `// klaviyo onsite\ndeclare const _learnq: unknown[];\n_learnq.push(['track', 'Viewed Product', {}]);`, expect: [] },
  { name: 'browser snippet: window.klaviyo.track', files: `(window as any).klaviyo.track('Viewed');\n(window as any).klaviyo.identify({});`, expect: [] },
  {
    name: 'onsite script tag in a string',
    files: `export const tag = '<script async src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=ABC"></script>';`,
    expect: [],
  },
  { name: 'a v2 URL in a comment', files: `// old: POST https://a.klaviyo.com/api/v2/list/X/subscribe\nexport {};`, expect: [] },
  { name: 'a v1 URL constant never requested', files: `export const OLD = 'https://a.klaviyo.com/api/v1/metrics';`, expect: [] },
  { name: 'a package that merely resembles the legacy SDKs', files: `const K = require('klaviyo-helpers');\nnew K().public.track({});`, expect: [] },
  {
    name: 'the official SDK is not legacy',
    files: `import { ApiKeySession, EventsApi } from 'klaviyo-api';
const events = new EventsApi(new ApiKeySession('pk'));
events.createEvent({ data: {} } as never);`,
    detectors: ['ts-legacy-sdk'],
    expect: [],
  },
  { name: 'an object literal named Klaviyo with a track method', files: `const Klaviyo = { track(e: string) { return e; } };\nKlaviyo.track('Viewed');`, expect: [] },
  { name: 'a method the legacy SDK never had', files: `const Klaviyo = require('node-klaviyo');\nnew Klaviyo({}).public.doSomethingElse();`, expect: [] },
];

runTable('ts-legacy-sdk', [...LEGACY_HTTP_CASES, ...LEGACY_SDK_CASES, ...LEGACY_NEGATIVE]);
