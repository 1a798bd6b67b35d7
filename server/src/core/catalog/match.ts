// Matching a request as code spells it (`/api/profiles/01H...`, `/api/lists/{}/profiles/`,
// `https://a.klaviyo.com/api/profiles?include=lists`) against the catalog's path templates.

import type { Operation } from './types';

export type RequestMatch =
  | { kind: 'match'; operation: Operation; alternatives: Operation[] }
  | { kind: 'wrong-method'; allowed: Operation[] }
  | { kind: 'no-path'; nearest: Operation[] };

interface Template {
  path: string;
  segments: string[];
  params: boolean[];
  /** 'L'/'P' per segment: literals earlier in the path make a template more specific. */
  shape: string;
  literals: number;
  ops: Operation[];
}

const isPlaceholder = (s: string): boolean => s.startsWith('{') && s.endsWith('}');

/** The path part of a URL or path: no scheme/host, query, fragment or trailing slash. */
export function normalizeRequestPath(raw: string): string {
  let p = raw
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '')
    .replace(/^(?:[a-z0-9-]+\.)+klaviyo\.com(?=[/?#]|$)/i, '');
  // Cut at the first `?`/`#` outside a `{...}` placeholder, whose text is arbitrary.
  let depth = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if ((c === '?' || c === '#') && depth === 0) {
      p = p.slice(0, i);
      break;
    }
  }
  p = `/${p}`.replace(/\/{2,}/g, '/');
  return p.length > 1 ? p.replace(/\/+$/, '') : p;
}

function splitPath(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

export class Matcher {
  private readonly templates: Template[];

  constructor(operations: readonly Operation[]) {
    const byPath = new Map<string, Operation[]>();
    for (const op of operations) byPath.set(op.path, [...(byPath.get(op.path) ?? []), op]);
    this.templates = [...byPath].map(([path, ops]) => {
      const segments = splitPath(path);
      const params = segments.map(isPlaceholder);
      return {
        path,
        segments,
        params,
        shape: params.map((p) => (p ? 'P' : 'L')).join(''),
        literals: params.filter((p) => !p).length,
        ops,
      };
    });
  }

  match(method: string, rawPath: string, beta: boolean): RequestMatch {
    const m = method.toUpperCase();
    const segs = splitPath(normalizeRequestPath(rawPath));
    const fitting = this.templates.filter((t) => fits(t, segs));
    if (fitting.length === 0) {
      // Lazy: most callers only want to know there is no such path (request helpers try many
      // partial paths per file), and ranking every template by edit distance dominated scans.
      let nearest: Operation[] | undefined;
      const rank = (): Operation[] => this.nearest(m, segs);
      return { kind: 'no-path', get nearest() { return (nearest ??= rank()); } };
    }
    // 'L' < 'P', so among equally literal templates the one whose literals come first wins.
    fitting.sort((a, b) => b.literals - a.literals || (a.shape < b.shape ? -1 : a.shape > b.shape ? 1 : 0));
    const best = fitting[0];
    const same = best.ops.filter((op) => op.method === m);
    if (same.length === 0) return { kind: 'wrong-method', allowed: [...best.ops] };
    const ordered = [...same].sort((a, b) => Number(a.beta !== beta) - Number(b.beta !== beta));
    return { kind: 'match', operation: ordered[0], alternatives: ordered.slice(1) };
  }

  private nearest(method: string, segs: readonly string[], limit = 3): Operation[] {
    const scored = this.templates.map((t) => ({ t, cost: pathDistance(segs, t), sameMethod: t.ops.some((o) => o.method === method) }));
    scored.sort((a, b) => a.cost - b.cost || Number(b.sameMethod) - Number(a.sameMethod) || (a.t.path < b.t.path ? -1 : 1));
    return scored.slice(0, limit).map(({ t }) => {
      const ranked = [...t.ops].sort((a, b) => Number(b.method === method) - Number(a.method === method) || Number(a.beta) - Number(b.beta));
      return ranked[0];
    });
  }
}

function fits(t: Template, segs: readonly string[]): boolean {
  if (t.segments.length !== segs.length) return false;
  for (let i = 0; i < segs.length; i++) {
    // A template parameter takes any segment; a caller's placeholder only fills a parameter.
    if (t.params[i]) continue;
    if (isPlaceholder(segs[i]) || segs[i] !== t.segments[i]) return false;
  }
  return true;
}

/** Edit distance over segments; literals that differ cost their relative character distance. */
function pathDistance(segs: readonly string[], t: Template): number {
  const n = Math.min(segs.length, MAX_SEGMENTS);
  const m = t.segments.length;
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = [i];
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1] + segmentCost(segs[i - 1], t.segments[j - 1], t.params[j - 1]);
      cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, sub));
    }
    prev = cur;
  }
  return prev[m] + (segs.length - n);
}

// Bounds that keep a suggestion cheap whatever the input: no template has more segments or
// longer literals, and distance is quadratic in both.
const MAX_SEGMENTS = 16;
const MAX_SEGMENT_CHARS = 64;

function segmentCost(input: string, tmpl: string, param: boolean): number {
  if (param) return 0;
  if (isPlaceholder(input)) return 0.5;
  if (input === tmpl) return 0;
  if (input.length > MAX_SEGMENT_CHARS) return 1;
  return levenshtein(input, tmpl) / Math.max(input.length, tmpl.length);
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    prev = cur;
  }
  return prev[b.length];
}
