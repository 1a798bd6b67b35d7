import { catalog } from '../catalog';
import type { Operation } from '../catalog/types';
import type { ResolvedRequest } from '../requests';
import { scopesOfCall } from '../requests';

// Maps an official-SDK method name (any language's spelling) to today's operation, shared by
// the Node, Python, PHP and Ruby SDK detectors.

/** Generated-code suffixes that call the same operation (`get_profiles_with_http_info`, `getProfilesAsync`). */
const SUFFIXES = [/_with_http_info$/, /_without_preload_content$/, /AsyncWithHttpInfo$/, /WithHttpInfo$/, /Async$/, /Request$/];

export interface SdkMethodInput {
  name: string;
  /** API revision the SDK version in use sends, when known: it picks the endpoint of names that moved. */
  revision: string | null;
  include: string[];
  /** String literal arguments by position (null: not a literal), for v1–v2 generic relationship methods. */
  literalArgs: (string | null)[];
  /**
   * The SDK's facts about a generic relationship method of this name: which argument holds the
   * related resource and the values it takes. Without them every literal argument is tried.
   */
  generic?: { argIndex: number; relatedResources: readonly string[] };
  keyEnv: string | null;
  /** How today's name is spelled in this language, for the rename hint. */
  spell: (operationId: string) => string;
}

export type SdkMethodResult = ResolvedRequest & { matchedName: string };

/** Resolves a method name, or returns null when it is not an SDK API method (e.g. `api.session`). */
const nameCache = new Map<string, boolean>();

/**
 * Whether a name could be an SDK API method in some version (today's name, an alias, an old id,
 * with or without a generated suffix). A map lookup, so detectors call it before evaluating
 * anything: almost every property access in a file fails it.
 */
export function isSdkMethodName(name: string): boolean {
  let hit = nameCache.get(name);
  if (hit === undefined) {
    hit = [name, ...SUFFIXES.filter((s) => s.test(name)).map((s) => name.replace(s, ''))].some((n) => catalog.resolveName(n) !== undefined);
    nameCache.set(name, hit);
  }
  return hit;
}

export function resolveSdkMethod(input: SdkMethodInput): SdkMethodResult | null {
  const tried = [input.name, ...SUFFIXES.filter((s) => s.test(input.name)).map((s) => input.name.replace(s, ''))];
  for (const name of tried) {
    const res = catalog.resolveName(name, input.revision ? { revision: input.revision } : undefined);
    if (!res) continue;
    const alias = res.deprecated && res.operation ? { used: stripSuffix(input.name), current: input.spell(res.operation.id) } : null;
    if (res.operation) return { ...callOf(res.operation, input, 'certain'), alias, matchedName: res.matched };
    return { ...genericOrRetired(res.variant ?? res.variants[res.variants.length - 1], input), matchedName: res.matched };
  }
  return null;
}

function stripSuffix(name: string): string {
  for (const s of SUFFIXES) if (s.test(name)) return name.replace(s, '');
  return name;
}

function callOf(op: Operation, input: SdkMethodInput, confidence: 'certain' | 'likely'): ResolvedRequest {
  const include = input.include.filter((v) => v in op.include);
  return {
    ...scopesOfCall(op, include),
    kind: op.client ? 'client' : 'sdk',
    operation: op.id, method: op.method, path: op.path, confidence, candidates: [], keyEnv: input.keyEnv,
    alias: null, replacement: null, note: null,
  };
}

type Variant = { method: string; path: string; current: string | null };

/**
 * A name with no single successor: a v1–v2 generic relationship method whose related resource
 * is an argument (`getListRelationships(id, 'profiles')`), or an operation Klaviyo retired.
 */
function genericOrRetired(v: Variant | undefined, input: SdkMethodInput): ResolvedRequest {
  const generic = v?.path.match(/\{(related_resource|related_resource_type|relationship)\}/);
  if (v && generic) {
    const lits = input.generic ? [input.literalArgs[input.generic.argIndex] ?? null] : input.literalArgs;
    for (const lit of lits) {
      if (!lit) continue;
      const m = catalog.matchRequest(v.method, v.path.replace(generic[0], lit));
      if (m.kind === 'match') return callOf(m.operation, input, 'certain');
    }
    // A literal the API no longer serves (`getEventRelationships(id, 'metrics')`): what its split name became.
    const lit = input.generic ? input.literalArgs[input.generic.argIndex] : null;
    const split = lit ? catalog.resolveName(`${input.name}_${lit.replace(/-/g, '_')}`) : undefined;
    if (split && split.variants.length > 0 && !/\{related_resource/.test(split.variants[0].path)) {
      if (split.operation) return { ...callOf(split.operation, input, 'likely'), alias: { used: input.name, current: input.spell(split.operation.id) } };
      return genericOrRetired(split.variants[split.variants.length - 1], { ...input, name: `${input.name}(…, '${lit}')`, generic: undefined });
    }
    const pattern = new RegExp('^' + v.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, (p) => (p === generic[0] ? '[^/]+' : '\\{[^}]+\\}')) + '$');
    const candidates = input.generic ? relatedOperations(v, generic[0], input.generic.relatedResources) : catalog.candidatesForPath(v.method, (t: string) => pattern.test(t));
    // The SDK allows one value only (`createListRelationships` → profiles): that is the operation.
    if (input.generic && candidates.length === 1) {
      return { ...callOf(candidates[0], input, 'likely'), note: `The related resource is not a literal here; ${input.name} only takes one value, so this is ${candidates[0].id}.` };
    }
    return {
      kind: 'sdk', operation: null, method: v.method, path: v.path, scopes: [], includeScopes: [], includes: [], confidence: 'unresolved',
      candidates: candidates.map((o) => o.id), keyEnv: input.keyEnv, alias: null, replacement: null, beta: false,
      note: `The related resource is not a literal here, so the operation is one of ${candidates.length} candidates.`,
    };
  }
  const moved = v ? catalog.matchRequest(v.method, v.path) : null;
  if (moved && moved.kind === 'match') return { ...callOf(moved.operation, input, 'likely'), alias: { used: input.name, current: input.spell(moved.operation.id) } };
  return {
    kind: 'sdk', operation: null, method: v?.method ?? null, path: v?.path ?? null, scopes: [], includeScopes: [], includes: [], confidence: 'certain',
    candidates: [], keyEnv: input.keyEnv, alias: null, replacement: null, beta: false,
    note: `${input.name} calls an operation Klaviyo has retired${v ? ` (${v.method} ${v.path})` : ''}.`,
  };
}

/** Operations a generic relationship method reaches with each value its SDK documents. */
function relatedOperations(v: Variant, hole: string, values: readonly string[]): Operation[] {
  const out = new Set<Operation>();
  for (const value of values) {
    const m = catalog.matchRequest(v.method, v.path.replace(hole, value));
    if (m.kind === 'match') out.add(m.operation);
  }
  return [...out];
}
