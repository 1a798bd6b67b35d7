import ts from 'typescript';
import { decide, literalChoices, operand, tellingBranch, UNDECIDED, type Cond, type Operand } from '../conditions';
import type { Env, Evaluator } from './evaluator';
import { literalOf, partsOf, sameSdkClient, UNKNOWN, type Value } from './values';

// TS/JS front end for conditions: lowers a test expression into the shared Cond (conditions.ts),
// and reads `cond ? a : b` with it.

const STRING_TESTS: Record<string, 'startsWith' | 'endsWith' | 'includes'> = { startsWith: 'startsWith', endsWith: 'endsWith', includes: 'includes' };

export function lowerCondition(ev: Evaluator, node: ts.Expression, env?: Env): Cond {
  const value = (e: ts.Expression): Operand => operandOf(ev.eval(e, env));
  if (ts.isParenthesizedExpression(node)) return lowerCondition(ev, node.expression, env);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
    return { op: 'not', arg: lowerCondition(ev, node.operand, env) };
  }
  if (ts.isBinaryExpression(node)) {
    const k = node.operatorToken.kind;
    if (k === ts.SyntaxKind.AmpersandAmpersandToken || k === ts.SyntaxKind.BarBarToken) {
      return { op: k === ts.SyntaxKind.AmpersandAmpersandToken ? 'and' : 'or', left: lowerCondition(ev, node.left, env), right: lowerCondition(ev, node.right, env) };
    }
    if (k === ts.SyntaxKind.EqualsEqualsEqualsToken || k === ts.SyntaxKind.EqualsEqualsToken) return { op: 'eq', left: value(node.left), right: value(node.right) };
    if (k === ts.SyntaxKind.ExclamationEqualsEqualsToken || k === ts.SyntaxKind.ExclamationEqualsToken) return { op: 'ne', left: value(node.left), right: value(node.right) };
    return UNDECIDED;
  }
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.arguments.length >= 1) {
    const name = node.expression.name.text;
    const test = STRING_TESTS[name];
    if (test) return { op: test, subject: value(node.expression.expression), needle: value(node.arguments[0]) };
    // `/^https?:\/\//.test(url)`
    if (name === 'test' && ts.isRegularExpressionLiteral(node.expression.expression)) {
      const re = regexOf(node.expression.expression.text);
      return re ? { op: 'regex', pattern: re, subject: value(node.arguments[0]) } : UNDECIDED;
    }
    return UNDECIDED;
  }
  if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) {
    // `apiVersion ? \`/${apiVersion}/\` : '/'` called with `undefined`: falsy, like ''.
    const v = ev.eval(node, env);
    return { op: 'truthy', value: v.kind === 'nullish' ? [''] : operandOf(v) };
  }
  return UNDECIDED;
}

function operandOf(v: Value): Operand {
  return v.kind === 'unknown' && !v.param ? null : operand(partsOf(v));
}

function regexOf(literal: string): RegExp | null {
  const end = literal.lastIndexOf('/');
  try {
    return new RegExp(literal.slice(1, end), literal.slice(end + 1).replace(/[gy]/g, ''));
  } catch {
    return null;
  }
}

/** String pieces of a value for picking an undecided branch; a plain unknown says nothing. */
export function branchParts(v: Value): readonly unknown[] | null {
  return (v.kind === 'unknown' && !v.param) || v.kind === 'nullish' ? null : partsOf(v);
}

/** `cond ? a : b`: the branch the test decides; else the same value, alternatives of literals, or the more telling branch. */
export function conditionalValue(ev: Evaluator, node: ts.ConditionalExpression, env?: Env): Value {
  const decided = decide(lowerCondition(ev, node.condition, env));
  if (decided !== null) return ev.eval(decided ? node.whenTrue : node.whenFalse, env);
  const a = ev.eval(node.whenTrue, env);
  const b = ev.eval(node.whenFalse, env);
  const la = literalOf(a);
  if (la !== null && la === literalOf(b)) return a;
  // `hasFetch ? globalThis.fetch : undefined`: the branch that holds something.
  if (b.kind === 'nullish') return a;
  if (a.kind === 'nullish') return b;
  const alt = literalChoices(branchParts(a), branchParts(b));
  if (alt) return { kind: 'str', parts: [{ hole: true, alt }] };
  return sameSdkClient(a, b) ?? tellingBranch(a, b, branchParts) ?? UNKNOWN;
}
