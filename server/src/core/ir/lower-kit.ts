import type { SyntaxNode } from '../tree-sitter/loader';
import type { Expr, Span, Stmt, Test } from './types';

// Pieces every front end's lowering shares: spans, fields, literal text, and the parts of
// conditions and switches that read the same in Go, Java and C#.

export const UNKNOWN_EXPR: Expr = { k: 'unknown' };

export function span(n: SyntaxNode): Span {
  return { start: n.startIndex, end: n.endIndex };
}

export function field(n: SyntaxNode, name: string): SyntaxNode | null {
  return n.childForFieldName(name);
}

export function named(n: SyntaxNode): SyntaxNode[] {
  return n.namedChildren.filter((c): c is SyntaxNode => c !== null);
}

export function fields(n: SyntaxNode, name: string): SyntaxNode[] {
  return n.childrenForFieldName(name).filter((c): c is SyntaxNode => c !== null);
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0' };

/** A quoted literal's text with its backslash escapes read (`"a\"b"` -> `a"b`). */
export function unquote(body: string): string {
  return body.replace(/\\(.)/g, (_, c: string) => ESCAPES[c] ?? c);
}

export function key(file: string, n: SyntaxNode): string {
  return `${file}#${n.startIndex}:${n.endIndex}:${n.type}`;
}

/** `a == b`, `a != b`, `a && b`, `a || b` from a binary node's operator; others say nothing. */
export function binaryTest(op: string, l: () => Expr, r: () => Expr, lt: () => Test, rt: () => Test): Test {
  if (op === '==') return { k: 'eq', l: l(), r: r() };
  if (op === '!=') return { k: 'ne', l: l(), r: r() };
  if (op === '&&') return { k: 'and', l: lt(), r: rt() };
  if (op === '||') return { k: 'or', l: lt(), r: rt() };
  return { k: 'other' };
}

/** The operator token of a binary node (its first unnamed child between the operands). */
export function operatorOf(n: SyntaxNode): string {
  return field(n, 'operator')?.text ?? n.children.find((c) => c !== null && !c.isNamed)?.text ?? '';
}

/** A switch as the if-chain it means: each case's statements run when the subject equals one of its values. */
export function switchAsIfs(subject: Expr | null, cases: { values: Expr[]; body: Stmt[] }[]): Stmt[] {
  let tail: Stmt[] = [];
  for (const c of [...cases].reverse()) {
    if (!c.values.length || !subject) {
      tail = c.values.length ? [{ k: 'block', body: c.body }, ...tail] : c.body;
      continue;
    }
    const test = c.values.map((v): Test => ({ k: 'eq', l: subject, r: v })).reduce((a, b) => ({ k: 'or', l: a, r: b }));
    tail = [{ k: 'if', test, then: c.body, else: tail }];
  }
  return tail;
}

/** String tests by method name, the same idea in every language (`HasPrefix`, `startsWith`, `StartsWith`). */
export const STRING_TESTS: Record<string, 'startsWith' | 'endsWith' | 'includes'> = {
  HasPrefix: 'startsWith', HasSuffix: 'endsWith', Contains: 'includes',
  startsWith: 'startsWith', endsWith: 'endsWith', contains: 'includes',
  StartsWith: 'startsWith', EndsWith: 'endsWith',
};

/**
 * An expression run for its effect (Java's and C#'s `assignment_expression` alike): `x = …` and
 * `x += …` assign; anything else is evaluated.
 */
export function exprStmt(e: SyntaxNode, expr: (n: SyntaxNode) => Expr): Stmt[] {
  if (e.type !== 'assignment_expression') return [{ k: 'expr', e: expr(e) }];
  const l = field(e, 'left');
  const r = field(e, 'right');
  if (!l || !r) return [];
  const target = expr(l);
  const value = expr(r);
  return [{ k: 'assign', target, value: operatorOf(e) === '+=' ? { k: 'concat', items: [target, value] } : value }];
}
