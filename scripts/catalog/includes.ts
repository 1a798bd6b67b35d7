// Maps each `include=` value of an operation to the read scope(s) of the resource it pulls in,
// derived from the spec rather than by hand, so that a new include value or a re-scoped
// resource shows up in the catalog the next time it is generated:
//   1. the operation's 200 response: `data[].relationships.<value>.data[].type` names the
//      JSON:API type (e.g. `campaign-message`); failing that, the single type of `included[]`;
//   2. the GET operations whose 200 response `data` is of that type read it; the scopes they all
//      share (`:read` ones, client endpoints aside) are the scopes for reading that type. The
//      resource's own endpoints (`/api/<things>`, `/api/<things>/{id}`) are preferred, since the
//      nested ones (`/api/profiles/{id}/push-tokens`) may be scoped by their parent instead.
//   Stable operations decide a type's scopes; beta operations only for types stable lacks.
// A value that cannot be mapped must be listed in INCLUDE_EXCEPTIONS with the reason, or the
// generator fails: an unmapped value would otherwise silently make a required scope disappear.

import { deref, isObject, type OpenApiSpec, type SpecOperation } from './spec';
import { cmp, sortedUnique } from './history';

/** Reviewed list of include values with no derivable scope. Keep each reason specific. */
export const INCLUDE_EXCEPTIONS: Readonly<Record<string, string>> = {
  attributions:
    'No operation reads `attribution` resources (no GET returns data of that type), so no scope can be derived. ' +
    'They have no attributes, only ids of the event, campaign/flow and message they credit, and come embedded in ' +
    'events (get_events, get_event), which already require events:read.',
};

export interface SpecWithOps {
  spec: OpenApiSpec;
  ops: readonly SpecOperation[];
}

export interface IncludeMapping {
  /** Operation id -> include value -> scopes (empty only for values in the exceptions). */
  byOp: Map<string, Record<string, string[]>>;
  /** The exceptions that were actually needed. */
  exceptions: Record<string, string>;
}

export function includeValues(spec: OpenApiSpec, op: SpecOperation): string[] {
  const params = Array.isArray(op.op.parameters) ? op.op.parameters : [];
  for (const raw of params) {
    const p = deref(spec, raw);
    if (!isObject(p) || p.name !== 'include' || p.in !== 'query') continue;
    const schema = deref(spec, p.schema);
    const items = isObject(schema) ? deref(spec, schema.items ?? schema) : undefined;
    const values = isObject(items) ? items.enum : undefined;
    if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) {
      throw new Error(`${op.id}: include parameter has no enum of strings`);
    }
    return sortedUnique(values as string[]);
  }
  return [];
}

/** Object schemas a node can be: `$ref`s resolved, `oneOf`/`anyOf` alternatives flattened. */
function alternatives(spec: OpenApiSpec, node: unknown, depth = 0): unknown[] {
  const n = deref(spec, node);
  if (!isObject(n) || depth > 20) return [];
  const alts = [...(Array.isArray(n.oneOf) ? n.oneOf : []), ...(Array.isArray(n.anyOf) ? n.anyOf : [])];
  return alts.length > 0 ? alts.flatMap((a) => alternatives(spec, a, depth + 1)) : [n];
}

/** The schemas of property `name` of a node, looking through `allOf` and alternatives. */
export function property(spec: OpenApiSpec, node: unknown, name: string, depth = 0): unknown[] {
  if (depth > 20) return [];
  const out: unknown[] = [];
  for (const alt of alternatives(spec, node)) {
    if (!isObject(alt)) continue;
    if (Array.isArray(alt.allOf)) for (const part of alt.allOf) out.push(...property(spec, part, name, depth + 1));
    if (isObject(alt.properties) && name in alt.properties) out.push(alt.properties[name]);
  }
  return out;
}

/** Array schemas stand for their items; anything else for itself. */
function elements(spec: OpenApiSpec, node: unknown): unknown[] {
  const n = deref(spec, node);
  if (isObject(n) && (n.type === 'array' || n.items !== undefined)) return [n.items];
  if (isObject(n) && Array.isArray(n.allOf)) {
    const arrays = n.allOf.map((p) => deref(spec, p)).filter((p) => isObject(p) && p.items !== undefined);
    if (arrays.length > 0) return arrays.flatMap((a) => elements(spec, a));
  }
  return [n];
}

/** JSON:API `type` values a resource schema declares (enum or const of its `type` property). */
function typeNames(spec: OpenApiSpec, resource: unknown): string[] {
  const out: string[] = [];
  for (const t of property(spec, resource, 'type')) {
    for (const alt of alternatives(spec, t)) {
      if (!isObject(alt)) continue;
      if (Array.isArray(alt.enum)) out.push(...alt.enum.filter((v): v is string => typeof v === 'string'));
      if (typeof alt.const === 'string') out.push(alt.const);
    }
  }
  return out;
}

