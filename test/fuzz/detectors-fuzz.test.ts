// Property-based tests of every detector through the public entry point: a Workspace over an
// in-memory host holding one file. Inputs are grouped by language: each input runs through
// all of that language's detectors (and the hard-coded key scanner), so 10,000 inputs per
// language are 10,000 inputs per detector. For every input: no exception escapes, no file's
// analysis fails, positions stay inside the text, no finding repeats a key, and the scan
// finishes within a time budget proportional to the input's size.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkCalls } from '../../server/src/core/check';
import { Workspace, type ScanResult } from '../../server/src/core/engine/workspace';
import { allFindings } from '../../server/src/core/findings';
import { TOO_DEEP } from '../../server/src/core/analysis-failure';
import { GRAMMAR_FAILED } from '../../server/src/core/tree-sitter/bounded-parse';
import { budgetMs, checkProperty, FUZZ_KEY, looksDeep, runsFromEnv, sourceInput, Timings } from './inputs';
import { SEED_GROUPS } from './seeds';

const RUNS = runsFromEnv();
const ROOT = '/ws';

async function scanOne(file: string, text: string, noPrefilter: boolean): Promise<ScanResult> {
  const files = new Map([[file, text]]);
  const ws = new Workspace(ROOT, { listFiles: () => [...files.keys()], read: (p) => files.get(p) }, { noPrefilter });
  return ws.scanAsync();
}

function checkResult(scan: ScanResult, text: string): void {
  for (const s of scan.skipped) {
    // Too deep to walk (for input that is deep) and a grammar throwing out of its parser are stated
    // limits, named as skips; anything else thrown by an analysis is a bug.
    assert.ok(!/analysis failed/.test(s.reason), `${s.file}: ${s.reason}`);
    if (s.reason === TOO_DEEP) assert.ok(looksDeep(text), `${s.file}: "${TOO_DEEP}" for input that is not deep`);
  }
}

/** After a grammar threw on an input, the next file of that language must parse again. */
async function assertRecovered(group: (typeof SEED_GROUPS)[number]): Promise<void> {
  const seed = await scanOne(`${ROOT}/src/after${group.extensions[0]}`, group.seeds[0], true);
  assert.deepEqual(seed.skipped, [], 'the parser was not renewed after a grammar failure');
  assert.ok(seed.calls.length > 0);
}

function checkFindings(scan: ScanResult, text: string): void {
  for (const c of scan.calls) {
    for (const r of [c.range, c.nameRange]) assert.ok(r.start >= 0 && r.start <= r.end && r.end <= text.length, `range ${JSON.stringify(r)} outside ${text.length} chars`);
    assert.ok(c.start.line >= 1 && c.start.column >= 1);
  }
  for (const f of allFindings(scan, checkCalls(scan), scan.configs, { complete: true })) {
    const shown = `${f.title}\n${f.message}\n${JSON.stringify(f.data ?? null)}`;
    assert.ok(!shown.includes(FUZZ_KEY), `${f.code} repeats the key: ${f.message}`);
    assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length, `${f.code} span outside the text`);
  }
}

describe(`fuzz: every detector, ${RUNS} inputs per language`, () => {
  for (const group of SEED_GROUPS.filter((g) => !process.env.FUZZ_GROUP || g.name.startsWith(process.env.FUZZ_GROUP))) {
    it(group.name, async (t) => {
      // The first scan of a language loads its grammar: not the input's cost.
      await scanOne(`${ROOT}/warm${group.extensions[0]}`, group.seeds[0], true);
      const timings = new Timings();
      const property = fc.asyncProperty(sourceInput(group.seeds), fc.constantFrom(...group.extensions), fc.boolean(), async (text, ext, noPrefilter) => {
        const file = `${ROOT}/src/input${ext}`;
        let started = performance.now();
        const scan = await scanOne(file, text, noPrefilter);
        let ms = performance.now() - started;
        // Over budget: measure twice more and keep the fastest, so that a garbage collection or
        // a busy machine is not taken for a slow input (a slow input is slow every time).
        for (let retry = 0; retry < 2 && ms > budgetMs(text.length); retry++) {
          started = performance.now();
          await scanOne(file, text, noPrefilter);
          ms = Math.min(ms, performance.now() - started);
        }
        timings.record(text.length, ms);
        assert.ok(ms <= budgetMs(text.length), `${ms.toFixed(0)} ms for ${text.length} chars (budget ${budgetMs(text.length).toFixed(0)} ms)`);
        checkResult(scan, text);
        checkFindings(scan, text);
        if (scan.skipped.some((x) => x.reason === GRAMMAR_FAILED)) await assertRecovered(group);
      });
      await checkProperty(group.name, property, RUNS);
      t.diagnostic(timings.summary(group.name));
      assert.equal(timings.count >= RUNS, true);
    });
  }
});
