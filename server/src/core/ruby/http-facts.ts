import type { RequestFacts } from '../requests';
import type { SyntaxNode } from '../tree-sitter/loader';
import { T_UNKNOWN, tConcat, tDependsOnParams, tEnvOf, tIncludeValues, tLiteral, tstr, tUrl, type TValue } from '../tree-sitter/values';
import { blockSettings, scopeMutations, type BlockSettings } from './blocks';
import { evalArgs, mergeObj, SEND, withHash } from './eval-call';
import type { Env, RbEvaluator } from './evaluator';
import type { HttpValue } from './libraries';
import { callParts, enclosingScope, field } from './nodes';
import { joinFaraday, joinPath } from './strings';

// Reads method, URL, include values and headers from an HTTP library call, with each library's
// argument layout: Net::HTTP (request objects and session verbs), HTTParty, Faraday,
// RestClient, Typhoeus, http.rb, Excon.

export interface RbRequestFacts extends RequestFacts {
  /** The URL or method is only known at the call sites of the enclosing method. */
  dependsOnParams: boolean;
}

/** Does calling `callee` send (or build) a request? */
export function isRequestTarget(callee: TValue): callee is HttpValue {
  return callee.kind === 'http' && callee.what === 'fn';
}

interface Raw {
  method: TValue | null;
  url: TValue;
  headers: (TValue | null)[];
  params: (TValue | null)[];
}

export function httpFacts(ev: RbEvaluator, call: SyntaxNode, callee: HttpValue, env?: Env): RbRequestFacts | null {
  const parts = callParts(call);
  if (!parts) return null;
  const args = evalArgs(ev, call, env);
  const all = withHash(args);
  const opts = optionsOf(all);
  const sent = parts.receiver && SEND.has(parts.name) && callee.method === null ? ev.eval(parts.args[0], env) : null;
  const raw = layout(ev, call, callee, all, opts);
  if (!raw) return null;
  let method = sent ?? raw.method;
  // `Net::HTTP.const_get(m).new(uri)`: the method is the const_get argument.
  if (!method && callee.lib === 'net-http-request' && parts.receiver?.type === 'call') {
    const inner = callParts(parts.receiver);
    if (inner?.name === 'const_get' && inner.args[0]) method = ev.eval(inner.args[0], env);
  }
  // Settings made through a block (`conn.get('x') { |req| … }`) and on the variables involved.
  const block = blockSettings(parts.block);
  const mutations = [block, varMutations(parts.receiver), varMutations(assignedVar(call)), varMutations(parts.args[0] ?? null)];
  let url = raw.url;
  if (block?.url && callee.lib === 'faraday') url = joinFaraday(callee.baseURL ?? T_UNKNOWN, ev.eval(block.url, env));
  const query = mutations.map((m) => m?.params.get('?query')).find((q) => q);
  if (query) url = tConcat(url, tstr('?'), ev.eval(query, env));
  const headers = [...raw.headers];
  const params = [...raw.params];
  for (const m of mutations) {
    if (!m) continue;
    if (m.headerHash) headers.push(ev.eval(m.headerHash, env));
    if (m.headers.size) headers.push(lazyObj(ev, m.headers, env));
    if (m.paramHash) params.push(ev.eval(m.paramHash, env));
    const inc = m.params.get('include');
    if (inc) params.push({ kind: 'obj', props: new Map([['include', () => ev.eval(inc, env)]]) });
    if (m.urlPairs.length) params.push(ev.evalHash(m.urlPairs, env));
  }
  const methodText = method ? tLiteral(method) : null;
  const urlParts = tUrl(url);
  if (!urlParts) return null;
  const h = headerFacts(headers);
  return {
    method: methodText ? methodText.toUpperCase() : null,
    url: urlParts,
    include: params.flatMap((p) => (p ? tIncludeValues(ev.member(p, 'include')) : [])),
    beta: h.beta,
    keyEnv: h.keyEnv,
    dependsOnParams: tDependsOnParams(url) || tDependsOnParams(method),
  };
}

