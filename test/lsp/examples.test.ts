import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startSession, type Session } from './harness';

const EXAMPLES = path.resolve(__dirname, '../../examples');
const file = (rel: string): string => path.join(EXAMPLES, rel);

describe('language server on examples/', () => {
  let s: Session;
  before(async () => {
    s = await startSession([EXAMPLES]);
    await s.scanned;
  });
  after(() => s.dispose());

  it('reports the include-driven missing scope on the analytics job', async () => {
    const f = file('analytics/daily-revenue.js');
    await s.open(f, fs.readFileSync(f, 'utf8'));
    const diags = await s.diagnostics(f);
    const missing = diags.filter((d) => d.code === 'missing-scope');
    assert.equal(missing.length, 1);
    assert.match(String(missing[0].message), /^get_events needs profiles:read \(for include "profile"\), which key "back-office" \(.*klaviyo\.keys\.json\) does not grant\.$/);
    assert.deepEqual(missing[0].range.start, { line: 29, character: 20 });
    assert.deepEqual((missing[0].data as { scopes: string[] }).scopes, ['profiles:read']);
  });

  it('flags the excess scope in klaviyo.keys.json once the scan is complete', async () => {
    const f = file('klaviyo.keys.json');
    await s.open(f, fs.readFileSync(f, 'utf8'));
    const diags = await s.diagnostics(f);
    const excess = diags.filter((d) => d.code === 'excess-scope');
    assert.deepEqual(excess.map((d) => (d.data as { scope: string }).scope), ['campaigns:read']);
    assert.deepEqual(excess[0].tags, [1]);
  });
});
