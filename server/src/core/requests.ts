import { catalog } from './catalog';
import type { Operation } from './catalog/types';
import { isLegacyPath, legacyReplacement } from './legacy';
import type { IncludeUse, RawCall } from './model';
import { decodeComponent } from './decode';

// Turns what a detector saw of a raw HTTP request (method, URL with unknown holes, include
// values, headers) into a call: the operation it selects, or why it selects none. Shared by
// every language's HTTP detector.

/**
 * A URL piece: literal text, or a hole whose value is unknown; `name` is where the value is
 * read from, when that is a name (an env var, a config key), so a base named for Klaviyo counts.
 */
export type UrlPart = string | { hole: true; name?: string; alt?: readonly string[] };

/** A string piece of an evaluator's value as a URL part: a hole keeps only the name it was read from, or its alternatives. */
export function urlPart(p: string | { hole: true; env?: string; name?: string; alt?: readonly string[] }): UrlPart {
  if (typeof p === 'string') return p;
  if (p.alt) return { hole: true, alt: p.alt };
  const name = p.env ?? p.name;
  return name ? { hole: true, name } : { hole: true };
}

const MAX_ALTERNATIVES = 8;

/** Whether pieces of the URL are one of several literals (see resolveRequests). */
export function hasAlternatives(f: RequestFacts): boolean {
  return f.url.some((p) => typeof p !== 'string' && !!p.alt);
}

/**
 * Every request a site can send when pieces of its URL are one of several literals
 * (`type === 'campaign' ? 'campaign-values-reports' : 'flow-values-reports'`): one resolved
 * request per distinct operation, each likely. Without alternatives, the one request.
 */
