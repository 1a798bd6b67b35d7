import type { SyntaxNode } from '../tree-sitter/loader';
import { T_UNKNOWN, tConcat, tLiteral, tParts, tstr, type TValue } from '../tree-sitter/values';
import { decodeEscapes, isRaw, namedChildren } from './syntax';

// Python strings as abstract values: literals, f-strings, implicit concatenation, `%`
// formatting, `str.format`, `sep.join([...])`, `urljoin` and the `strip` family. Unknown
// pieces stay holes, so `f"{BASE}/profiles/{pid}"` keeps its literal middle.

type Eval = (node: SyntaxNode) => TValue;

export function evalStringNode(node: SyntaxNode, ev: Eval): TValue {
  if (node.type === 'concatenated_string') return tConcat(...namedChildren(node).map((c) => evalStringNode(c, ev)));
  const raw = isRaw(node);
  const pieces: TValue[] = [];
  for (const c of namedChildren(node)) {
    if (c.type === 'string_content') pieces.push(tstr(decodeEscapes(c.text, raw)));
    else if (c.type === 'escape_interpolation') pieces.push(tstr(c.text.slice(0, 1)));
    else if (c.type === 'interpolation') {
      const e = c.childForFieldName('expression');
      pieces.push(e ? asText(ev(e)) : T_UNKNOWN);
    }
  }
  return pieces.length ? tConcat(...pieces) : tstr('');
}

/** A value as it reads inside a string: non-strings become holes (an id, a number we do not know). */
export function asText(v: TValue): TValue {
  return tParts(v) ? v : T_UNKNOWN;
}

/** `fmt % args`: `%s`/`%d`/`%r` take the arguments in order, `%(name)s` from a dict. */
export function percentFormat(fmt: TValue, args: TValue, member: (v: TValue, k: string) => TValue): TValue {
  const text = tLiteral(fmt);
  if (text === null) return T_UNKNOWN;
  const items = args.kind === 'arr' ? args.items : [args];
  let i = 0;
  const out: TValue[] = [];
  let last = 0;
  for (const m of text.matchAll(/%(?:\(([^)]*)\))?[-#0 +]*\d*(?:\.\d+)?([sdirfxXeEgGc%])/g)) {
    out.push(tstr(text.slice(last, m.index)));
    if (m[2] === '%') out.push(tstr('%'));
    else out.push(asText(m[1] !== undefined ? member(args, m[1]) : items[i++] ?? T_UNKNOWN));
    last = (m.index ?? 0) + m[0].length;
  }
  out.push(tstr(text.slice(last)));
  return tConcat(...out);
}

/** `fmt.format(a, b, name=c)`: `{}`, `{0}`, `{name}` and `{name!r:>4}` fields; `{{`/`}}` are braces. */
export function braceFormat(fmt: TValue, positional: TValue[], keywords: Map<string, TValue>): TValue {
  const text = tLiteral(fmt);
  if (text === null) return T_UNKNOWN;
  let auto = 0;
  const out: TValue[] = [];
  let last = 0;
  for (const m of text.matchAll(/\{\{|\}\}|\{([^{}!:]*)(?:![rsa])?(?::[^{}]*)?\}/g)) {
    out.push(tstr(text.slice(last, m.index)));
    if (m[0] === '{{' || m[0] === '}}') out.push(tstr(m[0][0]));
    else {
      const field = (m[1] ?? '').trim();
      const head = field.split(/[.[]/)[0];
      const v = head === '' ? positional[auto++] : /^\d+$/.test(head) ? positional[Number(head)] : keywords.get(head);
      // `{0.attr}` / `{d[key]}` read inside the value: beyond what we follow.
      out.push(head !== field ? T_UNKNOWN : asText(v ?? T_UNKNOWN));
    }
    last = (m.index ?? 0) + m[0].length;
  }
  out.push(tstr(text.slice(last)));
  return tConcat(...out);
}

/** `sep.join([a, b])`. */
export function joinValues(sep: TValue, items: TValue): TValue {
  if (items.kind !== 'arr' || tLiteral(sep) === null) return T_UNKNOWN;
  const out: TValue[] = [];
  items.items.forEach((v, i) => {
    if (i > 0) out.push(sep);
    out.push(asText(v));
  });
  return out.length ? tConcat(...out) : tstr('');
}

/** `urllib.parse.urljoin(base, url)` (RFC 3986 reference resolution, for the shapes URLs take in code). */
export function urlJoin(base: TValue, url: TValue): TValue {
  const u = tParts(url);
  const b = tParts(base);
  if (!u || !b) return T_UNKNOWN;
  const head = typeof u[0] === 'string' ? u[0] : '';
  if (/^[a-z][a-z0-9+.-]*:/i.test(head) || head.startsWith('//')) return url;
  const baseHead = typeof b[0] === 'string' ? b[0] : null;
  if (baseHead === null || b.length > 1) {
    // A base with holes: only a relative `path` appended to a base ending in '/' is certain.
    return head.startsWith('/') ? T_UNKNOWN : tConcat(base, url);
  }
  const origin = baseHead.match(/^([a-z][a-z0-9+.-]*:\/\/[^/]*)/i)?.[1] ?? '';
  if (head.startsWith('/')) return tConcat(tstr(origin), url);
  const dir = baseHead.slice(0, baseHead.lastIndexOf('/') + 1) || baseHead + '/';
  return tConcat(tstr(dir.length < origin.length ? origin + '/' : dir), url);
}

/** `s.rstrip('/')`, `s.strip()`: only the literal ends change. */
export function stripValue(v: TValue, method: string, chars: string | null): TValue {
  const parts = tParts(v);
  if (!parts || v.kind !== 'str') return v;
  const set = chars ?? ' \t\n\r';
  const trim = (s: string, left: boolean, right: boolean): string => {
    let a = 0;
    let b = s.length;
    while (left && a < b && set.includes(s[a])) a++;
    while (right && b > a && set.includes(s[b - 1])) b--;
    return s.slice(a, b);
  };
  const out = [...parts];
  const left = method !== 'rstrip';
  const right = method !== 'lstrip';
  if (left && typeof out[0] === 'string') out[0] = trim(out[0], true, false);
  const n = out.length - 1;
  if (right && typeof out[n] === 'string') out[n] = trim(out[n] as string, false, true);
  return { kind: 'str', parts: out.filter((p) => p !== '') };
}
