import type { RequestFacts } from '../requests';
import type { SyntaxNode } from '../tree-sitter/loader';
import { T_UNKNOWN, tConcat, tDependsOnParams, tEnvOf, tIncludeValues, tLiteral, tParts, tstr, tUrl, type TValue } from '../tree-sitter/values';
import { evalArgs } from './eval-calls';
import { stripValue, urlJoin } from './eval-strings';
import type { Env, PyEvaluator } from './evaluator';
import { callArgs, unwrap } from './syntax';
import { decodeComponent } from '../decode';

// Reads method, URL, include values and headers from a call of an HTTP library: requests (module
// functions and sessions), httpx (functions, Client/AsyncClient with base_url), aiohttp
// (ClientSession, base_url), urllib3 (PoolManager.request) and urllib.request (urlopen of a URL
// or a Request). Headers set on a session after it is built (`s.headers.update({...})`,
// `req.add_header(...)`) count too.

type Http = Extract<TValue, { kind: 'http' }>;

export interface PyRequestFacts extends RequestFacts {
  /** The URL or method is only known at the call sites of an enclosing function (or in subclasses). */
  dependsOnParams: boolean;
  /** Attributes of an open `self` the URL or method reads (`self.path` → 'path'): subclasses fill them. */
  selfAttrs: string[];
}

export function isRequestTarget(v: TValue): v is Http {
  return v.kind === 'http' && v.what === 'fn';
}

export function httpFacts(ev: PyEvaluator, call: SyntaxNode, target: Http, env?: Env): PyRequestFacts | null {
  const args = evalArgs(ev, call, env);
  const kw = args.keywords;
  const callee = call.childForFieldName('function');
  const recvNode = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
  let method: TValue | null = target.methodValue ?? (target.method ? tstr(target.method) : null);
  let url: TValue;
  const headerSources: (TValue | null)[] = [target.headers];
  let query: TValue | null = kw.get('params') ?? null;

  if (target.lib === 'urllib.request') {
    // urlopen(url_or_request, data=None)
    const first = args.positional[0] ?? kw.get('url') ?? T_UNKNOWN;
    const data = args.positional[1] ?? kw.get('data');
    if (first.kind === 'http' && first.lib === 'urllib.request' && first.what === 'instance') {
      url = first.baseURL ?? T_UNKNOWN;
      method = first.method ? tstr(first.method) : data ? tstr('POST') : null;
      headerSources.push(first.headers);
      const argNode = callArgs(call).positional[0];
      if (argNode) headerSources.push(mutatedHeaders(ev, argNode, 'add_header', env));
    } else {
      url = first;
      method = tstr(data ? 'POST' : 'GET');
    }
  } else if (target.method || target.methodValue) {
    url = args.positional[0] ?? kw.get('url') ?? T_UNKNOWN;
  } else {
    // request(method, url, ...)
    method = args.positional[0] ?? kw.get('method') ?? null;
    url = args.positional[1] ?? kw.get('url') ?? T_UNKNOWN;
  }
  if (target.lib === 'urllib3') query = kw.get('fields') ?? null;
  headerSources.push(kw.get('headers') ?? null);
  if (recvNode && target.lib !== 'urllib.request') headerSources.push(mutatedHeaders(ev, recvNode, 'headers', env));

  if (target.baseURL && !looksAbsolute(url)) url = joinBase(target.lib, target.baseURL, url);
  const parts = tUrl(url);
  if (!parts) return null;
  const methodText = method ? tLiteral(method) : null;
  const headers = readHeaders(headerSources);
  return {
    method: methodText ? methodText.toUpperCase() : null,
    url: parts,
    include: query ? includeOf(ev, query) : [],
    beta: headers.beta,
    keyEnv: headers.keyEnv,
    dependsOnParams: tDependsOnParams(url) || (!!method && tDependsOnParams(method)),
    selfAttrs: [...selfAttrsOf(url), ...(method ? selfAttrsOf(method) : [])],
  };
}

function selfAttrsOf(v: TValue): string[] {
  const out: string[] = [];
  for (const p of tParts(v) ?? []) {
    if (typeof p !== 'string' && p.param && p.param.name === 'self' && p.param.index === 0 && p.param.path.length > 0) out.push(p.param.path[0]);
  }
  return out;
}

function looksAbsolute(url: TValue): boolean {
  const parts = tParts(url);
  return !!parts && typeof parts[0] === 'string' && /^https?:\/\//i.test(parts[0]);
}

/** httpx appends the path to base_url (one slash between); aiohttp resolves it like urljoin. */
function joinBase(lib: string, base: TValue, path: TValue): TValue {
  if (lib === 'aiohttp') return urlJoin(base, path);
  const b = stripValue(base, 'rstrip', '/');
  const p = stripValue(path, 'lstrip', '/');
  if (!tParts(b) || !tParts(p)) return T_UNKNOWN;
  return tConcat(b, tstr('/'), p);
}

