import { T_UNKNOWN, tConcat, tLiteral, tParts, type TParamRef, type TStrPart, type TValue } from '../tree-sitter/values';
import type { Span } from './types';

// Values of the IR evaluator: the tree-sitter languages' string values (tree-sitter/values.ts),
// plus instances of project classes and library objects (clients, requests, builders) whose
// state is what a request would be sent with.

export interface LibState {
  base?: TValue;
  url?: TValue;
  method?: TValue;
  include: string[];
  /** The object came from a declared type alone (injected): its base URL is set where we cannot see. */
  unseen: boolean;
  /** Already reported: sent, or returned after a helper built it (see IrEvaluator.run). */
  sent?: boolean;
  /** Built by a helper at this call site (`req, _ := c.newRequest("GET", path)`): reported where it is sent, or here if it is returned unsent. */
  builtAt?: { at: Span; nameAt: Span; helper: string };
  /** A configuration object narrowed to a section (`GetSection("Klaviyo")`): the prefix of its keys. */
  section?: string;
  /** Whole requests this may be instead (a builder returned from each branch of an `if`): each is sent. */
  alts?: LibState[];
  /** A dependency-injection registration (registrations.ts): the class and client names it configures. */
  regKeys?: string[];
  /** A parameter of a library type (`req *http.Request`): what it sends is the caller's. */
  param?: TParamRef;
}

export type Val =
  | TValue
  /**
   * `fields`: what this object's own fields were set to here (`config.BaseURL = …` on a local struct);
   * `unwrap`: a wrapper's property that gives the object itself (`options.Value` of `IOptions<T>`).
   */
  | { kind: 'inst'; cls: string; fields?: Record<string, Val>; unwrap?: string }
  | { kind: 'classref'; cls: string }
  | { kind: 'lib'; tag: string; st: LibState }
  | { kind: 'fnref'; name: string; cls?: string; recv?: Val };

export const UNKNOWN: Val = T_UNKNOWN;

export function lib(tag: string, st: Partial<LibState> = {}): Val {
  return { kind: 'lib', tag, st: { include: [], unseen: false, ...st } };
}

/** The value as a string value, when it is one (a library object or instance is not). */
export function asStr(v: Val | undefined): TValue {
  if (!v) return T_UNKNOWN;
  return v.kind === 'str' || v.kind === 'unknown' || v.kind === 'env' ? v : T_UNKNOWN;
}

export function literal(v: Val | undefined): string | null {
  return tLiteral(asStr(v));
}

export function concat(...vs: Val[]): TValue {
  return tConcat(...vs.map(asStr));
}

/**
 * `base` and `path` joined as a client joins them: an absolute path wins, otherwise one slash
 * between them whatever each brings.
 */
