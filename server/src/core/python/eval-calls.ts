import path from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { findKeys } from '../secrets/hardcoded-key';
import type { SyntaxNode } from '../tree-sitter/loader';
import { T_UNKNOWN, tChoices, tLiteral, type TValue } from '../tree-sitter/values';
import { bindArgs, construct } from './eval-classes';
import { isOsMember } from './eval-env';
import { braceFormat, joinValues, stripValue, urlJoin } from './eval-strings';
import type { Env, PyEvaluator } from './evaluator';
import { callLibrary, type PyArgs } from './libraries';
import { callArgs, namedChildren, statementsDeep } from './syntax';

// What a call evaluates to: env reads (`os.getenv`), a committed .env (`dotenv_values`), string methods, library constructors
// (KlaviyoAPI, requests.Session), project classes (instances) and functions (their return
// value with the call's arguments bound: factories like `def get_client(): return KlaviyoAPI(…)`).

const STRIP = new Set(['strip', 'rstrip', 'lstrip']);

export function evalArgs(ev: PyEvaluator, call: SyntaxNode, env?: Env): PyArgs {
  const a = callArgs(call);
  const keywords = new Map<string, TValue>();
  // `**kw` passed on: the keywords it holds when it is a dict we know (a helper's own `**kw`).
  for (const s of a.kwSplats) {
    const v = ev.eval(s, env);
    if (v.kind === 'obj') for (const [k, f] of v.props) keywords.set(k, f());
  }
  for (const [k, n] of a.keywords) keywords.set(k, ev.eval(n, env));
  return { positional: a.positional.map((n) => ev.eval(n, env)), keywords };
}

export function callValue(ev: PyEvaluator, call: SyntaxNode, env?: Env): TValue {
  const callee = call.childForFieldName('function');
  if (!callee) return T_UNKNOWN;
  const envName = envCall(ev, callee, call, env);
  if (envName !== undefined) return envName ? { kind: 'env', name: envName } : T_UNKNOWN;
  if (callee.type === 'identifier' && callee.text === 'str') {
    const first = callArgs(call).positional[0];
    return first ? ev.eval(first, env) : T_UNKNOWN;
  }
  if (callee.type === 'identifier' && callee.text === 'dict') {
    const props = new Map<string, () => TValue>();
    for (const [k, v] of evalArgs(ev, call, env).keywords) props.set(k, () => v);
    return { kind: 'obj', props };
  }
  if (callee.type === 'identifier' && callee.text === 'super') return T_UNKNOWN;
  if (callee.type === 'identifier' && callee.text === 'getattr') return getattrValue(ev, call, env);
  const method = callee.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
  const recvNode = callee.type === 'attribute' ? callee.childForFieldName('object') : null;
  if (method && recvNode) {
    const recv = ev.eval(recvNode, env);
    // `method.lower()`, `path.lstrip('/')` of a parameter: still that parameter, as far as a method or path goes.
    if (recv.kind === 'unknown' && recv.param && CASE_METHODS.has(method)) return recv;
    // `{"list": "lists", "flow": "flows"}.get(kind)`: the value for a key we read, else one of them.
    if (recv.kind === 'obj' && method === 'get') {
      const key = callArgs(call).positional[0];
      const k = key ? tLiteral(ev.eval(key, env)) : null;
      return k !== null ? ev.member(recv, k) : tChoices([...recv.props.values()].map((get) => get()));
    }
    const strResult = stringMethod(ev, recv, method, call, env);
    if (strResult) return strResult;
  }
  if (isUrljoin(ev, callee)) {
    const a = evalArgs(ev, call, env);
    return urlJoin(a.positional[0] ?? T_UNKNOWN, a.positional[1] ?? T_UNKNOWN);
  }
  if (isDotenvValues(ev, callee)) return dotenvValues(ev, call, callee, env);
  const target = ev.eval(callee, env);
  const args = evalArgs(ev, call, env);
  const lib = callLibrary(target, args);
  if (lib) return lib;
  if (target.kind === 'class') return construct(ev, target, args);
  if (target.kind === 'fn') return returnValue(ev, target, args);
  return T_UNKNOWN;
}

/**
 * `os.getenv('X')`, `os.environ.get('X', default)`, `getenv('X')`: the env var's name; '' when
 * it is an env read whose name we cannot read; undefined when the call is not one.
 */
function envCall(ev: PyEvaluator, callee: SyntaxNode, call: SyntaxNode, env?: Env): string | undefined {
  let isEnv = isOsMember(ev, callee, 'getenv');
  if (!isEnv && callee.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'get') {
    const obj = callee.childForFieldName('object');
    isEnv = !!obj && isOsMember(ev, obj, 'environ');
  }
  if (!isEnv) return undefined;
  const first = callArgs(call).positional[0] ?? callArgs(call).keywords.get('key');
  return (first ? tLiteral(ev.eval(first, env)) : null) ?? '';
}

/** `dotenv_values` imported from python-dotenv (or called as `dotenv.dotenv_values`). */
function isDotenvValues(ev: PyEvaluator, callee: SyntaxNode): boolean {
  if (callee.type === 'attribute') return callee.text === 'dotenv.dotenv_values';
  if (callee.type !== 'identifier' || callee.text !== 'dotenv_values') return false;
  const r = ev.scopesOf(ev.program.fileOf(callee))?.resolve('dotenv_values', callee);
  return !!r?.bindings.some((b) => b.kind === 'from' && b.module === 'dotenv');
}

