import type { SyntaxNode } from '../tree-sitter/loader';
import { T_UNKNOWN, tChoices, type TValue } from '../tree-sitter/values';
import type { Env, PyEvaluator } from './evaluator';
import type { Binding } from './scopes';
import { namedChildren } from './syntax';

// `for label, path in [("Lists", "/lists/"), ("Flows", "/flows/")]:` — a loop variable over a
// literal collection is one of its items (an alternative per item, see requests.ts).

export function loopValue(ev: PyEvaluator, b: Binding, env?: Env): TValue {
  const loop = b.node;
  const left = loop.childForFieldName('left');
  const right = loop.childForFieldName('right');
  if (!left || !right) return T_UNKNOWN;
  const items = ev.eval(right, env);
  if (items.kind !== 'arr' || items.items.length === 0) return T_UNKNOWN;
  if (left.type === 'identifier') return tChoices(items.items);
  const index = targets(left).findIndex((t) => t.type === 'identifier' && t.text === b.name);
  if (index < 0) return T_UNKNOWN;
  return tChoices(items.items.map((it) => (it.kind === 'arr' ? (it.items[index] ?? T_UNKNOWN) : T_UNKNOWN)));
}

function targets(pattern: SyntaxNode): SyntaxNode[] {
  return pattern.type === 'pattern_list' || pattern.type === 'tuple_pattern' || pattern.type === 'list_pattern' ? namedChildren(pattern) : [];
}
