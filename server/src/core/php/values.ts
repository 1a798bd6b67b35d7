import { tLiteral, T_UNKNOWN, type TValue } from '../tree-sitter/values';

// PHP-side helpers over the shared abstract values (tree-sitter/values.ts): PHP arrays, `null`,
// and joining the values a variable may hold after branches.

/** `null`: an unknown that joins away (`$client = null; if (…) $client = new …`). */
export const T_NULL: TValue = { kind: 'unknown' };

export function str(text: string): TValue {
  return { kind: 'str', parts: [text] };
}

export function objOf(entries: [string, TValue][]): TValue {
  return { kind: 'obj', props: new Map(entries.map(([k, v]) => [k, () => v])) };
}

/** An array element by key; `ci` matches keys case-insensitively (HTTP header names). */
export function getProp(v: TValue | null | undefined, key: string, ci = false): TValue {
  if (!v) return T_UNKNOWN;
  if (v.kind === 'obj') {
    const hit = v.props.get(key);
    if (hit) return hit();
    if (ci) for (const [k, f] of v.props) if (k.toLowerCase() === key.toLowerCase()) return f();
    return T_UNKNOWN;
  }
  if (v.kind === 'arr' && /^\d+$/.test(key)) return v.items[Number(key)] ?? T_UNKNOWN;
  if (v.kind === 'unknown' && v.param) return { kind: 'unknown', param: { ...v.param, path: [...v.param.path, key] } };
  return T_UNKNOWN;
}

/** Does the array have this key at all (even with a value we cannot read)? */
export function hasProp(v: TValue | null | undefined, key: string, ci = false): boolean {
  if (!v || v.kind !== 'obj') return false;
  return [...v.props.keys()].some((k) => (ci ? k.toLowerCase() === key.toLowerCase() : k === key));
}

/** Later keys win (`array_merge`); `+` on arrays keeps the left ones, so callers pass them reversed. */
export function mergeObjs(values: TValue[]): TValue {
  const props = new Map<string, () => TValue>();
  for (const v of values) {
    if (v.kind === 'obj') for (const [k, f] of v.props) props.set(k, f);
    else if (v.kind === 'arr') v.items.forEach((item, i) => props.set(String(i), () => item));
    else return T_UNKNOWN;
  }
  return { kind: 'obj', props };
}

/** The values a variable may hold at a use, merged: equal ones agree, SDK clients keep what they share. */
export function join(values: TValue[]): TValue {
  const vs = values.filter((v) => v !== T_NULL);
  if (vs.length === 0) return values.length ? T_NULL : T_UNKNOWN;
  const [first, ...rest] = vs;
  if (rest.length === 0) return first;
  if (rest.every((v) => same(v, first))) return first;
  if (first.kind === 'sdk' && rest.every((v) => v.kind === 'sdk' && v.what === first.what && v.group === first.group && v.legacy === first.legacy)) {
    return { ...first, keyEnv: rest.every((v) => v.kind === 'sdk' && v.keyEnv === first.keyEnv) ? first.keyEnv : null };
  }
  const url = samePathAndHost(vs);
  if (url) return url;
  if (first.kind === 'http' && rest.every((v) => v.kind === 'http' && v.lib === first.lib && v.what === first.what)) {
    return { ...first, baseURL: null, headers: null, method: null };
  }
  return T_UNKNOWN;
}

/**
 * `$url = BASE . $path; if ($q) $url .= '?' . http_build_query($q);`: URLs that differ only in
 * their query string send the same endpoint; the query is dropped.
 */
function samePathAndHost(vs: TValue[]): TValue | null {
  if (!vs.every((v) => v.kind === 'str')) return null;
  const heads = vs.map((v) => {
    const parts = (v as Extract<TValue, { kind: 'str' }>).parts;
    const q = parts.findIndex((p) => typeof p === 'string' && p.includes('?'));
    if (q < 0) return parts;
    const cut = (parts[q] as string).slice(0, (parts[q] as string).indexOf('?'));
    return [...parts.slice(0, q), ...(cut ? [cut] : [])];
  });
  const text = (ps: typeof heads[number]): string => ps.map((p) => (typeof p === 'string' ? p : '\u0000')).join('');
  const first = text(heads[0]);
  if (!/^https?:\/\//i.test(first) || !heads.every((h) => text(h) === first)) return null;
  return { kind: 'str', parts: heads[0] };
}

function same(a: TValue, b: TValue): boolean {
  if (a === b) return true;
  if (a.kind === 'str' && b.kind === 'str') {
    const la = tLiteral(a);
    return la !== null && la === tLiteral(b);
  }
  if (a.kind === 'env' && b.kind === 'env') return a.name === b.name;
  if ((a.kind === 'fn' || a.kind === 'class' || a.kind === 'instance') && a.kind === b.kind) return a.key === b.key;
  return false;
}

export function isNullish(v: TValue): boolean {
  return v === T_NULL || (v.kind === 'unknown' && !v.param);
}
