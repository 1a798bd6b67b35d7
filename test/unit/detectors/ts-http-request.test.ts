// Raw HTTP to a.klaviyo.com: fetch and friends, axios, got, ky, superagent, node:https; URL
// shapes; method; include; beta revision header; key env; requests the API does not have.

import { runTable, type Case } from './harness';

const A = 'https://a.klaviyo.com';

export const HTTP_CASES: Case[] = [
  // ---- fetch --------------------------------------------------------------------------------
  {
    name: 'global fetch, literal URL, default GET',
    files: `fetch('${A}/api/profiles');`,
    expect: [{ operation: 'get_profiles', scopes: ['profiles:read'], kind: 'http', confidence: 'certain', detector: 'ts-http-request', range: `fetch('${A}/api/profiles')`, at: '1:1' }],
  },
  {
    name: 'the node-fetch 3 CommonJS shim: a local fetch that lazily imports node-fetch and forwards its arguments',
    files: { 'src/klaviyo.js': `const fetch = (...args) => import('node-fetch').then(({ default: f }) => f(...args));
async function track(event) {
  return fetch('${A}/api/events/', { method: 'POST', body: JSON.stringify(event) });
}
module.exports = { track };` },
    expect: [{ operation: 'create_event', scopes: ['events:write'], file: 'src/klaviyo.js', range: `fetch('${A}/api/events/', { method: 'POST', body: JSON.stringify(event) })`, at: '3:10' }],
  },
  {
    name: 'include values pushed onto an array under conditions: each may be asked for, so each adds its scope',
    files: `export function lists(withTags: boolean, withFlows: boolean) {
  const include: string[] = [];
  if (withTags) include.push('tags');
  if (withFlows) include.push('flow-triggers');
  return fetch(\`${A}/api/lists?include=\${include.join(',')}\`);
}`,
    expect: [{ operation: 'get_lists', scopes: ['flows:read', 'lists:read', 'tags:read'], range: `fetch(\`${A}/api/lists?include=\${include.join(',')}\`)`, at: '5:10' }],
  },
  {
    name: 'fetch with method in options',
    files: `async function run(body: unknown) {
  await fetch('${A}/api/profiles', { method: 'POST', body: JSON.stringify(body) });
}`,
    expect: [{ operation: 'create_profile', scopes: ['profiles:write'], range: `fetch('${A}/api/profiles', { method: 'POST', body: JSON.stringify(body) })`, at: '2:9' }],
  },
  {
    name: 'fetch with a lower-case method',
    files: `fetch('${A}/api/events', { method: 'post' });`,
    expect: [{ operation: 'create_event', scopes: ['events:write'], method: 'POST', range: `fetch('${A}/api/events', { method: 'post' })`, at: '1:1' }],
  },
  {
    name: 'fetch with the method in a const',
    files: `const METHOD = 'DELETE';
const opts = { method: METHOD };
fetch('${A}/api/segments/abc', opts);`,
    expect: [{ operation: 'delete_segment', scopes: ['segments:write'], range: `fetch('${A}/api/segments/abc', opts)`, at: '3:1' }],
  },
  {
    name: 'trailing slash is optional',
    files: `fetch('${A}/api/lists/');`,
    expect: [{ operation: 'get_lists', scopes: ['lists:read'], range: `fetch('${A}/api/lists/')`, at: '1:1' }],
  },
  {
    name: 'template literal with an id matches a {id} parameter',
    files: `export async function load(id: string) {
  const res = await fetch(\`${A}/api/profiles/\${id}\`);
  return res.json();
}`,
    expect: [{ operation: 'get_profile', scopes: ['profiles:read'], path: '/api/profiles/{id}', range: `fetch(\`${A}/api/profiles/\${id}\`)`, at: '2:21' }],
  },
  {
    name: 'literal id in the path',
    files: `fetch('${A}/api/lists/Y6nRLr/profiles');`,
    expect: [{ operation: 'get_profiles_for_list', scopes: ['lists:read', 'profiles:read'], range: `fetch('${A}/api/lists/Y6nRLr/profiles')`, at: '1:1' }],
  },
  {
    name: 'string concatenation',
    files: `declare const listId: string;
fetch('${A}/api/lists/' + listId + '/relationships/profiles', { method: 'POST' });`,
    expect: [{ operation: 'add_profiles_to_list', scopes: ['lists:write', 'profiles:write'], range: `fetch('${A}/api/lists/' + listId + '/relationships/profiles', { method: 'POST' })`, at: '2:1' }],
  },
  {
    name: 'new URL(path, origin)',
    files: `fetch(new URL('/api/lists', '${A}'));`,
    expect: [{ operation: 'get_lists', range: `fetch(new URL('/api/lists', '${A}'))`, at: '1:1' }],
  },
  {
    name: 'new URL held in a const, passed as .toString()',
    files: `const url = new URL('${A}/api/metrics');
fetch(url.toString());`,
    expect: [{ operation: 'get_metrics', scopes: ['metrics:read'], range: 'fetch(url.toString())', at: '2:1' }],
  },
  {
    name: 'new URL relative to a base ending in /api/',
    files: `const base = '${A}/api/';
fetch(new URL('segments', base));`,
    expect: [{ operation: 'get_segments', range: "fetch(new URL('segments', base))", at: '2:1' }],
  },
  {
    name: 'base URL constant in the same file',
    files: `const BASE = '${A}/api';
fetch(\`\${BASE}/segments\`);`,
    expect: [{ operation: 'get_segments', scopes: ['segments:read'], range: 'fetch(`${BASE}/segments`)', at: '2:1' }],
  },
  {
    name: 'base URL constant imported from another module',
    files: {
      'src/config.ts': `export const KLAVIYO_BASE = '${A}/api';`,
      'src/metrics.ts': `import { KLAVIYO_BASE } from './config';
export const metrics = () => fetch(KLAVIYO_BASE + '/metrics');`,
    },
    expect: [{ operation: 'get_metrics', file: 'src/metrics.ts', range: "fetch(KLAVIYO_BASE + '/metrics')", at: '2:30' }],
  },
  {
    name: 'base URL re-exported through an index module (ESM .js specifier)',
    files: {
      'src/k/config.ts': `export const KLAVIYO_BASE = '${A}/api';`,
      'src/k/index.ts': `export { KLAVIYO_BASE as BASE } from './config.js';`,
      'src/app.ts': `import { BASE } from './k/index.js';
void fetch(\`\${BASE}/tags\`);`,
    },
    expect: [{ operation: 'get_tags', file: 'src/app.ts', range: 'fetch(`${BASE}/tags`)', at: '2:6' }],
  },
  {
    name: 'query string ignored except include',
    files: `fetch('${A}/api/profiles?page[size]=20&filter=equals(email,"a@b.c")');`,
    expect: [{ operation: 'get_profiles', scopes: ['profiles:read'], includeScopes: [], range: `fetch('${A}/api/profiles?page[size]=20&filter=equals(email,"a@b.c")')`, at: '1:1' }],
  },
  {
    name: '?include=lists,segments adds the included resources\' read scopes',
    files: `declare const id: string;
fetch(\`${A}/api/profiles/\${id}?include=lists,segments\`);`,
    expect: [{
      operation: 'get_profile', scopes: ['lists:read', 'profiles:read', 'segments:read'], includeScopes: ['lists:read', 'segments:read'],
      range: `fetch(\`${A}/api/profiles/\${id}?include=lists,segments\`)`, at: '2:1',
    }],
  },
  {
    name: 'include in the query of a URL with other parameters first',
    files: `fetch('${A}/api/events?filter=x&include=metric');`,
    expect: [{ operation: 'get_events', scopes: ['events:read', 'metrics:read'], includeScopes: ['metrics:read'], range: `fetch('${A}/api/events?filter=x&include=metric')`, at: '1:1' }],
  },
  {
    name: '/client/ endpoint: kind client, no scopes',
    files: `fetch('${A}/client/events?company_id=AbC123', { method: 'POST' });`,
    expect: [{ operation: 'create_client_event', kind: 'client', scopes: [], range: `fetch('${A}/client/events?company_id=AbC123', { method: 'POST' })`, at: '1:1' }],
  },
  {
    name: 'revision .pre header selects the beta twin',
    files: `fetch('${A}/api/campaigns', { headers: { revision: '2026-07-15.pre' } });`,
    expect: [{ operation: 'get_campaigns_beta', beta: true, scopes: ['campaigns:read'], range: `fetch('${A}/api/campaigns', { headers: { revision: '2026-07-15.pre' } })`, at: '1:1' }],
  },
  {
    name: 'stable revision header keeps the stable operation',
    files: `fetch('${A}/api/campaigns', { headers: { revision: '2026-07-15' } });`,
    expect: [{ operation: 'get_campaigns', beta: false, range: `fetch('${A}/api/campaigns', { headers: { revision: '2026-07-15' } })`, at: '1:1' }],
  },
  {
    name: 'Authorization header from process.env gives keyEnv',
    files: `fetch('${A}/api/lists', {
  headers: { Authorization: \`Klaviyo-API-Key \${process.env.KLAVIYO_X}\`, revision: '2026-07-15' },
});`,
    expect: [{ operation: 'get_lists', keyEnv: 'KLAVIYO_X', range: `fetch('${A}/api/lists', {
  headers: { Authorization: \`Klaviyo-API-Key \${process.env.KLAVIYO_X}\`, revision: '2026-07-15' },
})`, at: '1:1' }],
  },
  {
    name: 'headers object in a const, key from process.env[...]',
    files: `const headers = { authorization: 'Klaviyo-API-Key ' + process.env['KLAVIYO_PRIVATE_KEY'], revision: '2026-07-15.pre' };
fetch('${A}/api/campaigns', { method: 'POST', headers });`,
    expect: [{ operation: 'create_campaign_beta', keyEnv: 'KLAVIYO_PRIVATE_KEY', beta: true, range: `fetch('${A}/api/campaigns', { method: 'POST', headers })`, at: '2:1' }],
  },
  {
    name: 'node-fetch default import',
    files: `import fetch from 'node-fetch';
fetch('${A}/api/flows');`,
    expect: [{ operation: 'get_flows', scopes: ['flows:read'], range: `fetch('${A}/api/flows')`, at: '2:1' }],
  },
  {
    name: 'node-fetch via require under another name',
    files: `const nodeFetch = require('node-fetch');
nodeFetch('${A}/api/templates', { method: 'POST' });`,
    expect: [{ operation: 'create_template', range: `nodeFetch('${A}/api/templates', { method: 'POST' })`, at: '2:1' }],
  },
  {
    name: 'undici fetch (named import)',
    files: `import { fetch } from 'undici';
fetch('${A}/api/tags', { method: 'POST' });`,
    expect: [{ operation: 'create_tag', range: `fetch('${A}/api/tags', { method: 'POST' })`, at: '2:1' }],
  },
  {
    name: 'undici.request with a method option',
    files: `import * as undici from 'undici';
undici.request('${A}/api/segments/abc', { method: 'DELETE' });`,
    expect: [{ operation: 'delete_segment', range: `undici.request('${A}/api/segments/abc', { method: 'DELETE' })`, at: '2:1' }],
  },
  {
    name: 'cross-fetch',
    files: `import crossFetch from 'cross-fetch';
crossFetch('${A}/api/catalog-items');`,
    expect: [{ operation: 'get_catalog_items', scopes: ['catalogs:read'], range: `crossFetch('${A}/api/catalog-items')`, at: '2:1' }],
  },
  // ---- axios --------------------------------------------------------------------------------
  {
    name: 'axios.get',
    files: `import axios from 'axios';
axios.get('${A}/api/lists');`,
    expect: [{ operation: 'get_lists', range: `axios.get('${A}/api/lists')`, at: '2:1' }],
  },
  {
    name: 'axios.post with a body and a config',
    files: `import axios from 'axios';
axios.post('${A}/api/events', { data: {} }, { headers: { Authorization: \`Klaviyo-API-Key \${process.env.KLAVIYO_EVENTS_KEY}\` } });`,
    expect: [{ operation: 'create_event', keyEnv: 'KLAVIYO_EVENTS_KEY', range: `axios.post('${A}/api/events', { data: {} }, { headers: { Authorization: \`Klaviyo-API-Key \${process.env.KLAVIYO_EVENTS_KEY}\` } })`, at: '2:1' }],
  },
  {
    name: 'axios.patch and axios.delete',
    files: `import axios from 'axios';
declare const id: string;
axios.patch(\`${A}/api/profiles/\${id}\`, {});
axios.delete(\`${A}/api/lists/\${id}\`);`,
    expect: [
      { operation: 'update_profile', range: `axios.patch(\`${A}/api/profiles/\${id}\`, {})`, at: '3:1' },
      { operation: 'delete_list', scopes: ['lists:write'], range: `axios.delete(\`${A}/api/lists/\${id}\`)`, at: '4:1' },
    ],
  },
  {
    name: 'axios({ method, url })',
    files: `const axios = require('axios');
axios({ method: 'post', url: '${A}/api/metric-aggregates', data: {} });`,
    expect: [{ operation: 'query_metric_aggregates', scopes: ['metrics:read'], range: `axios({ method: 'post', url: '${A}/api/metric-aggregates', data: {} })`, at: '2:1' }],
  },
  {
    name: 'axios(url, config)',
    files: `import axios from 'axios';
axios('${A}/api/coupons', { method: 'POST' });`,
    expect: [{ operation: 'create_coupon', range: `axios('${A}/api/coupons', { method: 'POST' })`, at: '2:1' }],
  },
  {
    name: 'axios.request(cfg) with the config in a const',
    files: `import axios from 'axios';
const cfg = { url: '${A}/api/webhooks', method: 'GET' as const };
axios.request(cfg);`,
    expect: [{ operation: 'get_webhooks', range: 'axios.request(cfg)', at: '3:1' }],
  },
  {
    name: 'axios.create({ baseURL }) ending in /api',
    files: `import axios from 'axios';
const klaviyo = axios.create({ baseURL: '${A}/api', headers: { Authorization: \`Klaviyo-API-Key \${process.env.KLAVIYO_KEY}\` } });
klaviyo.get('/lists');
klaviyo.post('/profiles', {});`,
    expect: [
      { operation: 'get_lists', keyEnv: 'KLAVIYO_KEY', range: "klaviyo.get('/lists')", at: '3:1' },
      { operation: 'create_profile', keyEnv: 'KLAVIYO_KEY', range: "klaviyo.post('/profiles', {})", at: '4:1' },
    ],
  },
  {
    name: 'axios.create({ baseURL }) with a trailing slash, relative paths',
    files: `import axios from 'axios';
const k = axios.create({ baseURL: '${A}/api/' });
k.get('segments');`,
    expect: [{ operation: 'get_segments', range: "k.get('segments')", at: '3:1' }],
  },
  {
    name: 'axios.create({ baseURL }) without /api',
    files: `import axios from 'axios';
const k = axios.create({ baseURL: '${A}' });
k.get('/api/metrics');`,
    expect: [{ operation: 'get_metrics', range: "k.get('/api/metrics')", at: '3:1' }],
  },
  {
    name: 'axios instance called as a function with a config',
    files: `import axios from 'axios';
const k = axios.create({ baseURL: '${A}/api', headers: { revision: '2026-07-15.pre' } });
k({ url: '/campaigns', method: 'get' });`,
    expect: [{ operation: 'get_campaigns_beta', beta: true, range: "k({ url: '/campaigns', method: 'get' })", at: '3:1' }],
  },
  {
    name: 'axios params: { include: [...] }',
    files: `import axios from 'axios';
declare const id: string;
axios.get(\`${A}/api/profiles/\${id}\`, { params: { include: ['lists'] } });`,
    expect: [{ operation: 'get_profile', scopes: ['lists:read', 'profiles:read'], includeScopes: ['lists:read'], range: `axios.get(\`${A}/api/profiles/\${id}\`, { params: { include: ['lists'] } })`, at: '3:1' }],
  },
  {
    name: 'axios instance exported from one module, used in another',
    files: {
      'src/http.ts': `import axios from 'axios';
export const klaviyo = axios.create({ baseURL: '${A}/api' });`,
      'src/use.ts': `import { klaviyo } from './http';
klaviyo.put('/catalog-items/x', {});`,
    },
    expect: [{ operation: null, file: 'src/use.ts', note: 'PATCH (update_catalog_item)', range: "klaviyo.put('/catalog-items/x', {})", at: '2:1' }],
  },
  // ---- got / ky / superagent / node:https ---------------------------------------------------------
  {
    name: 'got.post',
    files: `import got from 'got';
got.post('${A}/api/events', { json: {} });`,
    expect: [{ operation: 'create_event', range: `got.post('${A}/api/events', { json: {} })`, at: '2:1' }],
  },
  {
    name: 'got(url, { method })',
    files: `import got from 'got';
got('${A}/api/profiles/01H', { method: 'PATCH' });`,
    expect: [{ operation: 'update_profile', range: `got('${A}/api/profiles/01H', { method: 'PATCH' })`, at: '2:1' }],
  },
  {
    name: 'got.extend({ prefixUrl }) and searchParams include',
    files: `import got from 'got';
const client = got.extend({ prefixUrl: '${A}/api', headers: { Authorization: 'Klaviyo-API-Key ' + process.env.KLAVIYO_GOT } });
client.get('profiles/01H', { searchParams: { include: 'segments' } });`,
    expect: [{
      operation: 'get_profile', keyEnv: 'KLAVIYO_GOT', scopes: ['profiles:read', 'segments:read'], includeScopes: ['segments:read'],
      range: "client.get('profiles/01H', { searchParams: { include: 'segments' } })", at: '3:1',
    }],
  },
  {
    name: 'ky.get',
    files: `import ky from 'ky';
ky.get('${A}/api/reviews');`,
    expect: [{ operation: 'get_reviews', range: `ky.get('${A}/api/reviews')`, at: '2:1' }],
  },
  {
    name: 'ky.create({ prefixUrl }) instance',
    files: `import ky from 'ky';
const api = ky.create({ prefixUrl: '${A}/api/' });
api.post('events', { json: {} });`,
    expect: [{ operation: 'create_event', range: "api.post('events', { json: {} })", at: '3:1' }],
  },
  {
    name: 'ky(url, { method })',
    files: `import ky from 'ky';
ky('${A}/api/tags/t1', { method: 'delete' });`,
    expect: [{ operation: 'delete_tag', range: `ky('${A}/api/tags/t1', { method: 'delete' })`, at: '2:1' }],
  },
  {
    name: 'superagent.get(url) with a chained builder',
    files: `import superagent from 'superagent';
superagent.get('${A}/api/flows').set('revision', '2026-07-15');`,
    expect: [{ operation: 'get_flows', range: `superagent.get('${A}/api/flows')`, at: '2:1' }],
  },
  {
    name: 'superagent imported as request: request.post(url).send(body)',
    files: `const request = require('superagent');
request.post('${A}/api/profile-import').send({});`,
    expect: [{ operation: 'create_or_update_profile', range: `request.post('${A}/api/profile-import')`, at: '2:1' }],
  },
  {
    name: 'superagent(method, url)',
    files: `import superagent from 'superagent';
superagent('DELETE', '${A}/api/webhooks/w1');`,
    expect: [{ operation: 'delete_webhook', range: `superagent('DELETE', '${A}/api/webhooks/w1')`, at: '2:1' }],
  },
  {
    name: 'https.request({ hostname, path, method })',
    files: `import https from 'node:https';
const req = https.request({ hostname: 'a.klaviyo.com', path: '/api/profiles', method: 'POST' });
req.end();`,
    expect: [{ operation: 'create_profile', range: "https.request({ hostname: 'a.klaviyo.com', path: '/api/profiles', method: 'POST' })", at: '2:13' }],
  },
  {
    name: 'https.request(url, { method })',
    files: `import * as https from 'https';
https.request('${A}/api/lists', { method: 'POST' });`,
    expect: [{ operation: 'create_list', range: `https.request('${A}/api/lists', { method: 'POST' })`, at: '2:1' }],
  },
  {
    name: 'https.get(url, callback)',
    files: `const https = require('https');
https.get('${A}/api/accounts', () => undefined);`,
    expect: [{ operation: 'get_accounts', range: `https.get('${A}/api/accounts', () => undefined)`, at: '2:1' }],
  },
  // ---- more URL and header shapes ------------------------------------------------------------------
  {
    name: 'globalThis.fetch and window.fetch',
    files: `globalThis.fetch('${A}/api/lists');
window.fetch('${A}/api/segments', { method: 'POST' });`,
    expect: [
      { operation: 'get_lists', range: `globalThis.fetch('${A}/api/lists')`, at: '1:1' },
      { operation: 'create_segment', range: `window.fetch('${A}/api/segments', { method: 'POST' })`, at: '2:1' },
    ],
  },
  {
    name: 'optional call fetch?.() and type arguments on axios.get<T>()',
    files: `import axios from 'axios';
fetch?.('${A}/api/metrics');
export const res = axios.get<{ data: unknown[] }>('${A}/api/coupons');`,
    expect: [
      { operation: 'get_metrics', range: `fetch?.('${A}/api/metrics')`, at: '2:1' },
      { operation: 'get_coupons', range: `axios.get<{ data: unknown[] }>('${A}/api/coupons')`, at: '3:20' },
    ],
  },
  {
    name: 'fetch(new Request(url, init))',
    files: `const req = new Request('${A}/api/profiles', { method: 'POST', headers: { Authorization: \`Klaviyo-API-Key \${process.env.KLAVIYO_REQ}\` } });
fetch(req);`,
    expect: [{ operation: 'create_profile', keyEnv: 'KLAVIYO_REQ', range: 'fetch(req)', at: '2:1' }],
  },
  {
    name: 'headers built with new Headers(...)',
    files: `const headers = new Headers({ Authorization: \`Klaviyo-API-Key \${process.env.KLAVIYO_H}\`, revision: '2026-07-15.pre' });
fetch('${A}/api/campaigns', { headers });`,
    expect: [{ operation: 'get_campaigns_beta', keyEnv: 'KLAVIYO_H', beta: true, range: `fetch('${A}/api/campaigns', { headers })`, at: '2:1' }],
  },
  {
    name: 'include added with url.searchParams.set before the request',
    files: `export async function load(id: string) {
  const url = new URL(\`${A}/api/profiles/\${id}\`);
  url.searchParams.set('include', 'lists,segments');
  return fetch(url.toString());
}`,
    expect: [{ operation: 'get_profile', scopes: ['lists:read', 'profiles:read', 'segments:read'], includeScopes: ['lists:read', 'segments:read'], range: 'fetch(url.toString())', at: '4:10' }],
  },
  {
    name: 'include from new URLSearchParams({ include }) in the query',
    files: `const q = new URLSearchParams({ include: 'metric', sort: '-datetime' });
fetch(\`${A}/api/events?\${q}\`);`,
    expect: [{ operation: 'get_events', scopes: ['events:read', 'metrics:read'], includeScopes: ['metrics:read'], range: `fetch(\`${A}/api/events?\${q}\`)`, at: '2:1' }],
  },
  {
    name: 'axios instance with the key in headers.common',
    files: `import axios from 'axios';
const k = axios.create({ baseURL: '${A}/api', headers: { common: { Authorization: \`Klaviyo-API-Key \${process.env.KLAVIYO_COMMON}\` } } });
k.get('/flows');`,
    expect: [{ operation: 'get_flows', keyEnv: 'KLAVIYO_COMMON', range: "k.get('/flows')", at: '3:1' }],
  },
  {
    name: 'upper-case host and protocol-relative URL',
    files: `fetch('https://A.KLAVIYO.COM/api/lists');
fetch('//a.klaviyo.com/api/tags');`,
    expect: [
      { operation: 'get_lists', range: "fetch('https://A.KLAVIYO.COM/api/lists')", at: '1:1' },
      { operation: 'get_tags', range: "fetch('//a.klaviyo.com/api/tags')", at: '2:1' },
    ],
  },
  {
    name: 'conditional method: both candidates',
    files: `declare const exists: boolean;
fetch('${A}/api/profiles/01H', { method: exists ? 'PATCH' : 'GET' });`,
    expect: [{ operation: null, confidence: 'unresolved', candidates: ['get_profile', 'update_profile'], range: `fetch('${A}/api/profiles/01H', { method: exists ? 'PATCH' : 'GET' })`, at: '2:1' }],
  },
  {
    name: 'superagent chain: .query({ include }) and .set(Authorization / revision)',
    files: `import request from 'superagent';
request.get('${A}/api/profiles/01H').query({ include: 'lists' }).set('Authorization', \`Klaviyo-API-Key \${process.env.KLAVIYO_SA}\`);
request.get('${A}/api/campaigns').set('revision', '2026-07-15.pre');`,
    expect: [
      { operation: 'get_profile', keyEnv: 'KLAVIYO_SA', scopes: ['lists:read', 'profiles:read'], includeScopes: ['lists:read'], range: `request.get('${A}/api/profiles/01H')`, at: '2:1' },
      { operation: 'get_campaigns_beta', beta: true, range: `request.get('${A}/api/campaigns')`, at: '3:1' },
    ],
  },
  {
    name: 'got searchParams as URLSearchParams or a query string',
    files: `import got from 'got';
got('${A}/api/events', { searchParams: new URLSearchParams({ include: 'profile' }) });
got('${A}/api/events', { searchParams: 'include=metric' });`,
    expect: [
      { operation: 'get_events', includeScopes: ['profiles:read'], range: `got('${A}/api/events', { searchParams: new URLSearchParams({ include: 'profile' }) })`, at: '2:1' },
      { operation: 'get_events', includeScopes: ['metrics:read'], range: `got('${A}/api/events', { searchParams: 'include=metric' })`, at: '3:1' },
    ],
  },
  {
    name: 'base URL from the environment with a Klaviyo default',
    files: `const BASE = process.env.KLAVIYO_BASE_URL ?? '${A}/api';
fetch(\`\${BASE}/forms\`);`,
    expect: [{ operation: 'get_forms', range: 'fetch(`${BASE}/forms`)', at: '2:1' }],
  },
  {
    name: 'axios instance held in a class field',
    files: `import axios from 'axios';
export class Lists {
  private http = axios.create({ baseURL: '${A}/api', headers: { Authorization: \`Klaviyo-API-Key \${process.env.KLAVIYO_LISTS}\` } });
  all() { return this.http.get('/lists'); }
}`,
    expect: [{ operation: 'get_lists', keyEnv: 'KLAVIYO_LISTS', range: "this.http.get('/lists')", at: '4:18' }],
  },
  // ---- requests the API does not have, unresolved ---------------------------------------------------
  {
    name: 'a path no operation matches',
    files: `fetch('${A}/api/profile-things');`,
    expect: [{ operation: null, kind: 'http', confidence: 'certain', note: 'has no GET /api/profile-things', range: `fetch('${A}/api/profile-things')`, at: '1:1' }],
  },
  {
    name: 'GET /api/metric-aggregates: wrong method, the note names POST query_metric_aggregates',
    files: `fetch('${A}/api/metric-aggregates');`,
    expect: [{ operation: null, confidence: 'certain', candidates: ['query_metric_aggregates'], note: 'POST (query_metric_aggregates)', range: `fetch('${A}/api/metric-aggregates')`, at: '1:1' }],
  },
  {
    name: 'unknown resource: unresolved with candidates, never dropped',
    files: `const BASE = '${A}/api';
export function load(resource: string) {
  return fetch(\`\${BASE}/\${resource}\`);
}
load(String(Math.random()));`,
    expect: [{ operation: null, confidence: 'unresolved', candidatesInclude: ['get_profiles', 'get_lists', 'get_segments'], range: 'load(String(Math.random()))', at: '5:1' }],
  },
  {
    name: 'unknown resource at top level',
    files: `declare const resource: string;
fetch('${A}/api/' + resource);`,
    expect: [{ operation: null, confidence: 'unresolved', candidatesInclude: ['get_lists', 'get_profiles'], range: `fetch('${A}/api/' + resource)`, at: '2:1' }],
  },
  {
    name: 'unknown method: candidates are every method of the path',
    files: `declare const m: string;
fetch('${A}/api/lists', { method: m });`,
    expect: [{ operation: null, confidence: 'unresolved', candidates: ['create_list', 'get_lists'], range: `fetch('${A}/api/lists', { method: m })`, at: '2:1' }],
  },
  {
    name: 'unknown id segment with a literal tail resolves likely',
    files: `declare const listId: string;
fetch(\`${A}/api/lists/\${listId}/profiles\`);`,
    expect: [{ operation: 'get_profiles_for_list', confidence: 'certain', range: `fetch(\`${A}/api/lists/\${listId}/profiles\`)`, at: '2:1' }],
  },
];


