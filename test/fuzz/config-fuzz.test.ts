// Property-based test of the klaviyo.keys.json loader, which runs on every keystroke in the
// editor: random text, random bytes and broken versions of real configs never make it throw,
// every problem points inside the text, no problem (nor any name it hands back) repeats a
// private key, a key-shaped value is always reported, and it stays within the time budget.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { loadKeyConfig } from '../../server/src/core/config/load';
import { findSecrets } from '../../server/src/core/config/secrets';
import { budgetMs, checkProperty, FUZZ_KEY, runsFromEnv, sourceInput, Timings } from './inputs';
import { CONFIG_SEEDS } from './seeds';

const RUNS = runsFromEnv();

describe(`fuzz: klaviyo.keys.json loader, ${RUNS} inputs`, () => {
  it('never throws, stays in the text and in budget, never repeats a key', async (t) => {
    const timings = new Timings();
    const property = fc.property(sourceInput(CONFIG_SEEDS), fc.boolean(), (text, matchAll) => {
      const load = () => loadKeyConfig(text, { uri: 'klaviyo.keys.json', globMatchesAny: () => matchAll });
      let started = performance.now();
      const r = load();
      let ms = performance.now() - started;
      // Over budget: the fastest of three (a garbage collection is not a slow input).
      for (let retry = 0; retry < 2 && ms > budgetMs(text.length); retry++) {
        started = performance.now();
        load();
        ms = Math.min(ms, performance.now() - started);
      }
      timings.record(text.length, ms);
      assert.ok(ms <= budgetMs(text.length), `${ms.toFixed(0)} ms for ${text.length} chars`);
      assert.ok(Array.isArray(r.problems) && Array.isArray(r.scopeNodes) && Array.isArray(r.keyNodes));
      // A leading BOM is read as a space, so offsets still index the text as given.
      for (const p of r.problems) {
        assert.ok(p.range.start >= 0 && p.range.start <= p.range.end && p.range.end <= text.length, `${p.code} range ${JSON.stringify(p.range)} of ${text.length}`);
        assert.ok(p.line >= 1 && p.column >= 1, `${p.code} at ${p.line}:${p.column}`);
        assert.ok(!p.message.includes(FUZZ_KEY) && !JSON.stringify(p.data ?? null).includes(FUZZ_KEY), `${p.code} repeats the key: ${p.message}`);
      }
      for (const n of [...r.scopeNodes.map((x) => x.scope), ...r.keyNodes.map((x) => x.name)]) assert.ok(!n.includes(FUZZ_KEY));
      if (findSecrets(text).length > 0) assert.ok(r.problems.some((p) => p.code === 'secret-in-config'), 'a key-shaped value went unreported');
      if (r.config) for (const k of r.config.keys) assert.ok(typeof k.name === 'string' && Array.isArray(k.scopes));
    });
    await checkProperty('config loader', property, RUNS);
    t.diagnostic(timings.summary('klaviyo.keys.json loader'));
  });
});
