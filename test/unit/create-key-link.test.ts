import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { betaOnlyScopes, CREATE_KEY_PAGE, createKeyLink, createKeyTitle } from '../../server/src/core/create-key-link';

describe('createKeyLink: the pre-filled Create Private API Key page', () => {
  const cases: { name: string; required: string[]; url: string; betaOnly?: string[] }[] = [
    { name: 'Read access is X:read alone', required: ['profiles:read'], url: `${CREATE_KEY_PAGE}?scopes=profiles:read` },
    // The help centre's own example for Full access to campaigns.
    { name: 'Full access is X:read and X:write', required: ['campaigns:write'], url: `${CREATE_KEY_PAGE}?scopes=campaigns:read,campaigns:write` },
    { name: 'read and write of one resource are one Full access', required: ['lists:read', 'lists:write'], url: `${CREATE_KEY_PAGE}?scopes=lists:read,lists:write` },
    {
      name: 'resources in the order of the page (by label)',
      required: ['profiles:write', 'coupon-codes:read', 'lists:read'],
      url: `${CREATE_KEY_PAGE}?scopes=coupon-codes:read,lists:read,profiles:read,profiles:write`,
    },
    { name: 'a resource with only a write scope names no read scope Klaviyo lacks', required: ['data-privacy:write'], url: `${CREATE_KEY_PAGE}?scopes=data-privacy:write` },
    { name: 'a resource with only a read scope', required: ['accounts:read'], url: `${CREATE_KEY_PAGE}?scopes=accounts:read` },
    { name: 'beta-only scopes are selected and named apart', required: ['credentials:read', 'profiles:read'], url: `${CREATE_KEY_PAGE}?scopes=credentials:read,profiles:read`, betaOnly: ['credentials:read'] },
    { name: 'no scopes: the page itself', required: [], url: CREATE_KEY_PAGE },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const link = createKeyLink(c.required);
      assert.equal(link.url, c.url);
      assert.deepEqual(link.scopes, c.url.includes('?') ? c.url.split('?scopes=')[1].split(',') : []);
      assert.deepEqual(link.betaOnly, c.betaOnly ?? []);
    });
  }

  it('knows the beta-only scopes from the catalog (credentials:read only exists for the beta api-keys endpoints)', () => {
    const beta = betaOnlyScopes();
    assert.ok(beta.has('credentials:read'));
    assert.ok(!beta.has('profiles:read'));
  });

  it('titles count the scopes the link selects', () => {
    assert.equal(createKeyTitle('storefront', createKeyLink(['lists:write'])), 'Create key "storefront" in Klaviyo with these 2 scopes');
    assert.equal(createKeyTitle('ro', createKeyLink(['lists:read'])), 'Create key "ro" in Klaviyo with this scope');
  });
});
