import { catalog } from './catalog';
import type { Operation } from './catalog/types';
import { isLegacyPath, legacyReplacement } from './legacy';
import type { IncludeUse, RawCall } from './model';
import { decodeComponent } from './decode';

// Turns what a detector saw of a raw HTTP request (method, URL with unknown holes, include
// values, headers) into a call: the operation it selects, or why it selects none. Shared by
// every language's HTTP detector.

/** A URL piece: literal text, or a hole whose value is unknown. */
export type UrlPart = string | { hole: true };

export interface RequestFacts {
  /** Upper-case HTTP method, or null when it cannot be read. */
  method: string | null;
  url: UrlPart[];
  /** include values passed outside the URL (params objects, keyword arguments). */
  include: string[];
  /** A visible `revision` header ending in `.pre`. */
  beta: boolean;
  keyEnv: string | null;
}

export type ResolvedRequest = Omit<RawCall, 'detector' | 'range' | 'nameRange'>;

const HOLE = '\u0000';
const ORIGIN = /^(?:https?:)?\/\/a\.klaviyo\.com(?=\/|$)/i;
const MAX_CANDIDATES = 50;
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** True when the URL's literal head shows it goes to Klaviyo's REST API host. */
export function isKlaviyoUrl(url: UrlPart[]): boolean {
  return typeof url[0] === 'string' && ORIGIN.test(url[0]);
}

export function resolveRequest(f: RequestFacts): ResolvedRequest | null {
  if (!isKlaviyoUrl(f.url)) return null;
  const text = f.url.map((p) => (typeof p === 'string' ? p : HOLE)).join('').replace(ORIGIN, '');
  const q = text.indexOf('?');
  const rawPath = q >= 0 ? text.slice(0, q) : text;
  const query = q >= 0 ? text.slice(q + 1) : '';
  // `BASE + path` with BASE ending in /api: the unknown path brings its own leading slash.
  const path = normalizePath(rawPath).replace(new RegExp(`^/(api|client)${HOLE}`), `/$1/${HOLE}`);
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
    ...base, kind: path.startsWith('/client/') ? 'client' : 'http', operation: null, path: shown, scopes: [], confidence: 'unresolved',
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
export function endpointOpen(r: Pick<ResolvedRequest, 'operation' | 'confidence'> | null): boolean {
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
