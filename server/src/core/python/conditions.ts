import { UNDECIDED, type Cond } from '../conditions';
import type { SyntaxNode } from '../tree-sitter/loader';
import { tOperand } from '../tree-sitter/conditions';
import type { Env, PyEvaluator } from './evaluator';
import { callArgs, namedChildren } from './syntax';

// Python front end for conditions: lowers a test into the shared Cond (conditions.ts).

const STRING_TESTS: Record<string, 'startsWith' | 'endsWith'> = { startswith: 'startsWith', endswith: 'endsWith' };

export function lowerCondition(ev: PyEvaluator, node: SyntaxNode, env?: Env): Cond {
  const value = (n: SyntaxNode | null | undefined) => (n ? tOperand(ev.eval(n, env)) : null);
  switch (node.type) {
    case 'parenthesized_expression': {
      const inner = namedChildren(node)[0];
      return inner ? lowerCondition(ev, inner, env) : UNDECIDED;
    }
    case 'not_operator': {
      const arg = node.childForFieldName('argument');
      return arg ? { op: 'not', arg: lowerCondition(ev, arg, env) } : UNDECIDED;
    }
    case 'boolean_operator': {
      const l = node.childForFieldName('left');
      const r = node.childForFieldName('right');
      const op = node.childForFieldName('operator')?.text;
      if (!l || !r || (op !== 'and' && op !== 'or')) return UNDECIDED;
      return { op, left: lowerCondition(ev, l, env), right: lowerCondition(ev, r, env) };
    }
    case 'comparison_operator': {
      const parts = namedChildren(node);
      const ops = node.children.flatMap((c) => (c && !c.isNamed ? [c.text] : []));
      if (parts.length !== 2 || ops.length !== 1) return UNDECIDED;
      const [op] = ops;
      if (op === '==' || op === '!=') return { op: op === '==' ? 'eq' : 'ne', left: value(parts[0]), right: value(parts[1]) };
      // `'://' in path`
      if (op === 'in') return { op: 'includes', subject: value(parts[1]), needle: value(parts[0]) };
      if (op === 'not in') return { op: 'not', arg: { op: 'includes', subject: value(parts[1]), needle: value(parts[0]) } };
      return UNDECIDED;
    }
    case 'call': {
      const fn = node.childForFieldName('function');
      const args = callArgs(node).positional;
      if (fn?.type !== 'attribute' || args.length < 1) return UNDECIDED;
      const test = STRING_TESTS[fn.childForFieldName('attribute')?.text ?? ''];
      return test ? { op: test, subject: value(fn.childForFieldName('object')), needle: value(args[0]) } : UNDECIDED;
    }
    case 'identifier':
    case 'attribute':
      return { op: 'truthy', value: value(node) };
    default:
      return UNDECIDED;
  }
}
