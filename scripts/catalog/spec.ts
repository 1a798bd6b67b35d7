// Reading the parts of an OpenAPI document the catalog needs. The specs are trusted input, but
// they are large and hand-maintained upstream, so anything the catalog depends on is checked and
// a malformed spec fails the generator with the operation named, instead of emitting a catalog
// with holes.

import type { HttpMethod, RateLimit } from '../../server/src/core/catalog/types';

export type JsonObject = { [key: string]: unknown };

export interface OpenApiSpec {
  info: { version: string };
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, unknown>;
}

export interface SpecOperation {
  id: string;
  method: HttpMethod;
  /** The path exactly as the spec spells it. */
  rawPath: string;
  op: JsonObject;
}

export const HTTP_METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];

export function isObject(x: unknown): x is JsonObject {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function asSpec(x: unknown, label: string): OpenApiSpec {
  if (!isObject(x) || !isObject(x.info) || typeof x.info.version !== 'string' || !isObject(x.paths)) {
    throw new Error(`${label}: not an OpenAPI document (needs info.version and paths)`);
  }
  return x as unknown as OpenApiSpec;
}

export function stripTrailingSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/** Method plus path with trailing slash removed and every `{param}` name erased. */
export function endpointKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${stripTrailingSlash(path).replace(/\{[^}]*\}/g, '{}')}`;
}

export function isParamSegment(segment: string): boolean {
  return segment.startsWith('{') && segment.endsWith('}');
}

/**
 * True when `general` has a parameter where `specific` has a literal and otherwise equals it,
 * e.g. `/api/lists/{id}/relationships/{related_resource}` over `/api/lists/{id}/relationships/profiles`.
 * Such an old endpoint served several of today's operations at once.
 */
export function pathSubsumes(general: string, specific: string): boolean {
  const a = stripTrailingSlash(general).split('/');
  const b = stripTrailingSlash(specific).split('/');
  if (a.length !== b.length) return false;
  let wider = false;
  for (let i = 0; i < a.length; i++) {
    const pa = isParamSegment(a[i]);
    const pb = isParamSegment(b[i]);
    if (pa && pb) continue;
    if (pa) {
      wider = true;
      continue;
    }
    if (pb || a[i] !== b[i]) return false;
  }
  return wider;
}

export function listOperations(spec: OpenApiSpec, label: string): SpecOperation[] {
  const out: SpecOperation[] = [];
  for (const [rawPath, item] of Object.entries(spec.paths)) {
    if (!isObject(item)) throw new Error(`${label}: path ${rawPath} is not an object`);
    for (const [key, op] of Object.entries(item)) {
      const method = key.toUpperCase() as HttpMethod;
      if (!HTTP_METHODS.includes(method)) continue;
      if (!isObject(op) || typeof op.operationId !== 'string' || op.operationId === '') {
        throw new Error(`${label}: ${method} ${rawPath} has no operationId`);
      }
      out.push({ id: op.operationId, method, rawPath, op });
    }
  }
  return out;
}

export function stringList(x: unknown, what: string): string[] {
  if (x === undefined) return [];
  if (!Array.isArray(x) || !x.every((s) => typeof s === 'string')) throw new Error(`${what} must be a list of strings`);
  return x as string[];
}

export function readRateLimit(op: SpecOperation): RateLimit | null {
  const rl = op.op['x-klaviyo-ratelimit'];
  if (rl === undefined) return null;
  if (!isObject(rl) || typeof rl.burst !== 'string' || typeof rl.steady !== 'string') {
    throw new Error(`${op.id}: x-klaviyo-ratelimit needs string burst and steady`);
  }
  const out: RateLimit = { burst: rl.burst, steady: rl.steady };
  if (typeof rl.daily === 'string') out.daily = rl.daily;
  return out;
}

/** Follows `$ref`s (local JSON pointers only) until a node that is not a reference. */
export function deref(spec: OpenApiSpec, node: unknown): unknown {
  const seen = new Set<string>();
  let cur = node;
  while (isObject(cur) && typeof cur.$ref === 'string') {
    const ref = cur.$ref;
    if (seen.has(ref)) throw new Error(`circular $ref ${ref}`);
    seen.add(ref);
    if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, got ${ref}`);
    let target: unknown = spec;
    for (const raw of ref.slice(2).split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (!isObject(target) || !(key in target)) throw new Error(`unresolvable $ref ${ref}`);
      target = target[key];
    }
    cur = target;
  }
  return cur;
}
