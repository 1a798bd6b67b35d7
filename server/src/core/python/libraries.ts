import { catalog } from '../catalog';
import { T_UNKNOWN, tEnvOf, type TValue } from '../tree-sitter/values';
import { frameworkModule } from './frameworks';
import { isLegacyGroup, LEGACY_PY_CLIENTS, type LegacyPySdk } from './legacy-sdks';

// What an imported library module gives, for the libraries whose values we trace: the official
// SDK (PyPI klaviyo-api, module klaviyo_api), the retired SDKs (klaviyo, klaviyo_sdk) and the HTTP
// clients (requests, httpx, aiohttp, urllib.request, urllib3). A library class is an `http`
// module value whose lib names the class (`requests:Session`); calling it builds an instance.

export type PyArgs = { positional: TValue[]; keywords: Map<string, TValue> };

type Http = Extract<TValue, { kind: 'http' }>;

const OFFICIAL = 'klaviyo_api';
const HTTP_LIBS = new Set(['requests', 'httpx', 'aiohttp', 'urllib.request', 'urllib3']);
const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];
const CLASSES: Record<string, string[]> = {
  requests: ['Session', 'session'],
  httpx: ['Client', 'AsyncClient'],
  aiohttp: ['ClientSession'],
  'urllib.request': ['Request'],
  urllib3: ['PoolManager'],
};

function http(lib: string, what: Http['what'], method: string | null = null, baseURL: TValue | null = null, headers: TValue | null = null): Http {
  return { kind: 'http', lib, what, method, baseURL, headers };
}

/**
 * API groups of KlaviyoAPI: today's spec tags as Python spells them (`Data Privacy` →
 * `Data_Privacy`), keyed without case or underscores so `Data_Privacy` and `DataPrivacy` match.
 */
const GROUPS = new Map(catalog.operations.filter((o) => !o.beta).map((o) => [o.tag.replace(/[\s_]+/g, '').toLowerCase(), o.tag.replace(/\s+/g, '_')]));

/** A module imported by absolute name that is not a project file, or null when it is not one we trace. */
export function libraryModule(dotted: string): TValue | null {
  if (dotted === OFFICIAL || dotted === 'klaviyo_api.wrapper') return { kind: 'sdk', what: 'module', keyEnv: null };
  if (dotted in LEGACY_PY_CLIENTS) return { kind: 'sdk', what: 'module', keyEnv: null, legacy: dotted };
  if (HTTP_LIBS.has(dotted)) return http(dotted, 'module');
  // `import urllib.request` binds `urllib`; its `request` member is the module we trace.
  const fw = frameworkModule(dotted);
  if (fw) return fw;
  if (dotted === 'urllib') return { kind: 'obj', props: new Map([['request', () => http('urllib.request', 'module')]]) };
  return null;
}

/** A member of a library value (module, client, group, session), or null when the value is not a library's. */
export function libraryMember(v: TValue, name: string): TValue | null {
  if (v.kind === 'sdk') return sdkMember(v, name);
  if (v.kind === 'http') return httpMember(v, name);
  return null;
}

function sdkMember(v: Extract<TValue, { kind: 'sdk' }>, name: string): TValue {
  if (v.what === 'module' && !v.name) {
    if (!v.legacy && name === 'KlaviyoAPI') return { ...v, name };
    // Klaviyo Code functions get `klaviyo` as the official SDK's client, ready-made
    // (`klaviyo.Profiles.update_profile(…)`); the retired package had no groups at module level.
    const codeGroup = v.legacy === 'klaviyo' ? GROUPS.get(name.replace(/_/g, '').toLowerCase()) : undefined;
    if (codeGroup) return { kind: 'sdk', what: 'group', group: codeGroup, keyEnv: v.keyEnv };
    if (v.legacy && LEGACY_PY_CLIENTS[v.legacy as LegacyPySdk] === name) return { ...v, name };
    return T_UNKNOWN;
  }
  if (v.what === 'client') {
    if (v.legacy) {
      // python-klaviyo 2.x put the API methods on the client itself (`client.track(...)`).
      if (isLegacyGroup(v.legacy as LegacyPySdk, name)) return { ...v, what: 'group', group: name };
      return v.legacy === 'klaviyo' && !name.startsWith('_') ? { ...v, what: 'method', group: '', name } : T_UNKNOWN;
    }
    const group = GROUPS.get(name.replace(/_/g, '').toLowerCase());
    return group ? { ...v, what: 'group', group } : T_UNKNOWN;
  }
  if (v.what === 'group' && !name.startsWith('_')) return { ...v, what: 'method', name };
  return T_UNKNOWN;
}

