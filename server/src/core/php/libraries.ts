import { tConcat, tEnvOf, tLiteral, type TValue } from '../tree-sitter/values';
import { getProp, mergeObjs, objOf, str } from './values';

// The PHP classes and functions we know: Klaviyo's official SDK (Packagist klaviyo/api), the
// retired SDKs, and the HTTP clients (Guzzle, Laravel's Http facade, Symfony HttpClient,
// WordPress, file_get_contents, curl). Class names are compared fully qualified, lower-case.

/** API groups the KlaviyoAPI client exposes as properties, over all majors (Client: v1–v3 only). */
export const PHP_SDK_GROUPS = new Set([
  'Accounts', 'Campaigns', 'Catalogs', 'Client', 'Conversations', 'Coupons', 'CustomObjects', 'DataPrivacy', 'Events', 'Flows',
  'Forms', 'Images', 'Lists', 'Metrics', 'Profiles', 'Reporting', 'Reviews', 'Segments', 'Tags', 'Templates', 'TrackingSettings',
  'WebFeeds', 'Webhooks',
]);

export const KLAVIYO_API_CLASS = 'klaviyoapi\\klaviyoapi';

/** Retired SDKs: class → package, and whether any method of its groups is a v1/v2 call. */
const LEGACY_CLASSES: Record<string, string> = {
  'klaviyo\\klaviyo': 'klaviyo/php-sdk',
  'klaviyo\\client': 'klaviyo/sdk',
  // The original php-klaviyo class, global and unnamespaced: `new Klaviyo($token)`.
  klaviyo: 'php-klaviyo',
};

/** A retired SDK's class name: a project that defines the class itself is that SDK's source, read as code. */
export function isLegacySdkClass(fqn: string): boolean {
  return fqn.toLowerCase() in LEGACY_CLASSES;
}

export type ArgReader = (index: number, name?: string) => TValue;

type HttpValue = Extract<TValue, { kind: 'http' }>;

function http(lib: string, what: 'module' | 'instance' | 'fn', method: string | null, baseURL: TValue | null, headers: TValue | null): HttpValue {
  return { kind: 'http', lib, what, method, baseURL, headers };
}

/** What `new <fqn>(…)` makes, for classes we know; null for the rest. */
export function knownNew(fqn: string, arg: ArgReader): TValue | null {
  const lower = fqn.toLowerCase();
  if (lower === KLAVIYO_API_CLASS) return { kind: 'sdk', what: 'client', keyEnv: tEnvOf(arg(0, 'api_key')) };
  const group = /^klaviyoapi\\api\\(\w+)api$/i.exec(fqn);
  if (group) return { kind: 'sdk', what: 'group', group: group[1], keyEnv: null };
  if (lower in LEGACY_CLASSES) return { kind: 'sdk', what: 'client', keyEnv: tEnvOf(arg(0)), legacy: LEGACY_CLASSES[lower] };
  if (lower === 'guzzlehttp\\client') {
    const config = arg(0, 'config');
    return http('guzzle', 'instance', null, getProp(config, 'base_uri'), getProp(config, 'headers'));
  }
  if (lower === 'guzzlehttp\\psr7\\request') {
    return http('psr7-request', 'instance', tLiteral(arg(0, 'method'))?.toUpperCase() ?? null, arg(1, 'uri'), arg(2, 'headers'));
  }
  return null;
}

/** The value a parameter or property of this declared type holds. */
export function knownType(fqn: string): TValue | null {
  const lower = fqn.toLowerCase();
  if (lower === KLAVIYO_API_CLASS) return { kind: 'sdk', what: 'client', keyEnv: null };
  if (lower === 'klaviyo\\klaviyo' || lower === 'klaviyo\\client') return { kind: 'sdk', what: 'client', keyEnv: null, legacy: LEGACY_CLASSES[lower] };
  if (lower === 'guzzlehttp\\client' || lower === 'guzzlehttp\\clientinterface' || lower === 'psr\\http\\client\\clientinterface') return http('guzzle', 'instance', null, null, null);
  if (lower === 'symfony\\contracts\\httpclient\\httpclientinterface') return http('symfony', 'instance', null, null, null);
  if (lower === 'illuminate\\http\\client\\pendingrequest' || lower === 'illuminate\\http\\client\\factory') return http('laravel', 'instance', null, null, null);
  // Magento's curl wrapper: get($uri), post($uri, $params).
  if (lower === 'magento\\framework\\http\\client\\curl') return http('magento', 'instance', null, null, null);
  return null;
}

