import type { Span } from '../model';
import type { SyntaxNode } from '../tree-sitter/loader';
import { parentOf } from '../tree-sitter/parents';

// Small readers over tree-sitter-python nodes, so the evaluator and detectors read as Python.

export function namedChildren(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((c): c is SyntaxNode => c !== null);
}

export function children(node: SyntaxNode): SyntaxNode[] {
  return node.children.filter((c): c is SyntaxNode => c !== null);
}

export function spanOf(node: SyntaxNode): Span {
  return { start: node.startIndex, end: node.endIndex };
}

/** Nodes that open a new name scope: their bodies' bindings are not the enclosing scope's. */
export const SCOPE_TYPES = new Set(['function_definition', 'class_definition', 'lambda']);
export const COMPREHENSION_TYPES = new Set(['list_comprehension', 'dictionary_comprehension', 'set_comprehension', 'generator_expression']);

/** `(x)`, `await x`: the expression that gives the value. */
export function unwrap(node: SyntaxNode): SyntaxNode {
  let n = node;
  while ((n.type === 'parenthesized_expression' || n.type === 'await') && n.namedChildCount > 0) n = n.namedChild(n.namedChildCount - 1) ?? n;
  return n;
}

export interface CallArgs {
  positional: SyntaxNode[];
  keywords: Map<string, SyntaxNode>;
  /** `*args` / `**kwargs` at the call: arguments we cannot place. */
  splat: boolean;
  /** The expressions of `**kwargs` arguments (a dict we may know). */
  kwSplats: SyntaxNode[];
}

export function callArgs(call: SyntaxNode): CallArgs {
  const out: CallArgs = { positional: [], keywords: new Map(), splat: false, kwSplats: [] };
  const list = call.childForFieldName('arguments');
  if (!list) return out;
  // `f"..."` as the only argument of a call without parentheses does not exist in Python, but a
  // generator argument (`f(x for x in y)`) is a single positional.
  if (list.type === 'generator_expression') return { ...out, positional: [list] };
  for (const a of namedChildren(list)) {
    if (a.type === 'keyword_argument') {
      const name = a.childForFieldName('name')?.text;
      const value = a.childForFieldName('value');
      if (name && value) out.keywords.set(name, value);
    } else if (a.type === 'list_splat' || a.type === 'dictionary_splat') {
      out.splat = true;
      const inner = a.namedChild(0);
      if (a.type === 'dictionary_splat' && inner) out.kwSplats.push(inner);
    }
    else if (a.type !== 'comment') out.positional.push(a);
  }
  return out;
}

/** The text of a plain string literal (no interpolation), else null. */
export function plainString(node: SyntaxNode): string | null {
  const n = unwrap(node);
  if (n.type === 'concatenated_string') {
    const parts = namedChildren(n).map(plainString);
    return parts.every((p) => p !== null) ? parts.join('') : null;
  }
  if (n.type !== 'string') return null;
  let out = '';
  for (const c of namedChildren(n)) {
    if (c.type === 'interpolation') return null;
    if (c.type === 'string_content') out += decodeEscapes(c.text, isRaw(n));
  }
  return out;
}

export function isRaw(stringNode: SyntaxNode): boolean {
  const start = stringNode.child(0);
  return !!start && /r/i.test(start.text.replace(/['"]/g, ''));
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };

export function decodeEscapes(text: string, raw: boolean): string {
  if (raw) return text;
  return text.replace(/\\(.)/g, (m, c: string) => ESCAPES[c] ?? m);
}

/** The call a method reference is the callee of (`api.Profiles.get_profiles(...)`), if any. */
export function enclosingCall(node: SyntaxNode): SyntaxNode | null {
  const p = node.parent;
  return p?.type === 'call' && p.childForFieldName('function')?.equals(node) ? p : null;
}

/** The innermost enclosing node of one of these types. */
export function ancestor(node: SyntaxNode, types: ReadonlySet<string> | string): SyntaxNode | null {
  for (let p = parentOf(node); p; p = parentOf(p)) if (typeof types === 'string' ? p.type === types : types.has(p.type)) return p;
  return null;
}

/** The function a node's code runs in (its body, not its parameters or decorators), if any. */
export function enclosingFunction(node: SyntaxNode): SyntaxNode | null {
  for (let n: SyntaxNode = node, p = parentOf(node); p; n = p, p = parentOf(p)) {
    if ((p.type === 'function_definition' || p.type === 'lambda') && p.childForFieldName('body')?.equals(n)) return p;
  }
  return null;
}

/**
 * The function whose parameters a node's code can depend on: its enclosing function, or, for
 * code in a parameterless closure (`async def _request(): … session.request(method, url)`
 * handed to a retry wrapper), the function that closure sits in.
 */
export function requestOwner(node: SyntaxNode): SyntaxNode | null {
  let fn = enclosingFunction(node);
  while (fn && fn.type === 'function_definition' && !classOfMethod(fn) && namedChildren(fn.childForFieldName('parameters') ?? fn).length === 0) {
    const outer = enclosingFunction(fn);
    if (!outer) break;
    fn = outer;
  }
  return fn;
}

/** The class whose body directly holds this function (a method), if any. */
export function classOfMethod(fn: SyntaxNode): SyntaxNode | null {
  let p = fn.parent;
  if (p?.type === 'decorated_definition') p = p.parent;
  if (p?.type !== 'block') return null;
  const cls = p.parent;
  return cls?.type === 'class_definition' ? cls : null;
}

/** Decorator names of a function or class (`staticmethod`, `property`, `functools.lru_cache`). */
export function decorators(def: SyntaxNode): string[] {
  const p = def.parent;
  if (p?.type !== 'decorated_definition') return [];
  return namedChildren(p).filter((c) => c.type === 'decorator').map((d) => d.text.replace(/^@/, '').replace(/\(.*$/s, '').trim());
}

/** Statements of a block, looking through `if`/`try`/`with`/`for` bodies (not into functions or classes). */
export function* statementsDeep(block: SyntaxNode): Generator<SyntaxNode> {
  for (const s of namedChildren(block)) {
    yield s;
    if (SCOPE_TYPES.has(s.type) || s.type === 'decorated_definition') continue;
    for (const c of namedChildren(s)) {
      if (c.type === 'block') yield* statementsDeep(c);
      else if (['else_clause', 'elif_clause', 'except_clause', 'finally_clause', 'case_clause', 'except_group_clause'].includes(c.type)) {
        for (const b of namedChildren(c)) if (b.type === 'block') yield* statementsDeep(b);
      }
    }
  }
}
