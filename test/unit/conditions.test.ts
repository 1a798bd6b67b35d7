// The shared condition decider: with every operand known it agrees with the language's own
// string tests; with holes it decides only what the known text settles, and never guesses.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { armFeasible, decide, literalChoices, tellingBranch, type Operand } from '../../server/src/core/conditions';

const lit = (s: string): Operand => [s];
const text = fc.string({ unit: fc.constantFrom('a', 'b', '/', ':', 'h') , maxLength: 6 });

test('fully known operands: decide agrees with String.prototype', () => {
  fc.assert(fc.property(text, text, (s, n) => {
    assert.equal(decide({ op: 'startsWith', subject: lit(s), needle: lit(n) }), s.startsWith(n));
    assert.equal(decide({ op: 'endsWith', subject: lit(s), needle: lit(n) }), s.endsWith(n));
    assert.equal(decide({ op: 'includes', subject: lit(s), needle: lit(n) }), s.includes(n));
    assert.equal(decide({ op: 'eq', left: lit(s), right: lit(n) }), s === n);
    assert.equal(decide({ op: 'ne', left: lit(s), right: lit(n) }), s !== n);
    assert.equal(decide({ op: 'truthy', value: lit(s) }), s !== '');
  }));
});

test('a string with a hole: decided only when the known text settles it, and then rightly', () => {
  fc.assert(fc.property(text, text, text, text, (before, hidden, after, needle) => {
    const subject: Operand = [before, null, after];
    const whole = before + hidden + after;
    for (const op of ['startsWith', 'endsWith', 'includes'] as const) {
      const d = decide({ op, subject, needle: lit(needle) });
      if (d !== null) assert.equal(d, whole[op](needle), `${op} ${JSON.stringify([before, hidden, after, needle])}`);
    }
    const eq = decide({ op: 'eq', left: subject, right: lit(needle) });
    if (eq !== null) assert.equal(eq, whole === needle);
  }));
});

test('the branch-deciding shapes helpers use', () => {
  const path: Operand = [null];
  assert.equal(decide({ op: 'startsWith', subject: ['/flows'], needle: lit('http') }), false);
  assert.equal(decide({ op: 'startsWith', subject: ['https://a.klaviyo.com/api/x', null], needle: lit('http') }), true);
  assert.equal(decide({ op: 'startsWith', subject: path, needle: lit('http') }), null);
  assert.equal(decide({ op: 'regex', pattern: /^https?:\/\//, subject: ['https://a.klaviyo.com', null] }), true);
  assert.equal(decide({ op: 'regex', pattern: /^https?:\/\/x$/, subject: ['https://', null] }), null);
  assert.equal(decide({ op: 'not', arg: { op: 'unknown' } }), null);
  assert.equal(decide({ op: 'and', left: { op: 'unknown' }, right: { op: 'eq', left: lit('GET'), right: lit('POST') } }), false);
  assert.equal(decide({ op: 'or', left: { op: 'unknown' }, right: { op: 'truthy', value: lit('x') } }), true);
  assert.equal(decide({ op: 'truthy', value: null }), null);
});

test('an undecided branch: the one that says more of a string, never one of two literals', () => {
  const parts = (v: readonly unknown[] | null) => v;
  assert.deepEqual(tellingBranch([{ hole: 1 }], ['https://a.klaviyo.com/api', { hole: 1 }], parts), ['https://a.klaviyo.com/api', { hole: 1 }]);
  assert.deepEqual(tellingBranch(null, [{ hole: 1 }], parts), [{ hole: 1 }]);
  assert.equal(tellingBranch(['PATCH'], ['GET'], parts), null);
  assert.equal(tellingBranch(null, null, parts), null);
});

test('two undecided literal branches are alternatives; nested choices merge; one literal is no choice', () => {
  assert.deepEqual(literalChoices(['campaign'], ['flow']), ['campaign', 'flow']);
  assert.deepEqual(literalChoices([{ hole: true, alt: ['a', 'b'] }], ['c']), ['a', 'b', 'c']);
  assert.equal(literalChoices(['x'], ['x']), null);
  assert.equal(literalChoices(['x'], [{ hole: true }]), null);
  assert.equal(literalChoices(null, ['x']), null);
});

test('an if / else-if / else arm runs unless an earlier test holds or its own fails', () => {
  const is = (a: string, b: string) => ({ op: 'eq' as const, left: lit(a), right: lit(b) });
  assert.equal(armFeasible(is('PATCH', 'GET'), []), false);
  assert.equal(armFeasible(is('PATCH', 'PATCH'), [is('PATCH', 'GET')]), true);
  assert.equal(armFeasible(null, [is('PATCH', 'GET'), is('PATCH', 'POST')]), true);
  assert.equal(armFeasible(null, [is('GET', 'GET')]), false);
  assert.equal(armFeasible({ op: 'unknown' }, [{ op: 'unknown' }]), true);
});