function successBody(spec: OpenApiSpec, op: SpecOperation): unknown {
  const responses = deref(spec, op.op.responses);
  if (!isObject(responses)) return undefined;
  const res = deref(spec, responses['200']);
  if (!isObject(res) || !isObject(res.content)) return undefined;
  const media = res.content['application/vnd.api+json'] ?? res.content['application/json'];
  return isObject(media) ? media.schema : undefined;
}

/** JSON:API types of an operation's 200 response `data`. */
export function responseDataTypes(spec: OpenApiSpec, op: SpecOperation): string[] {
  const body = successBody(spec, op);
  return sortedUnique(property(spec, body, 'data').flatMap((d) => elements(spec, d)).flatMap((r) => typeNames(spec, r)));
}

/** JSON:API types an include value of an operation pulls in. */
export function includedTypes(spec: OpenApiSpec, op: SpecOperation, value: string): string[] {
  const body = successBody(spec, op);
  const resources = property(spec, body, 'data').flatMap((d) => elements(spec, d));
  const related = resources
    .flatMap((r) => property(spec, r, 'relationships'))
    .flatMap((rel) => property(spec, rel, value))
    .flatMap((v) => property(spec, v, 'data'))
    .flatMap((d) => elements(spec, d))
    .flatMap((r) => typeNames(spec, r));
  if (related.length > 0) return sortedUnique(related);
  const included = sortedUnique(property(spec, body, 'included').flatMap((d) => elements(spec, d)).flatMap((r) => typeNames(spec, r)));
  return included.length === 1 ? included : [];
}

function isOwnEndpoint(path: string): boolean {
  return /^\/api\/[^/{}]+(\/\{[^/]+\})?\/?$/.test(path);
}

/** Resource type -> the `:read` scopes needed to read it, from one spec's GET operations. */
export function readScopesByType(
  { spec, ops }: SpecWithOps,
  scopesOf: (op: SpecOperation) => string[],
): Map<string, string[]> {
  const readers = new Map<string, SpecOperation[]>();
  for (const op of ops) {
    if (op.method !== 'GET' || op.rawPath.startsWith('/client/')) continue;
    for (const t of responseDataTypes(spec, op)) readers.set(t, [...(readers.get(t) ?? []), op]);
  }
  const out = new Map<string, string[]>();
  for (const [type, list] of readers) {
    const own = list.filter((op) => isOwnEndpoint(op.rawPath));
    const chosen = own.length > 0 ? own : list;
    const sets = chosen.map((op) => scopesOf(op).filter((s) => s.endsWith(':read')));
    const shared = sets.reduce((acc, s) => acc.filter((x) => s.includes(x)));
    if (shared.length > 0) out.set(type, sortedUnique(shared));
  }
  return out;
}

export function mapIncludes(
  stable: SpecWithOps,
  beta: SpecWithOps,
  scopesOf: (op: SpecOperation) => string[],
  exceptions: Readonly<Record<string, string>> = INCLUDE_EXCEPTIONS,
): IncludeMapping {
  const stableScopes = readScopesByType(stable, scopesOf);
  const betaScopes = readScopesByType(beta, scopesOf);
  const byOp = new Map<string, Record<string, string[]>>();
  const used: Record<string, string> = {};
  const failures: string[] = [];
  const mappedValues = new Set<string>();
  for (const { spec, ops } of [stable, beta]) {
    for (const op of ops) {
      const map: Record<string, string[]> = {};
      for (const value of includeValues(spec, op)) {
        const types = includedTypes(spec, op, value);
        const scopes = types.map((t) => stableScopes.get(t) ?? betaScopes.get(t));
        if (types.length > 0 && scopes.every((s) => s !== undefined)) {
          map[value] = sortedUnique(scopes.flat() as string[]);
          mappedValues.add(value);
        } else if (typeof exceptions[value] === 'string' && exceptions[value].trim() !== '') {
          map[value] = [];
          used[value] = exceptions[value];
        } else {
          const why = types.length === 0 ? 'no resource type found in its 200 response' : `no GET operation reads type(s) ${types.join(', ')}`;
          failures.push(`${op.id} include=${value}: ${why}`);
        }
      }
      byOp.set(op.id, map);
    }
  }
  for (const value of Object.keys(exceptions)) {
    if (!(value in used) && !mappedValues.has(value)) failures.push(`INCLUDE_EXCEPTIONS.${value}: no operation offers include=${value} any more`);
    else if (mappedValues.has(value)) failures.push(`INCLUDE_EXCEPTIONS.${value}: now maps to a scope for some operation; review and remove the exception`);
  }
  if (failures.length > 0) {
    throw new Error(`Unmapped include values (derive them or add a reviewed entry to INCLUDE_EXCEPTIONS):\n  ${failures.sort(cmp).join('\n  ')}`);
  }
  return { byOp, exceptions: Object.fromEntries(Object.keys(used).sort(cmp).map((k) => [k, used[k]])) };
}
