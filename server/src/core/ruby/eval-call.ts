import type { SyntaxNode } from '../tree-sitter/loader';
import { T_UNKNOWN, tLiteral, tstr, type TValue } from '../tree-sitter/values';
import { blockSettings } from './blocks';
import { classDsl, findMethod, hasAttrReader, includesModule, ivarAssignments } from './classes';
import type { Env, RbEvaluator } from './evaluator';
import { http, httpMember, VERBS, type HttpValue } from './libraries';
import { buildQuery, fileJoin, joinUri, stringMethod } from './strings';
import { callParts, constPath, field, lastStatement, paramName, paramsOf } from './nodes';

// Calls: what a call targets (callee) and what it returns (apply). Library calls that build
// values (URI(...), File.join, Faraday.new, Net::HTTP.start, KlaviyoAPI::ProfilesApi.new) are
// modelled; the project's own methods are evaluated with their arguments bound.

/** Ruby's own methods on any object: never an API method, whatever the receiver. */
const OBJECT_METHODS = new Set(['method', 'send', 'public_send', '__send__', 'respond_to?', 'class', 'is_a?', 'nil?', 'tap', 'then',
  'itself', 'freeze', 'dup', 'clone', 'inspect', 'to_s', 'api_client', 'api_client=', 'instance_variable_get', 'object_id', 'new']);

export interface CallArgs {
  positional: TValue[];
  /** Trailing `key: value` pairs (a hash argument in Ruby). */
  keywords: Map<string, TValue> | null;
}

/** `x.send(:get, …)` / `public_send`: the method name is the first argument. */
export const SEND = new Set(['send', 'public_send', '__send__']);

/** Argument nodes as the called method receives them (the name a `send` passes is not one). */
export function argNodes(call: SyntaxNode): SyntaxNode[] {
  const parts = callParts(call);
  if (!parts) return [];
  return parts.receiver && SEND.has(parts.name) ? parts.args.slice(1) : parts.args;
}

export function evalArgs(ev: RbEvaluator, call: SyntaxNode, env?: Env): CallArgs {
  const parts = callParts(call);
  if (!parts) return { positional: [], keywords: null };
  const positional = argNodes(call).map((a) => ev.eval(a, env));
  const kw = parts.pairs.length ? ev.evalHash(parts.pairs, env) : null;
  return { positional, keywords: kw && kw.kind === 'obj' ? new Map([...kw.props].map(([k, f]) => [k, f()])) : null };
}

/** Positional arguments with the keyword pairs as a trailing hash, as a method without keyword parameters receives them. */
export function withHash(args: CallArgs): TValue[] {
  if (!args.keywords) return args.positional;
  return [...args.positional, { kind: 'obj', props: new Map([...args.keywords].map(([k, v]) => [k, () => v])) }];
}

export function calleeOf(ev: RbEvaluator, call: SyntaxNode, env?: Env): TValue {
  const parts = callParts(call);
  const name = parts ? parts.name : call.text;
  const receiver = parts ? parts.receiver : null;
  if (call.type !== 'call' && call.type !== 'identifier') return T_UNKNOWN;
  if (receiver && parts && SEND.has(name) && parts.args[0]) {
    const recv = ev.eval(receiver, env);
    const sent = tLiteral(ev.eval(parts.args[0], env));
    if (sent !== null) return memberOf(ev, recv, sent);
    // `conn.public_send(method, path)`: a request whose method is the first argument.
    const fn = recv.kind === 'http' ? httpMember(recv, 'get') : null;
    return fn?.kind === 'http' ? { ...fn, method: null } : T_UNKNOWN;
  }
  if (receiver) return memberOf(ev, ev.eval(receiver, env), name);
  const self = ev.selfValue(call, env);
  const own = self.kind !== 'unknown' ? memberOf(ev, self, name) : T_UNKNOWN;
  if (own.kind !== 'unknown') return own;
  const top = ev.prog.topMethod(name);
  return top ? { kind: 'fn', key: ev.prog.key(top), file: ev.prog.fileOf(top), node: top } : T_UNKNOWN;
}

