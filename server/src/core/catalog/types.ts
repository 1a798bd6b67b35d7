// Shapes of the generated catalog (catalog.json) and of the hydrated view the rest of the
// core uses. The generator (scripts/generate-catalog.ts) writes exactly `CatalogFile`.

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RateLimit {
  burst: string;
  steady: string;
  /** Added: 17 operations (e.g. `create_list`, 150/d) also have a daily cap, which bites batch jobs first. */
  daily?: string;
}

/** One operation of today's stable or beta spec, as stored in catalog.json. */
export interface CatalogOperationRecord {
  /** operationId, e.g. `get_profiles_for_list` (stable) or `get_campaigns_beta` (beta). */
  id: string;
  /** The SDK group, i.e. the spec tag: `Profiles`, `Data Privacy`, `Beta APIs`, `Client`. */
  tag: string;
  method: HttpMethod;
  /** Path template without trailing slash, e.g. `/api/lists/{id}/profiles`. */
  path: string;
  /** `x-klaviyo-scopes`, normalized to today's spelling, sorted. */
  scopes: string[];
  /** `x-klaviyo-operation-aliases`: older names the SDKs still expose. */
  aliases: string[];
  /** operationIds this operation had in older revisions that are neither its id nor an alias. */
  formerIds: string[];
  rateLimit: RateLimit | null;
  summary: string;
  beta: boolean;
  /** A `/client/` endpoint: authenticated by the public company_id, needs no private-key scope. */
  client: boolean;
  /** Accepted `include=` values, each mapped to the read scope(s) of the included resource type. */
  include: Record<string, string[]>;
  /** Indexes into `CatalogFile.revisions` of the stable revisions in which this operation exists. */
  revisions: number[];
}

/**
 * One (operationId, method, path) variant seen in a past revision whose id is not today's
 * id or alias of the same operation, or whose endpoint moved. Old SDK versions call these names.
 */
export interface HistoryRecord {
  id: string;
  method: HttpMethod;
  /** Path template as it was then, without trailing slash. May hold generic parameters such as `{related_resource}`. */
  path: string;
  /** Scopes as listed then, normalized to today's spelling. */
  scopes: string[];
  /** First and last index into `CatalogFile.revisions` in which this variant existed. */
  from: number;
  to: number;
  /** Today's operation it became, or null when it has no single successor (retired, or a generic path). */
  current: string | null;
}

export interface CatalogFile {
  /** Stable revision of the spec, e.g. `2026-07-15`. */
  revision: string;
  /** Beta revision, e.g. `2026-07-15.pre`. */
  betaRevision: string;
  /** Every stable revision in revisions.json, oldest first. */
  revisions: string[];
  /** Every scope today's stable and beta specs name, sorted. */
  scopes: string[];
  operations: CatalogOperationRecord[];
  history: HistoryRecord[];
  /** Include values the generator could not map to a scope, with the reason (kept explicit on purpose). */
  includeExceptions: Record<string, string>;
}

/** An operation as the rest of the core sees it: the record plus derived facts. */
export interface Operation extends CatalogOperationRecord {
  docsUrl: string;
}
