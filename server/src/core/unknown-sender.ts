import { isKlaviyoUrl, type UrlPart } from './requests';

// Senders the engine does not know: a call whose URL argument is plainly Klaviyo's API is a
// request whatever the callee (a fetch a factory returned, a platform's proxy fetch, an injected
// HTTP client, a method inherited from a library base class: `self._get(url)`). Every language's
// front end reads the call's name and arguments; this decides, once for all of them, whether it
// sends and with which method.

export interface SenderArg {
  /** The argument as URL pieces when it is string-like, else null. */
  url: UrlPart[] | null;
  /** Its text when fully known, else null. */
  literal: string | null;
}

export interface SenderCall {
  /** The name the callee is called by: the last member (`_get`, `request`) or the function's. */
  name: string;
  /** The receiver's last name as written (`cache` of `$this->cache->get(…)`), for a method call. */
  receiver?: string | null;
  /** The first positional arguments (and a `url` keyword or option, after them). */
  args: SenderArg[];
  /** A `method` keyword or option: its text, null when present but unreadable, undefined when absent. */
  methodOption: string | null | undefined;
  /**
   * The call sits in code named for Klaviyo (its file, or an enclosing module, class or
   * namespace): a relative `/api/…` path there goes through a client configured for Klaviyo.
   * Asked only when no argument is an absolute Klaviyo URL (it walks the enclosing scopes).
   */
  klaviyoScope?: () => boolean;
}

export interface SenderGuess {
  /** Which of `args` holds the URL. */
  urlIndex: number;
  method: string | null;
  /** The method was not written anywhere: GET by default. */
  defaulted: boolean;
  /** The URL is a relative Klaviyo path (see klaviyoScope): its base is not visible. */
  relative?: boolean;
}

