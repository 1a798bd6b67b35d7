import { T_UNKNOWN, tConcat, tLiteral, tParts, tstr, type TValue } from '../tree-sitter/values';

// String-building the Ruby code we read does on URLs: String methods that keep or transform the
// text, URI.join's RFC 3986 resolution, File.join, query strings from hashes.

const KEEPS = new Set(['freeze', 'to_s', 'to_str', 'dup', 'strip', 'chomp', 'squish', 'itself', 'to_sym', 'to_uri', 'presence', 'html_safe']);
const CASES: Record<string, (s: string) => string> = {
  upcase: (s) => s.toUpperCase(),
  downcase: (s) => s.toLowerCase(),
  capitalize: (s) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase(),
};

/** The value of a String/Array/Hash method we model on `recv`, or null when the method is not one. */
export function stringMethod(recv: TValue, name: string, args: TValue[]): TValue | null {
  if (recv.kind === 'str' || recv.kind === 'env' || (recv.kind === 'unknown' && recv.param)) {
    if (KEEPS.has(name)) return recv;
    const transform = CASES[name];
    if (transform) {
      const lit = tLiteral(recv);
      // A parameter's case change keeps it a parameter: its value is known at each call site.
      return lit !== null ? tstr(transform(lit)) : recv;
    }
    const lit = tLiteral(recv);
    if (lit !== null && (name === 'host' || name === 'path' || name === 'request_uri' || name === 'query')) return urlPart(lit, name);
    if (name === 'to_json') return T_UNKNOWN;
  }
  if (recv.kind === 'arr' && name === 'join') {
    const sep = args[0] ? tLiteral(args[0]) : '';
    if (sep === null) return T_UNKNOWN;
    return recv.items.reduce<TValue>((acc, x, i) => (i === 0 ? x : tConcat(acc, tstr(sep), x)), tstr(''));
  }
  if (recv.kind === 'obj') {
    if (name === 'merge' && args[0]?.kind === 'obj') return { kind: 'obj', props: new Map([...recv.props, ...args[0].props]) };
    if (name === 'to_query' || name === 'to_param') return buildQuery(recv);
    if (KEEPS.has(name)) return recv;
  }
  return null;
}

function urlPart(url: string, part: string): TValue {
  const m = /^([a-z]+:)?\/\/([^/?#]*)([^?#]*)(\?[^#]*)?/i.exec(url);
  if (!m) return T_UNKNOWN;
  if (part === 'host') return tstr(m[2].replace(/:\d+$/, ''));
  if (part === 'path') return tstr(m[3]);
  if (part === 'query') return m[4] ? tstr(m[4].slice(1)) : T_UNKNOWN;
  return tstr(m[3] + (m[4] ?? ''));
}

/** `URI.join(base, ref)`: an absolute ref wins, `/x` replaces the path, `x` replaces the last segment. */
export function joinUri(base: TValue, ref: TValue): TValue {
  const r = tParts(ref);
  const b = tParts(base);
  if (!r || !b) return T_UNKNOWN;
  const head = typeof r[0] === 'string' ? r[0] : null;
  if (head !== null && /^[a-z]+:\/\//i.test(head)) return ref;
  const baseText = typeof b[0] === 'string' ? b[0] : null;
  const origin = baseText ? /^([a-z]+:)?\/\/[^/?#]*/i.exec(baseText)?.[0] : null;
  if (!origin) return T_UNKNOWN;
  if (head !== null && head.startsWith('/')) return tConcat(tstr(origin), ref);
  const lit = tLiteral(base);
  if (lit === null) return T_UNKNOWN;
  const dir = lit.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  return tConcat(tstr(dir.length > origin.length ? dir : `${origin}/`), ref);
}

/** Faraday joins like URI.join after making sure the base path ends with `/`. */
export function joinFaraday(base: TValue, ref: TValue): TValue {
  const lit = tLiteral(base);
  const withSlash = lit !== null && !lit.endsWith('/') ? tstr(`${lit}/`) : base;
  return joinUri(withSlash, ref);
}

/** `File.join('https://a.klaviyo.com/api', 'lists')`: one slash between parts. */
export function fileJoin(parts: TValue[]): TValue {
  let out: TValue = tstr('');
  parts.forEach((p, i) => {
    if (i === 0) {
      out = p;
      return;
    }
    const prev = tLiteral(out);
    const next = tParts(p);
    const head = next && typeof next[0] === 'string' ? next[0] : '';
    out = tConcat(prev !== null && prev.endsWith('/') ? out : head.startsWith('/') ? out : tConcat(out, tstr('/')), p);
  });
  return out;
}

/** `URI.encode_www_form(include: 'lists')` / `{ include: 'lists' }.to_query`: `include=lists`. */
export function buildQuery(v: TValue): TValue {
  if (v.kind !== 'obj') return T_UNKNOWN;
  let out: TValue = tstr('');
  let first = true;
  for (const [k, f] of v.props) {
    const val = f();
    const text = val.kind === 'arr' ? joinItems(val.items) : val;
    out = tConcat(out, tstr(`${first ? '' : '&'}${k}=`), text.kind === 'str' || text.kind === 'env' || text.kind === 'unknown' ? text : T_UNKNOWN);
    first = false;
  }
  return out;
}

function joinItems(items: TValue[]): TValue {
  return items.reduce<TValue>((acc, x, i) => (i === 0 ? x : tConcat(acc, tstr(','), x)), tstr(''));
}

/** `base` + `/` + `path`, with exactly one slash between them. */
export function joinPath(base: TValue, path: TValue): TValue {
  const b = tLiteral(base);
  const p = tLiteral(path);
  const needs = !(b !== null && b.endsWith('/')) && !(p !== null && p.startsWith('/'));
  return tConcat(needs ? tConcat(base, tstr('/')) : base, path);
}
