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

  it('analyzes the PHP shop plugin: no missing scope, and a hover that shows the grant', async () => {
    const f = file('shop-plugin/src/KlaviyoSync.php');
    const text = fs.readFileSync(f, 'utf8');
    await s.open(f, text);
    assert.deepEqual((await s.diagnostics(f)).filter((d) => d.code === 'missing-scope'), []);
    const line = text.split('\n').findIndex((l) => l.includes('->Events->createEvent('));
    const hover = await s.hover(f, { line, character: text.split('\n')[line].indexOf('createEvent') + 2 });
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(value, /create_event/);
    assert.match(value, /`events:write` ✓/);
    assert.match(value, /key \*\*shop-plugin\*\*/);
  });

  it('reports a missing scope in the PHP plugin as soon as the unsaved text needs one', async () => {
    const f = file('shop-plugin/src/KlaviyoSync.php');
    const text = fs.readFileSync(f, 'utf8').replace('$this->klaviyo->Catalogs->createCatalogItem(', '$this->klaviyo->Catalogs->deleteCatalogItem(\'x\');\n        $this->klaviyo->Catalogs->createCatalogItem(');
    await s.change(f, text);
    const missing = (await s.diagnostics(f)).filter((d) => d.code === 'missing-scope');
    assert.deepEqual(missing.map((d) => (d.data as { scopes: string[] }).scopes), []);
    const withList = text.replace("deleteCatalogItem('x')", "getLists()");
    await s.change(f, withList.replace('$this->klaviyo->Catalogs->getLists()', '$this->klaviyo->Lists->getLists()'));
    const after = (await s.diagnostics(f)).filter((d) => d.code === 'missing-scope');
    assert.deepEqual(after.map((d) => (d.data as { key: string; scopes: string[] })), [{ configPath: file('klaviyo.keys.json'), key: 'shop-plugin', keyIndex: 2, scopes: ['lists:read'] }]);
  });

  it('analyzes the Python data job: helper call sites and SDK calls, hover with the key', async () => {
    const f = file('data-jobs/segment_export.py');
    const text = fs.readFileSync(f, 'utf8');
    await s.open(f, text);
    assert.deepEqual((await s.diagnostics(f)).filter((d) => d.code === 'missing-scope'), []);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('get_profiles_for_segment('));
    const hover = await s.hover(f, { line, character: lines[line].indexOf('get_profiles_for_segment') + 3 });
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(value, /get_profiles_for_segment/);
    assert.match(value, /`segments:read` ✓/);
    assert.match(value, /key \*\*data-jobs\*\*/);
    const helperLine = lines.findIndex((l) => l.includes('_get("/segments")'));
    const helperHover = await s.hover(f, { line: helperLine, character: lines[helperLine].indexOf('_get("/segments")') + 1 });
    const helperValue = helperHover && typeof helperHover.contents === 'object' && 'value' in helperHover.contents ? helperHover.contents.value : '';
    assert.match(helperValue, /`GET \/api\/segments`/);
  });
});
