import type { SyntaxNode } from '../tree-sitter/loader';
import { nearestAncestor, parentOf } from '../tree-sitter/parents';

// Small readers over tree-sitter-ruby nodes, so the evaluator and detectors speak of calls,
// arguments and scopes instead of grammar details.

export const SCOPE_TYPES = new Set(['method', 'singleton_method', 'class', 'module', 'singleton_class', 'program']);
const METHOD_TYPES = new Set(['method', 'singleton_method']);

export function field(n: SyntaxNode, name: string): SyntaxNode | null {
  return n.childForFieldName(name);
}

export function named(n: SyntaxNode): SyntaxNode[] {
  // One call into the parser for all children (namedChild(i) per child crosses into wasm each time).
  return n.namedChildren.filter((c): c is SyntaxNode => c !== null && c.type !== 'comment');
}

/** `foo.bar(x)` / `bar x` / `Foo::Bar.new`: receiver, method name and the nodes of its arguments. */
export interface CallParts {
  receiver: SyntaxNode | null;
  name: string;
  nameNode: SyntaxNode;
  /** Positional arguments (hash literals included) in order. */
  args: SyntaxNode[];
  /** Trailing `key: value` / `'k' => v` pairs written without braces. */
  pairs: SyntaxNode[];
  block: SyntaxNode | null;
}

export function callParts(n: SyntaxNode): CallParts | null {
  if (n.type !== 'call') return null;
  const nameNode = field(n, 'method');
  if (!nameNode) return null;
  const list = field(n, 'arguments');
  const args: SyntaxNode[] = [];
  const pairs: SyntaxNode[] = [];
  for (const a of list ? named(list) : []) {
    if (a.type === 'pair') pairs.push(a);
    else if (a.type !== 'block_argument') args.push(a);
  }
  return { receiver: field(n, 'receiver'), name: nameNode.text, nameNode, args, pairs, block: field(n, 'block') };
}

/** The key of a hash pair as Ruby code reads it back: `include:`, `:include =>`, `'include' =>` all give `include`. */
export function pairKey(pair: SyntaxNode): string | null {
  const k = field(pair, 'key');
  if (!k) return null;
  if (k.type === 'hash_key_symbol' || k.type === 'identifier' || k.type === 'constant') return k.text;
  if (k.type === 'simple_symbol') return k.text.slice(1);
  if (k.type === 'string' || k.type === 'delimited_symbol') return plainString(k);
  return null;
}

