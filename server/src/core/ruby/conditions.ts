import { UNDECIDED, type Cond } from '../conditions';
import type { SyntaxNode } from '../tree-sitter/loader';
import { tOperand } from '../tree-sitter/conditions';
import type { Env, RbEvaluator } from './evaluator';
import { callParts, field, named } from './nodes';

// Ruby front end for conditions: lowers a test into the shared Cond (conditions.ts).

const STRING_TESTS: Record<string, 'startsWith' | 'endsWith' | 'includes'> = {
  'start_with?': 'startsWith', 'end_with?': 'endsWith', 'include?': 'includes',
};

export function lowerCondition(ev: RbEvaluator, node: SyntaxNode, env?: Env): Cond {
  const value = (n: SyntaxNode | null | undefined) => (n ? tOperand(ev.eval(n, env)) : null);
  switch (node.type) {
    case 'parenthesized_statements': {
      const inner = named(node)[0];
      return inner ? lowerCondition(ev, inner, env) : UNDECIDED;
    }
    case 'unary': {
      const arg = field(node, 'operand');
      const op = field(node, 'operator')?.text ?? node.children.find((k) => k !== null && !k.isNamed)?.text;
      return arg && (op === '!' || op === 'not') ? { op: 'not', arg: lowerCondition(ev, arg, env) } : UNDECIDED;
    }
    case 'binary': {
      const op = field(node, 'operator')?.text ?? node.children.find((k) => k !== null && !k.isNamed)?.text;
      const l = field(node, 'left');
      const r = field(node, 'right');
      if (!l || !r) return UNDECIDED;
      if (op === '==') return { op: 'eq', left: value(l), right: value(r) };
      if (op === '!=') return { op: 'ne', left: value(l), right: value(r) };
      if (op === '&&' || op === 'and') return { op: 'and', left: lowerCondition(ev, l, env), right: lowerCondition(ev, r, env) };
      if (op === '||' || op === 'or') return { op: 'or', left: lowerCondition(ev, l, env), right: lowerCondition(ev, r, env) };
      if (op === '=~' && r.type === 'regex') {
        const re = regexOf(r);
        return re ? { op: 'regex', pattern: re, subject: value(l) } : UNDECIDED;
      }
      return UNDECIDED;
    }
    case 'call': {
      const c = callParts(node);
      if (!c?.receiver) return UNDECIDED;
      const test = STRING_TESTS[c.name];
      if (test && c.args.length >= 1) return { op: test, subject: value(c.receiver), needle: value(c.args[0]) };
      if ((c.name === 'nil?' || c.name === 'empty?' || c.name === 'blank?') && c.args.length === 0) return { op: 'not', arg: { op: 'truthy', value: value(c.receiver) } };
      if (c.name === 'present?' && c.args.length === 0) return { op: 'truthy', value: value(c.receiver) };
      return UNDECIDED;
    }
    case 'identifier':
    case 'instance_variable':
      return { op: 'truthy', value: value(node) };
    default:
      return UNDECIDED;
  }
}

function regexOf(n: SyntaxNode): RegExp | null {
  const body = named(n).find((c) => c.type === 'string_content');
  if (!body || named(n).some((c) => c.type === 'interpolation')) return null;
  try {
    return new RegExp(body.text);
  } catch {
    return null;
  }
}