/** `Http::withHeaders(…)`, `HttpClient::create(…)`: static calls of HTTP entry points. */
export function knownStatic(fqn: string, method: string, arg: ArgReader): TValue | null {
  const lower = fqn.toLowerCase();
  if (lower === 'illuminate\\support\\facades\\http' || lower === 'http') {
    return requestMethod(http('laravel', 'instance', null, null, null), method) ?? laravelBuilder(http('laravel', 'instance', null, null, null), method, arg);
  }
  if (lower === 'symfony\\component\\httpclient\\httpclient') {
    if (method === 'create') return symfonyOptions(http('symfony', 'instance', null, null, null), arg(0, 'defaultOptions'));
    if (method === 'createForBaseUri') return symfonyOptions(http('symfony', 'instance', null, arg(0, 'baseUri'), null), arg(1, 'defaultOptions'));
  }
  // Frameworks handing out a configured Guzzle client: Drupal, Craft CMS; CodeIgniter 4's
  // CURLRequest takes the same request(method, url, options) and option names.
  if ((lower === 'drupal' && method === 'httpClient') || (lower === 'craft' && method === 'createGuzzleClient') || (lower === 'config\\services' && method === 'curlrequest')) {
    const config = arg(0, lower === 'craft' ? 'config' : 'options');
    return http('guzzle', 'instance', null, firstOf(getProp(config, 'base_uri'), getProp(config, 'baseURI')), getProp(config, 'headers'));
  }
  return null;
}

function firstOf(...values: TValue[]): TValue | null {
  return values.find((v) => v.kind !== 'unknown') ?? null;
}

function symfonyOptions(v: HttpValue, options: TValue): TValue {
  const base = getProp(options, 'base_uri');
  return { ...v, baseURL: base.kind !== 'unknown' ? base : v.baseURL, headers: options.kind === 'obj' ? getProp(options, 'headers') : v.headers };
}

/** A method of an HTTP client that sends a request: the target the request facts read. */
export function requestMethod(recv: TValue, name: string): TValue | null {
  if (recv.kind !== 'http' || recv.what === 'fn') return null;
  const lower = name.toLowerCase().replace(/async$/, '');
  const verb = /^(get|post|put|patch|delete|head|options)$/.test(lower) ? lower.toUpperCase() : null;
  if (recv.lib === 'guzzle') {
    if (lower === 'request') return { ...recv, what: 'fn', method: null };
    if (lower === 'send' || lower === 'sendrequest') return { ...recv, lib: 'guzzle-send', what: 'fn', method: null };
    if (verb) return { ...recv, what: 'fn', method: verb };
  }
  if (recv.lib === 'laravel') {
    if (lower === 'send') return { ...recv, what: 'fn', method: null };
    if (verb && verb !== 'OPTIONS') return { ...recv, what: 'fn', method: verb };
  }
  if (recv.lib === 'symfony' && lower === 'request') return { ...recv, what: 'fn', method: null };
  if (recv.lib === 'magento' && (lower === 'get' || lower === 'post')) return { ...recv, what: 'fn', method: lower.toUpperCase() };
  return null;
}

/** Laravel's PendingRequest builder methods: they return the builder with headers or base URL set. */
export function laravelBuilder(recv: TValue, name: string, arg: ArgReader): TValue | null {
  if (recv.kind !== 'http' || recv.lib !== 'laravel' || recv.what === 'fn') return null;
  const headers = (h: TValue): TValue => (recv.headers ? mergeObjs([recv.headers, h]) : h);
  switch (name) {
    case 'withHeaders':
      return { ...recv, headers: headers(arg(0, 'headers')) };
    case 'withToken':
      return { ...recv, headers: headers(objOf([['Authorization', tConcat(str((tLiteral(arg(1, 'type')) ?? 'Bearer') + ' '), arg(0, 'token'))]])) };
    case 'withHeader':
      return { ...recv, headers: headers(objOf([[tLiteral(arg(0, 'name')) ?? '', arg(1, 'value')]])) };
    case 'baseUrl':
      return { ...recv, baseURL: arg(0, 'url') };
    default:
      // acceptJson, asJson, timeout, retry, withOptions, …: the same request, configured.
      return /^(accept|as|with|timeout|connectTimeout|retry|throw|contentType|bodyFormat|beforeSending|dontTruncate|sink|maxRedirects)/.test(name) ? recv : null;
  }
}

/** Request functions: WordPress, file_get_contents, curl_exec. */
export function knownFunction(name: string): TValue | null {
  const lower = name.replace(/^\\/, '').toLowerCase();
  const wp = /^(?:vip_safe_)?wp_(?:safe_)?remote_(get|post|head|request)$/.exec(lower);
  if (wp) return http('wp', 'fn', wp[1] === 'request' ? null : wp[1].toUpperCase(), null, null);
  if (lower === 'file_get_contents') return http('file_get_contents', 'fn', null, null, null);
  if (lower === 'curl_exec') return http('curl', 'fn', null, null, null);
  return null;
}

/**
 * Reads an env var: `getenv('X')`, `env('X')` (Laravel), `$_ENV['X']`, `$_SERVER['X']`; and
 * Laravel's `config('services.klaviyo.url')`, unknown but named.
 */
export function envCall(name: string, arg: ArgReader): TValue | null {
  const lower = name.replace(/^\\/, '').toLowerCase();
  if (lower === 'config') {
    const key = tLiteral(arg(0));
    return key ? { kind: 'unknown', name: key } : null;
  }
  if (lower !== 'getenv' && lower !== 'env') return null;
  const key = tLiteral(arg(0));
  return key ? { kind: 'env', name: key } : null;
}