/** The text of a string or symbol without interpolation, or null. */
export function plainString(n: SyntaxNode): string | null {
  if (n.type === 'simple_symbol') return n.text.slice(1);
  if (n.type === 'hash_key_symbol') return n.text;
  if (n.type !== 'string' && n.type !== 'delimited_symbol' && n.type !== 'bare_string') return null;
  let out = '';
  for (const c of named(n)) {
    if (c.type === 'string_content') out += c.text;
    else if (c.type === 'escape_sequence') out += unescape(c.text);
    else return null;
  }
  return out;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', s: ' ' };

export function unescape(seq: string): string {
  const ch = seq.slice(1);
  return ESCAPES[ch] ?? ch;
}

/** The innermost method, class, module or program around a node (blocks are transparent: they see outer locals). */
export function enclosingScope(n: SyntaxNode): SyntaxNode {
  return nearestAncestor(n, 'rb-scope', (p) => SCOPE_TYPES.has(p.type)) ?? n.tree.rootNode;
}

export function enclosingMethod(n: SyntaxNode): SyntaxNode | null {
  for (let p = parentOf(n); p; p = parentOf(p)) {
    if (METHOD_TYPES.has(p.type)) return p;
    if (p.type === 'class' || p.type === 'module' || p.type === 'singleton_class') return null;
  }
  return null;
}

/** The class or module body a node sits in (null at top level). */
export function enclosingClass(n: SyntaxNode): SyntaxNode | null {
  return nearestAncestor(n, 'rb-class', (p) => p.type === 'class' || p.type === 'module');
}

/** True inside `def self.x` or `class << self`, where `self` is the class. */
export function inSingletonContext(n: SyntaxNode): boolean {
  for (let p = parentOf(n); p; p = parentOf(p)) {
    if (p.type === 'singleton_method' || p.type === 'singleton_class') return true;
    if (p.type === 'method') return isModuleFunction(p);
    if (p.type === 'class' || p.type === 'module') return true;
  }
  return true;
}

/** A `def` in a module after `module_function` / `extend self` is callable on the module. */
function isModuleFunction(def: SyntaxNode): boolean {
  const cls = enclosingClass(def);
  if (!cls || cls.type !== 'module') return false;
  const body = field(cls, 'body');
  return !!body && named(body).some((s) => (s.type === 'identifier' && s.text === 'module_function') ||
    (s.type === 'call' && /^(module_function|extend)$/.test(field(s, 'method')?.text ?? '') && (s.text === 'module_function' || /extend\s+self/.test(s.text))));
}

/** Statements of a scope, not descending into nested methods/classes; blocks and branches are included. */
export function walkScope(scope: SyntaxNode, visit: (n: SyntaxNode) => void): void {
  const go = (n: SyntaxNode): void => {
    visit(n);
    for (const c of named(n)) if (!SCOPE_TYPES.has(c.type)) go(c);
  };
  for (const c of scopeStatements(scope)) if (!SCOPE_TYPES.has(c.type)) go(c);
}

/** The top statements of a scope; an endless method's body expression is its one statement. */
export function scopeStatements(scope: SyntaxNode): SyntaxNode[] {
  if (scope.type === 'program') return named(scope);
  const body = field(scope, 'body');
  if (!body) return [];
  return body.type === 'body_statement' ? named(body) : [body];
}

/** The fully qualified name of a class/module node (`A::B` for `module A; class B`). */
export function qualifiedName(def: SyntaxNode): string {
  const parts: string[] = [];
  for (let p: SyntaxNode | null = def; p; p = parentOf(p)) {
    if (p.type !== 'class' && p.type !== 'module') continue;
    const n = field(p, 'name');
    if (n) parts.unshift(n.text.replace(/^::/, ''));
  }
  return parts.join('::');
}

/** Name of a parameter node (`a`, `b = 1`, `c:`, `*rest`), or null. */
export function paramName(p: SyntaxNode): string | null {
  if (p.type === 'identifier') return p.text;
  const n = field(p, 'name');
  return n ? n.text : null;
}

export function paramsOf(def: SyntaxNode): SyntaxNode[] {
  const list = field(def, 'parameters');
  return list ? named(list) : [];
}

/** The value a method returns: its last statement (explicit `return` statements are not merged). */
export function lastStatement(def: SyntaxNode): SyntaxNode | null {
  const body = field(def, 'body');
  if (!body) return null;
  // `def get(path) = request(:get, path)`: an endless method's body is the expression itself.
  if (body.type !== 'body_statement') return body;
  const stmts = named(body).filter((s) => s.type !== 'rescue' && s.type !== 'ensure' && s.type !== 'else');
  const last = stmts[stmts.length - 1] ?? null;
  if (last?.type !== 'return') return last;
  const list = named(last)[0] ?? null;
  return list?.type === 'argument_list' ? (named(list)[0] ?? null) : list;
}

/** `Net::HTTP::Post` → its path; null for dynamic scopes. */
export function constPath(n: SyntaxNode): string | null {
  if (n.type === 'constant') return n.text;
  if (n.type !== 'scope_resolution') return null;
  const name = field(n, 'name')?.text;
  const scope = field(n, 'scope');
  if (!name) return null;
  if (!scope) return name;
  const head = constPath(scope);
  return head === null ? null : `${head}::${name}`;
}