// Senders the engine does not know: the URL argument plainly goes to Klaviyo's API.
export const OAUTH_CASES: Case[] = [
  {
    name: "OAuth token exchange and revocation: kind oauth, no private-key scope",
    files: `const TOKEN_URL = 'https://a.klaviyo.com/oauth/token';
export const exchange = (body: URLSearchParams) => fetch(TOKEN_URL, { method: 'POST', body });
export const revoke = (body: URLSearchParams) => fetch('https://a.klaviyo.com/oauth/revoke', { method: 'POST', body });`,
    expect: [
      { operation: null, kind: 'oauth', scopes: [], confidence: 'certain', range: "fetch(TOKEN_URL, { method: 'POST', body })", at: '2:52' },
      { operation: null, kind: 'oauth', scopes: [], confidence: 'certain', range: "fetch('https://a.klaviyo.com/oauth/revoke', { method: 'POST', body })", at: '3:50' },
    ],
  },
  { name: 'the OAuth authorize page is a browser redirect, not a request', files: "window.location.href = 'https://www.klaviyo.com/oauth/authorize?client_id=x';", expect: [] },
];

export const SENDER_CASES: Case[] = [
  {
    name: 'an injected HTTP client field (NestJS HttpService)',
    files: `import { HttpService } from '@nestjs/axios';
class Sync {
  private readonly base = 'https://a.klaviyo.com/api';
  constructor(private readonly http: HttpService) {}
  push(body: unknown) {
    return this.http.post(\`\${this.base}/events\`, body);
  }
}`,
    expect: [{ operation: 'create_event', scopes: ['events:write'], confidence: 'certain', range: 'this.http.post(`${this.base}/events`, body)', at: '6:12' }],
  },
  {
    name: 'NestJS: base URL from ConfigService, by a settings key or an env var name',
    files: `import { HttpService } from '@nestjs/axios';
import { ConfigService } from '@nestjs/config';
export class Mailer {
  private readonly base: string;
  constructor(private readonly config: ConfigService, private readonly http: HttpService) {
    this.base = this.config.get<string>('klaviyo.apiBaseUrl') || '';
  }
  track(body: unknown) { return this.http.post(\`\${this.base}/events/\`, body); }
  lists() { return this.http.get(\`\${this.config.get('KLAVIYO_API_URL')}/lists/\`); }
}`,
    expect: [
      { operation: 'create_event', scopes: ['events:write'], confidence: 'likely', range: 'this.http.post(`${this.base}/events/`, body)', at: '8:33' },
      { operation: 'get_lists', scopes: ['lists:read'], confidence: 'likely', range: "this.http.get(`${this.config.get('KLAVIYO_API_URL')}/lists/`)", at: '9:20' },
    ],
  },
  {
    name: 'a config module exporting process.env, and a settings object we cannot read, named for the Klaviyo base',
    files: {
      'src/config.ts': "import 'dotenv/config';\nexport default process.env as Record<string, string>;\n",
      'src/services/tracking.ts': `import axios from 'axios';
import config from '../config';
import { settings } from '@acme/settings';
export const track = (e: unknown) => axios.post(\`\${config.KLAVIYO_BASE_URL}/events/\`, e);
export const lists = () => axios.get(settings.KLAVIYO_API_URL + '/lists/');`,
    },
    expect: [
      { operation: 'create_event', scopes: ['events:write'], confidence: 'likely', file: 'src/services/tracking.ts', range: 'axios.post(`${config.KLAVIYO_BASE_URL}/events/`, e)', at: '4:38' },
      { operation: 'get_lists', scopes: ['lists:read'], confidence: 'likely', file: 'src/services/tracking.ts', range: "axios.get(settings.KLAVIYO_API_URL + '/lists/')", at: '5:28' },
    ],
  },
  {
    name: 'NestJS: a settings key not named for Klaviyo is not taken for its host',
    files: `import { HttpService } from '@nestjs/axios';
import { ConfigService } from '@nestjs/config';
export class Crm {
  constructor(private readonly config: ConfigService, private readonly http: HttpService) {}
  lists() { return this.http.get(\`\${this.config.get('crm.baseUrl')}/lists/\`); }
}`,
    expect: [],
  },
  {
    name: 'a class named for Klaviyo: relative /api paths on an injected client whose base is set elsewhere',
    files: `import type { Http } from './http';
export class KlaviyoGateway {
  constructor(private readonly http: Http) {}
  segments() { return this.http.get('/api/segments/'); }
  event(body: unknown) { return this.http.post('api/events/', body); }
}`,
    expect: [
      { operation: 'get_segments', scopes: ['segments:read'], confidence: 'likely', range: "this.http.get('/api/segments/')", at: '4:23' },
      { operation: 'create_event', scopes: ['events:write'], confidence: 'likely', range: "this.http.post('api/events/', body)", at: '5:33' },
    ],
  },
  {
    name: 'the same relative paths in a class not named for Klaviyo are the app\'s own API',
    files: `import type { Http } from './http';
export class OrdersGateway {
  constructor(private readonly http: Http) {}
  segments() { return this.http.get('/api/segments/'); }
}`,
    expect: [],
  },
  {
    name: 'fetch bound defensively (global fetch or undefined, then node-fetch), and a paging variable that starts undefined',
    files: `let send = typeof globalThis !== 'undefined' && globalThis.fetch ? globalThis.fetch : undefined;
if (!send) send = require('node-fetch');
export const templates = () => send('https://a.klaviyo.com/api/templates');
export async function all(http: { get(u: string): Promise<{ links: { next?: string } }> }) {
  let next: string | undefined = undefined;
  do next = (await http.get(next || 'https://a.klaviyo.com/api/flows')).links.next; while (next);
}`,
    expect: [
      { operation: 'get_templates', scopes: ['templates:read'], range: "send('https://a.klaviyo.com/api/templates')", at: '3:32' },
      { operation: 'get_flows', scopes: ['flows:read'], range: "http.get(next || 'https://a.klaviyo.com/api/flows')", at: '6:20' },
    ],
  },
  {
    name: 'fetch passed in as a parameter',
    files: `export function run(fetch: (u: string) => Promise<unknown>) { return fetch('https://a.klaviyo.com/api/lists'); }`,
    expect: [{ operation: 'get_lists', scopes: ['lists:read'], confidence: 'likely', range: "fetch('https://a.klaviyo.com/api/lists')", at: '1:70' }],
  },
  {
    name: "a platform's proxy fetch with the method in its options",
    files: `declare const ctx: { proxyFetch(u: string, o: object): Promise<unknown> };
ctx.proxyFetch('https://a.klaviyo.com/api/profile-import', { method: 'POST', body: '{}' });`,
    expect: [{ operation: 'create_or_update_profile', scopes: ['profiles:write'], confidence: 'certain', range: "ctx.proxyFetch('https://a.klaviyo.com/api/profile-import', { method: 'POST', body: '{}' })", at: '2:1' }],
  },
  {
    name: 'a helper over an injected client, reported where the path is given',
    files: `export class Klaviyo {
  constructor(private readonly client: { send(m: string, u: string): Promise<unknown> }) {}
  private call(method: string, path: string) {
    return this.client.send(method, 'https://a.klaviyo.com/api' + path);
  }
  segments() { return this.call('GET', '/segments'); }
}`,
    expect: [{ operation: 'get_segments', scopes: ['segments:read'], detector: 'ts-request-helper', range: "this.call('GET', '/segments')", at: '6:23' }],
  },
  { name: 'console.log of a Klaviyo URL sends nothing', files: `console.log('https://a.klaviyo.com/api/lists');`, expect: [] },
];

