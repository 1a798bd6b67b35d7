import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CheckResult, KeyCheck } from '../../server/src/core/check';
import { verifyKeys, type LiveKey } from '../../server/src/core/verify';
import { apiOrigin, retryAfterMs } from '../../server/src/host/klaviyo-api';

const key = (name: string, required: string[], index = 0): KeyCheck => ({
  name, configPath: '/w/klaviyo.keys.json', index, granted: [], required, missing: [], excess: [], calls: [], callsByScope: {}, missingCalls: [],
});
const check = (keys: KeyCheck[]) => ({ keys } as unknown as CheckResult);
const live = (id: string, name: string, scopes: string[], status: LiveKey['status'] = 'active'): LiveKey => ({ id, name, status, scopes, redacted: null });

describe('verifyKeys: config entries against the live keys', () => {
  const cases: { name: string; keys: KeyCheck[]; live: LiveKey[]; ids?: Record<string, string>; expect: Record<string, { id: string | null; missing?: string[]; excess?: string[]; disabled?: boolean }>; unclaimed: string[]; ok: boolean }[] = [
    {
      name: 'by name, case and spaces aside; write grants read; Full where Read suffices is excess',
      keys: [key('Storefront', ['lists:read', 'profiles:write'])],
      live: [live('K1', ' storefront ', ['lists:write', 'profiles:write'])],
      expect: { Storefront: { id: 'K1', missing: [], excess: ['lists:write'] } },
      unclaimed: [], ok: true,
    },
    {
      name: 'klaviyoKeyId wins over a namesake, which stays unclaimed',
      keys: [key('web', ['events:write'])],
      live: [live('K1', 'web', ['events:write']), live('K2', 'web (new)', ['events:write', 'metrics:read'])],
      ids: { web: 'K2' },
      expect: { web: { id: 'K2', excess: ['metrics:read'] } },
      unclaimed: ['K1'], ok: true,
    },
    {
      name: 'two live keys of one name are ambiguous: no match rather than a guess',
      keys: [key('web', ['events:write'])],
      live: [live('K1', 'web', ['events:write']), live('K2', 'web', [])],
      expect: { web: { id: null } },
      unclaimed: ['K1', 'K2'], ok: true,
    },
    {
      name: 'a missing scope fails; a disabled key fails; no live key does not',
      keys: [key('a', ['lists:write']), key('b', ['events:read'], 1), key('c', ['flows:read'], 2)],
      live: [live('K1', 'a', ['lists:read']), live('K2', 'b', ['events:read'], 'disabled')],
      expect: { a: { id: 'K1', missing: ['lists:write'] }, b: { id: 'K2', disabled: true }, c: { id: null } },
      unclaimed: [], ok: false,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = verifyKeys(check(c.keys), c.live, (_p, n) => c.ids?.[n]);
      for (const k of r.keys) {
        const e = c.expect[k.name];
        assert.equal(k.live?.id ?? null, e.id, k.name);
        if (e.missing) assert.deepEqual(k.missing, e.missing, k.name);
        if (e.excess) assert.deepEqual(k.excess.map((x) => x.scope), e.excess, k.name);
        assert.equal(k.disabled, e.disabled ?? false, k.name);
      }
      assert.deepEqual(r.unclaimed.map((k) => k.id), c.unclaimed);
      assert.equal(r.ok, c.ok);
    });
  }
});

describe('the API client\'s edges', () => {
  it('Retry-After in seconds or as a date, capped at a minute', () => {
    assert.equal(retryAfterMs('0'), 0);
    assert.equal(retryAfterMs('3'), 3000);
    assert.equal(retryAfterMs('86400'), 60_000);
    assert.equal(retryAfterMs(new Date(10_000).toUTCString(), 5_000), 5_000);
    assert.equal(retryAfterMs(null), 1000);
    assert.equal(retryAfterMs('soon'), 1000);
  });

  it('goes to Klaviyo unless a loopback origin is given for tests', () => {
    assert.equal(apiOrigin({}), 'https://a.klaviyo.com');
    assert.equal(apiOrigin({ KLAVIYO_SCOPES_API_ORIGIN: 'http://127.0.0.1:8123' }), 'http://127.0.0.1:8123');
    assert.equal(apiOrigin({ KLAVIYO_SCOPES_API_ORIGIN: 'http://localhost:9' }), 'http://localhost:9');
    for (const bad of ['https://a.klaviyo.com.evil.example', 'http://10.0.0.1:80', 'http://127.0.0.1.evil.example', 'http://user@127.0.0.1:1', 'http://127.0.0.1:1/api', 'file:///etc/passwd', 'nonsense']) {
      assert.throws(() => apiOrigin({ KLAVIYO_SCOPES_API_ORIGIN: bad }), /KLAVIYO_SCOPES_API_ORIGIN/, bad);
    }
  });
});
