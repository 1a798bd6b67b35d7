import { operand, type Operand } from '../conditions';
import { tParts, type TValue } from './values';

// What the tree-sitter front ends (Python, PHP, Ruby) hand the shared condition decider
// (conditions.ts) for one of their values.

/** A value as a condition operand: a plain unknown says nothing. */
export function tOperand(v: TValue): Operand {
  return v.kind === 'unknown' && !v.param && !v.name ? null : operand(tParts(v));
}

/** String pieces of a value for picking an undecided branch; a plain unknown says nothing. */
export function tBranchParts(v: TValue): readonly unknown[] | null {
  return v.kind === 'unknown' && !v.param && !v.name ? null : tParts(v);
}