export function resolveRequests(f: RequestFacts): ResolvedRequest[] {
  if (!hasAlternatives(f)) {
    const r = resolveRequest(f);
    return r ? [r] : [];
  }
  let variants: UrlPart[][] = [[]];
  for (const p of f.url) {
    const choices: UrlPart[] = typeof p !== 'string' && p.alt ? [...p.alt] : [p];
    variants = variants.flatMap((v) => choices.map((c) => [...v, c]));
    if (variants.length > MAX_ALTERNATIVES) return [resolveRequest({ ...f, url: f.url.map((q) => (typeof q === 'string' ? q : { hole: true })) })].filter((r): r is ResolvedRequest => !!r);
  }
  const out: ResolvedRequest[] = [];
  const seen = new Set<string>();
  for (const url of variants) {
    const r = resolveRequest({ ...f, url });
    if (!r) continue;
    const key = `${r.operation}|${r.method}|${r.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...r, confidence: r.confidence === 'certain' ? 'likely' : r.confidence });
  }
  return out;
}

export interface RequestFacts {
  /** Upper-case HTTP method, or null when it cannot be read. */
  method: string | null;
  url: UrlPart[];
  /** include values passed outside the URL (params objects, keyword arguments). */
  include: string[];
  /** A visible `revision` header ending in `.pre`. */
  beta: boolean;
  keyEnv: string | null;
  /**
   * The sender joins a relative URL to a base URL set where it is not visible here (a Guzzle
   * client handed in, an axios instance, a Faraday connection): a path of Klaviyo's own is
   * then read as one to its host.
   */
  baseUnseen?: boolean;
}

export type ResolvedRequest = Omit<RawCall, 'detector' | 'range' | 'nameRange'>;

const HOLE = '\u0000';
const ORIGIN = /^(?:https?:)?\/\/a\.klaviyo\.com(?=\/|$)/i;
const MAX_CANDIDATES = 50;
// Klaviyo's OAuth token exchange and revocation (client credentials, no private key).
const OAUTH_PATH = /^\/oauth\/(?:token|revoke)$/;
// `/api/v2` + a path: the retired API, whose paths the catalog does not hold.
const RETIRED_PREFIX = /^\/api\/v[12](?:[/\u0000]|$)/;
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** True when the URL's literal head shows it goes to Klaviyo's REST API host. */
export function isKlaviyoUrl(url: UrlPart[]): boolean {
  return typeof url[0] === 'string' && ORIGIN.test(url[0]);
}

const MAX_MEMO = 2000;
const memo = new Map<string, ResolvedRequest | null>();

/**
 * A helper's parametric request is resolved once to decide it is a helper and again where it
 * is reported, and the same unresolved shape (`BASE + path`) recurs across helpers and files;
 * unresolved ones rank every catalog operation, so results are memoized. Callers spread them
 * into their calls, so each gets its own copy.
 */
export function resolveRequest(f: RequestFacts): ResolvedRequest | null {
  const key = JSON.stringify([f.method, f.url, f.include, f.beta, f.keyEnv, !!f.baseUnseen]);
  let r = memo.get(key);
  if (r === undefined) {
    const name = namedBase(f.url[0]);
    r = isKlaviyoUrl(f.url) ? resolveAbsolute(f) : name ? resolveNamedBase(f, name) : f.baseUnseen ? resolveUnseenBase(f, UNSEEN_NOTE) : null;
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(key, r);
  }
  // A copy of the arrays is enough: callers spread the result and never touch nested objects but these.
  return r && { ...r, scopes: [...r.scopes], includeScopes: [...r.includeScopes], includes: r.includes.map((i) => ({ ...i, scopes: [...i.scopes] })), candidates: [...r.candidates] };
}

// `api/…` or `/api/…` (and `/client/…`): only Klaviyo's own path prefix is read through an unseen base.
const RELATIVE_KLAVIYO = /^\/?(?:api|client)\//i;
// The resources Klaviyo's v1/v2 API had: `/api/v1/users` through an unseen base is someone else's.
const LEGACY_RESOURCE = /^\/api\/(?:(?:v1|v2)\/(?:lists?|group|segments?|campaigns?|metrics?|person|people|email-templates?|data-privacy|track|identify)(?:\/|$)|(?:track|identify|track-once)$)/;

/**
 * A relative path through a client whose base URL is configured elsewhere counts only when it is
 * plainly one of Klaviyo's: a catalog operation (method and path agree, first segment literal)
 * or a retired v1/v2 endpoint Klaviyo had. It rests on the unseen base, so it is at most likely.
 */
function resolveUnseenBase(f: RequestFacts, reason: string, named = false): ResolvedRequest | null {
  const head = f.url[0];
  if (typeof head !== 'string' || !RELATIVE_KLAVIYO.test(head)) return null;
  if (!/^\/?[^/]+\/[^/\u0000]/.test(head)) return null;
  const r = resolveAbsolute({ ...f, url: ['https://a.klaviyo.com/' + head.replace(/^\//, ''), ...f.url.slice(1)] });
  if (!r) return null;
  if (r.kind === 'legacy') {
    if (!LEGACY_RESOURCE.test(r.path ?? '')) return null;
  } else if (r.operation === null && ((r.confidence === 'certain' && !named) || r.candidates.length === 0)) return null;
  return { ...r, confidence: r.confidence === 'certain' ? 'likely' : r.confidence, note: r.note ? `${r.note} ${reason}` : reason };
}

const UNSEEN_NOTE = "The client's base URL is set where it is not visible here; the path is Klaviyo's.";

/** `KLAVIYO_API_URL`, `services.klaviyo.base_url`: a name that says it holds Klaviyo's base URL, not its key. */
function namedBase(p: UrlPart | undefined): string | null {
  if (!p || typeof p === 'string' || !p.name) return null;
  const n = p.name;
  return /klaviyo/i.test(n) && /url|uri|host|base|endpoint|domain|origin/i.test(n) && !/key|token|secret|password|auth/i.test(n) ? n : null;
}

/** `KLAVIYO_API_URL + '/profiles'`: the base is Klaviyo's host, with or without `/api`, whichever the path lacks. */
function resolveNamedBase(f: RequestFacts, name: string): ResolvedRequest | null {
  const rest = f.url.slice(1);
  const head = rest[0];
  if (typeof head !== 'string') return null;
  const path = RELATIVE_KLAVIYO.test(head) ? head : 'api/' + head.replace(/^\//, '');
  return resolveUnseenBase({ ...f, url: [path, ...rest.slice(1)] }, `The base URL comes from ${name}, taken to be Klaviyo's API host.`, true);
}

function resolveAbsolute(f: RequestFacts): ResolvedRequest | null {
  const text = f.url.map((p) => (typeof p === 'string' ? p : HOLE)).join('').replace(ORIGIN, '');
  const q = text.indexOf('?');
  const rawPath = q >= 0 ? text.slice(0, q) : text;
  const query = q >= 0 ? text.slice(q + 1) : '';
  // `BASE + path` with BASE ending in /api: the unknown path brings its own leading slash.
  const path = idSegments(normalizePath(rawPath).replace(new RegExp(`^/(api|client)${HOLE}`), `/$1/${HOLE}`));
  const include = [...new Set([...f.include, ...includeFromQuery(query)])].sort();
  const method = f.method ? f.method.toUpperCase() : null;
  const shown = path.replace(new RegExp(HOLE, 'g'), '{…}');
  const base = { method, keyEnv: f.keyEnv, alias: null, beta: false, includes: [] as IncludeUse[], includeScopes: [] as string[] };

  if (isLegacyPath(path.replace(new RegExp(HOLE, 'g'), 'x'))) {
    const replacement = legacyReplacement(method, path.replace(new RegExp(HOLE, 'g'), 'x'));
    return {
      ...base, kind: 'legacy', operation: null, path: shown, scopes: [], confidence: 'certain', candidates: [], replacement,
      note: `${method ?? 'A request to'} ${shown} is Klaviyo's retired v1/v2 API` + (replacement ? `; use ${replacement} instead.` : '.'),
    };
  }
  if (OAUTH_PATH.test(path)) {
    return {
      ...base, kind: 'oauth', operation: null, path, scopes: [], confidence: method === null || method === 'POST' ? 'certain' : 'likely', candidates: [], replacement: null,
      note: `${method ?? 'A request to'} ${path}: Klaviyo's OAuth ${path.endsWith('revoke') ? 'revocation' : 'token'} endpoint.`,
    };
  }
  if (!path.startsWith('/api/') && !path.startsWith('/client/') && path !== '/api' && path !== '/client') return null;

  const wholeSegments = path.split('/').every((s) => !s.includes(HOLE) || s === HOLE);
  if (method && wholeSegments) {
    const m = catalog.matchRequest(method, path.replace(new RegExp(HOLE, 'g'), '{}'), { beta: f.beta });
    if (m.kind === 'match') return finish(base, m.operation, include, 'certain', []);
    if (m.kind === 'wrong-method') {
      const allowed = m.allowed.map((o) => `${o.method} (${o.id})`).join(', ');
      return {
        ...base, kind: 'http', operation: null, path: shown, scopes: [], confidence: 'certain', candidates: m.allowed.map((o) => o.id), replacement: null,
        note: `Klaviyo's API has no ${method} ${m.allowed[0]?.path ?? shown}; that path allows ${allowed}.`,
      };
    }
    if (!path.includes(HOLE)) {
      const nearest = m.nearest.slice(0, 3).map((o) => `${o.method} ${o.path} (${o.id})`).join(', ');
      return {
        ...base, kind: 'http', operation: null, path: shown, scopes: [], confidence: 'certain', candidates: [], replacement: null,
        note: `Klaviyo's API has no ${method} ${shown}` + (nearest ? `; nearest: ${nearest}.` : '.'),
      };
    }
  }
  const pattern = new RegExp('^' + path.split(HOLE).map(escapeRe).join('.+') + '$');
  // Holes standing for one whole segment each are the likelier reading; stable before beta.
  const tight = new RegExp('^' + path.split(HOLE).map(escapeRe).join('[^/]+') + '$');
  const rank = (o: Operation): number => (tight.test(o.path) ? 0 : 2) + (o.beta ? 1 : 0);
  // Unknown method on a literal path (ids included): what each method would match there.
  const byMethod = !method && !path.includes(HOLE)
    ? METHODS.flatMap((m) => {
      const r = catalog.matchRequest(m, path, { beta: f.beta });
      return r.kind === 'match' ? [r.operation] : [];
    })
    : null;
  const candidates = (byMethod ?? catalog.candidatesForPath(method, (template: string) => pattern.test(template)))
    .filter((o) => f.beta || !o.beta || !stableEndpoints().has(`${o.method} ${o.path}`))
    .sort((a, b) => rank(a) - rank(b));
  if (candidates.length === 1) return finish(base, candidates[0], include, 'likely', []);
  return {
    // No operation matches whatever the holes hold (`/campaigns/${id}/send`): as certain as a literal path the API lacks.
    ...base, kind: path.startsWith('/client/') ? 'client' : 'http', operation: null, path: shown, scopes: [], confidence: candidates.length || !wholeSegments || RETIRED_PREFIX.test(path) ? 'unresolved' : 'certain',
    candidates: candidates.slice(0, MAX_CANDIDATES).map((o) => o.id), replacement: null,
    note: candidates.length
      ? `The operation depends on values not visible here; ${candidates.length} candidate operation${candidates.length > 1 ? 's' : ''}.`
      : `No Klaviyo operation matches ${method ?? 'a request to'} ${shown}.`,
  };
}

/**
 * The operation is not decided by what was visible: the request waits for the call sites of
 * the function it sits in (a helper), or is reported as it is when there are none.
 */
export function endpointOpen(r: Pick<ResolvedRequest, 'operation' | 'confidence' | 'kind' | 'path'> | null): boolean {
  // A retired v1/v2 request has no operation; its resource segment decides it.
  if (r?.kind === 'legacy') return /^\/api\/v[12](?:\/\{…\}|\/?$)/.test(r.path ?? '');
  // A path the spec lacks (whatever its holes hold), or a method it lacks there, is decided too:
  // `no-such-endpoint` where it is written.
  if (r && r.operation === null && r.confidence === 'certain') return false;
  return !r || r.operation === null || r.confidence === 'unresolved';
}

function finish(
  base: Pick<ResolvedRequest, 'method' | 'keyEnv' | 'alias' | 'beta' | 'includes' | 'includeScopes'>,
  op: Operation,
  include: string[],
  confidence: 'certain' | 'likely',
  candidates: string[],
): ResolvedRequest {
  return { ...base, ...scopesOfCall(op, include), method: op.method, operation: op.id, path: op.path, confidence, candidates, replacement: null, note: null };
}

/** The scope part of a call to `op` with these include values; used by every detector. */
export function scopesOfCall(op: Operation, include: string[]): Pick<ResolvedRequest, 'kind' | 'scopes' | 'includeScopes' | 'includes' | 'beta'> {
  const req = catalog.requiredScopes(op, include);
  const includes = op.client ? [] : include.filter((v) => v in op.include).map((value) => ({ value, scopes: op.include[value] }));
  return { kind: op.client ? 'client' : 'http', scopes: req.scopes, includeScopes: req.includeScopes, includes, beta: op.beta };
}

let stable: Set<string> | null = null;
/** `METHOD path` of every stable operation: a beta twin of one is never a candidate without `.pre`. */
function stableEndpoints(): Set<string> {
  stable ??= new Set(catalog.operations.filter((o) => !o.beta).map((o) => `${o.method} ${o.path}`));
  return stable;
}

/**
 * A segment mixing text no resource name has (`$custom:::$default:::` + id) with a hole is an id
 * built from parts: it stands for one whole segment.
 */
function idSegments(path: string): string {
  return path.split('/').map((s) => (s.includes(HOLE) && /[^a-z0-9\-\u0000]/i.test(s) ? HOLE : s)).join('/');
}

export function normalizePath(p: string): string {
  let out = p.replace(/\/{2,}/g, '/');
  if (out.length > 1 && out.endsWith('/')) out = out.slice(0, -1);
  return out;
}

function includeFromQuery(query: string): string[] {
  const out: string[] = [];
  for (const pair of query.split('&')) {
    const [k, v] = pair.split('=');
    if (k === 'include' && v && !v.includes(HOLE)) out.push(...decodeComponent(v).split(',').filter(Boolean));
  }
  return out;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
