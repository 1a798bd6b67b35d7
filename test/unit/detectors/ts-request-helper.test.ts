// The project's own request helpers: the request inside is reported at each call site with the
// operation that site's arguments select; never inside the helper, unless it has no call sites
// (one unresolved finding) or the request is already fully known inside (reported once there).

import { runTable, type Case } from './harness';

const A = 'https://a.klaviyo.com';

const KLAVIYO_REQUEST = `const BASE = '${A}/api';
async function klaviyoRequest(path: string, method = 'GET', body?: unknown) {
  return fetch(BASE + path, {
    method,
    headers: { Authorization: \`Klaviyo-API-Key \${process.env.KLAVIYO_PRIVATE_KEY}\`, revision: '2026-07-15' },
    body: body ? JSON.stringify(body) : undefined,
  });
}
`;

export const HELPER_CASES: Case[] = [
  {
    name: 'an MCP tool whose zod schema makes the path segment an enum: one likely finding per value',
    files: KLAVIYO_REQUEST + `declare const z: any;
declare const server: { tool(name: string, schema: object, run: (p: any) => unknown): void };
server.tool('tag', { tag_id: z.string(), kind: z.enum(['list', 'flow']).describe('what to tag') }, async (params) =>
  klaviyoRequest(\`/tags/\${params.tag_id}/relationships/\${params.kind}s\`, 'POST'));`,
    expect: [
      { operation: 'tag_lists', scopes: ['lists:write', 'tags:write'], confidence: 'likely', range: "klaviyoRequest(`/tags/${params.tag_id}/relationships/${params.kind}s`, 'POST')", at: '12:3' },
      { operation: 'tag_flows', scopes: ['flows:write', 'tags:write'], confidence: 'likely', range: "klaviyoRequest(`/tags/${params.tag_id}/relationships/${params.kind}s`, 'POST')", at: '12:3' },
    ],
  },
  {
    name: 'an n8n transport helper with a this parameter, called with .call(this, method, path) from a node class\'s method tables',
    files: `const BASE = '${A}';
export async function klaviyoApiRequest(this: unknown, method: string, endpoint: string) {
  const options = { method, url: \`\${BASE}\${endpoint}\` };
  return (this as any).helpers.httpRequestWithAuthentication.call(this, 'klaviyoApi', options);
}
export class KlaviyoTrigger {
  methods = { loadOptions: { async topics(this: unknown) { return klaviyoApiRequest.call(this, 'GET', '/api/webhook-topics'); } } };
  webhookMethods = { default: { async remove(this: unknown) { await klaviyoApiRequest.call(this, 'DELETE', '/api/webhooks/w1'); } } };
}`,
    expect: [
      { operation: 'get_webhook_topics', scopes: ['webhooks:read'], range: "klaviyoApiRequest.call(this, 'GET', '/api/webhook-topics')", at: '7:67' },
      { operation: 'delete_webhook', scopes: ['webhooks:write'], range: "klaviyoApiRequest.call(this, 'DELETE', '/api/webhooks/w1')", at: '8:69' },
    ],
  },
  {
    name: 'a legacy wrapper class whose base is merged from defaults into the reassigned options parameter',
    files: `import { assign } from 'lodash';
import axios from 'axios';
export class Tracker {
  apiBasePath: string;
  constructor(public token: string, options: any) {
    const defaults = { apiBasePath: '${A}/api', timeout: 10 };
    options = assign(defaults, options);
    this.apiBasePath = options.apiBasePath;
  }
  request(version: string | undefined, path: string, params: any, method = 'get') {
    const url = \`\${this.apiBasePath}\${version ? \`/\${version}/\` : '/'}\${path}\`;
    return new Promise((resolve, reject) => {
      axios({ method, url, params }).then(resolve, reject);
    });
  }
  track(data: string) { return this.request(undefined, 'track', { data }); }
  subscribe(listId: string, body: unknown) { return this.request('v2', \`list/\${listId}/subscribe\`, body, 'post'); }
}`,
    expect: [
      { operation: null, kind: 'legacy', method: 'GET', path: '/api/track', range: "this.request(undefined, 'track', { data })", at: '16:32' },
      { operation: null, kind: 'legacy', method: 'POST', range: "this.request('v2', `list/${listId}/subscribe`, body, 'post')", at: '17:53' },
    ],
  },
  {
    name: 'Object.assign of a defaults object and an options argument: the defaults give the base',
    files: `const DEFAULTS = { baseURL: '${A}/api' };
export function get(path: string, opts?: { baseURL?: string }) {
  const cfg = Object.assign({}, DEFAULTS, opts);
  return fetch(cfg.baseURL + path);
}
get('/lists');`,
    expect: [{ operation: 'get_lists', scopes: ['lists:read'], range: "get('/lists')", at: '6:1' }],
  },
  {
    name: 'a wrapper with a fixed endpoint that passes its options on: one call, inside it',
    files: `export class Client {
  private request(method: string, path: string, body: unknown, params?: object) {
    return fetch('${A}/api' + path, { method, body: JSON.stringify(body) });
  }
  getCampaigns(params: object) { return this.request('GET', '/campaigns', null, params); }
  createList(body: unknown) { return this.request('POST', '/lists', body); }
}
const c = new Client();
c.getCampaigns({ filter: 'x' });
c.createList({ name: 'n' });`,
    expect: [
      { operation: 'get_campaigns', scopes: ['campaigns:read'], range: "this.request('GET', '/campaigns', null, params)", at: '5:41' },
      { operation: 'create_list', scopes: ['lists:write'], range: "this.request('POST', '/lists', body)", at: '6:38' },
    ],
  },
  {
    name: 'tool callbacks a register function only registers: reported in the callbacks, not at its callers',
    files: KLAVIYO_REQUEST + `declare const server: { tool(name: string, run: (p: { id: string }) => unknown): void };
export function registerListTools() {
  server.tool('get-list', (p) => klaviyoRequest(\`/lists/\${p.id}\`));
  server.tool('delete-list', (p) => klaviyoRequest(\`/lists/\${p.id}\`, 'DELETE'));
}
registerListTools();`,
    expect: [
      { operation: 'get_list', scopes: ['lists:read'], range: 'klaviyoRequest(`/lists/${p.id}`)', at: '11:34' },
      { operation: 'delete_list', scopes: ['lists:write'], range: "klaviyoRequest(`/lists/${p.id}`, 'DELETE')", at: '12:37' },
    ],
  },
  {
    name: 'klaviyoRequest(path, method = GET, body): one finding per call site',
    files: KLAVIYO_REQUEST + `declare const body: unknown;
klaviyoRequest('/profiles', 'POST', body);
klaviyoRequest('/lists');
klaviyoRequest('/events', 'POST', { data: {} });`,
    expect: [
      { operation: 'create_profile', scopes: ['profiles:write'], keyEnv: 'KLAVIYO_PRIVATE_KEY', detector: 'ts-request-helper', range: "klaviyoRequest('/profiles', 'POST', body)", at: '10:1' },
      { operation: 'get_lists', scopes: ['lists:read'], keyEnv: 'KLAVIYO_PRIVATE_KEY', range: "klaviyoRequest('/lists')", at: '11:1' },
      { operation: 'create_event', range: "klaviyoRequest('/events', 'POST', { data: {} })", at: '12:1' },
    ],
  },
  {
    name: 'call site with an id in a template literal',
    files: KLAVIYO_REQUEST + `export const getList = (id: string) => klaviyoRequest(\`/lists/\${id}\`);`,
    expect: [{ operation: 'get_list', range: 'klaviyoRequest(`/lists/${id}`)', at: '9:40' }],
  },
  {
    name: 'call site with ?include= in the path',
    files: KLAVIYO_REQUEST + `klaviyoRequest('/profiles/01H?include=lists');`,
    expect: [{ operation: 'get_profile', scopes: ['lists:read', 'profiles:read'], includeScopes: ['lists:read'], range: "klaviyoRequest('/profiles/01H?include=lists')", at: '9:1' }],
  },
  {
    name: 'call site selecting a path the API does not have',
    files: KLAVIYO_REQUEST + `klaviyoRequest('/metric-aggregates');`,
    expect: [{ operation: null, note: 'POST (query_metric_aggregates)', range: "klaviyoRequest('/metric-aggregates')", at: '9:1' }],
  },
  {
    name: 'call site with an unknown path: unresolved at the call site',
    files: KLAVIYO_REQUEST + `declare const what: string;
klaviyoRequest(what, 'DELETE');`,
    expect: [{ operation: null, confidence: 'unresolved', candidatesInclude: ['delete_list', 'delete_segment'], range: "klaviyoRequest(what, 'DELETE')", at: '10:1' }],
  },
  {
    name: 'helper exported from one module, called in another',
    files: {
      'src/klaviyo.ts': KLAVIYO_REQUEST + 'export { klaviyoRequest };\n',
      'src/jobs/sync.ts': `import { klaviyoRequest } from '../klaviyo';
export async function sync() {
  await klaviyoRequest('/segments');
  await klaviyoRequest('/tags', 'POST', {});
}`,
    },
    expect: [
      { operation: 'get_segments', file: 'src/jobs/sync.ts', range: "klaviyoRequest('/segments')", at: '3:9' },
      { operation: 'create_tag', file: 'src/jobs/sync.ts', range: "klaviyoRequest('/tags', 'POST', {})", at: '4:9' },
    ],
  },
  {
    name: 'CommonJS helper module',
    files: {
      'lib/k.js': `const axios = require('axios');
function call(method, path, data) {
  return axios({ method, url: 'https://a.klaviyo.com/api' + path, data });
}
module.exports = { call };`,
      'lib/use.js': `const { call } = require('./k');
call('get', '/flows');
call('patch', '/flows/f1', {});`,
    },
    expect: [
      { operation: 'get_flows', file: 'lib/use.js', range: "call('get', '/flows')", at: '2:1' },
      { operation: 'update_flow', file: 'lib/use.js', range: "call('patch', '/flows/f1', {})", at: '3:1' },
    ],
  },
  {
    name: 'this.request({ url, method }) in a class with a baseURL field',
    files: `import axios from 'axios';
export class Klaviyo {
  private baseURL = '${A}/api';
  private request(config: { url: string; method: string; data?: unknown }) {
    return axios.request({ ...config, baseURL: this.baseURL });
  }
  lists() { return this.request({ url: '/lists', method: 'GET' }); }
  subscribe(data: unknown) { return this.request({ url: '/profile-subscription-bulk-create-jobs', method: 'POST', data }); }
}`,
    expect: [
      { operation: 'get_lists', range: "this.request({ url: '/lists', method: 'GET' })", at: '7:20' },
      {
        operation: 'bulk_subscribe_profiles', scopes: ['lists:write', 'profiles:write', 'subscriptions:write'],
        range: "this.request({ url: '/profile-subscription-bulk-create-jobs', method: 'POST', data })", at: '8:37',
      },
    ],
  },
  {
    name: 'class method helper with positional (method, path)',
    files: `export class KlaviyoService {
  private readonly base = '${A}/api';
  private async request<T>(method: string, path: string): Promise<T> {
    const res = await fetch(\`\${this.base}\${path}\`, { method });
    return (await res.json()) as T;
  }
  getMetrics() { return this.request('GET', '/metrics'); }
  deleteWebhook(id: string) { return this.request('DELETE', \`/webhooks/\${id}\`); }
}`,
    expect: [
      { operation: 'get_metrics', range: "this.request('GET', '/metrics')", at: '7:25' },
      { operation: 'delete_webhook', range: "this.request('DELETE', `/webhooks/${id}`)", at: '8:38' },
    ],
  },
  {
    name: 'KlaviyoClient with a constructor parameter-property base',
    files: `import axios from 'axios';
class KlaviyoClient {
  constructor(private base = '${A}/api') {}
  get(path: string) { return axios.get(this.base + path); }
  post(path: string, body: unknown) { return axios.post(this.base + path, body); }
}
const k = new KlaviyoClient();
k.get('/lists');
k.post('/lists', {});`,
    expect: [
      { operation: 'get_lists', range: "k.get('/lists')", at: '8:1' },
      { operation: 'create_list', range: "k.post('/lists', {})", at: '9:1' },
    ],
  },
  {
    name: 'client class exported and instantiated in another module with an explicit base',
    files: {
      'src/client.ts': `import axios from 'axios';
export class KlaviyoClient {
  constructor(private base: string) {}
  get(path: string) { return axios.get(this.base + path); }
}`,
      'src/app.ts': `import { KlaviyoClient } from './client';
const client = new KlaviyoClient('${A}/api');
client.get('/segments/s1');`,
    },
    expect: [{ operation: 'get_segment', file: 'src/app.ts', range: "client.get('/segments/s1')", at: '3:1' }],
  },
  {
    name: 'helpers calling helpers (two levels)',
    files: KLAVIYO_REQUEST + `function kGet(path: string) { return klaviyoRequest(path, 'GET'); }
function kPost(path: string, body: unknown) { return klaviyoRequest(path, 'POST', body); }
kGet('/segments');
kPost('/profile-import', {});`,
    expect: [
      { operation: 'get_segments', range: "kGet('/segments')", at: '11:1' },
      { operation: 'create_or_update_profile', range: "kPost('/profile-import', {})", at: '12:1' },
    ],
  },
  {
    name: 'arrow-function helper',
    files: `const BASE = '${A}/api';
const kPost = (path: string, body: unknown) => fetch(\`\${BASE}\${path}\`, { method: 'POST', body: JSON.stringify(body) });
kPost('/events', {});`,
    expect: [{ operation: 'create_event', range: "kPost('/events', {})", at: '3:1' }],
  },
  {
    name: 'helper taking an options object (destructured, with defaults)',
    files: `const BASE = '${A}/api';
async function api({ path, method = 'GET' }: { path: string; method?: string }) {
  return fetch(BASE + path, { method });
}
api({ path: '/catalog-items' });
api({ path: '/catalog-items', method: 'POST' });`,
    expect: [
      { operation: 'get_catalog_items', range: "api({ path: '/catalog-items' })", at: '5:1' },
      { operation: 'create_catalog_item', range: "api({ path: '/catalog-items', method: 'POST' })", at: '6:1' },
    ],
  },
  {
    name: 'helper passing init options through with a spread',
    files: `const BASE = '${A}/api';
function kfetch(path: string, init: RequestInit = {}) {
  return fetch(BASE + path, { ...init, headers: { revision: '2026-07-15' } });
}
kfetch('/webhooks', { method: 'POST' });
kfetch('/webhooks');`,
    expect: [
      { operation: 'create_webhook', range: "kfetch('/webhooks', { method: 'POST' })", at: '5:1' },
      { operation: 'get_webhooks', range: "kfetch('/webhooks')", at: '6:1' },
    ],
  },
  {
    name: 'got instance inside a helper',
    files: `import got from 'got';
const client = got.extend({ prefixUrl: '${A}/api' });
export const k = (path: string, method: 'GET' | 'POST' = 'GET') => client(path, { method });
k('coupons');
k('coupon-codes', 'POST');`,
    expect: [
      { operation: 'get_coupons', range: "k('coupons')", at: '4:1' },
      { operation: 'create_coupon_code', range: "k('coupon-codes', 'POST')", at: '5:1' },
    ],
  },
  {
    name: 'default-exported helper with a destructured, defaulted options parameter',
    files: {
      'src/klaviyo.ts': `const BASE = '${A}/api';
export default async function klaviyo(path: string, { method = 'GET', body }: { method?: string; body?: unknown } = {}) {
  const url = \`\${BASE}\${path}\`;
  const opts = { method, headers: { Authorization: \`Klaviyo-API-Key \${process.env.KLAVIYO_API_KEY}\` }, body: JSON.stringify(body) };
  const res = await fetch(url, opts);
  if (!res.ok) throw new Error(res.statusText);
  return res.json();
}`,
      'src/app.ts': `import klaviyo from './klaviyo';
klaviyo('/lists');
klaviyo('/profiles', { method: 'POST', body: {} });`,
    },
    expect: [
      { operation: 'get_lists', file: 'src/app.ts', keyEnv: 'KLAVIYO_API_KEY', range: "klaviyo('/lists')", at: '2:1' },
      { operation: 'create_profile', file: 'src/app.ts', keyEnv: 'KLAVIYO_API_KEY', range: "klaviyo('/profiles', { method: 'POST', body: {} })", at: '3:1' },
    ],
  },
  {
    name: 'helper re-exported through a barrel',
    files: {
      'src/lib/klaviyo.ts': KLAVIYO_REQUEST + 'export { klaviyoRequest };\n',
      'src/lib/index.ts': "export * from './klaviyo';\n",
      'src/app.ts': "import { klaviyoRequest } from './lib';\nklaviyoRequest('/reviews');",
    },
    expect: [{ operation: 'get_reviews', file: 'src/app.ts', range: "klaviyoRequest('/reviews')", at: '2:1' }],
  },
  {
    name: 'method of an object literal and a static class method',
    files: `const BASE = '${A}/api';
export const api = {
  request(path: string, method = 'GET') { return fetch(BASE + path, { method }); },
};
export class Klaviyo {
  static call(path: string) { return fetch(BASE + path); }
}
api.request('/segments', 'POST');
Klaviyo.call('/tags');`,
    expect: [
      { operation: 'create_segment', range: "api.request('/segments', 'POST')", at: '8:1' },
      { operation: 'get_tags', range: "Klaviyo.call('/tags')", at: '9:1' },
    ],
  },
  {
    name: 'class get/post methods over a private this.request (two levels inside a class)',
    files: `export class KlaviyoApi {
  private readonly base = '${A}/api';
  private async request(method: string, path: string) { return fetch(this.base + path, { method }); }
  get(path: string) { return this.request('GET', path); }
  post(path: string) { return this.request('POST', path); }
}
const k = new KlaviyoApi();
k.get('/flows');
k.post('/events');`,
    expect: [
      { operation: 'get_flows', range: "k.get('/flows')", at: '8:1' },
      { operation: 'create_event', range: "k.post('/events')", at: '9:1' },
    ],
  },
  {
    name: 'factory with an inner arrow helper: call sites inside the factory',
    files: `const BASE = '${A}/api';
export function createKlaviyo(apiKey: string) {
  const request = (path: string, method = 'GET') =>
    fetch(BASE + path, { method, headers: { Authorization: \`Klaviyo-API-Key \${apiKey}\` } });
  return { getLists: () => request('/lists'), createProfile: () => request('/profiles', 'POST') };
}`,
    expect: [
      { operation: 'get_lists', range: "request('/lists')", at: '5:28' },
      { operation: 'create_profile', range: "request('/profiles', 'POST')", at: '5:68' },
    ],
  },
  {
    name: 'helper building the URL with new URL(path, BASE)',
    files: `const BASE = '${A}';
const get = (path: string) => fetch(new URL(path, BASE));
get('/api/accounts');`,
    expect: [{ operation: 'get_accounts', range: "get('/api/accounts')", at: '3:1' }],
  },
  {
    name: 'call site in a file that never says klaviyo, two re-export hops away; base from env with a default',
    files: {
      'src/services/api.ts': `const BASE = process.env.KLAVIYO_BASE_URL || '${A}/api';
export async function kreq(path: string, method = 'GET') { return fetch(BASE + path, { method }); }`,
      'src/services/index.ts': "export { kreq as request } from './api';\n",
      'src/app.ts': "import { request } from './services';\nrequest('/lists');\nrequest('/lists', 'POST');",
    },
    expect: [
      { operation: 'get_lists', file: 'src/app.ts', range: "request('/lists')", at: '2:1' },
      { operation: 'create_list', file: 'src/app.ts', range: "request('/lists', 'POST')", at: '3:1' },
    ],
  },
  {
    name: 'a paging helper taking a path or a full next link: the test on the argument picks the branch',
    files: `const BASE = '${A}/api';
async function getPage(pathOrLink: string) {
  const url = pathOrLink.startsWith('http') ? pathOrLink : \`\${BASE}\${pathOrLink}\`;
  return fetch(url, { headers: { revision: '2026-07-15' } });
}
getPage('/flows?include=tags');
getPage('${A}/api/metrics');
getPage('https://api.example.com/api/metrics');`,
    expect: [
      { operation: 'get_flows', scopes: ['flows:read', 'tags:read'], range: "getPage('/flows?include=tags')", at: '6:1' },
      { operation: 'get_metrics', range: `getPage('${A}/api/metrics')`, at: '7:1' },
    ],
  },
  {
    name: 'alternatives: a path chosen by a test the call site cannot decide gives one finding per operation, likely',
    files: `const BASE = '${A}';
async function post(path: string) { return fetch(BASE + path, { method: 'POST' }); }
export async function consent(subscribed: boolean) {
  const path = subscribed ? '/api/profile-subscription-bulk-create-jobs' : '/api/profile-subscription-bulk-delete-jobs';
  return post(path);
}
export const report = (kind: string) => fetch(\`\${BASE}/api/\${kind === 'flow' ? 'flow' : 'campaign'}-values-reports/\`, { method: 'POST' });`,
    expect: [
      { operation: 'bulk_subscribe_profiles', confidence: 'likely', range: 'post(path)', at: '5:10' },
      { operation: 'bulk_unsubscribe_profiles', confidence: 'likely', range: 'post(path)', at: '5:10' },
      { operation: 'query_flow_values', confidence: 'likely', detector: 'ts-http-request', range: "fetch(`${BASE}/api/${kind === 'flow' ? 'flow' : 'campaign'}-values-reports/`, { method: 'POST' })", at: '7:41' },
      { operation: 'query_campaign_values', confidence: 'likely', detector: 'ts-http-request', range: "fetch(`${BASE}/api/${kind === 'flow' ? 'flow' : 'campaign'}-values-reports/`, { method: 'POST' })", at: '7:41' },
    ],
  },
  {
    name: 'alternatives: a loop over literal paths, a lookup with a key not visible, a string-literal union parameter',
    files: `const BASE = '${A}/api';
export async function counts() {
  for (const path of ['/lists', '/segments']) await fetch(BASE + path);
}
const PLURAL = { list: 'lists', flow: 'flows' };
export const tag = (tagId: string, kind: string) => fetch(\`\${BASE}/tags/\${tagId}/relationships/\${PLURAL[kind as keyof typeof PLURAL]}\`, { method: 'POST' });
export const values = (type: 'campaign' | 'flow') => fetch(\`\${BASE}/\${type}-values-reports\`, { method: 'POST' });`,
    expect: [
      { operation: 'get_lists', confidence: 'likely', detector: 'ts-http-request', range: 'fetch(BASE + path)', at: '3:53' },
      { operation: 'get_segments', confidence: 'likely', detector: 'ts-http-request', range: 'fetch(BASE + path)', at: '3:53' },
      { operation: 'tag_lists', confidence: 'likely', detector: 'ts-http-request', range: "fetch(`${BASE}/tags/${tagId}/relationships/${PLURAL[kind as keyof typeof PLURAL]}`, { method: 'POST' })", at: '6:53' },
      { operation: 'tag_flows', confidence: 'likely', detector: 'ts-http-request', range: "fetch(`${BASE}/tags/${tagId}/relationships/${PLURAL[kind as keyof typeof PLURAL]}`, { method: 'POST' })", at: '6:53' },
      { operation: 'query_campaign_values', confidence: 'likely', detector: 'ts-http-request', range: "fetch(`${BASE}/${type}-values-reports`, { method: 'POST' })", at: '7:54' },
      { operation: 'query_flow_values', confidence: 'likely', detector: 'ts-http-request', range: "fetch(`${BASE}/${type}-values-reports`, { method: 'POST' })", at: '7:54' },
    ],
  },
  {
    name: 'a legacy wrapper taking an optional API version: undefined picks the unversioned branch',
    files: `const BASE = '${A}/api';
function call(version: string | undefined, path: string, method = 'get') {
  return fetch(\`\${BASE}\${version ? \`/\${version}/\` : '/'}\${path}\`, { method });
}
call(undefined, 'track');
call('v2', 'list/L1/subscribe', 'post');`,
    expect: [
      { operation: null, kind: 'legacy', replacement: 'create_event', path: '/api/track', range: "call(undefined, 'track')", at: '5:1' },
      { operation: null, kind: 'legacy', path: '/api/v2/list/L1/subscribe', range: "call('v2', 'list/L1/subscribe', 'post')", at: '6:1' },
    ],
  },
  {
    name: 'a pager handing its path on inside an options object: reported where the path is given',
    files: `const BASE = '${A}';
async function request({ path, method = 'GET' }: { path: string; method?: string }) { return fetch(\`\${BASE}\${path}\`, { method }); }
async function pages({ path }: { path: string }) {
  let next = path;
  while (next) next = (await (await request({ path: next, method: 'GET' })).json()).links?.next;
}
pages({ path: '/api/segments' });`,
    expect: [{ operation: 'get_segments', scopes: ['segments:read'], range: "pages({ path: '/api/segments' })", at: '7:1' }],
  },
  {
    name: 'a helper adding a missing leading slash, method from a destructured default',
    files: `const HOST = '${A}';
export async function call(path: string, opts: { method?: string } = {}) {
  const { method = 'GET' } = opts;
  const url = new URL(path.startsWith('/') ? path : \`/\${path}\`, HOST);
  return fetch(url, { method });
}
call('/api/segments', { method: 'POST' });
call('api/segments');`,
    expect: [
      { operation: 'create_segment', range: "call('/api/segments', { method: 'POST' })", at: '7:1' },
      { operation: 'get_segments', range: "call('api/segments')", at: '8:1' },
    ],
  },
  {
    name: 'a helper with no call sites: one unresolved finding inside it',
    files: `const BASE = '${A}/api';
export function klaviyoGet(path: string) {
  return fetch(BASE + path);
}`,
    expect: [{ operation: null, confidence: 'unresolved', candidatesInclude: ['get_lists', 'get_profiles'], range: 'fetch(BASE + path)', at: '3:10' }],
  },
  {
    name: 'a fully resolved helper is reported once inside, not at its call sites',
    files: `const URL_PROFILES = '${A}/api/profiles';
function createProfile(body: unknown) {
  return fetch(URL_PROFILES, { method: 'POST', body: JSON.stringify(body) });
}
createProfile({ a: 1 });
createProfile({ b: 2 });`,
    expect: [{ operation: 'create_profile', detector: 'ts-http-request', range: "fetch(URL_PROFILES, { method: 'POST', body: JSON.stringify(body) })", at: '3:10' }],
  },
  {
    name: 'helper with an id parameter resolves inside',
    files: `const BASE = '${A}/api';
export const getProfile = (id: string) => fetch(\`\${BASE}/profiles/\${id}\`);
getProfile('a');`,
    expect: [{ operation: 'get_profile', detector: 'ts-http-request', range: 'fetch(`${BASE}/profiles/${id}`)', at: '2:43' }],
  },
  {
    name: 'same operation from two call sites: two findings',
    files: KLAVIYO_REQUEST + `klaviyoRequest('/lists');
klaviyoRequest('/lists/');`,
    expect: [
      { operation: 'get_lists', range: "klaviyoRequest('/lists')", at: '9:1' },
      { operation: 'get_lists', range: "klaviyoRequest('/lists/')", at: '10:1' },
    ],
  },
  {
    name: 'legacy path through a helper is a legacy finding at the call site',
    files: `const V2 = '${A}/api/v2';
const post = (path: string, body: unknown) => fetch(V2 + path, { method: 'POST', body: JSON.stringify(body) });
post('/list/L1/members', {});`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'add_profiles_to_list', range: "post('/list/L1/members', {})", at: '3:1' }],
  },
  {
    name: 'helper whose method comes from an argument that is itself unknown',
    files: KLAVIYO_REQUEST + `declare const m: string;
klaviyoRequest('/tags', m);`,
    expect: [{ operation: null, confidence: 'unresolved', candidates: ['create_tag', 'get_tags'], range: "klaviyoRequest('/tags', m)", at: '10:1' }],
  },
];

