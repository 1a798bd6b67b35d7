import ts from 'typescript';
import type { Env, Evaluator } from './evaluator';
import { requireSpecifier, moduleValue } from './eval-module';
import { settingsRead } from './libraries';
import { concat, envOf, literalOf, partsOf, UNKNOWN, type Value } from './values';

const MAX_INLINE = 4;
let inlineDepth = 0;

/** Bound to a parameter the call passes no argument for, so its default value applies (an unknown argument keeps it unknown). */
export const MISSING_ARG: Value = { kind: 'unknown' };

/**
 * Binds a function's parameters to the values of a call's arguments. A declared `this` parameter
 * (`function f(this: IExecuteFunctions, method, path)`) takes no argument.
 */
export function bindArgs(fn: ts.SignatureDeclaration, args: Value[], thisValue?: Value, outer?: Env): Map<ts.Node | 'this', Value> {
  const env = new Map<ts.Node | 'this', Value>(outer ?? []);
  const params = fn.parameters.filter((p) => !(ts.isIdentifier(p.name) && p.name.text === 'this'));
  params.forEach((p, i) => {
    if (p.dotDotDotToken) env.set(p, { kind: 'arr', items: args.slice(i) });
    else env.set(p, i < args.length ? args[i] : MISSING_ARG);
  });
  if (thisValue) env.set('this', thisValue);
  return env;
}

/**
 * The arguments and `this` a function value is called with (`f.call(self, a, b)`: `a, b`, and
 * `self` when it is an instance of a project class; a framework's context object, which we cannot
 * read, leaves `this` as unknown as a direct call does).
 */
export function callBinding(target: Extract<Value, { kind: 'fn' }>, args: Value[]): { args: Value[]; thisValue?: Value } {
  if (!target.viaCall) return { args, thisValue: target.thisValue };
  return { args: args.slice(1), thisValue: args[0]?.kind === 'instance' ? args[0] : undefined };
}

export function evalCall(ev: Evaluator, node: ts.CallExpression | ts.NewExpression, env?: Env): Value {
  const spec = ts.isCallExpression(node) ? requireSpecifier(node) : null;
  if (spec !== null) return moduleValue(ev, node.getSourceFile(), spec, 'default');
  const isNew = ts.isNewExpression(node);
  const args = node.arguments ?? ts.factory.createNodeArray();
  const callee = node.expression;

  // String and array helpers that keep a URL recognisable.
  if (ts.isPropertyAccessExpression(callee)) {
    const method = callee.name.text;
    if (method === 'toString' || method === 'trim' || method === 'toLowerCase') {
      const v = ev.eval(callee.expression, env);
      if (v.kind === 'str' || v.kind === 'env') return v;
    }
    if (method === 'concat') {
      const base = ev.eval(callee.expression, env);
      if (base.kind === 'str') return args.reduce<Value>((acc, a) => concat(acc, ev.eval(a, env)), base);
    }
    if (method === 'join') {
      const arr = ev.eval(callee.expression, env);
      const sep = args[0] ? literalOf(ev.eval(args[0], env)) : ',';
      if (arr.kind === 'arr' && sep !== null) {
        return arr.items.reduce<Value>((acc, item, i) => concat(i ? concat(acc, { kind: 'str', parts: [sep] }) : acc, item), { kind: 'str', parts: [''] });
      }
    }
  }
  if (isNew && ts.isIdentifier(callee) && callee.text === 'URL') return urlValue(ev, args, env);
  if (isNew && ts.isIdentifier(callee)) {
    // Fetch API objects: `new Headers(init)` is its init; `new Request(url, init)` carries both into fetch.
    if (callee.text === 'Headers' && args[0]) return ev.eval(args[0], env);
    if (callee.text === 'Request' && args[0]) {
      const url = ev.eval(args[0], env);
      return { kind: 'obj', props: new Map([['url', () => url]]), spreads: args[1] ? [ev.eval(args[1], env)] : [] };
    }
    if (callee.text === 'URLSearchParams' && args[0]) return queryString(ev.eval(args[0], env));
  }
  if (ts.isIdentifier(callee) && callee.text === 'String' && args[0]) return ev.eval(args[0], env);
  if (!isNew && isObjectMerge(callee)) return mergedObject(args.map((a) => ev.eval(a, env)));

  // `axios.create(cfg)`, `got.extend(cfg)`, `ky.create(cfg)`: a configured instance.
  if (ts.isPropertyAccessExpression(callee) && (callee.name.text === 'create' || callee.name.text === 'extend')) {
    const recv = ev.eval(callee.expression, env);
    if (recv.kind === 'http' && recv.what !== 'fn') return httpCall(ev, { ...recv, what: 'module' }, callee, args.map((a) => ev.eval(a, env)));
  }
  const target = ev.eval(callee, env);
  const argValues = (): Value[] => args.map((a) => ev.eval(a, env));
  switch (target.kind) {
    case 'sdk':
      return sdkCall(target, isNew, argValues());
    case 'http':
      return httpCall(ev, target, callee, argValues());
    case 'settings':
      return target.what === 'get' && args[0] ? settingsRead(literalOf(ev.eval(args[0], env))) : UNKNOWN;
    case 'class':
      return isNew ? { kind: 'instance', node: target.node, ctorArgs: argValues() } : UNKNOWN;
    case 'fn':
      if (isNew || inlineDepth >= MAX_INLINE) return UNKNOWN;
      inlineDepth++;
      try {
        const b = callBinding(target, argValues());
        return ev.returnValue(target.node, bindArgs(target.node, b.args, b.thisValue));
      } finally {
        inlineDepth--;
      }
    default:
      return UNKNOWN;
  }
}