/**
 * `dotenv_values(".env")`: the committed file's values as a dict (a base URL is often only there).
 * The path is the script's own folder's, as when it is run from there, else the project root's.
 */
function dotenvValues(ev: PyEvaluator, call: SyntaxNode, callee: SyntaxNode, env?: Env): TValue {
  const first = callArgs(call).positional[0] ?? callArgs(call).keywords.get('dotenv_path');
  const name = first ? tLiteral(ev.eval(first, env)) : '.env';
  if (name === null) return T_UNKNOWN;
  const from = path.dirname(ev.program.fileOf(callee));
  const text = ev.program.readText(path.resolve(from, name)) ?? ev.program.readText(path.resolve(ev.program.root, name));
  if (text === undefined) return T_UNKNOWN;
  const values = parseDotenv(text);
  // A private key written there is reported (hardcoded-key) and never carried into a URL we print.
  const value = (k: string, v: string): TValue => (findKeys(v).length ? { kind: 'env', name: k } : { kind: 'str', parts: [v] });
  return { kind: 'obj', props: new Map(Object.entries(values).map(([k, v]) => [k, () => value(k, v)])) };
}

/** `urljoin` imported from urllib.parse (or called as `urllib.parse.urljoin` / `parse.urljoin`). */
function isUrljoin(ev: PyEvaluator, callee: SyntaxNode): boolean {
  if (callee.type === 'attribute') return /(^|\.)parse\.urljoin$/.test(callee.text);
  if (callee.type !== 'identifier' || callee.text !== 'urljoin') return false;
  const r = ev.scopesOf(ev.program.fileOf(callee))?.resolve('urljoin', callee);
  return !!r?.bindings.some((b) => b.kind === 'from' && b.module === 'urllib.parse');
}

function stringMethod(ev: PyEvaluator, recv: TValue, method: string, call: SyntaxNode, env?: Env): TValue | null {
  if (recv.kind !== 'str' && recv.kind !== 'env') return null;
  if (method === 'format') {
    const a = evalArgs(ev, call, env);
    return braceFormat(recv, a.positional, a.keywords);
  }
  if (method === 'join') return joinValues(recv, evalArgs(ev, call, env).positional[0] ?? T_UNKNOWN);
  if (STRIP.has(method)) {
    const arg = evalArgs(ev, call, env).positional[0];
    return stripValue(recv, method, arg ? tLiteral(arg) : null);
  }
  if (method === 'lower' || method === 'upper') {
    const text = tLiteral(recv);
    return text === null ? T_UNKNOWN : { kind: 'str', parts: [method === 'lower' ? text.toLowerCase() : text.toUpperCase()] };
  }
  return T_UNKNOWN;
}

const CASE_METHODS = new Set(['lower', 'upper', 'strip', 'lstrip', 'rstrip']);
const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/**
 * `getattr(client, name)`: the member when the name is known; on a client we know nothing of, a
 * verb names a request function (`getattr(ctx.http, 'post')`), and a name from a parameter
 * (`getattr(ctx.http, method.lower())`) a request function whose method that parameter is.
 */
function getattrValue(ev: PyEvaluator, call: SyntaxNode, env?: Env): TValue {
  const [objNode, nameNode] = callArgs(call).positional;
  if (!objNode || !nameNode) return T_UNKNOWN;
  const obj = ev.eval(objNode, env);
  const name = ev.eval(nameNode, env);
  const text = tLiteral(name);
  if (text !== null) {
    const m = ev.member(obj, text);
    if (m.kind !== 'unknown' || obj.kind !== 'unknown') return m;
    return VERBS.has(text.toLowerCase()) ? { kind: 'http', lib: 'getattr', what: 'fn', method: text.toUpperCase(), baseURL: null, headers: null } : T_UNKNOWN;
  }
  if (obj.kind !== 'unknown' && obj.kind !== 'http') return T_UNKNOWN;
  return name.kind === 'unknown' && name.param ? { kind: 'http', lib: 'getattr', what: 'fn', method: null, baseURL: null, headers: null, methodValue: name } : T_UNKNOWN;
}

const MAX_RETURNS = 8;

/** The value a project function returns for these arguments: its `return` statements, the most telling one. */
export function returnValue(ev: PyEvaluator, fn: Extract<TValue, { kind: 'fn' }>, args: PyArgs): TValue {
  const node = fn.node;
  const inner = bindArgs(ev, node, args, fn.self);
  if (node.type === 'lambda') {
    const body = node.childForFieldName('body');
    return body ? ev.eval(body, inner) : T_UNKNOWN;
  }
  const body = node.childForFieldName('body');
  if (!body) return T_UNKNOWN;
  const returns: SyntaxNode[] = [];
  for (const s of statementsDeep(body)) {
    if (s.type === 'return_statement') {
      const v = namedChildren(s)[0];
      if (v) returns.push(v);
    }
    if (returns.length >= MAX_RETURNS) break;
  }
  return ev.best(returns.map((r) => () => ev.eval(r, inner)));
}