export function joinUrl(base: TValue | undefined, path: TValue | undefined): TValue {
  if (!path) return base ?? T_UNKNOWN;
  const head = tParts(path)?.[0];
  if (!base || (typeof head === 'string' && /^https?:\/\//i.test(head))) return path;
  const bp = tParts(base);
  const last = bp?.[bp.length - 1];
  const endsSlash = typeof last === 'string' && last.endsWith('/');
  const startsSlash = typeof head === 'string' && head.startsWith('/');
  if (endsSlash && startsSlash) return tConcat(base, { kind: 'str', parts: [(head as string).slice(1), ...(tParts(path) ?? []).slice(1)] });
  if (!endsSlash && !startsSlash && typeof head === 'string' && head !== '') return tConcat(base, { kind: 'str', parts: ['/'] }, path);
  return tConcat(base, path);
}

/** `url.JoinPath(base, "lists", id)`, `path.Join`, `Url.Combine`: one slash between pieces, whatever each brings. */
export function joinSegments(base: TValue | undefined, piece: TValue): TValue {
  if (!base) return piece;
  const bp = tParts(base);
  const pp = tParts(piece);
  const last = bp?.[bp.length - 1];
  const head = pp?.[0];
  if (typeof head === 'string' && /^https?:\/\//i.test(head)) return piece;
  const endsSlash = typeof last === 'string' && last.endsWith('/');
  const startsSlash = typeof head === 'string' && head.startsWith('/');
  if (endsSlash && startsSlash && pp) return tConcat(base, { kind: 'str', parts: [(head as string).slice(1), ...pp.slice(1)] });
  return endsSlash || startsSlash ? tConcat(base, piece) : tConcat(base, { kind: 'str', parts: ['/'] }, piece);
}

/** A URL template's `{+baseurl}` expansion (Kiota, RFC 6570): the client's base URL, set elsewhere. */
export const TEMPLATE_BASE = '{+base}';

/**
 * `{id}` in a URL template (Spring, RestSharp, Feign, Kiota) is a hole, not text; `{?a,b}` and
 * `{&…}` expand to a query string, which says nothing of the path; `{+baseurl}` is the base.
 */
export function templateHoles(v: TValue): TValue {
  if (v.kind !== 'str') return v;
  const parts: TStrPart[] = [];
  for (const p of v.parts) {
    if (typeof p !== 'string' || !p.includes('{')) {
      parts.push(p);
      continue;
    }
    p.split(/(\{[+?&]?[A-Za-z_%][\w.%*,-]*\})/).forEach((piece, i) => {
      if (i % 2 === 0) {
        if (piece) parts.push(piece);
      } else if (piece.startsWith('{+')) parts.push({ hole: true, name: TEMPLATE_BASE });
      else if (!/^\{[?&]/.test(piece)) parts.push({ hole: true });
    });
  }
  return { kind: 'str', parts };
}

/** Two values a name may hold (branches of an if): the same, one of two literals, or unknown. */
export function merge(a: Val, b: Val): Val {
  if (JSON.stringify(a) === JSON.stringify(b)) return a;
  const la = literal(a);
  const lb = literal(b);
  if (la !== null && lb !== null) return { kind: 'str', parts: [{ hole: true, alt: [la, lb] }] };
  if (a.kind === 'lib' && b.kind === 'lib' && a.tag === b.tag) {
    // Two requests that differ in what they send: both, as alternatives (same ones once).
    const states = [...(a.st.alts ?? [a.st]), ...(b.st.alts ?? [b.st])];
    const distinct = states.filter((x, i) => states.findIndex((y) => sameRequest(x, y)) === i);
    return distinct.length > 1 ? { ...a, st: { ...a.st, alts: distinct } } : a;
  }
  if (a.kind === 'inst' && b.kind === 'inst' && a.cls === b.cls) {
    // A field set on one branch only (`if cfg.URL == "" { cfg.URL = defaultURL }`): what it was set to.
    const fields: Record<string, Val> = { ...b.fields, ...a.fields };
    for (const k of Object.keys(fields)) if (a.fields?.[k] && b.fields?.[k]) fields[k] = merge(a.fields[k], b.fields[k]);
    return { kind: 'inst', cls: a.cls, fields };
  }
  // A URL and the same URL with a query string appended on one branch (`if (params) url += "?" + …`): the URL.
  const pa = a.kind === 'str' || b.kind === 'str' ? tParts(asStr(a)) : null;
  const pb = pa ? tParts(asStr(b)) : null;
  if (pa && pb && (a.kind !== 'unknown' || a.param) && (b.kind !== 'unknown' || b.param)) {
    const [short, long] = pa.length <= pb.length ? [{ parts: pa }, { parts: pb }] : [{ parts: pb }, { parts: pa }];
    const n = short.parts.length;
    const same = short.parts.slice(0, n - 1).every((p, i) => JSON.stringify(p) === JSON.stringify(long.parts[i]));
    const lastS = short.parts[n - 1];
    const lastL = long.parts[n - 1];
    const rest = typeof lastS === 'string' && typeof lastL === 'string' && lastL.startsWith(lastS) ? lastL.slice(lastS.length) : JSON.stringify(lastS) === JSON.stringify(lastL) ? (typeof long.parts[n] === 'string' ? long.parts[n] : null) : null;
    const holeNext = rest === null && JSON.stringify(lastS) === JSON.stringify(lastL) && typeof long.parts[n] === 'object';
    if (n && same && ((typeof rest === 'string' && /^[?&]/.test(rest)) || holeNext)) return short.parts === pa ? a : b;
  }
  return a.kind === 'unknown' ? b : b.kind === 'unknown' ? a : UNKNOWN;
}

function sameRequest(a: LibState, b: LibState): boolean {
  return JSON.stringify([a.base, a.url, a.method]) === JSON.stringify([b.base, b.url, b.method]);
}