function layout(ev: RbEvaluator, call: SyntaxNode, callee: HttpValue, all: TValue[], opts: TValue | null): Raw | null {
  const method = callee.method ? tstr(callee.method) : null;
  const base = callee.baseURL;
  const at = (i: number): TValue => all[i] ?? T_UNKNOWN;
  const objAt = (i: number): TValue | null => (all[i]?.kind === 'obj' ? all[i] : null);
  const bodyFirst = callee.method !== null && ['POST', 'PUT', 'PATCH'].includes(callee.method);
  switch (callee.lib) {
    case 'net-http-request':
      return { method, url: at(0), headers: [objAt(1)], params: [] };
    case 'typhoeus-request':
      return { method: ev.member(opts ?? T_UNKNOWN, 'method').kind === 'str' ? ev.member(opts!, 'method') : tstr('GET'), url: at(0), headers: [member(ev, opts, 'headers')], params: [member(ev, opts, 'params')] };
    case 'net-http': {
      if (callee.what === 'fn' && base === null) {
        // Net::HTTP.get(uri[, headers]) / get(host, path) / post(uri, data, headers) / post_form(uri, params)
        const host = tLiteral(at(0));
        const url = all.length >= 2 && host !== null && !host.includes('/') && callee.method === 'GET' ? tConcat(tstr(`https://${host}`), at(1)) : at(0);
        return { method, url, headers: [bodyFirst ? objAt(2) : objAt(1)], params: [] };
      }
      // http.request(req): the request object's URL is relative to the session's host.
      if (callee.method === null && !SEND.has(field(call, 'method')?.text ?? '')) {
        const req = at(0);
        if (req.kind !== 'http' || req.lib !== 'net-http-request' || !req.baseURL || absolute(req.baseURL)) return null;
        return { method: req.method ? tstr(req.method) : null, url: tConcat(base ?? T_UNKNOWN, req.baseURL), headers: [req.headers], params: [] };
      }
      const path = at(0);
      return { method, url: absolute(path) ? path : tConcat(base ?? T_UNKNOWN, path), headers: [bodyFirst ? objAt(2) : objAt(1)], params: [] };
    }
    case 'httparty': {
      const path = at(0);
      const url = base && !absolute(path) ? tConcat(base, path) : path;
      return { method, url, headers: [callee.headers, member(ev, opts, 'headers')], params: [member(ev, opts, 'query')] };
    }
    case 'faraday': {
      const path = at(0);
      const url = base ? (absolute(path) ? path : joinFaraday(base, all.length ? path : tstr(''))) : path;
      // get/head/delete(url, params, headers); post/put/patch(url, body, headers)
      return { method, url, headers: [callee.headers, objAt(2)], params: bodyFirst ? [] : [objAt(1)] };
    }
    case 'rest-client': {
      const hdrs = bodyFirst ? objAt(2) : objAt(1);
      return { method, url: at(0), headers: [hdrs], params: [member(ev, hdrs, 'params')] };
    }
    case 'rest-client-request': {
      const hdrs = member(ev, opts, 'headers');
      return { method: member(ev, opts, 'method'), url: member(ev, opts, 'url') ?? T_UNKNOWN, headers: [hdrs], params: [member(ev, hdrs, 'params')] };
    }
    case 'rest-client-resource': {
      const hdrs = bodyFirst ? objAt(1) : objAt(0);
      return { method, url: base ?? T_UNKNOWN, headers: [callee.headers, hdrs], params: [member(ev, hdrs, 'params')] };
    }
    case 'typhoeus':
    case 'http-rb':
      return { method, url: at(0), headers: [callee.headers, member(ev, opts, 'headers')], params: [member(ev, opts, 'params'), member(ev, opts, 'query')] };
    case 'excon': {
      if (callee.what === 'fn' && base === null) return { method, url: at(0), headers: [member(ev, opts, 'headers')], params: [member(ev, opts, 'query')] };
      const path = member(ev, opts, 'path');
      return { method: method ?? member(ev, opts, 'method'), url: path ? joinPath(base ?? T_UNKNOWN, path) : (base ?? T_UNKNOWN), headers: [callee.headers, member(ev, opts, 'headers')], params: [member(ev, opts, 'query')] };
    }
  }
  return null;
}

function optionsOf(all: TValue[]): TValue | null {
  const last = all[all.length - 1];
  return last?.kind === 'obj' ? last : null;
}

function member(ev: RbEvaluator, v: TValue | null, key: string): TValue | null {
  if (!v || v.kind !== 'obj' || !v.props.has(key)) return null;
  return ev.member(v, key);
}

function absolute(v: TValue): boolean {
  const parts = tUrl(v);
  return !!parts && typeof parts[0] === 'string' && /^https?:\/\//i.test(parts[0]);
}

function lazyObj(ev: RbEvaluator, m: Map<string, SyntaxNode>, env?: Env): TValue {
  return { kind: 'obj', props: new Map([...m].map(([k, n]): [string, () => TValue] => [k, () => ev.eval(n, env)])) };
}

/** `revision: …pre` makes the request beta; the Authorization header's env var is the key. */
function headerFacts(sources: (TValue | null)[]): { beta: boolean; keyEnv: string | null } {
  let merged: TValue | null = null;
  for (const s of sources) merged = mergeObj(merged, s);
  let beta = false;
  let keyEnv: string | null = null;
  if (merged?.kind === 'obj') {
    for (const [k, f] of merged.props) {
      const name = k.toLowerCase().replace(/_/g, '-');
      if (name === 'revision' && (tLiteral(f()) ?? '').endsWith('.pre')) beta = true;
      if (name === 'authorization') keyEnv = tEnvOf(f()) ?? keyEnv;
    }
  }
  return { beta, keyEnv };
}

/** The variable a request/connection is assigned to (`req = Net::HTTP::Post.new(uri)`). */
function assignedVar(call: SyntaxNode): SyntaxNode | null {
  const p = call.parent;
  if (!p || p.type !== 'assignment' || field(p, 'right')?.id !== call.id) return null;
  const left = field(p, 'left');
  return left?.type === 'identifier' ? left : null;
}

/** Headers/params set on a local variable (`req['revision'] = …`, `conn.headers[...] = …`, `uri.query = …`) in its scope. */
function varMutations(v: SyntaxNode | null): BlockSettings | null {
  if (!v || v.type !== 'identifier') return null;
  const out = scopeMutations(enclosingScope(v), v.text);
  return out.headers.size || out.params.size || out.headerHash || out.paramHash ? out : null;
}
