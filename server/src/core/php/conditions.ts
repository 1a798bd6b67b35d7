import { UNDECIDED, type Cond } from '../conditions';
import type { SyntaxNode } from '../tree-sitter/loader';
import { tOperand } from '../tree-sitter/conditions';
import type { Env, PhpEvaluator } from './evaluator';
import { argsOf, field, named } from './syntax';

// PHP front end for conditions: lowers a test into the shared Cond (conditions.ts).

const STRING_TESTS: Record<string, 'startsWith' | 'endsWith' | 'includes'> = {
  str_starts_with: 'startsWith', str_ends_with: 'endsWith', str_contains: 'includes',
};

export function lowerCondition(ev: PhpEvaluator, node: SyntaxNode, env?: Env): Cond {
  const value = (n: SyntaxNode | null | undefined) => (n ? tOperand(ev.eval(n, env)) : null);
  switch (node.type) {
    case 'parenthesized_expression': {
      const inner = named(node)[0];
      return inner ? lowerCondition(ev, inner, env) : UNDECIDED;
    }
    case 'unary_op_expression': {
      const arg = field(node, 'argument') ?? named(node)[0];
      const op = field(node, 'operator')?.text ?? node.children.find((k) => k !== null && !k.isNamed)?.text;
      return arg && op === '!' ? { op: 'not', arg: lowerCondition(ev, arg, env) } : UNDECIDED;
    }
    case 'binary_expression': {
      const op = (field(node, 'operator')?.text ?? node.children.find((k) => k !== null && !k.isNamed)?.text ?? '').toLowerCase();
      const l = field(node, 'left') ?? named(node)[0];
      const r = field(node, 'right') ?? named(node)[1];
      if (!l || !r) return UNDECIDED;
      if (op === '===' || op === '==') return { op: 'eq', left: value(l), right: value(r) };
      if (op === '!==' || op === '!=' || op === '<>') return { op: 'ne', left: value(l), right: value(r) };
      if (op === '&&' || op === 'and') return { op: 'and', left: lowerCondition(ev, l, env), right: lowerCondition(ev, r, env) };
      if (op === '||' || op === 'or') return { op: 'or', left: lowerCondition(ev, l, env), right: lowerCondition(ev, r, env) };
      return UNDECIDED;
    }
    case 'function_call_expression': {
      const name = field(node, 'function')?.text.replace(/^\\/, '').toLowerCase() ?? '';
      const args = argsOf(node).positional;
      const test = STRING_TESTS[name];
      if (test && args.length >= 2) return { op: test, subject: value(args[0]), needle: value(args[1]) };
      if (name === 'empty' && args.length === 1) return { op: 'not', arg: { op: 'truthy', value: value(args[0]) } };
      if (name === 'preg_match' && args.length >= 2) {
        const re = regexOf(ev, args[0], env);
        return re ? { op: 'regex', pattern: re, subject: value(args[1]) } : UNDECIDED;
      }
      return UNDECIDED;
    }
    case 'variable_name':
    case 'member_access_expression':
      return { op: 'truthy', value: value(node) };
    default:
      return UNDECIDED;
  }
}

/** `preg_match('#^https?://#i', …)`: PHP patterns carry their own delimiters. */
function regexOf(ev: PhpEvaluator, n: SyntaxNode, env?: Env): RegExp | null {
  const v = ev.eval(n, env);
  const text = v.kind === 'str' && v.parts.every((p) => typeof p === 'string') ? v.parts.join('') : null;
  if (!text || text.length < 2) return null;
  const close = { '(': ')', '{': '}', '[': ']', '<': '>' }[text[0]] ?? text[0];
  const end = text.lastIndexOf(close);
  if (end <= 0) return null;
  try {
    return new RegExp(text.slice(1, end), text.slice(end + 1).replace(/[^imsu]/g, ''));
  } catch {
    return null;
  }
}
