import { tConcat, tLiteral, tParts, T_UNKNOWN, type TValue } from '../tree-sitter/values';
import { mergeObjs, str } from './values';

// PHP built-ins that build URLs, options and headers: sprintf with a literal format, implode,
// http_build_query, WordPress's add_query_arg, array_merge, trim family, case changes, dirname, urlencode and
// stream_context_create. Anything else returns null (the caller treats the result as unknown).

type Dirname = (p: string) => string;

export function builtin(name: string, args: TValue[], dirname: Dirname): TValue | null {
  const [a, b] = args;
  switch (name) {
    case 'sprintf':
      return a ? sprintf(a, args.slice(1)) : null;
    case 'vsprintf':
      return a && b?.kind === 'arr' ? sprintf(a, b.items) : null;
    case 'implode':
    case 'join': {
      const [sep, list] = a?.kind === 'arr' ? [b ?? str(''), a] : [a, b];
      const s = sep ? tLiteral(sep) : null;
      if (s === null || list?.kind !== 'arr') return null;
      return tConcat(...list.items.flatMap((item, i) => (i ? [str(s), item] : [item])));
    }
    case 'http_build_query':
      return a ? query(a) : null;
    case 'add_query_arg': {
      // WordPress: `add_query_arg($key, $value, $url)` / `add_query_arg($array, $url)`: the URL with a query added.
      const url = a?.kind === 'arr' || a?.kind === 'obj' ? b : args[2];
      return url ? tConcat(url, str('?'), T_UNKNOWN) : null;
    }
    case 'array_merge':
      return args.length ? mergeObjs(args) : null;
    case 'rtrim':
    case 'ltrim':
    case 'trim':
      return a ? trim(name, a, b ? tLiteral(b) : null) : null;
    case 'strtoupper':
    case 'strtolower': {
      const lit = a ? tLiteral(a) : null;
      // Not literal (a helper's `$method` parameter): keep it, so the call site can bind it.
      if (lit === null) return a ?? null;
      return str(name === 'strtoupper' ? lit.toUpperCase() : lit.toLowerCase());
    }
    case 'dirname': {
      const lit = a ? tLiteral(a) : null;
      return lit === null ? null : str(dirname(lit));
    }
    case 'urlencode':
    case 'rawurlencode': {
      const lit = a ? tLiteral(a) : null;
      return lit === null ? T_UNKNOWN : str(encodeURIComponent(lit));
    }
    case 'stream_context_create':
      return a ?? null;
    default:
      return null;
  }
}

/** `sprintf('%s/profiles/%s', $base, $id)`: literal pieces with the arguments put in. */
function sprintf(format: TValue, args: TValue[]): TValue {
  const fmt = tLiteral(format);
  if (fmt === null) return T_UNKNOWN;
  const out: TValue[] = [];
  let next = 0;
  let last = 0;
  const re = /%(?:(\d+)\$)?[-+ 0]*(?:'.)?\d*(?:\.\d+)?([bcdeEfFgGosuxX%])/g;
  for (let m = re.exec(fmt); m; m = re.exec(fmt)) {
    out.push(str(fmt.slice(last, m.index)));
    last = m.index + m[0].length;
    if (m[2] === '%') {
      out.push(str('%'));
      continue;
    }
    const v = args[m[1] ? Number(m[1]) - 1 : next++] ?? T_UNKNOWN;
    out.push(v.kind === 'str' || v.kind === 'env' || v.kind === 'unknown' ? v : T_UNKNOWN);
  }
  out.push(str(fmt.slice(last)));
  return tConcat(...out);
}

/** `http_build_query(['include' => 'lists', 'page' => $n])` → `include=lists&page=…`. */
function query(v: TValue): TValue {
  if (v.kind !== 'obj') return T_UNKNOWN;
  const pieces: TValue[] = [];
  for (const [k, f] of v.props) {
    const val = f();
    const lit = tLiteral(val);
    const listed = val.kind === 'arr' ? val.items.map((i) => tLiteral(i)) : null;
    const text = lit ?? (listed && listed.every((x) => x !== null) ? listed.join(',') : null);
    pieces.push(pieces.length ? str('&') : str(''), str(`${encodeURIComponent(k)}=`), text === null ? T_UNKNOWN : str(encodeURIComponent(text)));
  }
  return tConcat(...pieces);
}

function trim(name: string, v: TValue, chars: string | null): TValue {
  const parts = tParts(v);
  if (!parts) return T_UNKNOWN;
  const set = chars ?? ' \t\n\r\0\x0B';
  const strip = (s: string, left: boolean): string => {
    let i = left ? 0 : s.length;
    if (left) while (i < s.length && set.includes(s[i])) i++;
    else while (i > 0 && set.includes(s[i - 1])) i--;
    return left ? s.slice(i) : s.slice(0, i);
  };
  const out = [...parts];
  if (name !== 'ltrim' && typeof out[out.length - 1] === 'string') out[out.length - 1] = strip(out[out.length - 1] as string, false);
  if (name !== 'rtrim' && typeof out[0] === 'string') out[0] = strip(out[0] as string, true);
  return { kind: 'str', parts: out };
}