export function memberOf(ev: RbEvaluator, recv: TValue, name: string): TValue {
  switch (recv.kind) {
    case 'sdk':
      if (recv.what === 'module') return recv.group && name === 'new' ? recv : T_UNKNOWN;
      if (recv.what === 'group' || recv.what === 'client') {
        return OBJECT_METHODS.has(name) ? T_UNKNOWN : { kind: 'sdk', what: 'method', name, group: recv.group, keyEnv: recv.keyEnv, legacy: recv.legacy };
      }
      return T_UNKNOWN;
    case 'http':
      return httpMember(recv, name) ?? T_UNKNOWN;
    case 'class': {
      if (name === 'new') return recv;
      const def = findMethod(ev.prog, recv.node, name, true);
      if (def) return { kind: 'fn', key: ev.prog.key(def), file: ev.prog.fileOf(def), node: def, self: recv };
      if (VERBS.includes(name) && includesModule(ev.prog, recv.node, 'HTTParty')) return httpartyClass(ev, recv.node, name);
      return T_UNKNOWN;
    }
    case 'instance': {
      const def = findMethod(ev.prog, recv.node, name, false);
      return def ? { kind: 'fn', key: ev.prog.key(def), file: ev.prog.fileOf(def), node: def, self: recv } : T_UNKNOWN;
    }
    default:
      return T_UNKNOWN;
  }
}

/** `get` of a class that includes HTTParty: a request function with the class's `base_uri` and `headers`. */
function httpartyClass(ev: RbEvaluator, cls: SyntaxNode, verb: string): HttpValue {
  const base = classDsl(ev.prog, cls, 'base_uri')[0];
  const headerCalls = classDsl(ev.prog, cls, 'headers');
  let headers: TValue | null = null;
  for (const h of headerCalls) headers = mergeObj(headers, withHash(evalArgs(ev, h))[0] ?? null);
  const baseURL = base ? withScheme(withHash(evalArgs(ev, base))[0] ?? T_UNKNOWN) : null;
  return http('httparty', 'fn', { method: verb.toUpperCase(), baseURL, headers });
}

/** HTTParty's base_uri adds `http://` to a bare host; Klaviyo's is always https. */
function withScheme(v: TValue): TValue {
  const lit = tLiteral(v);
  return lit !== null && !/^[a-z]+:\/\//i.test(lit) ? tstr(`https://${lit}`) : v;
}