export const HTTP_NEGATIVE: Case[] = [
  { name: 'other host with the same path', files: `fetch('https://api.example.com/api/profiles');`, expect: [] },
  { name: 'look-alike host a.klaviyo.com.evil.com', files: `fetch('https://a.klaviyo.com.evil.com/api/profiles');`, expect: [] },
  { name: 'www.klaviyo.com is not the API', files: `fetch('https://www.klaviyo.com/api/profiles');`, expect: [] },
  { name: 'static.klaviyo.com onsite script', files: `fetch('https://static.klaviyo.com/onsite/js/klaviyo.js');`, expect: [] },
  { name: 'relative /api path on the app\'s own origin', files: `// talks to our klaviyo proxy\nfetch('/api/profiles');`, expect: [] },
  { name: 'a.klaviyo.com in a comment', files: `// POST https://a.klaviyo.com/api/profiles creates a profile\nexport const x = 1;`, expect: [] },
  { name: 'a.klaviyo.com in a log message', files: `console.log('calling https://a.klaviyo.com/api/profiles');`, expect: [] },
  { name: 'a constant that is never requested', files: `export const KLAVIYO_PROFILES = 'https://a.klaviyo.com/api/profiles';`, expect: [] },
  {
    name: 'fetch shadowed by a local function unrelated to HTTP',
    files: `const cache = new Map<string, string>();
function fetch(key: string) { return cache.get(key); }
fetch('https://a.klaviyo.com/api/profiles');`,
    expect: [],
  },
  {
    name: 'axios instance with a non-Klaviyo baseURL',
    files: `import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.example.com' });
api.get('/api/profiles'); // not klaviyo`,
    expect: [],
  },
  { name: 'axios.create alone sends nothing', files: `import axios from 'axios';\nexport const k = axios.create({ baseURL: 'https://a.klaviyo.com/api' });`, expect: [] },
  { name: 'a.klaviyo.com root, not the API', files: `fetch('https://a.klaviyo.com/');`, expect: [] },
  { name: 'https.request to another host', files: `import https from 'https';\nhttps.request({ hostname: 'klaviyo.example.org', path: '/api/profiles', method: 'POST' });`, expect: [] },
  { name: 'nock interceptor for a.klaviyo.com (tests)', files: `import nock from 'nock';\nnock('https://a.klaviyo.com').get('/api/profiles').reply(200, {});`, expect: [] },
  {
    name: 'msw handler for a.klaviyo.com (tests)',
    files: `import { http, HttpResponse } from 'msw';\nexport const handlers = [http.get('https://a.klaviyo.com/api/lists', () => HttpResponse.json({}))];`,
    expect: [],
  },
  { name: 'developer docs URL on klaviyo.com', files: `fetch('https://developers.klaviyo.com/en/reference/get_profiles');`, expect: [] },
  {
    name: 'fetch imported from a local non-HTTP module',
    files: {
      'src/cache.ts': `const store = new Map<string, string>();\nexport function fetch(key: string) { return store.get(key); }`,
      'src/index.ts': `import { fetch } from './cache';\nfetch('https://a.klaviyo.com/api/profiles');`,
    },
    expect: [],
  },
  { name: 'window.klaviyo is the onsite object, not fetch', files: `(window as any).klaviyo.push(['identify', { email: 'a@b.c' }]);`, expect: [] },
  { name: 'URL read from the environment', files: `fetch(process.env.KLAVIYO_URL!);`, expect: [] },
];

runTable('ts-http-request', [...HTTP_CASES, ...OAUTH_CASES, ...SENDER_CASES, ...HTTP_NEGATIVE]);
