// Hover on Klaviyo calls (operation, docs, scopes against the serving key, rate limits) and on
// scope strings in klaviyo.keys.json (which calls need them).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-protocol';
import { startSession, uri, type Session } from './harness';
import { A, EXAMPLES, positionIn, rangeOf, read, removeWorkspaces, workspace } from './workspaces';

const markdown = (h: Hover | null): string => {
  assert.ok(h, 'a hover');
  const c = h.contents as { kind: string; value: string };
  assert.equal(c.kind, 'markdown');
  return c.value;
};

describe('hover on examples/', () => {
  let s: Session;
  const revenue = path.join(EXAMPLES, 'analytics/daily-revenue.js');
  const gdpr = path.join(EXAMPLES, 'gdpr/delete-profile.ts');
  const config = path.join(EXAMPLES, 'klaviyo.keys.json');
  before(async () => {
    s = await startSession([EXAMPLES]);
    await s.scanned;
    for (const f of [revenue, gdpr, config]) await s.open(f, read(f));
  });
  after(() => s.dispose());

  it('on a call: operation, docs link, METHOD /path, each scope ✓ or ✗ for the serving key with why, rate limits', async () => {
    const text = read(revenue);
    const call = "klaviyo.get('/events?include=profile', { params: { sort: '-datetime' } })";
    const h = await s.hover(revenue, positionIn(text, call, 10));
    assert.equal(markdown(h), [
      '**Klaviyo: Get Events** · [`get_events`](https://developers.klaviyo.com/en/reference/get_events)',
      '',
      '`GET /api/events`',
      '',
      'Scopes (key **back-office**):',
      '- `events:read` ✓ — operation',
      '- `profiles:read` ✗ missing — include "profile"',
      '',
      'Klaviyo cannot add scopes to an existing key: [Create key "back-office" in Klaviyo with these 4 scopes](https://www.klaviyo.com/create-private-api-key?scopes=data-privacy:write,events:read,metrics:read,profiles:read), then swap it in.',
      '',
      'Rate limits: burst 350/s, steady 3500/m',
    ].join('\n'));
    assert.deepEqual(h?.range, rangeOf(text, call));
  });

  it('on a legacy call: the replacement is named', async () => {
    const text = read(gdpr);
    const value = markdown(await s.hover(gdpr, positionIn(text, 'fetch(`https://a.klaviyo.com/api/v2/data-privacy')));
    assert.match(value, /retired v1\/v2 API/);
    assert.match(value, /Replacement: `request_profile_deletion`/);
    assert.doesNotMatch(value, /Scopes/, 'a retired endpoint takes no scope');
  });

  it('on a scope in klaviyo.keys.json: how many calls need it and where', async () => {
    const text = read(config);
    const h = await s.hover(config, positionIn(text, '"lists:write"'));
    const site = (rel: string, line: number): string => `[storefront/src/${rel}:${line}](${uri(path.join(EXAMPLES, 'storefront/src', rel))}#L${line})`;
    // lists:write also serves the account page's read (Full access includes Read).
    assert.equal(markdown(h), [
      '**`lists:write`**',
      '',
      '3 calls of key **storefront** need it:',
      `- ${site('account-page.ts', 5)} get_lists_for_profile — operation`,
      `- ${site('signup.ts', 18)} bulk_subscribe_profiles — operation`,
      `- ${site('signup.ts', 27)} add_profiles_to_list — operation`,
    ].join('\n'));
    assert.deepEqual(h?.range, rangeOf(text, '"lists:write"'));
  });

  it('on a write scope: calls that only read count too (write includes read)', async () => {
    const text = read(config);
    const value = markdown(await s.hover(config, positionIn(text, '"profiles:write"')));
    assert.match(value, /^4 calls of key \*\*storefront\*\* need it:$/m);
    assert.match(value, /account-page\.ts:5\]\(.*\) get_lists_for_profile — operation$/m);
  });

  it('on a scope no call needs: says so', async () => {
    const text = read(config);
    assert.equal(markdown(await s.hover(config, positionIn(text, '"campaigns:read"'))), '**`campaigns:read`**\n\nNo call served by key **storefront** needs it.');
  });

  it('nowhere near a call or scope: null', async () => {
    assert.equal(await s.hover(revenue, { line: 0, character: 3 }), null);
    assert.equal(await s.hover(revenue, positionIn(read(revenue), 'async function latestOrders')), null);
    assert.equal(await s.hover(config, positionIn(read(config), '"back-office"')), null);
    assert.equal(await s.hover(config, { line: 0, character: 5 }), null);
  });
});

