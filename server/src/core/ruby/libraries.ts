import type { TValue } from '../tree-sitter/values';

// Constants of the libraries whose values we trace: the official gem (`klaviyo-api-sdk`, module
// KlaviyoAPI), the retired `klaviyo` gem, and the HTTP clients (Net::HTTP, HTTParty, Faraday,
// RestClient, Typhoeus, http.rb).

export type SdkValue = Extract<TValue, { kind: 'sdk' }>;
export type HttpValue = Extract<TValue, { kind: 'http' }>;

export const LEGACY_GEM = 'klaviyo';

/** KlaviyoAPI constants that are not API groups. */
const SDK_PLUMBING = new Set(['ApiClient', 'Configuration', 'ApiError', 'VERSION']);

/**
 * The retired gem's modules. `Klaviyo::Client` (1.x: `Klaviyo::Client.new(key).track`) is a
 * class; the others (2.x) hold module functions.
 */
export const LEGACY_GROUPS = new Set(['Public', 'Lists', 'Profiles', 'Metrics', 'Campaigns', 'EmailTemplates', 'DataPrivacy', 'Templates', 'Track', 'Identify', 'Client']);

const NET_HTTP_VERBS: Record<string, string> = { Get: 'GET', Post: 'POST', Put: 'PUT', Patch: 'PATCH', Delete: 'DELETE', Head: 'HEAD' };

export function http(lib: string, what: HttpValue['what'], extra: Partial<HttpValue> = {}): HttpValue {
  return { kind: 'http', lib, what, method: null, baseURL: null, headers: null, ...extra };
}

/** A library constant by its full path (`Net::HTTP::Post`, `KlaviyoAPI::ProfilesApi`), or null. */
export function libraryConstant(path: string, keyEnv: string | null, legacyGem: boolean): TValue | null {
  const parts = path.split('::');
  if (parts[0] === 'KlaviyoAPI') {
    if (parts.length === 1) return { kind: 'sdk', what: 'module', keyEnv };
    const name = parts[1];
    if (parts.length > 2 || SDK_PLUMBING.has(name)) return { kind: 'sdk', what: 'module', name, keyEnv };
    // `ProfilesApi` is the class (`.new` gives a client); `Profiles` the ready-made wrapper
    // `KlaviyoAPI.configure` defines for every `*Api` class (same name without `Api`).
    if (name.endsWith('Api')) return { kind: 'sdk', what: 'module', group: name.slice(0, -3), keyEnv };
    return { kind: 'sdk', what: 'group', group: name, keyEnv };
  }
  if (parts[0] === 'Klaviyo' && legacyGem) {
    if (parts.length === 1) return { kind: 'sdk', what: 'module', keyEnv: null, legacy: LEGACY_GEM };
    if (parts.length === 2 && LEGACY_GROUPS.has(parts[1])) {
      return parts[1] === 'Client'
        ? { kind: 'sdk', what: 'module', group: 'Client', keyEnv: null, legacy: LEGACY_GEM }
        : { kind: 'sdk', what: 'group', group: parts[1], keyEnv: null, legacy: LEGACY_GEM };
    }
    return null;
  }
  switch (path) {
    case 'Net::HTTP':
      return http('net-http', 'module');
    case 'HTTParty':
      return http('httparty', 'module');
    case 'Faraday':
      return http('faraday', 'module');
    case 'RestClient':
      return http('rest-client', 'module');
    case 'RestClient::Request':
      return http('rest-client-request', 'module');
    case 'RestClient::Resource':
      return http('rest-client-resource', 'module');
    case 'Typhoeus':
      return http('typhoeus', 'module');
    case 'Typhoeus::Request':
      return http('typhoeus-request', 'module');
    case 'HTTP':
      return http('http-rb', 'module');
    case 'Excon':
      return http('excon', 'module');
  }
  if (parts.length === 3 && parts[0] === 'Net' && parts[1] === 'HTTP' && NET_HTTP_VERBS[parts[2]]) {
    return http('net-http-request', 'module', { method: NET_HTTP_VERBS[parts[2]] });
  }
  return null;
}

export const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];

/**
 * A member of an HTTP library value: a request function (with the method its name fixes), a
 * factory (`new`, `start`: the value itself, applied later), or null (not traced).
 */
export function httpMember(v: HttpValue, name: string): TValue | null {
  const verb = VERBS.includes(name) ? name.toUpperCase() : null;
  switch (v.lib) {
    case 'net-http':
      if (name === 'new' || name === 'start') return v.what === 'module' ? v : null;
      if (v.what === 'module') {
        if (name === 'get' || name === 'get_response' || name === 'get_print') return { ...v, what: 'fn', method: 'GET' };
        if (name === 'post' || name === 'post_form') return { ...v, what: 'fn', method: 'POST' };
        if (verb) return { ...v, what: 'fn', method: verb };
        return null;
      }
      if (verb) return { ...v, what: 'fn', method: verb };
      if (/^request_(get|post|put|patch|delete|head)$/.test(name)) return { ...v, what: 'fn', method: name.slice(8).toUpperCase() };
      if (name === 'request' || name === 'send_request') return { ...v, what: 'fn', method: null };
      if (name === 'start') return v;
      return null;
    case 'net-http-request':
    case 'typhoeus-request':
      if (v.what === 'module' && name === 'new') return { ...v, what: 'fn' };
      if (v.what === 'instance' && (name === 'run' || name === 'tap' || name === 'itself')) return v;
      return null;
    case 'httparty':
    case 'rest-client':
    case 'typhoeus':
    case 'excon':
      if (verb) return { ...v, what: 'fn', method: verb };
      if (v.lib === 'excon' && name === 'new') return v;
      if (v.lib === 'excon' && v.what === 'instance' && name === 'request') return { ...v, what: 'fn', method: null };
      return null;
    case 'rest-client-request':
      return name === 'execute' ? { ...v, what: 'fn' } : null;
    case 'rest-client-resource':
      if (name === 'new' && v.what === 'module') return v;
      if (verb && v.what === 'instance') return { ...v, what: 'fn', method: verb };
      return null;
    case 'faraday':
      if (name === 'new') return v.what === 'module' ? v : null;
      if (verb) return { ...v, what: 'fn', method: verb };
      if (name === 'run_request') return { ...v, what: 'fn', method: null };
      return null;
    case 'http-rb':
      if (verb) return { ...v, what: 'fn', method: verb };
      if (name === 'request') return { ...v, what: 'fn', method: null };
      // Chainable option setters return a client with the same defaults plus these.
      if (/^(headers|auth|basic_auth|accept|timeout|follow|via|use|persistent|cookies|encoding)$/.test(name)) return { ...v, what: 'instance' };
      return null;
  }
  return null;
}
