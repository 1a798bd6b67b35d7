// Every `include=` value of the committed catalog must add a scope, unless it is one of the
// reviewed exceptions: a value mapped to nothing would let `?include=` calls pass with too few scopes.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { catalog } from '../../server/src/core/catalog';

/** include value -> every distinct scope list it maps to, over all operations offering it. */
function includeTable(): Map<string, Map<string, string[]>> {
  const table = new Map<string, Map<string, string[]>>();
  for (const op of catalog.operations) {
    for (const [value, scopes] of Object.entries(op.include)) {
      const byScopes = table.get(value) ?? new Map<string, string[]>();
      byScopes.set(scopes.join(' '), [...(byScopes.get(scopes.join(' ')) ?? []), op.id]);
      table.set(value, byScopes);
    }
  }
  return table;
}

test('every include value maps to a scope or is a reviewed exception', (t) => {
  const table = includeTable();
  const problems: string[] = [];
  const lines: string[] = [];
  for (const value of [...table.keys()].sort()) {
    for (const [scopes, ops] of table.get(value) ?? []) {
      lines.push(`${value} -> ${scopes || '(none)'} [${ops.length} ops]`);
      if (scopes !== '') continue;
      const reason = catalog.includeExceptions[value];
      if (typeof reason !== 'string' || reason.trim() === '') problems.push(`${value} (on ${ops.join(', ')}) has no scope and no exception`);
    }
  }
  t.diagnostic(`${table.size} include values, exceptions: ${Object.keys(catalog.includeExceptions).join(', ') || 'none'}`);
  for (const line of lines) t.diagnostic(line);
  assert.ok(table.size >= 38, `expected the 38 stable include values and more, got ${table.size}`);
  assert.deepEqual(problems, []);
});

test('every exception has a reason and is still offered by some operation', () => {
  for (const [value, reason] of Object.entries(catalog.includeExceptions)) {
    assert.ok(reason.trim().length > 20, `exception ${value} needs a real reason`);
    assert.ok(catalog.operations.some((op) => value in op.include), `exception ${value} is offered by no operation`);
  }
});

test('include scopes are known read scopes', () => {
  for (const op of catalog.operations) {
    for (const [value, scopes] of Object.entries(op.include)) {
      for (const s of scopes) {
        assert.ok(catalog.scopes.includes(s), `${op.id} include=${value}: unknown scope ${s}`);
        assert.match(s, /:read$/, `${op.id} include=${value}`);
      }
    }
  }
});

test('spot checks', () => {
  const expected: Record<string, string> = {
    tags: 'tags:read',
    lists: 'lists:read',
    'campaign-messages': 'campaigns:read',
    metric: 'metrics:read',
    profile: 'profiles:read',
    segments: 'segments:read',
    'flow-triggers': 'flows:read',
    'webhook-topics': 'webhooks:read',
    variants: 'catalogs:read',
  };
  const table = includeTable();
  for (const [value, scope] of Object.entries(expected)) {
    const mappings = [...(table.get(value)?.keys() ?? [])];
    assert.deepEqual(mappings, [scope], `include=${value}`);
  }
  const get = (id: string) => catalog.operations.find((o) => o.id === id)?.include;
  assert.deepEqual(get('get_profiles'), { conversations: ['conversations:read', 'profiles:read'], 'push-tokens': ['profiles:read', 'push-tokens:read'] });
  assert.deepEqual(get('get_events'), { attributions: [], metric: ['metrics:read'], profile: ['profiles:read'] });
});
