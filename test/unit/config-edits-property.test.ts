// Nothing lost: every edit the extension and the CLI make to klaviyo.keys.json, on configs in
// every layout people write (tabs or spaces, CRLF, comments anywhere, trailing commas, keys in
// any order, extra properties, inline or one-per-line lists). Adding scopes (quick fix, add all,
// Generate Config, `generate --write`) only inserts: the original text is still there, character
// for character, in order. Removing or replacing a scope touches that item alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parse } from 'jsonc-parser';
import { loadKeyConfig } from '../../server/src/core/config/load';
import { mergeIntoConfigText } from '../../server/src/core/generate';
import { missing } from '../../server/src/core/scopes';
import { removeScope, replaceScope } from '../../server/src/lsp/text-edits';

const SCOPES = ['accounts:read', 'campaigns:read', 'events:read', 'lists:read', 'lists:write', 'metrics:read', 'profiles:read', 'profiles:write', 'segments:read'];
const RUNS = Number(process.env.FUZZ_RUNS) > 0 ? Math.min(Number(process.env.FUZZ_RUNS), 5000) : 500;

interface Layout { indent: string; eol: string; comma: boolean; inline: boolean; comment: boolean }

const layout = fc.record({ indent: fc.constantFrom('  ', '    ', '\t'), eol: fc.constantFrom('\n', '\r\n'), comma: fc.boolean(), inline: fc.boolean(), comment: fc.boolean() });
const key = fc.record({
  scopes: fc.uniqueArray(fc.constantFrom(...SCOPES), { maxLength: 4 }),
  order: fc.constantFrom(['name', 'scopes', 'env'], ['scopes', 'name'], ['env', 'scopes', 'name', 'files']),
});

/** A config text in the given layout; comments ride on lines, trailing commas where allowed. */
function render(keys: { scopes: string[]; order: readonly string[] }[], l: Layout): string {
  const i1 = l.indent;
  const i2 = l.indent.repeat(2);
  const i3 = l.indent.repeat(3);
  const c = (s: string): string => (l.comment ? ` // ${s}` : '');
  const tc = l.comma ? ',' : '';
  const list = (scopes: string[]): string => l.inline || scopes.length === 0
    ? `[${scopes.map((s) => JSON.stringify(s)).join(', ')}]`
    : `[${l.eol}${scopes.map((s, i) => `${i3}${l.indent}${JSON.stringify(s)}${i < scopes.length - 1 ? ',' : tc}${c(`why ${i}`)}`).join(l.eol)}${l.eol}${i3}]`;
  const body = keys.map((k, n) => {
    const props: Record<string, string> = { name: `"key${n}"`, scopes: list(k.scopes), env: `["KEY_${n}"]`, files: '["src/**"]' };
    const lines = k.order.map((p, i) => `${i3}"${p}": ${props[p]}${i < k.order.length - 1 ? ',' : tc}`);
    return `${i2}{${c(`key ${n}`)}${l.eol}${lines.join(l.eol)}${l.eol}${i2}}${n < keys.length - 1 ? ',' : tc}`;
  });
  return [`{${c('keys of the shop')}`, `${i1}"$schema": "./klaviyo-keys.schema.json",`, `${i1}/* never a key value here */`, `${i1}"keys": [`, ...body, `${i1}]${tc}`, '}', ''].join(l.eol);
}

/** Whether `small` is `big` with characters only removed. */
function isSubsequence(small: string, big: string): boolean {
  let i = 0;
  for (let j = 0; j < big.length && i < small.length; j++) if (small[i] === big[j]) i++;
  return i === small.length;
}

const config = fc.tuple(fc.array(key, { minLength: 1, maxLength: 3 }), layout).map(([keys, l]) => ({ keys, l, text: render(keys, l) }));
const values = (text: string): { keys: Record<string, unknown>[] } => parse(text, [], { allowTrailingComma: true }) as { keys: Record<string, unknown>[] };

describe('config edits keep everything else', () => {
  it('the generator makes valid configs in every layout', () => {
    fc.assert(fc.property(config, ({ text }) => {
      assert.deepEqual(loadKeyConfig(text).problems.filter((p) => p.severity === 'error'), [], text);
    }), { numRuns: 100 });
  });

  it('adding scopes (and keys) only inserts text; the values are the old ones plus the new', () => {
    fc.assert(fc.property(config, fc.nat(), fc.uniqueArray(fc.constantFrom(...SCOPES), { minLength: 1, maxLength: 3 }), fc.boolean(), ({ keys, text }, k, scopes, newKey) => {
      const name = newKey ? 'jobs' : `key${k % keys.length}`;
      const merged = mergeIntoConfigText(text, { keys: [{ name, scopes }] }).text;
      assert.ok(merged !== null);
      assert.ok(isSubsequence(text, merged), `the original is not kept:\n${JSON.stringify(text)}\n${JSON.stringify(merged)}`);
      const before = values(text);
      const after = values(merged);
      if (newKey) assert.deepEqual(after.keys.slice(0, -1), before.keys);
      else {
        const i = k % keys.length;
        assert.deepEqual({ ...after.keys[i], scopes: null }, { ...before.keys[i], scopes: null });
        // What a granted X:write already covers (X:read) is not added.
        const had = before.keys[i].scopes as string[];
        assert.deepEqual([...(after.keys[i].scopes as string[])].sort(), [...had, ...missing(scopes, had)].sort());
        assert.deepEqual(after.keys.filter((_, j) => j !== i), before.keys.filter((_, j) => j !== i));
      }
      assert.equal(mergeIntoConfigText(merged, { keys: [{ name, scopes }] }).text, merged, 'a second merge changes nothing');
    }), { numRuns: RUNS });
  });

  it('removing a scope only deletes text, and only that scope goes', () => {
    const withScope = config.filter(({ keys }) => keys.some((k) => k.scopes.length > 0));
    fc.assert(fc.property(withScope, fc.nat(), ({ keys, text }, pick) => {
      const i = keys.findIndex((k) => k.scopes.length > 0);
      const scope = keys[i].scopes[pick % keys[i].scopes.length];
      const removed = removeScope(text, i, scope);
      assert.ok(removed !== null);
      assert.ok(isSubsequence(removed, text), 'something besides the item was changed');
      const after = values(removed);
      assert.deepEqual(after.keys[i].scopes, keys[i].scopes.filter((s) => s !== scope));
      assert.deepEqual({ ...after, keys: after.keys.map((x, j) => (j === i ? { ...x, scopes: null } : x)) }, { ...values(text), keys: values(text).keys.map((x, j) => (j === i ? { ...x, scopes: null } : x)) });
      assert.deepEqual(loadKeyConfig(removed).problems.filter((p) => p.severity === 'error'), []);
    }), { numRuns: RUNS });
  });

  it('replacing a scope changes that string literal and nothing else', () => {
    const withScope = config.filter(({ keys }) => keys[0].scopes.length > 0);
    fc.assert(fc.property(withScope, ({ keys, text }) => {
      const scope = keys[0].scopes[0];
      const replaced = replaceScope(text, 0, scope, 'profiles:read');
      const at = text.indexOf(JSON.stringify(scope), text.indexOf('"keys"'));
      assert.equal(replaced, text.slice(0, at) + '"profiles:read"' + text.slice(at + JSON.stringify(scope).length));
    }), { numRuns: RUNS });
  });
});
