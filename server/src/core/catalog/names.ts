// Name lookup for operations: SDK method names come in camelCase (`getListProfiles`), the spec
// and the Python SDK use snake_case (`get_list_profiles`), and old code uses names that have since
// become aliases, former ids or history entries.

import type { HistoryRecord, Operation } from './types';

export type NameVia = 'id' | 'alias' | 'former' | 'history';

export interface NameEntry {
  /** The snake_case name as the catalog spells it. */
  name: string;
  via: NameVia;
  /** Today's operation for the name; null for history names with no successor. */
  operationId: string | null;
}

/** `getListProfiles`, `get_list_profiles` and `GetListProfiles` all become `getlistprofiles`. */
export function nameKey(name: string): string {
  return name.replace(/_/g, '').toLowerCase();
}

const VIA_RANK: Record<NameVia, number> = { id: 0, alias: 1, former: 2, history: 3 };

/**
 * Every name of the catalog by its key. When a name has several meanings the strongest wins: an
 * id over an alias (`create_campaign_clone` is a stable id and a beta alias), stable over beta
 * (beta twins repeat the stable aliases), and a history name resolves to its newest successor.
 */
export function buildNameIndex(operations: readonly Operation[], history: readonly HistoryRecord[]): Map<string, NameEntry> {
  const index = new Map<string, NameEntry & { rank: number }>();
  const offer = (name: string, via: NameVia, operationId: string | null, tiebreak: number): void => {
    const key = nameKey(name);
    const rank = VIA_RANK[via] * 10 + tiebreak;
    const had = index.get(key);
    if (!had || rank < had.rank) index.set(key, { name, via, operationId, rank });
  };
  for (const op of operations) {
    const t = op.beta ? 1 : 0;
    offer(op.id, 'id', op.id, t);
    for (const a of op.aliases) offer(a, 'alias', op.id, t);
    for (const f of op.formerIds) offer(f, 'former', op.id, t);
  }
  // Newest first, so that a retired variant does not shadow a successor.
  const newestFirst = [...history].sort((a, b) => b.to - a.to);
  for (const h of newestFirst) offer(h.id, 'history', h.current, 0);
  const out = new Map<string, NameEntry>();
  for (const [key, { name, via, operationId }] of index) out.set(key, { name, via, operationId });
  return out;
}

export function historyByKey(history: readonly HistoryRecord[]): Map<string, HistoryRecord[]> {
  const out = new Map<string, HistoryRecord[]>();
  for (const h of history) {
    const key = nameKey(h.id);
    out.set(key, [...(out.get(key) ?? []), h]);
  }
  for (const list of out.values()) list.sort((a, b) => a.from - b.from || a.to - b.to);
  return out;
}

/**
 * Index of the revision a caller pins, e.g. `2023-02-22`. A date between two revisions means the
 * older one (the API serves the newest revision not after the requested date); `2023-02-22.pre`
 * is treated as its date. -1 when older than every known revision.
 */
export function revisionIndex(revisions: readonly string[], revision: string): number {
  const date = revision.trim().slice(0, 10);
  let found = -1;
  revisions.forEach((r, i) => {
    if (r <= date) found = i;
  });
  return found;
}

/** The variant in force at revision index `at`: the one whose range holds it, else the newest before it. */
export function pickVariant(variants: readonly HistoryRecord[], at: number): HistoryRecord | null {
  let before: HistoryRecord | null = null;
  for (const v of variants) {
    if (v.from <= at && at <= v.to) return v;
    if (v.to < at && (!before || v.to > before.to)) before = v;
  }
  return before;
}
