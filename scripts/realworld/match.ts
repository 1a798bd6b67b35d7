// Scoring the tool against hand labels: a reported call matches a label in the same file within
// 2 lines (LABELLING.md) with the same operation. Pure functions over plain data, so the rules
// are tested on their own (test/unit/realworld-match.test.ts).

import { kindOf, languageOf, type Label, type LabelKind } from './labels';

/** The part of a `scan --format json` call that scoring reads. */
export interface Finding {
  file: string;
  line: number;
  kind: 'sdk' | 'http' | 'legacy' | 'client';
  operation: string | null;
  method: string | null;
  path: string | null;
  scopes: string[];
  confidence: 'certain' | 'likely' | 'unresolved';
  language: string;
}

export const LINE_TOLERANCE = 2;

/** The finding's operation written as a label writes it. */
export function findingOperation(f: Finding): string {
  if (f.kind === 'legacy') return `legacy:${f.method ?? '?'} ${f.path ?? '?'}`;
  if (f.kind === 'client') return `client:${f.operation ?? '?'}`;
  if (f.operation) return f.operation;
  if (f.confidence === 'unresolved') return 'unresolved';
  return `unknown:${f.method ?? '?'} ${f.path ?? '?'}`;
}

export function findingKind(f: Finding): LabelKind {
  if (f.kind === 'legacy') return 'legacy';
  if (f.kind === 'client') return 'client';
  return f.operation ? 'current' : 'other';
}

const methodOf = (op: string): string | null => /^[a-z]+:([A-Z]+)\s/.exec(op)?.[1] ?? null;

/**
 * Same operation. Retired calls agree on being retired and on the method (their paths are
 * written many ways and need no scope); requests to no operation agree on being such.
 */
export function sameOperation(label: string, finding: Finding): boolean {
  const found = findingOperation(finding);
  const kind = kindOf(label);
  if (kind === 'legacy') {
    if (finding.kind !== 'legacy') return false;
    const a = methodOf(label);
    return a === null || finding.method === null || a === finding.method.toUpperCase();
  }
  if (label.startsWith('unknown:')) return found.startsWith('unknown:');
  if (label.startsWith('oauth:')) return found.startsWith('oauth:') || (finding.path ?? '').includes('/oauth/');
  return label === found;
}

export interface Pair {
  label: Label;
  finding: Finding;
}

export interface RepoScore {
  matched: Pair[];
  /** Same place, another operation: counted as a miss and as an extra. */
  wrongOperation: Pair[];
  misses: Label[];
  extras: Finding[];
  labelScopes: string[];
  foundScopes: string[];
  exactScopes: boolean;
}

function take<T>(pool: T[], pick: (x: T) => number | null): T | null {
  let best = -1;
  let bestCost = Infinity;
  pool.forEach((x, i) => {
    const cost = pick(x);
    if (cost !== null && cost < bestCost) {
      best = i;
      bestCost = cost;
    }
  });
  return best < 0 ? null : pool.splice(best, 1)[0]!;
}

const near = (label: Label, f: Finding): number | null =>
  f.file === label.file && Math.abs(f.line - label.line) <= LINE_TOLERANCE ? Math.abs(f.line - label.line) : null;

export function scoreRepo(labels: readonly Label[], findings: readonly Finding[]): RepoScore {
  const pool = [...findings];
  const matched: Pair[] = [];
  const unmatched: Label[] = [];
  // Exact lines first, so a label two lines off does not take the finding of its neighbour.
  const ordered = [...labels].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  for (const label of ordered) {
    const f = take(pool, (x) => (sameOperation(label.operation, x) ? near(label, x) : null));
    if (f) matched.push({ label, finding: f });
    else unmatched.push(label);
  }
  const wrongOperation: Pair[] = [];
  const misses: Label[] = [];
  for (const label of unmatched) {
    const f = take(pool, (x) => near(label, x));
    if (f) wrongOperation.push({ label, finding: f });
    else misses.push(label);
  }
  const labelScopes = [...new Set(labels.flatMap((l) => l.scopes))].sort();
  const foundScopes = [...new Set(findings.flatMap((f) => f.scopes))].sort();
  return {
    matched,
    wrongOperation,
    misses,
    extras: pool,
    labelScopes,
    foundScopes,
    exactScopes: labelScopes.join(',') === foundScopes.join(','),
  };
}

/** A tally of one group (a language, a kind, a style, or everything). */
export interface Tally {
  labels: number;
  labelsFound: number;
  findings: number;
  findingsRight: number;
  located: number;
  unresolved: number;
}

export const emptyTally = (): Tally => ({ labels: 0, labelsFound: 0, findings: 0, findingsRight: 0, located: 0, unresolved: 0 });

export type Dimension = 'language' | 'kind' | 'style';

const labelTag = (l: Label, d: Dimension): string =>
  d === 'language' ? languageOf(l.file) : d === 'kind' ? kindOf(l.operation) : l.style;

const findingTag = (f: Finding, d: Dimension): string =>
  d === 'language' ? f.language : d === 'kind' ? findingKind(f) : f.kind === 'sdk' ? 'sdk' : 'http';

/** Adds one repository's score to the tallies of each group of `dimension` (or all, for null). */
export function addTo(tallies: Map<string, Tally>, score: RepoScore, dimension: Dimension | null): void {
  const get = (k: string) => tallies.get(k) ?? (tallies.set(k, emptyTally()), tallies.get(k)!);
  const lt = (l: Label) => get(dimension ? labelTag(l, dimension) : 'all');
  const ft = (f: Finding) => get(dimension ? findingTag(f, dimension) : 'all');
  for (const { label, finding } of score.matched) {
    lt(label).labels++;
    lt(label).labelsFound++;
    lt(label).located++;
    ft(finding).findings++;
    ft(finding).findingsRight++;
  }
  for (const { label, finding } of score.wrongOperation) {
    lt(label).labels++;
    lt(label).located++;
    ft(finding).findings++;
    if (finding.confidence === 'unresolved') ft(finding).unresolved++;
  }
  for (const label of score.misses) lt(label).labels++;
  for (const finding of score.extras) {
    ft(finding).findings++;
    if (finding.confidence === 'unresolved') ft(finding).unresolved++;
  }
}
