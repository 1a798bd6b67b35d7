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
