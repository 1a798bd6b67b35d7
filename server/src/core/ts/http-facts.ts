import ts from 'typescript';
import { bindingsOf } from './bindings';
import type { RequestFacts } from '../requests';
import type { Env, Evaluator } from './evaluator';
import { firstMember } from './eval-call';
import { concat, dependsOnParams, envOf, literalOf, partsOf, UNKNOWN, urlPartsOf, type Value } from './values';
import { decodeComponent } from '../decode';

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
    if (args[0]?.kind === 'obj' && (target.lib === 'axios' || target.lib === 'fetch' || target.lib === 'ky')) {
      // axios(config), or fetch(new Request(url, init)) with an optional init that overrides the request's.
      const init = args[1]?.kind === 'obj' && target.lib !== 'axios' ? args[1] : null;
      options = init && init.kind === 'obj' ? { kind: 'obj', props: init.props, spreads: [...(init.spreads ?? []), args[0]] } : args[0];
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
  const chain = target.lib === 'superagent' ? superagentChain(ev, call, env) : null;
  const headers = mergeHeaders(ev, target.headers, options ? ev.member(options, 'headers') : null, chain?.headers ?? null);
  const params = options ? firstMember(ev, options, ['params', 'searchParams', 'query', 'qs']) : chain?.query ?? null;

  const methodText = method ? literalOf(method) : 'GET';
  const parts = urlPartsOf(url);
  if (!parts) return null;
  return {
    method: methodText ? methodText.toUpperCase() : null,
    url: parts,
    include: [...(params ? includeValues(params.kind === 'str' ? queryInclude(params) : ev.member(params, 'include')) : []), ...searchParamIncludes(ev, call.arguments, env)],
    beta: headers.beta,
    keyEnv: headers.keyEnv,
    dependsOnParams: dependsOnParams(url) || (!!method && dependsOnParams(method)),
  };
}

/** null when `obj` has no such property; an unknown value when it has one we cannot read (`{ method: m }`). */
function memberOrNull(ev: Evaluator, obj: Value | null, name: string): Value | null {
  if (!obj) return null;
  const v = ev.member(obj, name);
  const present = obj.kind === 'obj' && obj.props.has(name);
  return v.kind === 'unknown' && !v.param && !present ? null : v;
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
  // axios also reads `headers.common` of an instance's defaults.
  for (const h of sources.flatMap((s) => (s && s.kind === 'obj' ? [s, ev.member(s, 'common')] : []))) {
    if (h.kind !== 'obj') continue;
    const rev = literalOf(ev.member(h, 'revision'));
    if (rev && rev.endsWith('.pre')) beta = true;
    keyEnv = envOf(ev.member(h, 'Authorization')) ?? envOf(ev.member(h, 'authorization')) ?? keyEnv;
  }
  return { beta, keyEnv };
}

/**
 * `const u = new URL(…); u.searchParams.set('include', 'lists'); fetch(u)`: include values
 * added to a URL object (passed as `u`, `u.href` or `u.toString()`) in the scope that declares it.
 */
function searchParamIncludes(ev: Evaluator, args: readonly ts.Expression[], env?: Env): string[] {
  const out: string[] = [];
  for (let a of args.slice(0, 2)) {
    if (ts.isCallExpression(a) && ts.isPropertyAccessExpression(a.expression) && a.expression.name.text === 'toString') a = a.expression.expression;
    if (ts.isPropertyAccessExpression(a) && a.name.text === 'href') a = a.expression;
    if (!ts.isIdentifier(a)) continue;
    const bindings = bindingsOf(a.getSourceFile());
    const decl = bindings.resolve(a);
    if (!decl || !ts.isVariableDeclaration(decl) || !decl.initializer || !ts.isNewExpression(decl.initializer)) continue;
    const visit = (n: ts.Node): void => {
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && /^(set|append)$/.test(n.expression.name.text) && n.arguments.length >= 2) {
        const sp = n.expression.expression;
        if (ts.isPropertyAccessExpression(sp) && sp.name.text === 'searchParams' && ts.isIdentifier(sp.expression) &&
            bindings.resolve(sp.expression) === decl && literalOf(ev.eval(n.arguments[0], env)) === 'include') {
          out.push(...includeValues(ev.eval(n.arguments[1], env)));
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(decl.parent.parent.parent ?? decl.getSourceFile());
  }
  return out;
}

/** superagent builders: `request.get(url).query({ include: 'lists' }).set('Authorization', key)`. */
function superagentChain(ev: Evaluator, call: ts.CallExpression, env?: Env): { headers: Value; query: Value } {
  const headers = new Map<string, () => Value>();
  const spreads: Value[] = [];
  let query: Value = UNKNOWN;
  for (let n: ts.Expression = call; ts.isPropertyAccessExpression(n.parent) && ts.isCallExpression(n.parent.parent) && n.parent.parent.expression === n.parent; n = n.parent.parent) {
    const [a, b] = n.parent.parent.arguments.map((x) => ev.eval(x, env));
    const name = n.parent.name.text;
    const key = a ? literalOf(a) : null;
    if (name === 'set' && key !== null && b) headers.set(key, () => b);
    else if (name === 'set' && a?.kind === 'obj') spreads.push(a);
    else if (name === 'query' && a) query = a.kind === 'obj' ? a : { kind: 'obj', props: new Map([['include', () => queryInclude(a)]]) };
  }
  return { headers: { kind: 'obj', props: headers, spreads }, query };
}

/** The include value of a query string (`'include=lists&x=1'`), as a string value. */
function queryInclude(q: Value): Value {
  const m = /(?:^|&)include=([^&]*)/.exec(literalOf(q) ?? '');
  return m ? { kind: 'str', parts: [decodeComponent(m[1])] } : UNKNOWN;
}
