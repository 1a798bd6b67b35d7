// Scope arithmetic for Klaviyo private API keys. Klaviyo's key page offers each resource
// No / Read / Full access, and Full grants both `<resource>:read` and `<resource>:write`, so a
// key declaring `X:write` also holds `X:read`. Every output list is sorted and deduplicated
// so that CLI output, diagnostics and snapshots are stable.

import { catalog } from './catalog';
import { redactAll } from './config/secrets';
import { normalizeScopeSpelling } from './scopes-normalize';

export type Access = 'read' | 'write';

export interface NormalizedScope {
  /** Today's spelling, or null when the input names no scope in the catalog. */
  scope: string | null;
  /** Set when the input was an old spelling that was accepted. */
  warning?: string;
  /** Set when the input was rejected. */
  error?: string;
  /** The closest scope in today's catalog, for unknown inputs that resemble one. */
  suggestion?: string;
}

export interface UiChecklistItem {
  /** The resource as Klaviyo's Create Private API Key page labels it, e.g. `Data Privacy`. */
  resource: string;
  /** The scope prefix, e.g. `data-privacy`. */
  prefix: string;
  access: 'Read' | 'Full';
}

export interface ExcessScope {
  scope: string;
  /**
   * `X:read` when the scope is `X:write` and read access to X is still needed: the key should
   * have Read instead of Full access for X. Null when nothing of X is needed.
   */
  suffices: string | null;
}

// Built lazily: the catalog is large and some callers only need the set operations.
let knownCache: { set: ReadonlySet<string>; resources: readonly string[] } | null = null;
function known(): { set: ReadonlySet<string>; resources: readonly string[] } {
  if (!knownCache) {
    const set = new Set(catalog.scopes);
    knownCache = { set, resources: sortedUnique(catalog.scopes.map(scopeResource)) };
  }
  return knownCache;
}

export function isKnownScope(scope: string): boolean {
  return known().set.has(scope);
}

/** `profiles:write` -> `profiles`. A string without a colon is its own resource. */
export function scopeResource(scope: string): string {
  const i = scope.indexOf(':');
  return i < 0 ? scope : scope.slice(0, i);
}

export function scopeAccess(scope: string): Access | null {
  const i = scope.indexOf(':');
  const a = i < 0 ? '' : scope.slice(i + 1);
  return a === 'read' || a === 'write' ? a : null;
}

export function union(...lists: ReadonlyArray<readonly string[]>): string[] {
  return sortedUnique(lists.flat());
}

/** The scopes a key effectively holds: each `X:write` brings `X:read` when the catalog has one. */
export function expandGranted(granted: readonly string[]): string[] {
  const out = new Set(granted);
  for (const s of granted) {
    if (scopeAccess(s) !== 'write') continue;
    const read = `${scopeResource(s)}:read`;
    if (isKnownScope(read)) out.add(read);
  }
  return sortedUnique(out);
}

export function missing(required: readonly string[], granted: readonly string[]): string[] {
  const have = new Set(expandGranted(granted));
  return sortedUnique(required.filter((s) => !have.has(s)));
}

/**
 * Granted scopes no requirement needs. `X:write` counts as excess when only `X:read` is
 * required (Read access would do). `X:read` next to a required `X:write` is not excess: the
 * UI cannot grant write without read.
 */
export function excess(granted: readonly string[], required: readonly string[]): string[] {
  return excessDetails(granted, required).map((e) => e.scope);
}

export function excessDetails(granted: readonly string[], required: readonly string[]): ExcessScope[] {
  const need = new Set(required);
  const out: ExcessScope[] = [];
  for (const s of sortedUnique(granted)) {
    if (need.has(s)) continue;
    const resource = scopeResource(s);
    const access = scopeAccess(s);
    if (access === 'read' && need.has(`${resource}:write`)) continue;
    const read = `${resource}:read`;
    out.push({ scope: s, suffices: access === 'write' && need.has(read) ? read : null });
  }
  return out;
}

/** What to tick on Klaviyo's Create Private API Key page to grant `scopes`, sorted by label. */
export function toUiChecklist(scopes: readonly string[]): UiChecklistItem[] {
  const byPrefix = new Map<string, 'Read' | 'Full'>();
  for (const s of scopes) {
    const prefix = scopeResource(s);
    if (scopeAccess(s) === 'write') byPrefix.set(prefix, 'Full');
    else if (!byPrefix.has(prefix)) byPrefix.set(prefix, 'Read');
  }
  return [...byPrefix]
    .map(([prefix, access]) => ({ resource: uiLabel(prefix), prefix, access }))
    .sort((a, b) => compare(a.resource, b.resource) || compare(a.prefix, b.prefix));
}