const VERBS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD']);
const NAME_VERBS: Record<string, string> = { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', del: 'DELETE', remove: 'DELETE', head: 'HEAD' };

/**
 * Callees that take a URL without sending it: logging, string and URL building, collections,
 * assertions, rendering. Compared without case, underscores or dollar signs.
 */
const NOT_SENDING = new Set([
  'print', 'println', 'printf', 'sprintf', 'format', 'puts', 'p', 'pp', 'echo', 'dd', 'dump', 'vardump', 'printr', 'errorlog',
  'log', 'debug', 'info', 'warn', 'warning', 'error', 'exception', 'critical', 'fatal', 'trace', 'notice',
  'join', 'replace', 'split', 'strip', 'trim', 'concat', 'startswith', 'endswith', 'includes', 'contains', 'indexof', 'match',
  'test', 'search', 'sub', 'gsub', 'findall', 'compile', 'encode', 'decode', 'quote', 'unquote', 'escape', 'strval',
  'url', 'uri', 'urlparse', 'urlsplit', 'urljoin', 'urlencode', 'parse', 'parseurl', 'stringify', 'dumps', 'loads', 'jsonencode',
  'encodeuri', 'encodeuricomponent', 'str', 'repr', 'string', 'len', 'tostring',
  'append', 'push', 'add', 'extend', 'insert', 'set', 'setdefault', 'update', 'store', 'cache', 'memoize',
  'assert', 'asserttrue', 'assertequal', 'assertequals', 'assertin', 'expect', 'equal', 'deepequal', 'ok', 'tobe', 'toequal',
  'tohavebeencalledwith', 'calledwith', 'mock', 'stub', 'nock', 'intercept', 'route', 'on',
  'redirect', 'render', 'open', 'assign', 'href', 'link', 'linkto', 'write', 'writeln',
  // PHP and WordPress: constants, curl set-up (curl_exec is what sends), string and URL helpers.
  'define', 'constant', 'defined', 'curlinit', 'curlsetopt', 'curlsetoptarray', 'strreplace', 'rtrim', 'ltrim', 'implode',
  'explode', 'strpos', 'strcontains', 'strstartswith', 'pregmatch', 'pregreplace', 'httpbuildquery', 'addqueryarg',
  'escurl', 'escurlraw', 'escattr', 'eschtml', 'applyfilters', 'doaction', 'arraymerge', 'inarray', 'substr',
  // Client builders: they configure where later requests go, they send nothing themselves.
  'baseurl', 'withbaseurl', 'setbaseurl', 'baseuri', 'setbaseuri', 'prefixurl', 'endpoint', 'setendpoint', 'seturl',
  'withurl', 'withtoken', 'withheaders', 'setheader', 'setheaders', 'create', 'client', 'newclient', 'connection',
]);

/** Receivers named for what holds values, not what sends them: `$cache->get($url)`, `logger.info(url)`. */
const NOT_CLIENT_RECEIVERS = new Set([
  'cache', 'store', 'storage', 'redis', 'memcache', 'memcached', 'logger', 'log', 'registry', 'config', 'settings',
  'options', 'map', 'dict', 'queue', 'db', 'database', 'repo', 'repository', 'cookies', 'console', 'urls', 'endpoints',
  'env', 'environ', 'process', 'params',
]);

/** Nothing past the API's root: a base URL handed to a builder or read as a default, not a request. */
const BARE_ROOT = /^(?:https?:)?\/\/a\.klaviyo\.com\/?(?:(?:api|client)\/?)?$/i;

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function methodFromName(name: string): string | null {
  const w = words(name);
  // `get`, `_post`, `make_get_request`, `postJson`, `klaviyoDelete`: the verb word names the method.
  for (const x of w) if (NAME_VERBS[x] && !(x === 'remove' && w.length === 1)) return NAME_VERBS[x];
  return null;
}

/** Whether `call` sends a request to Klaviyo's API, and how; null when it is not a sender. */
export function guessSender(call: SenderCall): SenderGuess | null {
  const bare = call.name.replace(/[_$]/g, '').toLowerCase();
  if (!bare || NOT_SENDING.has(bare)) return null;
  const recv = call.receiver ? /([A-Za-z][A-Za-z0-9]*)\W*$/.exec(call.receiver)?.[1]?.toLowerCase() : null;
  if (recv && NOT_CLIENT_RECEIVERS.has(recv)) return null;
  let urlIndex = call.args.findIndex((a) => a.url !== null && isKlaviyoUrl(a.url) && !(a.literal !== null && BARE_ROOT.test(a.literal)));
  const relative = urlIndex < 0 && !!call.klaviyoScope?.();
  if (relative) urlIndex = call.args.findIndex((a) => typeof a.url?.[0] === 'string' && RELATIVE_API.test(a.url[0]));
  if (urlIndex < 0) return null;
  const written = call.methodOption !== undefined
    ? call.methodOption
    : call.args.map((a) => a.literal?.toUpperCase() ?? '').find((t, i) => i !== urlIndex && VERBS.has(t));
  if (written !== undefined) return { urlIndex, method: written ? written.toUpperCase() : null, defaulted: false, relative };
  const named = methodFromName(call.name);
  // A relative path needs the call to say it sends: `conn.get('/api/v1/lists')`, not `cache.fetch('/api/…')`.
  if (relative && named === null) return null;
  return { urlIndex, method: named ?? 'GET', defaulted: named === null, relative };
}

/** A relative path under Klaviyo's own `/api/` prefix with a literal first resource segment. */
const RELATIVE_API = /^\/?api\/[a-z]/i;

/** Code named for Klaviyo: the word in a file path or an enclosing module/class/namespace name. */
export function namedForKlaviyo(names: readonly string[]): boolean {
  return names.some((n) => /klaviyo/i.test(n));
}

/**
 * The file's name and its folder's: where a project keeps its Klaviyo code (`services/klaviyo.rb`,
 * `klaviyo/client.py`). Folders further up name the checkout, not the code.
 */
export function nearPath(file: string): string {
  return file.split(/[\\/]/).slice(-2).join('/');
}