export const HELPER_NEGATIVE: Case[] = [
  {
    name: 'a helper whose URL is never Klaviyo',
    files: `// not klaviyo
function apiRequest(path: string, method = 'GET') { return fetch('https://api.example.com' + path, { method }); }
apiRequest('/api/profiles', 'POST');`,
    expect: [],
  },
  {
    name: 'a helper that does not make a request',
    files: `// klaviyo paths, logged only
function log(path: string) { console.log('https://a.klaviyo.com/api' + path); }
log('/profiles');`,
    expect: [],
  },
  {
    name: 'a helper over the app\'s own relative /api',
    files: `// our klaviyo proxy
const call = (path: string) => fetch('/api' + path);
call('/profiles');`,
    expect: [],
  },
  {
    name: 'a helper over an axios instance with a non-Klaviyo baseURL',
    files: `import axios from 'axios';
const http = axios.create({ baseURL: 'https://internal.example.com/klaviyo' });
const get = (p: string) => http.get(p);
get('/api/lists');`,
    expect: [],
  },
  {
    name: 'a class client pointed at another host',
    files: `import axios from 'axios';
class KlaviyoProxy {
  constructor(private base = 'https://proxy.example.com/api') {}
  get(path: string) { return axios.get(this.base + path); }
}
new KlaviyoProxy().get('/lists');`,
    expect: [],
  },
  {
    name: 'a pass-through fetch wrapper only ever called with other hosts',
    files: `// klaviyo-free wrapper
const get = (url: string) => fetch(url, { headers: { 'x-app': '1' } });
get('https://api.example.com/api/profiles');
get('https://www.klaviyo.com/api/lists');`,
    expect: [],
  },
  {
    name: 'a helper with a look-alike host',
    files: `const k = (p: string) => fetch('https://a.klaviyo.com.evil.com/api' + p);
k('/profiles');`,
    expect: [],
  },
];

runTable('ts-request-helper', [...HELPER_CASES, ...HELPER_NEGATIVE]);
