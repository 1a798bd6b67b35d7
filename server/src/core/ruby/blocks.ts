import type { SyntaxNode } from '../tree-sitter/loader';
import { T_UNKNOWN, type TValue } from '../tree-sitter/values';
import { applyCall } from './eval-call';
import type { Env, RbEvaluator } from './evaluator';
import { callParts, field, named, walkScope } from './nodes';

// Values of block parameters: `Net::HTTP.start(host) { |http| … }` yields the session,
// `x.tap { |y| … }` yields x. Anything else a block receives is not traced.

export function blockParamValue(ev: RbEvaluator, block: SyntaxNode, index: number, env?: Env): TValue {
  const call = block.parent;
  if (!call || call.type !== 'call' || field(call, 'block')?.id !== block.id || index !== 0) return T_UNKNOWN;
  const parts = callParts(call);
  if (!parts) return T_UNKNOWN;
  if ((parts.name === 'tap' || parts.name === 'then') && parts.receiver) return ev.eval(parts.receiver, env);
  const callee = ev.callee(call, env);
  if (callee.kind === 'http' && callee.lib === 'net-http' && callee.what === 'module' && parts.name === 'start') {
    return applyCall(ev, callee, call, env);
  }
  return T_UNKNOWN;
}

/**
 * Assignments a block makes through its parameter: `f.headers['revision'] = …`,
 * `req.params['include'] = …`, `req.url '/lists'`. Keys are `headers`, `params`, `url`.
 */
export interface BlockSettings {
  headers: Map<string, SyntaxNode>;
  params: Map<string, SyntaxNode>;
  /** Whole-hash assignments (`req.headers = {...}`, `req.params = {...}`). */
  headerHash: SyntaxNode | null;
  paramHash: SyntaxNode | null;
  url: SyntaxNode | null;
  /** `req.url('/lists', include: 'tags')` keyword pairs. */
  urlPairs: SyntaxNode[];
}

export function blockSettings(block: SyntaxNode | null): BlockSettings | null {
  if (!block) return null;
  const params = field(block, 'parameters');
  const name = params ? named(params)[0]?.text : null;
  if (!name) return null;
  const out: BlockSettings = { headers: new Map(), params: new Map(), headerHash: null, paramHash: null, url: null, urlPairs: [] };
  const visit = (n: SyntaxNode): void => {
    for (const c of named(n)) {
      collectMutation(c, name, out);
      visit(c);
    }
  };
  visit(block);
  return out;
}

// Per tree: (scope, variable) → what the scope sets through the variable. Each SDK call and
// request with a variable argument used to walk its whole scope again: quadratic in the size
// of the file (a 20 KB script of calls took seconds).
const scopeCache = new WeakMap<object, Map<string, BlockSettings>>();

/** Headers/params/url set through `name` anywhere in `scope`. Shared between callers: read only. */
export function scopeMutations(scope: SyntaxNode, name: string): BlockSettings {
  let byScope = scopeCache.get(scope.tree);
  if (!byScope) scopeCache.set(scope.tree, (byScope = new Map()));
  const key = `${scope.id}\0${name}`;
  let out = byScope.get(key);
  if (!out) {
    const found: BlockSettings = { headers: new Map(), params: new Map(), headerHash: null, paramHash: null, url: null, urlPairs: [] };
    walkScope(scope, (n) => collectMutation(n, name, found));
    byScope.set(key, (out = found));
  }
  return out;
}

/** One statement that sets a header/param/url through `<name>`. Also used for variables outside blocks. */
export function collectMutation(c: SyntaxNode, name: string, out: BlockSettings): void {
  if (c.type === 'assignment') {
    const left = field(c, 'left');
    const right = field(c, 'right');
    if (!left || !right) return;
    // `req['revision'] = …` (Net::HTTP request objects index their headers directly).
    if (left.type === 'element_reference' && field(left, 'object')?.text === name) {
      const key = keyText(left);
      if (key !== null) out.headers.set(key.toLowerCase(), right);
      return;
    }
    // `f.headers['revision'] = …`, `req.params['include'] = …`
    if (left.type === 'element_reference') {
      const obj = field(left, 'object');
      const parts = obj ? callParts(obj) : null;
      const key = keyText(left);
      if (parts && parts.receiver?.text === name && key !== null) {
        if (parts.name === 'headers') out.headers.set(key.toLowerCase(), right);
        if (parts.name === 'params') out.params.set(key, right);
      }
      return;
    }
    // `req.headers = {...}`, `req.params = {...}`, `uri.query = …`
    if (left.type === 'call' && field(left, 'receiver')?.text === name) {
      const prop = field(left, 'method')?.text;
      if (prop === 'headers') out.headerHash = right;
      if (prop === 'params') out.paramHash = right;
      if (prop === 'url_prefix') out.url = right;
      if (prop === 'query') out.params.set('?query', right);
    }
    return;
  }
  if (c.type === 'call') {
    const parts = callParts(c);
    if (!parts || parts.receiver?.text !== name) return;
    if (parts.name === 'url' && parts.args[0]) {
      out.url = parts.args[0];
      out.urlPairs = parts.pairs;
    }
    // Faraday's auth middleware: `f.request :authorization, 'Klaviyo-API-Key', ENV['KEY']`.
    if (parts.name === 'request' && parts.args.length >= 3 && plainKey(parts.args[0]) === 'authorization') out.headers.set('authorization', parts.args[2]);
    // `req.add_field('revision', …)` (Net::HTTP) and `set_header`.
    if ((parts.name === 'add_field' || parts.name === 'set_header') && parts.args.length >= 2) {
      const key = plainKey(parts.args[0]);
      if (key !== null) out.headers.set(key.toLowerCase(), parts.args[1]);
    }
  }
}

function keyText(ref: SyntaxNode): string | null {
  const obj = field(ref, 'object');
  const key = named(ref).find((x) => x.id !== obj?.id);
  return key ? plainKey(key) : null;
}

function plainKey(n: SyntaxNode): string | null {
  if (n.type === 'simple_symbol') return n.text.slice(1);
  if (n.type !== 'string') return null;
  const parts = named(n);
  return parts.every((p) => p.type === 'string_content') ? parts.map((p) => p.text).join('') : null;
}
