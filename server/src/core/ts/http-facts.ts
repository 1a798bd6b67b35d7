import ts from 'typescript';
import type { RequestFacts, UrlPart } from '../requests';
import type { Env, Evaluator } from './evaluator';
import { firstMember } from './eval-call';
import { concat, dependsOnParams, envOf, literalOf, partsOf, UNKNOWN, type Value } from './values';

export type HttpTarget = Extract<Value, { kind: 'http' }>;

export interface TsRequestFacts extends RequestFacts {
  /** The URL or method is only known at the call sites of an enclosing function. */
  dependsOnParams: boolean;
}

/** Is `target` something that sends a request when called (as opposed to a module used as a namespace)? */
export function isRequestTarget(target: Value): target is HttpTarget {
  if (target.kind !== 'http') return false;
  if (target.what === 'fn') return true;
  // axios(config), got(url), ky(url), superagent(method, url) and configured instances are callable.
  return target.lib === 'axios' || target.lib === 'got' || target.lib === 'ky' || target.lib === 'superagent' || target.what === 'instance';
}

/** Reads method, URL, include values and headers from an HTTP library call. */
export function httpFacts(ev: Evaluator, call: ts.CallExpression, target: HttpTarget, env?: Env): TsRequestFacts | null {
  const args = call.arguments.map((a) => ev.eval(a, env));
  let url: Value = UNKNOWN;
  let method: Value | null = target.method ? { kind: 'str', parts: [target.method] } : null;
  let options: Value | null = null;
  const calledAsModule = target.what !== 'fn';

  if (target.lib === 'https' || target.lib === 'http') {
    const first = args[0] ?? UNKNOWN;
    if (first.kind === 'obj') {
      options = first;
      const host = ev.member(first, 'hostname').kind !== 'unknown' ? ev.member(first, 'hostname') : ev.member(first, 'host');
      const hostText = literalOf(host);
      url = hostText !== null ? concat({ kind: 'str', parts: [`https://${hostText}`] }, ev.member(first, 'path')) : UNKNOWN;
    } else {
      url = first;
      options = args[1]?.kind === 'obj' ? args[1] : null;
    }
    method = method ?? memberOrNull(ev, options, 'method');
  } else if (target.lib === 'superagent' && calledAsModule && args.length >= 2) {
    method = args[0];
    url = args[1];
  } else if (calledAsModule && target.lib === 'axios' && args[0]?.kind === 'obj') {
    options = args[0];
    url = ev.member(args[0], 'url');
    method = memberOrNull(ev, options, 'method');
  } else {
    url = args[0] ?? UNKNOWN;
    if (args[0]?.kind === 'obj' && target.lib === 'axios') {
      options = args[0];
      url = ev.member(args[0], 'url');
    } else {
      // axios.post(url, data, config) puts the config third; everyone else second.
      const bodyFirst = target.lib === 'axios' && target.method !== null && ['POST', 'PUT', 'PATCH'].includes(target.method);
      const opt = bodyFirst ? args[2] : args[1];
      options = opt && opt.kind === 'obj' ? opt : null;
    }
    method = method ?? memberOrNull(ev, options, 'method');
  }

  const base = (options ? firstMember(ev, options, ['baseURL', 'prefixUrl']) : null) ?? target.baseURL;
  if (base && base.kind !== 'unknown' && !looksAbsolute(url)) url = joinUrl(base, url);
  const headers = mergeHeaders(ev, target.headers, options ? ev.member(options, 'headers') : null);
  const params = options ? firstMember(ev, options, ['params', 'searchParams', 'query', 'qs']) : null;

  const methodText = method ? literalOf(method) : 'GET';
  const parts = partsOf(url);
  if (!parts) return null;
  return {
    method: methodText ? methodText.toUpperCase() : null,
    url: parts.map((p): UrlPart => (typeof p === 'string' ? p : { hole: true })),
    include: params ? includeValues(ev.member(params, 'include')) : [],
    beta: headers.beta,
    keyEnv: headers.keyEnv,
    dependsOnParams: dependsOnParams(url) || (!!method && dependsOnParams(method)),
  };
}

function memberOrNull(ev: Evaluator, obj: Value | null, name: string): Value | null {
  if (!obj) return null;
  const v = ev.member(obj, name);
  return v.kind === 'unknown' && !v.param ? null : v;
}

function looksAbsolute(url: Value): boolean {
  const parts = partsOf(url);
  return !!parts && typeof parts[0] === 'string' && /^https?:\/\//i.test(parts[0]);
}

function joinUrl(base: Value, path: Value): Value {
  const b = partsOf(base);
  const p = partsOf(path);
  if (!b || !p) return UNKNOWN;
  const last = b[b.length - 1];
  const first = p[0];
  const needsSlash = !(typeof last === 'string' && last.endsWith('/')) && !(typeof first === 'string' && first.startsWith('/'));
  return concat(needsSlash ? concat(base, { kind: 'str', parts: ['/'] }) : base, path);
}

export function includeValues(v: Value): string[] {
  if (v.kind === 'arr') return v.items.flatMap((i) => includeValues(i));
  const text = literalOf(v);
  return text ? text.split(',').map((s) => s.trim()).filter(Boolean) : [];
}

function mergeHeaders(ev: Evaluator, ...sources: (Value | null)[]): { beta: boolean; keyEnv: string | null } {
  let beta = false;
  let keyEnv: string | null = null;
  for (const h of sources) {
    if (!h || h.kind !== 'obj') continue;
    const rev = literalOf(ev.member(h, 'revision'));
    if (rev && rev.endsWith('.pre')) beta = true;
    keyEnv = envOf(ev.member(h, 'Authorization')) ?? envOf(ev.member(h, 'authorization')) ?? keyEnv;
  }
  return { beta, keyEnv };
}
