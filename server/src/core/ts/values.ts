import type ts from 'typescript';
import { choiceTexts } from '../conditions';
import { urlPart, type UrlPart } from '../requests';

// Abstract values: what an expression is known to hold, as far as Klaviyo calls care.
// Anything else is `unknown`. Values are plain objects so cross-module summaries can share them.

export interface ParamRef {
  fn: ts.SignatureDeclaration;
  index: number;
  /** Property path into the parameter, e.g. ['url'] for `opts.url`. */
  path: string[];
  fallback?: Value;
}

/** One piece of a string: literal text, or a hole that is unknown (maybe a parameter or an env var). */
/** `name`: the settings key an unknown value was read from (`config.get('klaviyo.baseUrl')`). */
export type StrPart = string | { hole: true; param?: ParamRef; env?: string; name?: string; alt?: readonly string[] };

export type HttpLib = 'fetch' | 'axios' | 'got' | 'ky' | 'undici' | 'superagent' | 'https' | 'http';

export type Value =
  | { kind: 'unknown'; param?: ParamRef; name?: string }
  /** `undefined` or `null` written as such: nothing, and falsy. */
  | { kind: 'nullish' }
  | { kind: 'str'; parts: StrPart[] }
  | { kind: 'env'; name: string }
  | { kind: 'arr'; items: Value[] }
  | { kind: 'obj'; props: Map<string, () => Value>; spreads?: Value[] }
  /** `viaCall`: taken as `f.call` (`klaviyoRequest.call(this, 'GET', path)`): the first argument is `this`. */
  | { kind: 'fn'; node: ts.SignatureDeclaration; thisValue?: Value; viaCall?: boolean }
  | { kind: 'class'; node: ts.ClassLikeDeclaration }
  | { kind: 'instance'; node: ts.ClassLikeDeclaration; ctorArgs?: Value[] }
  /** The official SDK (`klaviyo-api`) or a legacy one. */
  | { kind: 'sdk'; sdk: string; what: 'module' }
  | { kind: 'sdk'; sdk: string; what: 'class'; group: string }
  | { kind: 'sdk'; sdk: string; what: 'api'; group: string; keyEnv: string | null }
  | { kind: 'sdk'; sdk: string; what: 'method'; group: string; name: string; keyEnv: string | null }
  | { kind: 'sdk'; sdk: string; what: 'session-class'; name: string }
  | { kind: 'sdk'; sdk: string; what: 'session'; keyEnv: string | null }
  /** A raw HTTP library: its module, a request function (method fixed or not), or a configured instance. */
  | { kind: 'http'; lib: HttpLib; what: 'module' | 'instance' | 'fn'; method: string | null; baseURL: Value | null; headers: Value | null; builder?: boolean }
  /** A framework's settings reader (NestJS `ConfigService`) or its `get` method; `env`: `process.env` itself, passed around. */
  | { kind: 'settings'; what: 'reader' | 'get' | 'env' };

export const UNKNOWN: Value = { kind: 'unknown' };

/**
 * One of these values (see choiceTexts): a loop over a literal array, a lookup in an object of
 * literals with a key we cannot read, a string-literal union type. One value is itself.
 */
export function choices(values: readonly Value[]): Value {
  const all = choiceTexts(values.map((v) => (v.kind === 'str' ? v.parts : null)));
  if (!all) return UNKNOWN;
  return all.length === 1 ? { kind: 'str', parts: [all[0]] } : { kind: 'str', parts: [{ hole: true, alt: all }] };
}

export function str(...parts: StrPart[]): Value {
  return { kind: 'str', parts };
}

export function isKnownString(v: Value): v is { kind: 'str'; parts: string[] } {
  return v.kind === 'str' && v.parts.every((p) => typeof p === 'string');
}

export function literalOf(v: Value): string | null {
  return isKnownString(v) ? v.parts.join('') : null;
}

/** Parts of a string-ish value, with unknowns as holes; null when the value is not a string at all. */
export function partsOf(v: Value): StrPart[] | null {
  if (v.kind === 'str') return v.parts;
  if (v.kind === 'env') return [{ hole: true, env: v.name }];
  if (v.kind === 'unknown') return [v.name ? { hole: true, param: v.param, name: v.name } : { hole: true, param: v.param }];
  // A variable initialised to undefined and assigned later: as unknown as any hole.
  if (v.kind === 'nullish') return [{ hole: true }];
  return null;
}

/** URL parts for the shared request resolver: holes keep only the env var they were read from. */
export function urlPartsOf(v: Value): UrlPart[] | null {
  return partsOf(v)?.map(urlPart) ?? null;
}

export function concat(a: Value, b: Value): Value {
  const pa = partsOf(a);
  const pb = partsOf(b);
  if (!pa || !pb) return UNKNOWN;
  const out: StrPart[] = [];
  for (const p of [...pa, ...pb]) {
    // `${base}/x` starts with an empty head: the hole is what comes first.
    if (p === '') continue;
    const last = out[out.length - 1];
    if (typeof p === 'string' && typeof last === 'string') out[out.length - 1] = last + p;
    else out.push(p);
  }
  return { kind: 'str', parts: out };
}

/** True when any hole of the value stands for a parameter of `fn` (so the value is only known at fn's call sites). */
export function dependsOnParams(v: Value | null | undefined): boolean {
  if (!v) return false;
  if (v.kind === 'unknown') return !!v.param;
  if (v.kind === 'str') return v.parts.some((p) => typeof p !== 'string' && !!p.param);
  return false;
}

/** True when a hole of the value stands for a parameter of `fn` itself (not of a function nested in it). */
export function dependsOnParamsOf(v: Value | null | undefined, fn: ts.Node, depth = 0): boolean {
  if (!v) return false;
  if (v.kind === 'unknown') return v.param?.fn === fn;
  if (v.kind === 'str') return v.parts.some((p) => typeof p !== 'string' && p.param?.fn === fn);
  // `request({ path: nextPath, method: 'GET' })`: an options object carrying a parameter.
  if (v.kind === 'obj' && depth < 2) return [...v.props.values()].some((get) => dependsOnParamsOf(get(), fn, depth + 1));
  return false;
}

export function envOf(v: Value | null | undefined): string | null {
  if (!v) return null;
  if (v.kind === 'env') return v.name;
  if (v.kind === 'str') {
    for (const p of v.parts) if (typeof p !== 'string' && p.env) return p.env;
  }
  return null;
}

/** Both branches hold a client of the same SDK group (`key ? new ListsApi(a) : new ListsApi(b)`). */
export function sameSdkClient(a: Value, b: Value): Value | null {
  if (a.kind !== 'sdk' || b.kind !== 'sdk' || a.what !== 'api' || b.what !== 'api' || a.sdk !== b.sdk || a.group !== b.group) return null;
  return { ...a, keyEnv: a.keyEnv === b.keyEnv ? a.keyEnv : null };
}
