// Which API revision the klaviyo/api version in composer.json / composer.lock sends.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { catalog } from '../../server/src/core/catalog';
import {
  constraintFromComposer, phpSdkRevision, phpSdkRevisionOf, PHP_SDK_REVISION_BY_MINOR, PHP_SDK_VERSIONS, versionFromComposerLock,
} from '../../server/src/core/versions/php-version';

describe('php-version', () => {
  test('every major 1–19 has a revision the catalog knows, in release order', () => {
    assert.deepEqual(PHP_SDK_VERSIONS.map((v) => v.major), Array.from({ length: 19 }, (_, i) => i + 1));
    const all = [...PHP_SDK_VERSIONS.map((v) => v.revision), ...Object.values(PHP_SDK_REVISION_BY_MINOR)];
    for (const r of all) assert.ok(catalog.revisions.includes(r), r);
    const order = PHP_SDK_VERSIONS.map((v) => catalog.revisions.indexOf(v.revision));
    assert.deepEqual(order, [...order].sort((a, b) => a - b));
  });

  const rows: [string, string | null][] = [
    ['^19.0', '2026-04-15'],
    ['~18.0', '2026-01-15'],
    ['17.*', '2025-10-15'],
    ['>=16.0 <17', '2025-07-15'],
    ['v14.0.2', '2025-04-15'],
    ['12.1.0', '2024-10-15'],
    ['8.0.0', '2024-05-15'],
    ['8.1.0', '2024-06-15'],
    ['^8.0', '2024-06-15'],
    ['6.0.0', '2023-10-15'],
    ['5.1.0', '2023-08-15'],
    ['4.0.0', '2023-06-15'],
    ['1.0.2', '2022-10-17'],
    ['1.1.0', '2023-01-24'],
    ['^1.0', '2023-02-22'],
    ['2.0.0', '2023-02-22'],
    ['dev-main', null],
    ['99.0.0', null],
    ['*', null],
  ];
  for (const [input, revision] of rows) test(`${input} → ${revision}`, () => assert.equal(phpSdkRevisionOf(input), revision));

  test('composer.json require / require-dev, broken JSON', () => {
    assert.equal(constraintFromComposer(JSON.stringify({ require: { 'klaviyo/api': '^19.0' } })), '^19.0');
    assert.equal(constraintFromComposer(JSON.stringify({ 'require-dev': { 'klaviyo/api': '18.0.0' } })), '18.0.0');
    assert.equal(constraintFromComposer(JSON.stringify({ require: { 'klaviyo/php-sdk': '^2.0' } })), null);
    assert.equal(constraintFromComposer('{ not json'), null);
  });

  test('composer.lock packages / packages-dev', () => {
    assert.equal(versionFromComposerLock(JSON.stringify({ packages: [{ name: 'klaviyo/api', version: 'v17.0.0' }] })), 'v17.0.0');
    assert.equal(versionFromComposerLock(JSON.stringify({ packages: [], 'packages-dev': [{ name: 'klaviyo/api', version: '5.0.0' }] })), '5.0.0');
    assert.equal(versionFromComposerLock('{'), null);
  });

  test('nearest composer.json requiring klaviyo/api wins; its lock pins the version', () => {
    const files: Record<string, string> = {
      '/ws/composer.json': JSON.stringify({ require: { 'klaviyo/api': '^19.0' } }),
      '/ws/legacy/composer.json': JSON.stringify({ require: { 'klaviyo/api': '^5.0' } }),
      '/ws/legacy/composer.lock': JSON.stringify({ packages: [{ name: 'klaviyo/api', version: '5.0.1' }] }),
      '/ws/tools/composer.json': JSON.stringify({ require: { 'monolog/monolog': '^3' } }),
    };
    const read = (p: string): string | undefined => files[p];
    assert.equal(phpSdkRevision('/ws/src/app.php', read, '/ws'), '2026-04-15');
    assert.equal(phpSdkRevision('/ws/legacy/src/a/b.php', read, '/ws'), '2023-07-15');
    assert.equal(phpSdkRevision('/ws/tools/x.php', read, '/ws'), '2026-04-15');
    assert.equal(phpSdkRevision('/other/x.php', () => undefined, '/other'), null);
  });
});