function httpMember(v: Http, name: string): TValue {
  // A class (`requests:Session`) has no members we trace.
  if (v.lib.includes(':')) return T_UNKNOWN;
  if (v.what === 'module') {
    if (CLASSES[v.lib]?.includes(name)) return http(`${v.lib}:${name}`, 'module');
    // urllib.request sends through urlopen; urllib3 through request() (module level in 2.x).
    if (v.lib === 'urllib.request') return name === 'urlopen' ? http(v.lib, 'fn') : T_UNKNOWN;
    if (v.lib === 'urllib3') return name === 'request' ? http(v.lib, 'fn') : T_UNKNOWN;
  }
  // A urllib Request object is sent by urlopen, not by its own methods.
  if (v.lib === 'urllib.request') return T_UNKNOWN;
  const lower = name.toLowerCase();
  if (VERBS.includes(lower)) return { ...v, what: 'fn', method: lower.toUpperCase() };
  if (lower === 'request' || (v.lib === 'urllib3' && lower === 'urlopen')) return { ...v, what: 'fn', method: null };
  return T_UNKNOWN;
}

/** Calling a library value: KlaviyoAPI(key) → client, requests.Session() → session, Request(url) → request object. */
export function callLibrary(v: TValue, args: PyArgs): TValue | null {
  if (v.kind === 'sdk' && v.what === 'module' && v.name) {
    if (v.legacy) return { kind: 'sdk', what: 'client', keyEnv: keyEnvOf(args, ['private_token', 'api_key', 'public_token']), legacy: v.legacy };
    // KlaviyoAPI(api_key, max_delay=…, …) or KlaviyoAPI(None, access_token=…).
    return { kind: 'sdk', what: 'client', keyEnv: keyEnvOf(args, ['api_key', 'access_token']) };
  }
  if (v.kind !== 'http' || v.what !== 'module' || !v.lib.includes(':') || v.lib.startsWith('framework:')) return null;
  const lib = v.lib.slice(0, v.lib.indexOf(':'));
  const kw = args.keywords;
  if (lib === 'urllib.request') {
    // Request(url, data=None, headers={}, origin_req_host=None, unverifiable=False, method=None)
    const data = args.positional[1] ?? kw.get('data');
    const method = kw.get('method') ?? args.positional[5];
    const methodText = method && method.kind === 'str' && method.parts.every((p) => typeof p === 'string') ? method.parts.join('').toUpperCase() : null;
    return http('urllib.request', 'instance', methodText ?? (method ? null : data ? 'POST' : 'GET'), args.positional[0] ?? kw.get('url') ?? T_UNKNOWN, kw.get('headers') ?? args.positional[2] ?? null);
  }
  const base = kw.get('base_url') ?? (lib === 'aiohttp' ? args.positional[0] : undefined) ?? null;
  return http(lib, 'instance', null, base, kw.get('headers') ?? null);
}

function keyEnvOf(args: PyArgs, names: string[]): string | null {
  for (const n of names) {
    const env = tEnvOf(args.keywords.get(n));
    if (env) return env;
  }
  return tEnvOf(args.positional[0]);
}
