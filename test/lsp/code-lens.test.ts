// Code lenses above each key of klaviyo.keys.json: `N calls · M scopes needed · K missing · L excess`,
// and the pre-filled Create Key page beside a key that is not least-privilege.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { startSession, uri } from './harness';
import { A, EXAMPLES, positionIn, rangeOf, read, removeWorkspaces, workspace } from './workspaces';

describe('code lens', () => {
  after(removeWorkspaces);

  it('one per key of examples/, at the key, running the report for the folder', async () => {
    const s = await startSession([EXAMPLES]);
    try {
      await s.scanned;
      const config = path.join(EXAMPLES, 'klaviyo.keys.json');
      const text = read(config);
      await s.open(config, text);
      const lenses = await s.codeLenses(config);
      const stats = lenses.filter((l) => l.command?.command === 'klaviyoScopes.showReport');
      assert.equal(stats.length, [...text.matchAll(/"name": /g)].length, 'one per key');
      assert.deepEqual(stats.slice(0, 2).map((l) => l.command?.title), [
        '4 calls · 5 scopes needed · 0 missing · 1 excess',
        '5 calls · 4 scopes needed · 1 missing · 0 excess',
      ]);
      // Beside each key that is not least-privilege: the pre-filled Create Key page.
      const create = lenses.filter((l) => l.command?.command === 'klaviyoScopes.createKey');
      assert.deepEqual(create.map((l) => [l.command?.title, (l.command?.arguments?.[0] as { key: string }).key]), [
        ['Create key "storefront" in Klaviyo with these 6 scopes', 'storefront'],
        ['Create key "back-office" in Klaviyo with these 4 scopes', 'back-office'],
      ]);
      assert.equal((create[1].command?.arguments?.[0] as { url: string }).url, 'https://www.klaviyo.com/create-private-api-key?scopes=data-privacy:write,events:read,metrics:read,profiles:read');
      assert.deepEqual(create[0].range, lenses[0].range);
      const firstKey = rangeOf(text, '{\n      "name": "storefront"').start;
      assert.deepEqual(lenses[0].range, { start: firstKey, end: firstKey });
      assert.deepEqual(lenses[0].command?.command, 'klaviyoScopes.showReport');
      assert.deepEqual(lenses[0].command?.arguments, [{ folderUri: uri(EXAMPLES) }]);
      const report = await s.command<{ markdown: string }>(lenses[0].command?.command ?? '', ...(lenses[0].command?.arguments ?? []));
      assert.match(report.markdown, /^## Key `storefront`/m);
      // Source files have none.
      assert.deepEqual(await s.codeLenses(path.join(EXAMPLES, 'analytics/daily-revenue.js')), []);
    } finally {
      s.dispose();
    }
  });

  it('follows unsaved edits of the config; a key that did not load says so', async () => {
    const config = JSON.stringify({ keys: [{ name: 'app', scopes: ['lists:read'] }] }, null, 2);
    const code = `fetch('${A}/api/lists');\nfetch('${A}/api/profiles');\nfetch('${A}/client/events?company_id=X', { method: 'POST' });\n`;
    const dir = workspace({ 'klaviyo.keys.json': config, 'src/a.ts': code });
    const s = await startSession([dir]);
    try {
      await s.scanned;
      const file = path.join(dir, 'klaviyo.keys.json');
      await s.open(file, config);
      // The /client/ call is served by the key but needs no scope.
      assert.deepEqual((await s.codeLenses(file)).map((l) => l.command?.title), ['3 calls · 2 scopes needed · 1 missing · 0 excess', 'Create key "app" in Klaviyo with these 2 scopes']);
      assert.deepEqual((await s.codeLenses(file))[1].command?.arguments, [
        { key: 'app', url: 'https://www.klaviyo.com/create-private-api-key?scopes=lists:read,profiles:read', scopes: ['lists:read', 'profiles:read'], betaOnly: [] },
      ]);

      const edited = JSON.stringify({ keys: [{ name: 'app', scopes: ['lists:read', 'profiles:read', 'flows:read'] }, { name: 'app', scopes: [] }] }, null, 2);
      await s.change(file, edited);
      assert.deepEqual((await s.codeLenses(file)).map((l) => l.command?.title), [
        '3 calls · 2 scopes needed · 0 missing · 1 excess',
        'Create key "app" in Klaviyo with these 2 scopes',
        'not loaded (see problems)',
      ]);
      // Nor does the duplicate's scope borrow the first key's calls on hover.
      const hover = await s.hover(file, positionIn(edited, '"scopes": []'));
      assert.equal(hover, null, 'not on a scope string');
      const dupScope = JSON.stringify({ keys: [{ name: 'app', scopes: ['lists:read'] }, { name: 'app', scopes: ['lists:read'] }] }, null, 2);
      await s.change(file, dupScope);
      const value = JSON.stringify((await s.hover(file, positionIn(dupScope, '"lists:read"', 1, 1)))?.contents);
      assert.match(value, /did not load/);
      assert.doesNotMatch(value, /calls? of key/);
    } finally {
      s.dispose();
    }
  });
});