/** include values of `params=` (dict, list of pairs, or query string) / urllib3 `fields=`. */
export function includeOf(ev: PyEvaluator, query: TValue): string[] {
  if (query.kind === 'obj') return tIncludeValues(ev.member(query, 'include'));
  if (query.kind === 'arr') {
    return query.items.flatMap((pair) => (pair.kind === 'arr' && tLiteral(pair.items[0] ?? T_UNKNOWN) === 'include' ? tIncludeValues(pair.items[1]) : []));
  }
  const m = /(?:^|&)include=([^&]*)/.exec(tLiteral(query) ?? '');
  return m ? decodeComponent(m[1]).split(',').filter(Boolean) : [];
}

export function readHeaders(sources: (TValue | null)[]): { beta: boolean; keyEnv: string | null } {
  let beta = false;
  let keyEnv: string | null = null;
  for (const h of sources) {
    if (!h || h.kind !== 'obj') continue;
    for (const [k, f] of h.props) {
      const key = k.toLowerCase();
      if (key === 'revision' && (tLiteral(f()) ?? '').endsWith('.pre')) beta = true;
      if (key === 'authorization') keyEnv = tEnvOf(f()) ?? keyEnv;
    }
  }
  return { beta, keyEnv };
}

/** Header mutations of a file by receiver text: `s.headers.update(d)`, `s.headers[k] = v`, `req.add_header(k, v)`. */
interface HeaderEdits {
  updates: Map<string, SyntaxNode[]>;
  sets: Map<string, [SyntaxNode, SyntaxNode][]>;
  adds: Map<string, [SyntaxNode, SyntaxNode][]>;
}

const editsByFile = new WeakMap<PyEvaluator, Map<string, HeaderEdits>>();

function headerEdits(ev: PyEvaluator, file: string): HeaderEdits {
  let byFile = editsByFile.get(ev);
  if (!byFile) editsByFile.set(ev, (byFile = new Map()));
  const hit = byFile.get(file);
  if (hit) return hit;
  const edits: HeaderEdits = { updates: new Map(), sets: new Map(), adds: new Map() };
  const push = <T>(m: Map<string, T[]>, k: string, v: T): void => void m.set(k, [...(m.get(k) ?? []), v]);
  for (const c of [...ev.program.nodesOf(file, 'call'), ...ev.program.nodesOf(file, 'assignment')]) {
    if (c.type === 'call') {
      const fn = c.childForFieldName('function');
      const args = callArgs(c).positional;
      const m = fn?.type === 'attribute' ? /^(.*)\.(headers\.update|add_header)$/s.exec(fn.text) : null;
      if (m && m[2] === 'headers.update' && args[0]) push(edits.updates, m[1], args[0]);
      if (m && m[2] === 'add_header' && args.length >= 2) push(edits.adds, m[1], [args[0], args[1]]);
    } else {
      const left = c.childForFieldName('left');
      const right = c.childForFieldName('right');
      const target = left?.type === 'subscript' ? left.childForFieldName('value')?.text : undefined;
      const sub = left?.childForFieldName('subscript');
      if (target?.endsWith('.headers') && sub && right) push(edits.sets, target.slice(0, -'.headers'.length), [sub, right]);
    }
  }
  byFile.set(file, edits);
  return edits;
}

/**
 * Headers added to a session or request object after it was built, found by the receiver's
 * text in its file: `s.headers.update({...})`, `s.headers['revision'] = ...`, `req.add_header(k, v)`.
 */
function mutatedHeaders(ev: PyEvaluator, recv: SyntaxNode, how: 'headers' | 'add_header', env?: Env): TValue | null {
  const target = unwrap(recv);
  if (target.type !== 'identifier' && target.type !== 'attribute') return null;
  const edits = headerEdits(ev, ev.program.fileOf(recv));
  const props = new Map<string, () => TValue>();
  const pairs = how === 'headers' ? (edits.sets.get(target.text) ?? []) : (edits.adds.get(target.text) ?? []);
  for (const d of how === 'headers' ? (edits.updates.get(target.text) ?? []) : []) {
    const v = ev.eval(d, env);
    if (v.kind === 'obj') for (const [k, f] of v.props) props.set(k, f);
  }
  for (const [keyNode, valueNode] of pairs) {
    const k = tLiteral(ev.eval(keyNode, env));
    if (k !== null) props.set(k, () => ev.eval(valueNode, env));
  }
  return props.size > 0 ? { kind: 'obj', props } : null;
}

/** The name node a user reads as a call's name (`get` of `requests.get`, or the function itself). */
export function calleeName(call: SyntaxNode): SyntaxNode {
  const fn = call.childForFieldName('function') ?? call;
  return fn.type === 'attribute' ? (fn.childForFieldName('attribute') ?? fn) : fn;
}