describe('hover in temp workspaces', () => {
  after(removeWorkspaces);

  it('on an unresolved call: the candidate operations', async () => {
    const code = `export function load(resource: string) {\n  return fetch('${A}/api/' + resource);\n}\n`;
    const dir = workspace({ 'src/a.ts': code });
    const s = await startSession([dir]);
    try {
      await s.scanned;
      const file = path.join(dir, 'src/a.ts');
      await s.open(file, code);
      const value = markdown(await s.hover(file, positionIn(code, 'fetch(')));
      assert.match(value, /^\*\*Klaviyo call\*\* `GET \/api\//);
      assert.match(value, /^Candidates: `get_accounts`, `get_campaigns`, (`[a-z_]+`, ){5}`[a-z_]+` \(\+\d+\)$/m);
    } finally {
      s.dispose();
    }
  });

  it('on a /client/ endpoint: the operation, and that no private-key scope is needed', async () => {
    const code = `fetch('${A}/client/events?company_id=AbC123', { method: 'POST' });\n`;
    const dir = workspace({ 'klaviyo.keys.json': JSON.stringify({ keys: [{ name: 'app', scopes: ['events:read'] }] }), 'src/a.ts': code });
    const s = await startSession([dir]);
    try {
      await s.scanned;
      const file = path.join(dir, 'src/a.ts');
      await s.open(file, code);
      const value = markdown(await s.hover(file, positionIn(code, 'fetch(')));
      assert.match(value, /^\*\*Klaviyo: Create Client Event\*\* · \[`create_client_event`\]\(https:\/\/developers\.klaviyo\.com\/en\/reference\/create_client_event\)$/m);
      assert.match(value, /^`POST \/client\/events`$/m);
      assert.match(value, /`\/client\/` endpoint: .*needs no private-key scope/);
      assert.doesNotMatch(value, /Scopes/);
    } finally {
      s.dispose();
    }
  });

  it('without a klaviyo.keys.json: the scopes, without ✓ or ✗; an alias names today\'s method', async () => {
    const code = `import { ApiKeySession, ListsApi } from 'klaviyo-api';
const lists = new ListsApi(new ApiKeySession(process.env.KLAVIYO_KEY!));
lists.getListProfiles('L1');
`;
    const dir = workspace({ 'src/a.ts': code });
    const s = await startSession([dir]);
    try {
      await s.scanned;
      const file = path.join(dir, 'src/a.ts');
      await s.open(file, code);
      const value = markdown(await s.hover(file, positionIn(code, 'getListProfiles')));
      assert.match(value, /`getListProfiles` is an older name; today it is `getProfilesForList`/);
      assert.match(value, /^Scopes \(no klaviyo\.keys\.json\):\n- `lists:read` · — operation\n- `profiles:read` · — operation$/m);
    } finally {
      s.dispose();
    }
  });

  it('a scope needed by many calls lists the first five and how many more', async () => {
    const code = Array.from({ length: 7 }, (_, i) => `fetch('${A}/api/lists/L${i}');`).join('\n') + '\n';
    const config = JSON.stringify({ keys: [{ name: 'app', scopes: ['lists:read'] }] }, null, 2);
    const dir = workspace({ 'klaviyo.keys.json': config, 'src/a.ts': code });
    const s = await startSession([dir]);
    try {
      await s.scanned;
      const file = path.join(dir, 'klaviyo.keys.json');
      await s.open(file, config);
      const lines = markdown(await s.hover(file, positionIn(config, '"lists:read"'))).split('\n');
      assert.equal(lines[2], '7 calls of key **app** need it:');
      assert.deepEqual(lines.slice(3).map((l) => l.replace(/\]\(.*?\)/, ']')), [
        '- [src/a.ts:1] get_list — operation',
        '- [src/a.ts:2] get_list — operation',
        '- [src/a.ts:3] get_list — operation',
        '- [src/a.ts:4] get_list — operation',
        '- [src/a.ts:5] get_list — operation',
        '- … and 2 more',
      ]);
    } finally {
      s.dispose();
    }
  });

  it('follows unsaved edits: positions refer to the text in the editor', async () => {
    const code = `fetch('${A}/api/profiles');\n`;
    const dir = workspace({ 'src/a.ts': code });
    const s = await startSession([dir]);
    try {
      await s.scanned;
      const file = path.join(dir, 'src/a.ts');
      await s.open(file, code);
      const edited = `// two\n// new lines\nfetch('${A}/api/lists');\n`;
      await s.change(file, edited);
      assert.equal(await s.hover(file, { line: 0, character: 2 }), null);
      const value = markdown(await s.hover(file, positionIn(edited, 'fetch(')));
      assert.match(value, /\*\*Klaviyo: Get Lists\*\*/);
    } finally {
      s.dispose();
    }
  });
});
