import type { SyntaxNode } from '../tree-sitter/loader';
import { field, named, paramName, paramsOf, SCOPE_TYPES, walkScope } from './nodes';
import { parentOf } from '../tree-sitter/parents';

// What a bare identifier refers to. Ruby has no declarations: a local is whatever the nearest
// assignment before the use (in the same method, blocks included) gave it; otherwise it is a
// parameter of the method or of an enclosing block, and failing both a method call.

export type LocalRef =
  /** `x = value` (or `x ||= value`, `x += value`) ending before the use. */
  | { kind: 'assign'; node: SyntaxNode; value: SyntaxNode; op: string }
  /** A parameter of the enclosing `def`. */
  | { kind: 'param'; def: SyntaxNode; index: number; param: SyntaxNode }
  /** A parameter of an enclosing block (`do |http| … end`). */
  | { kind: 'block-param'; block: SyntaxNode; index: number };

const BLOCK_TYPES = new Set(['block', 'do_block', 'lambda']);

export function resolveLocal(id: SyntaxNode): LocalRef | null {
  const name = id.text;
  // Block parameters shadow outer locals; the nearest block declaring the name wins.
  for (let p = parentOf(id); p && !SCOPE_TYPES.has(p.type); p = parentOf(p)) {
    if (!BLOCK_TYPES.has(p.type)) continue;
    const params = field(p, 'parameters');
    const list = params ? named(params) : [];
    const i = list.findIndex((q) => paramName(q) === name);
    if (i >= 0) return { kind: 'block-param', block: p, index: i };
  }
  let scope: SyntaxNode | null = parentOf(id);
  while (scope && !SCOPE_TYPES.has(scope.type)) scope = parentOf(scope);
  if (!scope) return null;
  const assign = lastAssignment(scope, name, id.startIndex);
  if (assign) return assign;
  if (scope.type === 'method' || scope.type === 'singleton_method') {
    const params = paramsOf(scope);
    const i = params.findIndex((q) => paramName(q) === name);
    if (i >= 0) return { kind: 'param', def: scope, index: i, param: params[i] };
  }
  return null;
}

type Assign = Extract<LocalRef, { kind: 'assign' }> & { end: number };

/** Local assignments of each scope by name, in source order; built once per scope. */
const indexes = new WeakMap<object, Map<number, Map<string, Assign[]>>>();

function assignmentsIn(scope: SyntaxNode): Map<string, Assign[]> {
  let byScope = indexes.get(scope.tree);
  if (!byScope) indexes.set(scope.tree, (byScope = new Map()));
  const hit = byScope.get(scope.id);
  if (hit) return hit;
  const out = new Map<string, Assign[]>();
  walkScope(scope, (n) => {
    if (n.type !== 'assignment' && n.type !== 'operator_assignment') return;
    const left = field(n, 'left');
    const value = field(n, 'right');
    if (!left || !value || left.type !== 'identifier') return;
    const op = n.type === 'assignment' ? '=' : (field(n, 'operator')?.text ?? '=');
    const list = out.get(left.text) ?? [];
    list.push({ kind: 'assign', node: n, value, op, end: n.endIndex });
    out.set(left.text, list);
  });
  byScope.set(scope.id, out);
  return out;
}

/** The last assignment to `name` in `scope` that ends before `before` (the use's own statement excluded). */
export function lastAssignment(scope: SyntaxNode, name: string, before: number): Extract<LocalRef, { kind: 'assign' }> | null {
  let found: Assign | null = null;
  for (const a of assignmentsIn(scope).get(name) ?? []) {
    if (a.end <= before && (!found || a.node.startIndex > found.node.startIndex)) found = a;
  }
  return found;
}

/** Is the identifier a local variable (assigned or a parameter), as opposed to a method call? */
export function isLocal(id: SyntaxNode): boolean {
  return resolveLocal(id) !== null;
}

/** The name a node was assigned to (`req = Net::HTTP::Post.new(uri)` → `req`), with the scope holding it. */
export function assignedName(n: SyntaxNode): { name: string; scope: SyntaxNode; kind: 'local' | 'ivar' } | null {
  const p = n.parent;
  if (!p || (p.type !== 'assignment' && p.type !== 'operator_assignment') || field(p, 'right')?.id !== n.id) return null;
  const left = field(p, 'left');
  if (!left) return null;
  let scope: SyntaxNode | null = parentOf(p);
  while (scope && !SCOPE_TYPES.has(scope.type)) scope = parentOf(scope);
  if (!scope) return null;
  if (left.type === 'identifier') return { name: left.text, scope, kind: 'local' };
  if (left.type === 'instance_variable') return { name: left.text, scope, kind: 'ivar' };
  return null;
}
