// Assembles catalog.json from today's stable and beta specs and the stable revision history.

import type { CatalogFile, CatalogOperationRecord, HttpMethod } from '../../server/src/core/catalog/types';
import { normalizeScopeSpelling } from '../../server/src/core/scopes-normalize';
import { buildHistory, cmp, parseRevisions, sortedUnique, traceLineage, type LineageTarget } from './history';
import { INCLUDE_EXCEPTIONS, mapIncludes } from './includes';
import { asSpec, endpointKey, listOperations, readRateLimit, stringList, stripTrailingSlash, HTTP_METHODS, type SpecOperation } from './spec';

export interface CatalogInput {
  stable: unknown;
  beta: unknown;
  revisions: unknown;
}

export interface BuildOptions {
  includeExceptions?: Readonly<Record<string, string>>;
}

/** Today's spelling of each scope, sorted; any string that is not a scope stops the build. */
export function normalizeScopes(raw: readonly string[], where: string): string[] {
  return sortedUnique(
    raw.map((s) => {
      const n = normalizeScopeSpelling(s);
      if (!n) throw new Error(`${where}: "${s}" is not a scope`);
      return n.scope;
    }),
  );
}

function specScopes(op: SpecOperation): string[] {
  return normalizeScopes(stringList(op.op['x-klaviyo-scopes'], `${op.id} x-klaviyo-scopes`), op.id);
}

function target(op: SpecOperation): LineageTarget {
  return {
    id: op.id,
    method: op.method,
    path: stripTrailingSlash(op.rawPath),
    aliases: stringList(op.op['x-klaviyo-operation-aliases'], `${op.id} x-klaviyo-operation-aliases`),
  };
}

const METHOD_ORDER = new Map<HttpMethod, number>(HTTP_METHODS.map((m, i) => [m, i]));

export function compareOperations(a: CatalogOperationRecord, b: CatalogOperationRecord): number {
  return (
    cmp(a.path, b.path) ||
    (METHOD_ORDER.get(a.method) ?? 9) - (METHOD_ORDER.get(b.method) ?? 9) ||
    Number(a.beta) - Number(b.beta) ||
    cmp(a.id, b.id)
  );
}

export function buildCatalog(input: CatalogInput, options: BuildOptions = {}): CatalogFile {
  const stableSpec = asSpec(input.stable, 'stable spec');
  const betaSpec = asSpec(input.beta, 'beta spec');
  const revisions = parseRevisions(input.revisions);
  if (revisions.length === 0) throw new Error('revisions.json lists no revisions');
  const stableOps = listOperations(stableSpec, 'stable spec');
  const betaOps = listOperations(betaSpec, 'beta spec');

  const seen = new Set<string>();
  for (const op of [...stableOps, ...betaOps]) {
    if (seen.has(op.id)) throw new Error(`operationId ${op.id} appears twice`);
    seen.add(op.id);
  }

  // Separate runs: a beta twin shares its endpoint with the stable operation, and each should
  // get the history of its own names.
  const stableTargets = stableOps.map(target);
  const betaTargets = betaOps.map(target);
  const stableLineage = traceLineage(stableTargets, revisions);
  const betaLineage = traceLineage(betaTargets, revisions);

  const includes = mapIncludes(
    { spec: stableSpec, ops: stableOps },
    { spec: betaSpec, ops: betaOps },
    specScopes,
    options.includeExceptions ?? INCLUDE_EXCEPTIONS,
  );

  const record = (op: SpecOperation, t: LineageTarget, beta: boolean, lineage: ReturnType<typeof traceLineage>): CatalogOperationRecord => {
    const tags = stringList(op.op.tags, `${op.id} tags`);
    if (tags.length === 0) throw new Error(`${op.id}: no tag`);
    return {
      id: op.id,
      tag: tags[0],
      method: op.method,
      path: t.path,
      scopes: specScopes(op),
      aliases: sortedUnique(t.aliases),
      // An old name that is some operation's id today did not become this one: it is the stable
      // twin's id, seen by the beta run at the shared endpoint.
      formerIds: (lineage.formerIds.get(op.id) ?? []).filter((n) => !seen.has(n)),
      rateLimit: readRateLimit(op),
      summary: typeof op.op.summary === 'string' ? op.op.summary : '',
      beta,
      client: t.path.startsWith('/client/'),
      include: includes.byOp.get(op.id) ?? {},
      revisions: lineage.revisions.get(op.id) ?? [],
    };
  };
  const operations = [
    ...stableOps.map((op, i) => record(op, stableTargets[i], false, stableLineage)),
    ...betaOps.map((op, i) => record(op, betaTargets[i], true, betaLineage)),
  ].sort(compareOperations);

  const stableAt = new Map(stableTargets.map((t) => [endpointKey(t.method, t.path), t.id]));
  const history = buildHistory(
    revisions,
    (key) => stableAt.get(key),
    (k, i) => stableLineage.owners[k][i] ?? betaLineage.owners[k][i] ?? null,
    normalizeScopes,
  );

  return {
    revision: stableSpec.info.version,
    betaRevision: betaSpec.info.version,
    revisions: revisions.map((r) => r.revision),
    scopes: sortedUnique(operations.flatMap((o) => o.scopes)),
    operations,
    history,
    includeExceptions: includes.exceptions,
  };
}

export interface CatalogSummary {
  stable: number;
  beta: number;
  scopes: number;
  stablePrefixes: number;
  stableAliases: number;
  betaAliases: number;
  formerIds: number;
  history: number;
  includeValues: number;
  includeExceptions: number;
  revisions: number;
}

export function summarize(c: CatalogFile): CatalogSummary {
  const stable = c.operations.filter((o) => !o.beta);
  const beta = c.operations.filter((o) => o.beta);
  return {
    stable: stable.length,
    beta: beta.length,
    scopes: c.scopes.length,
    stablePrefixes: new Set(stable.flatMap((o) => o.scopes.map((s) => s.split(':')[0]))).size,
    stableAliases: stable.reduce((n, o) => n + o.aliases.length, 0),
    betaAliases: beta.reduce((n, o) => n + o.aliases.length, 0),
    formerIds: c.operations.reduce((n, o) => n + o.formerIds.length, 0),
    history: c.history.length,
    includeValues: new Set(c.operations.flatMap((o) => Object.keys(o.include))).size,
    includeExceptions: Object.keys(c.includeExceptions).length,
    revisions: c.revisions.length,
  };
}