function sdkCall(target: Extract<Value, { kind: 'sdk' }>, isNew: boolean, args: Value[]): Value {
  if (target.sdk !== 'klaviyo-api') return target.what === 'module' ? target : UNKNOWN;
  if (target.what === 'session-class') {
    // OAuthSession(customerIdentifier, oAuthApi): the first argument names a customer, not a credential.
    return { kind: 'sdk', sdk: target.sdk, what: 'session', keyEnv: target.name === 'OAuthSession' ? null : keyEnvOf(args[0]) };
  }
  if (target.what === 'class' && isNew) {
    const session = args[0];
    const keyEnv = session?.kind === 'sdk' && session.what === 'session' ? session.keyEnv : keyEnvOf(session);
    return { kind: 'sdk', sdk: target.sdk, what: 'api', group: target.group, keyEnv };
  }
  return UNKNOWN;
}

function keyEnvOf(v: Value | undefined): string | null {
  if (!v) return null;
  if (v.kind === 'sdk' && v.what === 'session') return v.keyEnv;
  return envOf(v);
}

function httpCall(ev: Evaluator, target: Extract<Value, { kind: 'http' }>, callee: ts.Expression, args: Value[]): Value {
  const factory = ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
  if (target.what === 'module' && (factory === 'create' || factory === 'extend')) {
    const cfg = args[0];
    const base = cfg ? firstMember(ev, cfg, ['baseURL', 'prefixUrl', 'baseUrl', 'origin']) : null;
    const headers = cfg ? ev.member(cfg, 'headers') : null;
    return { kind: 'http', lib: target.lib, what: 'instance', method: null, baseURL: base && base.kind !== 'unknown' ? base : target.baseURL, headers };
  }
  // superagent builders (`request.get(url).set(...)`) keep going; their URL is read by the detector.
  return UNKNOWN;
}

export function firstMember(ev: Evaluator, obj: Value, names: string[]): Value | null {
  for (const n of names) {
    const v = ev.member(obj, n);
    if (v.kind !== 'unknown' || v.param) return v;
  }
  return null;
}

/** `new URLSearchParams({ include: 'lists' })` as the query text it serializes to (unknown values become holes). */
function queryString(init: Value): Value {
  if (init.kind === 'str') return init;
  if (init.kind !== 'obj' || init.spreads?.length) return UNKNOWN;
  let out: Value = { kind: 'str', parts: [''] };
  [...init.props].forEach(([k, get], i) => {
    const v = get();
    const text: Value = v.kind === 'arr' && v.items.every((x) => literalOf(x) !== null) ? { kind: 'str', parts: [v.items.map(literalOf).join(',')] } : v;
    out = concat(concat(out, { kind: 'str', parts: [`${i ? '&' : ''}${k}=`] }), text);
  });
  return out;
}

/** `new URL(path, base)` resolved the way the WHATWG URL parser would for the shapes we see. */
function urlValue(ev: Evaluator, args: ts.NodeArray<ts.Expression>, env?: Env): Value {
  const path = args[0] ? ev.eval(args[0], env) : UNKNOWN;
  if (!args[1]) return path;
  const base = ev.eval(args[1], env);
  const pathParts = partsOf(path);
  const baseText = literalOf(base);
  if (!pathParts) return UNKNOWN;
  const head = typeof pathParts[0] === 'string' ? pathParts[0] : '';
  if (/^https?:\/\//.test(head)) return path;
  if (baseText !== null) {
    const origin = baseText.match(/^https?:\/\/[^/]+/)?.[0];
    if (head.startsWith('/') && origin) return concat({ kind: 'str', parts: [origin] }, path);
    const dir = baseText.endsWith('/') ? baseText : baseText.replace(/[^/]*$/, '');
    return concat({ kind: 'str', parts: [dir] }, path);
  }
  return concat(base, path);
}

/** `Object.assign(…)`, lodash/underscore `assign`/`extend`/`merge` (`_.merge`, an imported `assign`): objects merged in order. */
function isObjectMerge(callee: ts.Expression): boolean {
  if (ts.isIdentifier(callee)) return callee.text === 'assign' || callee.text === 'extend';
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression)) return false;
  const [recv, name] = [callee.expression.text, callee.name.text];
  return (recv === 'Object' && name === 'assign') || (/^(_|lodash|underscore)$/.test(recv) && /^(assign|extend|merge)$/.test(name));
}

/**
 * `assign(defaultOptions, options)`: a later object's properties win; what is not an object we can
 * read (a caller's `options`) is kept as a spread, so its properties still reach a call site, and
 * the defaults are what this code knows.
 */
function mergedObject(values: Value[]): Value {
  const props = new Map<string, () => Value>();
  const spreads: Value[] = [];
  for (const v of values) {
    if (v.kind !== 'obj') {
      spreads.push(v);
      continue;
    }
    for (const [k, get] of v.props) props.set(k, get);
    spreads.push(...(v.spreads ?? []));
  }
  return { kind: 'obj', props, spreads };
}
