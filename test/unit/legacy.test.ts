import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { byId } from '../../server/src/core/catalog';
import { LEGACY_ENDPOINTS, LEGACY_SDK_METHODS, legacyReplacement } from '../../server/src/core/legacy';

describe('legacy tables', () => {
  it('name only operations that exist today (not former ids or aliases)', () => {
    const replacements = [...LEGACY_ENDPOINTS.map((e) => e.replacement), ...Object.values(LEGACY_SDK_METHODS)];
    const stale = replacements.filter((r): r is string => r !== null && !byId(r));
    assert.deepEqual(stale, []);
  });

  it('maps the retired endpoints the docs name to their replacements', () => {
    assert.equal(legacyReplacement('POST', '/api/v2/list/abc/subscribe'), 'bulk_subscribe_profiles');
    assert.equal(legacyReplacement('GET', '/api/track'), 'create_event');
    assert.equal(legacyReplacement('POST', '/api/identify'), 'create_or_update_profile');
    assert.equal(legacyReplacement('POST', '/api/v2/list/abc/members'), 'add_profiles_to_list');
    assert.equal(legacyReplacement('GET', '/api/v1/metric/abc/export'), 'query_metric_aggregates');
    assert.equal(legacyReplacement('POST', '/api/v2/data-privacy/deletion-request'), 'request_profile_deletion');
    assert.equal(legacyReplacement('GET', '/api/v1/unknown-thing'), null);
  });
});
