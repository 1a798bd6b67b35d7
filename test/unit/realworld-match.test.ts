import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Label } from '../../scripts/realworld/labels';
import { addTo, findingOperation, scoreRepo, type Finding, type Tally } from '../../scripts/realworld/match';

const label = (file: string, line: number, operation: string, extra: Partial<Label> = {}): Label => ({
  file, line, operation, scopes: [], certainty: 'certain', style: 'http', ...extra,
});
const found = (file: string, line: number, operation: string | null, extra: Partial<Finding> = {}): Finding => ({
  file, line, kind: 'http', operation, method: 'GET', path: '/api/x', scopes: [], confidence: 'certain', language: 'typescript', ...extra,
});

describe('real-world scoring', () => {
  const cases: { name: string; labels: Label[]; findings: Finding[]; matched: number; wrong: number; misses: number; extras: number }[] = [
    { name: 'same file, line within 2, same operation', labels: [label('a.ts', 10, 'get_lists')], findings: [found('a.ts', 12, 'get_lists')], matched: 1, wrong: 0, misses: 0, extras: 0 },
    { name: 'three lines off is a miss and an extra', labels: [label('a.ts', 10, 'get_lists')], findings: [found('a.ts', 13, 'get_lists')], matched: 0, wrong: 0, misses: 1, extras: 1 },
    { name: 'another file is a miss and an extra', labels: [label('a.ts', 10, 'get_lists')], findings: [found('b.ts', 10, 'get_lists')], matched: 0, wrong: 0, misses: 1, extras: 1 },
    { name: 'same place, other operation', labels: [label('a.ts', 10, 'get_lists')], findings: [found('a.ts', 10, 'get_list')], matched: 0, wrong: 1, misses: 0, extras: 0 },
    { name: 'two operations at one site need two findings', labels: [label('a.ts', 5, 'get_lists'), label('a.ts', 5, 'get_segments')], findings: [found('a.ts', 5, 'get_segments')], matched: 1, wrong: 0, misses: 1, extras: 0 },
    { name: 'a neighbour does not steal an exact match', labels: [label('a.ts', 10, 'get_lists'), label('a.ts', 12, 'get_lists')], findings: [found('a.ts', 12, 'get_lists'), found('a.ts', 10, 'get_lists')], matched: 2, wrong: 0, misses: 0, extras: 0 },
    { name: 'retired calls match on kind and method', labels: [label('a.py', 3, 'legacy:POST /api/v2/list/{id}/members')], findings: [found('a.py', 3, null, { kind: 'legacy', method: 'POST', path: '/api/v2/list/abc/members' })], matched: 1, wrong: 0, misses: 0, extras: 0 },
    { name: 'a retired call with another method is the wrong operation', labels: [label('a.py', 3, 'legacy:POST /api/v2/list/{id}/members')], findings: [found('a.py', 3, null, { kind: 'legacy', method: 'GET' })], matched: 0, wrong: 1, misses: 0, extras: 0 },
    { name: 'client endpoints are prefixed', labels: [label('a.js', 1, 'client:create_client_event')], findings: [found('a.js', 1, 'create_client_event', { kind: 'client' })], matched: 1, wrong: 0, misses: 0, extras: 0 },
    { name: 'an unresolved finding is not a right operation', labels: [label('a.js', 1, 'get_lists')], findings: [found('a.js', 1, null, { confidence: 'unresolved' })], matched: 0, wrong: 1, misses: 0, extras: 0 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const s = scoreRepo(c.labels, c.findings);
      assert.deepEqual([s.matched.length, s.wrongOperation.length, s.misses.length, s.extras.length], [c.matched, c.wrong, c.misses, c.extras]);
    });
  }

  it('compares the least-privilege scope sets', () => {
    const s = scoreRepo([label('a.ts', 1, 'get_lists', { scopes: ['lists:read'] })], [found('a.ts', 1, 'get_lists', { scopes: ['lists:read', 'profiles:read'] })]);
    assert.equal(s.exactScopes, false);
    assert.deepEqual(s.foundScopes, ['lists:read', 'profiles:read']);
  });

  it('tallies recall by the label and precision by the finding', () => {
    const s = scoreRepo(
      [label('a.ts', 1, 'get_lists', { style: 'sdk' }), label('b.py', 1, 'get_lists')],
      [found('a.ts', 1, 'get_lists', { kind: 'sdk' }), found('c.py', 1, 'get_lists', { language: 'python' })],
    );
    const byStyle = new Map<string, Tally>();
    addTo(byStyle, s, 'style');
    assert.deepEqual([byStyle.get('sdk')?.labelsFound, byStyle.get('sdk')?.findingsRight], [1, 1]);
    assert.deepEqual([byStyle.get('http')?.labels, byStyle.get('http')?.labelsFound, byStyle.get('http')?.findings], [1, 0, 1]);
    assert.equal(findingOperation(found('x', 1, null)), 'unknown:GET /api/x');
  });
});
