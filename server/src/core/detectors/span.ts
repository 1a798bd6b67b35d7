import ts from 'typescript';
import type { Span } from '../model';

export function spanOf(node: ts.Node, sf: ts.SourceFile): Span {
  return { start: node.getStart(sf), end: node.getEnd() };
}

/** The call a callee belongs to, when `node` is called right there (`api.getProfiles(...)`, `api.getProfiles?.()`). */
export function enclosingCall(node: ts.Node): ts.CallExpression | undefined {
  const p = node.parent;
  return p && ts.isCallExpression(p) && p.expression === node ? p : undefined;
}

export function camelCase(snake: string): string {
  return snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * The function whose call sites a still-parametric request waits for: the nearest enclosing one,
 * past callbacks handed to a call (a Promise executor, `.then(…)`, a retry thunk), whose requests
 * belong to the function that builds them, as the helper index reads them.
 */
export function deferralScope(node: ts.Node): ts.SignatureDeclaration | null {
  for (let n = ts.findAncestor(node.parent, ts.isFunctionLike); n; n = ts.findAncestor(n.parent, ts.isFunctionLike)) {
    const callback = (ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isCallOrNewExpression(n.parent) && !!n.parent.arguments?.includes(n as ts.Expression);
    if (!callback) return n;
  }
  return null;
}
