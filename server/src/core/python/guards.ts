import { armFeasible, type Cond } from '../conditions';
import type { SyntaxNode } from '../tree-sitter/loader';
import { parentOf } from '../tree-sitter/parents';
import { lowerCondition } from './conditions';
import type { Env, PyEvaluator } from './evaluator';

// A helper that picks its sender by a parameter (`if method == "GET": requests.get(url) elif
// method == "POST": requests.post(url, json=data)`) sends one request per call: with the
// helper's parameters bound at a call site, an arm whose test the bound value fails cannot run.

/** Whether `site` (inside `fn`) can run with the parameters `env` binds. */
export function feasible(ev: PyEvaluator, site: SyntaxNode, fn: SyntaxNode, env: Env): boolean {
  for (let x: SyntaxNode = site, p = parentOf(site); p && !p.equals(fn); x = p, p = parentOf(p)) {
    if (p.type !== 'if_statement' && p.type !== 'elif_clause' && p.type !== 'else_clause') continue;
    // Only an arm's own body is guarded by it; an elif/else clause is judged at its own level.
    if (x.type === 'elif_clause' || x.type === 'else_clause' || p.childForFieldName('condition')?.equals(x)) continue;
    const chain = p.type === 'if_statement' ? p : parentOf(p);
    if (!chain || chain.type !== 'if_statement') continue;
    const test = (n: SyntaxNode | null): Cond => (n ? lowerCondition(ev, n, env) : { op: 'unknown' });
    const arms = [chain, ...chain.children.filter((c): c is SyntaxNode => c !== null && c.type === 'elif_clause')];
    const at = p.type === 'else_clause' ? arms.length : arms.findIndex((a) => a.equals(p));
    const earlier = arms.slice(0, at).map((a) => test(a.childForFieldName('condition')));
    const own = p.type === 'else_clause' ? null : test(p.childForFieldName('condition'));
    if (!armFeasible(own, earlier)) return false;
  }
  return true;
}