/** `coupon-codes` -> `Coupon Codes`, matching the labels on Klaviyo's key page. */
export function uiLabel(prefix: string): string {
  return prefix
    .split(/[-_]/)
    .filter((w) => w.length > 0)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
}

export function normalizeScope(raw: string): NormalizedScope {
  if (typeof raw !== 'string' || raw.trim() === '') {
    return { scope: null, error: 'A scope must be a non-empty string such as "profiles:read".' };
  }
  let spelled: ReturnType<typeof normalizeScopeSpelling> = null;
  try {
    spelled = normalizeScopeSpelling(raw);
  } catch {
    // A normalizer bug on odd input must not take the caller down; treat it as unknown.
  }
  if (spelled && isKnownScope(spelled.scope)) {
    if (!spelled.changed && spelled.scope === raw) return { scope: raw };
    return {
      scope: spelled.scope,
      warning: `"${raw}" is an old spelling of "${spelled.scope}"; write "${spelled.scope}".`,
    };
  }
  const suggestion = suggestScope(raw);
  // Redact first, then shorten: cut first, a key glued inside a long string would lose the
  // characters that make it key-shaped and show the rest in the clear.
  const safe = redactAll(raw);
  const shown = JSON.stringify(safe.length > 80 ? `${safe.slice(0, 77)}...` : safe);
  const lower = raw.trim().toLowerCase();
  const access = scopeAccess(lower);
  if (suggestion && access && scopeResource(suggestion) === scopeResource(lower) && scopeAccess(suggestion) !== access) {
    // e.g. `data-privacy:read`: the resource is right but Klaviyo offers only the other level.
    return {
      scope: null,
      error: `Unknown scope ${shown}: "${scopeResource(lower)}" has no ${access} scope, only "${suggestion}".`,
      suggestion,
    };
  }
  if (suggestion) return { scope: null, error: `Unknown scope ${shown}. Did you mean "${suggestion}"?`, suggestion };
  return { scope: null, error: `Unknown scope ${shown}. Scopes look like "<resource>:read" or "<resource>:write", e.g. "profiles:read".` };
}

// Words people use for Klaviyo's access levels, mapped to the scope suffix that grants them.
const ACCESS_WORDS: Record<string, Access> = {
  read: 'read', reads: 'read', get: 'read', list: 'read', view: 'read', readonly: 'read', r: 'read', ro: 'read',
  write: 'write', writes: 'write', full: 'write', update: 'write', create: 'write', delete: 'write',
  manage: 'write', edit: 'write', w: 'write', rw: 'write', admin: 'write', all: 'write', readwrite: 'write',
};

/** The closest scope in today's catalog, or undefined when nothing is plausibly meant. */
export function suggestScope(raw: string): string | undefined {
  const { set, resources } = known();
  const text = raw.trim().toLowerCase();
  if (text === '' || text.length > 100) return undefined;
  const sep = text.search(/[:.\s/]/);
  if (sep > 0) {
    const res = nearest(text.slice(0, sep).replace(/_/g, '-'), resources);
    const access = ACCESS_WORDS[text.slice(sep + 1).replace(/[^a-z]/g, '')];
    if (res && access) {
      if (set.has(`${res}:${access}`)) return `${res}:${access}`;
      const other = `${res}:${access === 'read' ? 'write' : 'read'}`;
      if (set.has(other)) return other;
    }
  }
  return nearest(text, [...set].sort());
}

/** The first closest candidate: callers pass sorted candidates, so ties resolve alphabetically. */
function nearest(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) > limit) continue;
    const d = editDistance(word, c);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return bestD <= limit ? best : undefined;
}

/** Optimal string alignment distance: Levenshtein plus adjacent transpositions (`porfiles`). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) rows[i].push(i === 0 ? j : 0);
  }
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2][j - 2] + 1);
      rows[i][j] = v;
    }
  }
  return rows[a.length][b.length];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedUnique(items: Iterable<string>): string[] {
  return [...new Set(items)].sort(compare);
}
