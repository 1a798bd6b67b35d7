import { choiceTexts } from '../conditions';
import { urlPart, type UrlPart } from '../requests';
import type { SyntaxNode } from './loader';

// Abstract values for the tree-sitter languages (Python, PHP, Ruby): the same idea as the TS
// evaluator's (ts/values.ts), keyed by syntax-node identity strings instead of TS nodes, since
// tree-sitter hands out a fresh wrapper object for the same node on every access.

/** Identity of a syntax node within a file: stable across wrapper objects. */
export function nodeKey(file: string, node: SyntaxNode): string {
  return `${file}#${node.startIndex}:${node.endIndex}:${node.type}`;
}

export interface TParamRef {
  /** nodeKey of the function/method whose parameter this is. */
  fn: string;
  index: number;
  name: string;
  /** Attribute/key path into the parameter (`opts['url']`, `params.path`). */
  path: string[];
  fallback?: TValue;
}

/** `name`: the config key an unknown value was read from (`config('klaviyo.api_url')`). */
/** `alt`: the literals the piece is one of (an undecided conditional of two literals). */
export type TStrPart = string | { hole: true; param?: TParamRef; env?: string; name?: string; alt?: readonly string[] };

export type TValue =
  | { kind: 'unknown'; param?: TParamRef; name?: string }
  | { kind: 'str'; parts: TStrPart[] }
  | { kind: 'env'; name: string }
  | { kind: 'arr'; items: TValue[] }
  | { kind: 'obj'; props: Map<string, () => TValue> }
  | { kind: 'fn'; key: string; file: string; node: SyntaxNode; self?: TValue }
  | { kind: 'class'; key: string; file: string; node: SyntaxNode }
  | { kind: 'instance'; key: string; file: string; node: SyntaxNode; ctorArgs?: TValue[] }
  /** Official SDK values: the client object, an API group, a bound method; or a retired SDK (legacy: true). */
  | { kind: 'sdk'; what: 'module' | 'client' | 'group' | 'method'; group?: string; name?: string; keyEnv: string | null; legacy?: string }
  /** An HTTP library, a configured client (base URL, headers), or a request function. */
  | { kind: 'http'; lib: string; what: 'module' | 'instance' | 'fn'; method: string | null; baseURL: TValue | null; headers: TValue | null;
      /** A request function picked by a value (`getattr(client, method.lower())`): the method is that value. */
      methodValue?: TValue };

export const T_UNKNOWN: TValue = { kind: 'unknown' };

/**
 * One of these values (see choiceTexts): a loop over a literal list, a lookup in a dict of
 * literals with a key we cannot read. One value is itself; anything else is unknown.
 */
export function tChoices(values: readonly TValue[]): TValue {
  const all = choiceTexts(values.map((v) => (v.kind === 'str' ? v.parts : null)));
  if (!all) return T_UNKNOWN;
  return all.length === 1 ? tstr(all[0]) : { kind: 'str', parts: [{ hole: true, alt: all }] };
}

export function tstr(...parts: TStrPart[]): TValue {
  return { kind: 'str', parts };
}

export function tLiteral(v: TValue): string | null {
  return v.kind === 'str' && v.parts.every((p) => typeof p === 'string') ? v.parts.join('') : null;
}

export function tParts(v: TValue): TStrPart[] | null {
  if (v.kind === 'str') return v.parts;
  if (v.kind === 'env') return [{ hole: true, env: v.name }];
  if (v.kind === 'unknown') return [v.name ? { hole: true, param: v.param, name: v.name } : { hole: true, param: v.param }];
  return null;
}

export function tConcat(...values: TValue[]): TValue {
  const out: TStrPart[] = [];
  for (const v of values) {
    const parts = tParts(v);
    if (!parts) return T_UNKNOWN;
    for (const p of parts) {
      if (p === '') continue;
      const last = out[out.length - 1];
      if (typeof p === 'string' && typeof last === 'string') out[out.length - 1] = last + p;
      else out.push(p);
    }
  }
  return { kind: 'str', parts: out };
}

export function tDependsOnParams(v: TValue | null | undefined): boolean {
  if (!v) return false;
  if (v.kind === 'unknown') return !!v.param;
  if (v.kind === 'str') return v.parts.some((p) => typeof p !== 'string' && !!p.param);
  return false;
}

export function tEnvOf(v: TValue | null | undefined): string | null {
  if (!v) return null;
  if (v.kind === 'env') return v.name;
  if (v.kind === 'str') for (const p of v.parts) if (typeof p !== 'string' && p.env) return p.env;
  return null;
}

/** URL parts for the shared request resolver (requests.ts), which only needs to know where holes are. */
export function tUrl(v: TValue): UrlPart[] | null {
  const parts = tParts(v);
  return parts ? parts.map(urlPart) : null;
}

/** Include values from a literal string (`"lists,tags"`) or a list of literals. */
export function tIncludeValues(v: TValue | undefined): string[] {
  if (!v) return [];
  if (v.kind === 'arr') return v.items.flatMap((i) => tIncludeValues(i));
  const text = tLiteral(v);
  return text ? text.split(',').map((s) => s.trim()).filter(Boolean) : [];
}
