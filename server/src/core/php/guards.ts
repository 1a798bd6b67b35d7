import type { SyntaxNode } from '../tree-sitter/loader';
import { tLiteral } from '../tree-sitter/values';
import type { Env, PhpEvaluator } from './evaluator';
import { named } from './syntax';
import { decide } from '../conditions';
import { lowerCondition } from './conditions';

// A helper that picks its sender by a parameter (`match ($method) { 'GET' => $http->get($url),
// 'POST' => $http->post($url, $body) }`, a switch, an if/elseif chain) sends one request per
// call: with the helper's parameters bound at a call site, the arms whose literal test the bound
// value fails cannot run, and their requests are not that call's. Tests we cannot decide keep
// the arm (an alternative, not a miss).

/** Whether `site` (inside `fn`) can run with the parameters `env` binds. */
export function feasible(ev: PhpEvaluator, site: SyntaxNode, fn: SyntaxNode, env: Env): boolean {
  for (let x: SyntaxNode = site, p = site.parent; p && x.startIndex >= fn.startIndex && p.id !== fn.id; x = p, p = p.parent) {
    if (p.type === 'match_block' && !matchArmFeasible(ev, p, x, env)) return false;
    if (p.type === 'switch_block' && !switchCaseFeasible(ev, p, x, env)) return false;
    if ((p.type === 'if_statement' || p.type === 'else_if_clause' || p.type === 'else_clause') && !ifBranchFeasible(ev, p, x, env)) return false;
  }
  return true;
}

const literal = (ev: PhpEvaluator, n: SyntaxNode | undefined, env: Env): string | null => (n ? tLiteral(ev.eval(n, env)) : null);

/** The subject of `match (…)` / `switch (…)`: the block's sibling before it. */
function subjectOf(ev: PhpEvaluator, block: SyntaxNode, env: Env): string | null {
  const head = block.parent ? named(block.parent)[0] : undefined;
  const inner = head?.type === 'parenthesized_expression' ? named(head)[0] : head;
  return inner && inner.id !== block.id ? literal(ev, inner, env) : null;
}

function armLiterals(ev: PhpEvaluator, arm: SyntaxNode, env: Env): string[] | null {
  const list = named(arm).find((c) => c.type === 'match_condition_list');
  if (!list) return null;
  const values = named(list).map((c) => literal(ev, c, env));
  return values.every((v): v is string => v !== null) ? values : null;
}

function matchArmFeasible(ev: PhpEvaluator, block: SyntaxNode, arm: SyntaxNode, env: Env): boolean {
  const v = subjectOf(ev, block, env);
  if (v === null) return true;
  if (arm.type === 'match_conditional_expression') {
    const values = armLiterals(ev, arm, env);
    return values === null || values.includes(v);
  }
  if (arm.type === 'match_default_expression') {
    return !named(block).some((a) => a.type === 'match_conditional_expression' && armLiterals(ev, a, env)?.includes(v));
  }
  return true;
}

function switchCaseFeasible(ev: PhpEvaluator, block: SyntaxNode, kase: SyntaxNode, env: Env): boolean {
  const v = subjectOf(ev, block, env);
  if (v === null) return true;
  const cases = named(block);
  const i = cases.findIndex((c) => c.id === kase.id);
  const valueOf = (c: SyntaxNode): string | null | undefined => (c.type === 'case_statement' ? literal(ev, named(c)[0], env) : undefined);
  if (kase.type === 'default_statement') return !cases.some((c) => valueOf(c) === v);
  // A case runs when it matches, or when one before it matches and falls through (no break/return last).
  for (let j = i; j >= 0; j--) {
    const c = cases[j];
    const cv = valueOf(c);
    if (cv === null) return true;
    if (cv === v) return true;
    const body = named(c).slice(1);
    if (j < i && body.length > 0 && ends(body[body.length - 1])) return false;
  }
  return false;
}

function ends(stmt: SyntaxNode): boolean {
  if (stmt.type === 'break_statement' || stmt.type === 'return_statement' || stmt.type === 'continue_statement') return true;
  return stmt.type === 'expression_statement' && named(stmt)[0]?.type === 'throw_expression';
}

/** true / false when the test is decided by what the bound arguments make of it; null otherwise. */
function testValue(ev: PhpEvaluator, cond: SyntaxNode | undefined, env: Env): boolean | null {
  return cond ? decide(lowerCondition(ev, cond, env)) : null;
}

function ifBranchFeasible(ev: PhpEvaluator, clause: SyntaxNode, body: SyntaxNode, env: Env): boolean {
  const cond = named(clause)[0];
  // Only a branch's own body is guarded by it: an else/elseif clause is judged at its own level.
  if (cond?.id === body.id || body.type === 'else_if_clause' || body.type === 'else_clause') return true;
  const stmt = clause.type === 'if_statement' ? clause : clause.parent;
  if (!stmt) return true;
  const parts = named(stmt);
  const tests = [parts[0], ...parts.filter((p) => p.type === 'else_if_clause').map((p) => named(p)[0])];
  const before = clause.type === 'if_statement' ? [] : clause.type === 'else_clause' ? tests : tests.slice(0, parts.filter((p) => p.type === 'else_if_clause').findIndex((p) => p.id === clause.id) + 1);
  if (before.some((t) => testValue(ev, t, env) === true)) return false;
  return clause.type === 'else_clause' || testValue(ev, cond, env) !== false;
}