export function evalCallNode(ev: RbEvaluator, call: SyntaxNode, env?: Env): TValue {
  const parts = callParts(call);
  if (!parts) return T_UNKNOWN;
  const { receiver, name } = parts;
  if (!receiver && name === 'URI' && parts.args.length === 1) return ev.eval(parts.args[0], env);
  if (receiver) {
    const path = receiver.type === 'constant' || receiver.type === 'scope_resolution' ? constPath(receiver) : null;
    if (path === 'ENV' && (name === 'fetch' || name === '[]')) {
      const key = tLiteral(ev.eval(parts.args[0], env));
      // `ENV.fetch('KLAVIYO_URL', 'https://a.klaviyo.com/api')`: a default URL says where requests go.
      const dflt = parts.args[1] ? ev.eval(parts.args[1], env) : null;
      if (dflt && /^(https?:)?\/\//i.test(tLiteral(dflt) ?? '')) return dflt;
      return key ? { kind: 'env', name: key } : T_UNKNOWN;
    }
    if (path === 'URI' || path === 'File' || path === 'CGI' || path === 'ERB::Util') return uriCall(path, name, evalArgs(ev, call, env));
    const recv = ev.eval(receiver, env);
    // `Net::HTTP.const_get(method.to_s.capitalize)`: the request class a method name selects.
    if (recv.kind === 'http' && recv.lib === 'net-http' && recv.what === 'module' && name === 'const_get' && parts.args[0]) {
      const verb = tLiteral(ev.eval(parts.args[0], env));
      return http('net-http-request', 'module', { method: verb ? verb.toUpperCase() : null });
    }
    if (name === 'class' && recv.kind === 'instance') return { kind: 'class', key: recv.key, file: recv.file, node: recv.node };
    const viaString = stringMethod(recv, name, evalArgs(ev, call, env).positional);
    if (viaString) return viaString;
    if (recv.kind === 'instance' && hasAttrReader(ev.prog, recv.node, name)) {
      for (const v of ivarAssignments(ev.prog, recv.node, `@${name}`)) {
        const x = ev.eval(v);
        if (x.kind !== 'unknown') return x;
      }
    }
    if (name === 'tap' || (name === 'then' && !parts.block)) return recv;
  }
  const callee = ev.callee(call, env);
  return callee.kind === 'unknown' ? T_UNKNOWN : applyCall(ev, callee, call, env);
}

/** The value a call returns, for callees we model. `call` supplies the arguments (none for a bare identifier). */
export function applyCall(ev: RbEvaluator, callee: TValue, call: SyntaxNode, env?: Env): TValue {
  const args = call.type === 'call' ? evalArgs(ev, call, env) : { positional: [], keywords: null };
  switch (callee.kind) {
    case 'fn':
      return returnValue(ev, callee, args);
    case 'class':
      return { kind: 'instance', key: callee.key, file: callee.file, node: callee.node, ctorArgs: withHash(args) };
    case 'sdk':
      if (callee.what === 'module' && callee.group) return { kind: 'sdk', what: 'client', group: callee.group, keyEnv: callee.keyEnv, legacy: callee.legacy };
      return T_UNKNOWN;
    case 'http':
      return applyHttp(ev, callee, args, call, env);
    default:
      return T_UNKNOWN;
  }
}

function returnValue(ev: RbEvaluator, fn: Extract<TValue, { kind: 'fn' }>, args: CallArgs): TValue {
  const last = lastStatement(fn.node);
  if (!last) return T_UNKNOWN;
  return ev.eval(last, { fn: fn.key, args: bindArgs(fn.node, args), self: fn.self });
}

/** Arguments by parameter name: positional in order, keywords by name (or as a trailing hash). */
export function bindArgs(def: SyntaxNode, args: CallArgs): Map<string, TValue> {
  const params = paramsOf(def);
  const hasKeywords = params.some((p) => p.type === 'keyword_parameter' || p.type === 'hash_splat_parameter');
  const positional = hasKeywords ? args.positional : withHash(args);
  const out = new Map<string, TValue>();
  let i = 0;
  for (const p of params) {
    const name = paramName(p);
    if (!name) continue;
    if (p.type === 'identifier' || p.type === 'optional_parameter') {
      if (i < positional.length) out.set(name, positional[i++]);
    } else if (p.type === 'keyword_parameter') {
      const v = args.keywords?.get(name);
      if (v) out.set(name, v);
    } else if (p.type === 'hash_splat_parameter' && args.keywords) {
      out.set(name, { kind: 'obj', props: new Map([...args.keywords].map(([k, v]) => [k, () => v])) });
    } else if (p.type === 'splat_parameter') {
      out.set(name, { kind: 'arr', items: positional.slice(i) });
      i = positional.length;
    }
  }
  return out;
}

function applyHttp(ev: RbEvaluator, callee: HttpValue, args: CallArgs, call: SyntaxNode, env?: Env): TValue {
  const all = withHash(args);
  const opts = args.keywords ?? (all[all.length - 1]?.kind === 'obj' ? kwOf(all[all.length - 1]) : null);
  if (callee.what === 'fn' && (callee.lib === 'net-http-request' || callee.lib === 'typhoeus-request')) {
    // The request object; the detector reports it where it is built.
    const method = callee.lib === 'typhoeus-request' ? tLiteral(opts?.get('method') ?? T_UNKNOWN)?.toUpperCase() ?? 'GET' : callee.method;
    return { ...callee, what: 'instance', method, baseURL: args.positional[0] ?? T_UNKNOWN, headers: callee.lib === 'typhoeus-request' ? (opts?.get('headers') ?? null) : (args.positional[1] ?? null) };
  }
  const name = call.type === 'call' ? field(call, 'method')?.text : null;
  if (callee.what === 'module' || (callee.lib === 'http-rb' && callee.what === 'instance')) {
    switch (callee.lib) {
      case 'net-http': {
        const host = tLiteral(args.positional[0] ?? T_UNKNOWN);
        const port = tLiteral(args.positional[1] ?? T_UNKNOWN);
        const scheme = port === '80' ? 'http' : 'https';
        return http('net-http', 'instance', { baseURL: host && !host.includes('/') ? tstr(`${scheme}://${host}`) : T_UNKNOWN });
      }
      case 'faraday':
      case 'rest-client-resource':
      case 'excon': {
        const first = args.positional[0];
        const url = first && first.kind !== 'obj' ? first : (opts?.get('url') ?? T_UNKNOWN);
        return http(callee.lib, 'instance', { baseURL: url, headers: mergeObj(opts?.get('headers') ?? null, builderHeaders(ev, call, env)) });
      }
      case 'http-rb': {
        const h = name === 'headers' ? all[0] : name === 'auth' && all[0] ? { kind: 'obj' as const, props: new Map([['Authorization', () => all[0]]]) } : null;
        const merged = h?.kind === 'obj' && callee.headers?.kind === 'obj' ? { kind: 'obj' as const, props: new Map([...callee.headers.props, ...h.props]) } : (h ?? callee.headers);
        return { ...callee, what: 'instance', headers: merged };
      }
    }
  }
  return T_UNKNOWN;
}

/** Headers a `Faraday.new(...) do |f| f.headers['revision'] = … end` block sets. */
function builderHeaders(ev: RbEvaluator, call: SyntaxNode, env?: Env): TValue | null {
  const settings = call.type === 'call' ? blockSettings(field(call, 'block')) : null;
  if (!settings) return null;
  const own = new Map([...settings.headers].map(([k, n]): [string, () => TValue] => [k, () => ev.eval(n, env)]));
  const whole = settings.headerHash ? ev.eval(settings.headerHash, env) : null;
  return mergeObj(whole, own.size ? { kind: 'obj', props: own } : null);
}

export function mergeObj(a: TValue | null, b: TValue | null): TValue | null {
  if (a?.kind === 'obj' && b?.kind === 'obj') return { kind: 'obj', props: new Map([...a.props, ...b.props]) };
  return b?.kind === 'obj' ? b : a;
}

function kwOf(v: TValue): Map<string, TValue> | null {
  return v.kind === 'obj' ? new Map([...v.props].map(([k, f]) => [k, f()])) : null;
}

/** URI(...), URI.join, URI.encode_www_form, File.join: string-building helpers. */
function uriCall(module: string, name: string, args: CallArgs): TValue {
  const all = withHash(args);
  if (module === 'File') return name === 'join' ? fileJoin(all) : T_UNKNOWN;
  switch (name) {
    case 'parse':
    case 'URI':
    case 'escape':
    case 'encode':
    case 'encode_uri_component':
      return all[0] ?? T_UNKNOWN;
    case 'join':
      return all.length >= 2 ? all.slice(1).reduce<TValue>((acc, x) => joinUri(acc, x), all[0]) : T_UNKNOWN;
    case 'encode_www_form':
      return all[0] ? buildQuery(all[0]) : T_UNKNOWN;
    default:
      return T_UNKNOWN;
  }
}

