// Gemfile / Gemfile.lock reading and the klaviyo-api-sdk version → API revision table.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gemfileRequirement, lockedGemVersion, RUBY_SDK_VERSIONS, rubySdkRevision, rubySdkRevisionFor, usesLegacyGem } from '../../server/src/core/versions/ruby-version';
import { catalog } from '../../server/src/core/catalog';

test('every table revision is one the catalog knows, in order', () => {
  let last = '';
  for (const v of RUBY_SDK_VERSIONS) {
    assert.ok(catalog.revisions.includes(v.revision), `${v.version}: ${v.revision}`);
    assert.ok(v.revision >= last, `${v.version} goes back in time`);
    last = v.revision;
    if (v.source === 'inferred') assert.ok(v.note, `${v.version}: inferred entries say why`);
  }
});

test('requirements pick the newest known version they allow', () => {
  assert.equal(rubySdkRevision('9.0.0'), '2024-07-15');
  assert.equal(rubySdkRevision('~> 7.0'), '2024-06-15');
  assert.equal(rubySdkRevision('~> 7.0.0'), '2024-05-15');
  assert.equal(rubySdkRevision('= 13.0.0'), '2025-04-15');
  assert.equal(rubySdkRevision('>= 10'), '2024-10-15');
  assert.equal(rubySdkRevision('14.0.0'), '2025-07-15');
  assert.equal(rubySdkRevision('~> 99.0'), null);
  assert.equal(rubySdkRevision(''), null);
});

test('Gemfile and Gemfile.lock parsing', () => {
  assert.equal(gemfileRequirement(`gem "klaviyo-api-sdk", "~> 9.0"`, 'klaviyo-api-sdk'), '~> 9.0');
  assert.equal(gemfileRequirement(`  gem 'klaviyo-api-sdk'`, 'klaviyo-api-sdk'), '');
  assert.equal(gemfileRequirement(`gem 'klaviyo-api-sdk-beta'`, 'klaviyo-api-sdk'), null);
  assert.equal(gemfileRequirement(`gem 'klaviyo', '~> 2.4'`, 'klaviyo'), '~> 2.4');
  assert.equal(lockedGemVersion('GEM\n  specs:\n    klaviyo-api-sdk (12.0.0)\n      retriable (~> 3.1)\n', 'klaviyo-api-sdk'), '12.0.0');
  assert.equal(lockedGemVersion('    klaviyo-api-sdk (~> 12.0)\n', 'klaviyo-api-sdk'), '~> 12.0');
});

test('the nearest Gemfile.lock wins over the Gemfile; files outside the root are not read', () => {
  const files: Record<string, string> = {
    '/ws/Gemfile': "gem 'klaviyo-api-sdk', '~> 2.0'\ngem 'klaviyo'\n",
    '/ws/svc/Gemfile': "gem 'klaviyo-api-sdk'\n",
    '/ws/svc/Gemfile.lock': '    klaviyo-api-sdk (12.0.0)\n',
    '/Gemfile': "gem 'klaviyo-api-sdk', '1.0.0'\n",
  };
  const read = (p: string): string | undefined => files[p];
  assert.equal(rubySdkRevisionFor('/ws/svc/lib/a.rb', read, '/ws'), '2025-01-15');
  assert.equal(rubySdkRevisionFor('/ws/lib/a.rb', read, '/ws'), '2023-02-22');
  assert.equal(rubySdkRevisionFor('/other/a.rb', () => undefined, '/other'), null);
  assert.equal(usesLegacyGem('/ws/lib/a.rb', read, '/ws'), true);
  assert.equal(usesLegacyGem('/ws/svc/a.rb', read, '/ws'), false);
});
