// Connects the operations of past stable revisions (revisions.json) to today's operations.
//
// Old SDK versions and old code call operations by the names and paths of their time. Walking the
// revisions from newest to oldest, an old entry belongs to today's operation X when its endpoint
// (method + path, trailing slash and parameter names ignored) is one X had in a newer revision, or
// when its operationId is a name X had in a newer revision (today's id, an alias, or an id picked
// up on the way). That chaining follows endpoints that moved while keeping their name
// (`unsuppress_profiles`) and names that changed while keeping their endpoint.
//
// One exception: an old endpoint with a parameter where X has a literal, e.g.
// `/api/lists/{id}/relationships/{related_resource}`, served several of today's operations at
// once, so it is never attributed to one of them even when its name is an alias of one.

import type { HistoryRecord, HttpMethod } from '../../server/src/core/catalog/types';
import { endpointKey, isObject, pathSubsumes, stringList, stripTrailingSlash, HTTP_METHODS } from './spec';

export interface RevisionEntry {
  operationId: string;
  method: HttpMethod;
  path: string;
  scopes: string[];
  aliases: string[];
}

export interface Revision {
  revision: string;
  entries: RevisionEntry[];
}

export interface LineageTarget {
  id: string;
  method: HttpMethod;
  path: string;
  aliases: string[];
}

export interface Lineage {
  /** owners[k][i]: today's id that entry i of revision k became, or null. */
  owners: (string | null)[][];
  formerIds: Map<string, string[]>;
  revisions: Map<string, number[]>;
}

/** revisions.json, oldest revision first. */
export function parseRevisions(x: unknown): Revision[] {
  if (!isObject(x) || !isObject(x.revisions)) throw new Error('revisions.json: expected { revisions: { <revision>: [...] } }');
  const out: Revision[] = [];
  for (const [revision, list] of Object.entries(x.revisions)) {
    if (!Array.isArray(list)) throw new Error(`revisions.json: ${revision} is not a list`);
    const entries = list.map((e, i): RevisionEntry => {
      const where = `revisions.json ${revision}[${i}]`;
      if (!isObject(e) || typeof e.operationId !== 'string' || typeof e.path !== 'string' || typeof e.method !== 'string') {
        throw new Error(`${where}: needs operationId, method and path`);
      }
      const method = e.method.toUpperCase() as HttpMethod;
      if (!HTTP_METHODS.includes(method)) throw new Error(`${where}: unknown method ${e.method}`);
      return {
        operationId: e.operationId,
        method,
        path: e.path,
        scopes: stringList(e.scopes, `${where}.scopes`),
        aliases: stringList(e.aliases ?? [], `${where}.aliases`),
      };
    });
    out.push({ revision, entries });
  }
  // Revision names are ISO dates, so string order is time order; the file's key order is not a contract.
  return out.sort((a, b) => (a.revision < b.revision ? -1 : a.revision > b.revision ? 1 : 0));
}

export function traceLineage(targets: readonly LineageTarget[], revisions: readonly Revision[]): Lineage {
  const targetById = new Map(targets.map((t) => [t.id, t]));
  const byEndpoint = new Map<string, string>();
  const endpointsOf = new Map<string, string[]>();
  const byName = new Map<string, string>();
  const ambiguous = new Set<string>();
  const claimName = (name: string, id: string): void => {
    const had = byName.get(name);
    if (had === undefined) byName.set(name, id);
    // A name that is someone's id today stays theirs.
    else if (had !== id && had !== name) ambiguous.add(name);
  };
  for (const t of targets) {
    const key = endpointKey(t.method, t.path);
    if (byEndpoint.has(key)) throw new Error(`two of today's operations share ${key}: ${byEndpoint.get(key)} and ${t.id}`);
    byEndpoint.set(key, t.id);
    endpointsOf.set(t.id, [t.path]);
  }
  // Today's ids first so that an alias of another operation never shadows an id.
  for (const t of targets) byName.set(t.id, t.id);
  for (const t of targets) for (const a of t.aliases) claimName(a, t.id);

  const owners: (string | null)[][] = revisions.map((r) => r.entries.map(() => null));
  for (let k = revisions.length - 1; k >= 0; k--) {
    revisions[k].entries.forEach((e, i) => {
      const key = endpointKey(e.method, e.path);
      let owner = byEndpoint.get(key) ?? null;
      if (owner === null && !ambiguous.has(e.operationId)) {
        const named = byName.get(e.operationId) ?? null;
        if (named !== null && !(endpointsOf.get(named) ?? []).some((p) => pathSubsumes(e.path, p))) owner = named;
      }
      owners[k][i] = owner;
      if (owner === null) return;
      if (!byEndpoint.has(key)) {
        byEndpoint.set(key, owner);
        endpointsOf.get(owner)?.push(e.path);
      }
      for (const n of [e.operationId, ...e.aliases]) claimName(n, owner);
    });
  }

  const formerIds = new Map<string, string[]>();
  const revs = new Map<string, number[]>();
  for (const t of targets) {
    formerIds.set(t.id, []);
    revs.set(t.id, []);
  }
  revisions.forEach((r, k) => {
    r.entries.forEach((e, i) => {
      const owner = owners[k][i];
      if (owner !== null) {
        revs.get(owner)?.push(k);
        const t = targetById.get(owner);
        if (t && e.operationId !== t.id && !t.aliases.includes(e.operationId)) formerIds.get(owner)?.push(e.operationId);
        return;
      }
      // A generic endpoint of the time could already be called the way today's operation is.
      for (const t of targets) if (t.method === e.method && pathSubsumes(e.path, t.path)) revs.get(t.id)?.push(k);
    });
  });
  for (const [id, list] of formerIds) formerIds.set(id, sortedUnique(list));
  for (const [id, list] of revs) revs.set(id, [...new Set(list)].sort((a, b) => a - b));
  return { owners, formerIds, revisions: revs };
}

/**
 * Every (operationId, method, path) of past revisions that is not today's id of that same
 * endpoint, as runs of consecutive revisions with the same scopes and successor.
 * `todayAt(endpointKey)` is today's id at an endpoint; `current(k, i)` the successor of entry i of revision k.
 */
export function buildHistory(
  revisions: readonly Revision[],
  todayAt: (key: string) => string | undefined,
  current: (k: number, i: number) => string | null,
  normalizeScopes: (raw: readonly string[], where: string) => string[],
): HistoryRecord[] {
  const open = new Map<string, HistoryRecord>();
  const out: HistoryRecord[] = [];
  revisions.forEach((r, k) => {
    r.entries.forEach((e, i) => {
      if (todayAt(endpointKey(e.method, e.path)) === e.operationId) return;
      const path = stripTrailingSlash(e.path);
      const scopes = normalizeScopes(e.scopes, `revisions.json ${r.revision} ${e.operationId}`);
      const cur = current(k, i);
      const key = `${e.operationId} ${e.method} ${path}`;
      const prev = open.get(key);
      if (prev && prev.to === k - 1 && prev.current === cur && sameList(prev.scopes, scopes)) {
        prev.to = k;
        return;
      }
      const rec: HistoryRecord = { id: e.operationId, method: e.method, path, scopes, from: k, to: k, current: cur };
      open.set(key, rec);
      out.push(rec);
    });
  });
  return out.sort((a, b) => cmp(a.id, b.id) || a.from - b.from || cmp(a.method, b.method) || cmp(a.path, b.path));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortedUnique(list: Iterable<string>): string[] {
  return [...new Set(list)].sort(cmp);
}
