import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileGlobs } from '../../server/src/core/config/globs';
import { findConfigPath, isIgnored, keyForCall, relativeToConfig } from '../../server/src/core/config/resolve';
import type { KeyConfig } from '../../server/src/core/config/schema';

describe('findConfigPath', () => {
  const posix = new Set(['/repo/klaviyo.keys.json', '/repo/apps/web/klaviyo.keys.json']);
  const has = (s: Set<string>) => (p: string) => s.has(p);

  const cases: { name: string; dir: string; root: string; files: Set<string>; expected: string | null }[] = [
    { name: 'the folder itself', dir: '/repo/apps/web', root: '/repo', files: posix, expected: '/repo/apps/web/klaviyo.keys.json' },
    { name: 'the nearest ancestor', dir: '/repo/apps/web/src/deep', root: '/repo', files: posix, expected: '/repo/apps/web/klaviyo.keys.json' },
    { name: 'up to the root', dir: '/repo/apps/admin/src', root: '/repo', files: posix, expected: '/repo/klaviyo.keys.json' },
    { name: 'not above the root', dir: '/repo/apps/admin', root: '/repo/apps', files: posix, expected: null },
    { name: 'nothing outside the root', dir: '/elsewhere/x', root: '/repo', files: posix, expected: null },
    { name: 'a sibling that shares a prefix is outside', dir: '/repo2/x', root: '/repo', files: new Set(['/repo2/x/klaviyo.keys.json']), expected: null },
    { name: 'trailing slashes and dots', dir: '/repo/apps/./web/', root: '/repo/', files: posix, expected: '/repo/apps/web/klaviyo.keys.json' },
    { name: 'Windows paths', dir: 'C:\\work\\repo\\apps\\web', root: 'C:\\work\\repo', files: new Set(['C:\\work\\repo\\klaviyo.keys.json']), expected: 'C:\\work\\repo\\klaviyo.keys.json' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.equal(findConfigPath(c.dir, c.root, has(c.files)), c.expected);
    });
  }

  it('compares Windows folders case-insensitively and stops at the root', () => {
    const probed: string[] = [];
    assert.equal(findConfigPath('c:\\Work\\Repo\\src', 'C:\\work\\repo', (p) => (probed.push(p), false)), null);
    // The probes spell folders as the file's path does; the file system decides about case.
    assert.deepEqual(probed, ['c:\\Work\\Repo\\src\\klaviyo.keys.json', 'c:\\Work\\Repo\\klaviyo.keys.json']);
  });

  it('stops at the first hit', () => {
    const probed: string[] = [];
    findConfigPath('/repo/a/b', '/repo', (p) => (probed.push(p), true));
    assert.deepEqual(probed, ['/repo/a/b/klaviyo.keys.json']);
  });
});

describe('keyForCall', () => {
  const dir = '/repo';
  const config: KeyConfig = {
    keys: [
      { name: 'storefront', scopes: ['profiles:write'], files: ['apps/storefront/**', '!apps/storefront/legacy/**'], env: ['KLAVIYO_STOREFRONT_KEY'] },
      { name: 'admin', scopes: ['lists:read'], files: ['apps/admin'], env: ['KLAVIYO_ADMIN_KEY'] },
      { name: 'jobs', scopes: ['events:write'], env: ['KLAVIYO_JOBS_KEY'] },
      { name: 'dotfiles', scopes: ['flows:read'], files: ['.github/**', 'tools/**/*.mjs'] },
    ],
  };
  const cases: { name: string; file: string; keyEnv?: string | null; key: string | null; reason: string }[] = [
    { name: 'env beats files', file: '/repo/apps/storefront/a.ts', keyEnv: 'KLAVIYO_ADMIN_KEY', key: 'admin', reason: 'env' },
    { name: 'env works anywhere', file: '/repo/scripts/job.ts', keyEnv: 'KLAVIYO_JOBS_KEY', key: 'jobs', reason: 'env' },
    { name: 'files when the env var is unknown', file: '/repo/apps/storefront/a.ts', keyEnv: 'SOMETHING_ELSE', key: 'storefront', reason: 'files' },
    { name: 'files when no env var is visible', file: '/repo/apps/storefront/src/deep/a.ts', keyEnv: null, key: 'storefront', reason: 'files' },
    { name: 'a negated glob excludes', file: '/repo/apps/storefront/legacy/old.ts', key: null, reason: 'none' },
    { name: 'a folder glob covers its contents', file: '/repo/apps/admin/src/x.ts', key: 'admin', reason: 'files' },
    { name: 'a folder glob is not a prefix match', file: '/repo/apps/administration/x.ts', key: null, reason: 'none' },
    { name: 'dot folders match', file: '/repo/.github/scripts/x.ts', key: 'dotfiles', reason: 'files' },
    { name: 'wildcards match dot folders', file: '/repo/tools/.bin/x.mjs', key: 'dotfiles', reason: 'files' },
    { name: 'nothing matches', file: '/repo/lib/x.ts', key: null, reason: 'none' },
    { name: 'outside the config folder', file: '/other/apps/storefront/a.ts', key: null, reason: 'none' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = keyForCall(config, dir, { file: c.file, keyEnv: c.keyEnv });
      assert.deepEqual({ key: r.key?.name ?? null, reason: r.reason }, { key: c.key, reason: c.reason });
    });
  }

  it('the first matching key wins', () => {
    const twice: KeyConfig = { keys: [{ name: 'a', scopes: [], files: ['**'] }, { name: 'b', scopes: [], files: ['src/**'] }] };
    assert.equal(keyForCall(twice, dir, { file: '/repo/src/x.ts' }).key?.name, 'a');
  });

  it('a single key without files or env serves every file', () => {
    const single: KeyConfig = { keys: [{ name: 'only', scopes: ['lists:read'] }] };
    assert.deepEqual(keyForCall(single, dir, { file: '/repo/any/where.ts' }).reason, 'single');
    assert.deepEqual(keyForCall(single, dir, { file: '/repo/x.ts', keyEnv: 'UNRELATED' }).reason, 'single');
    assert.deepEqual(keyForCall({ keys: [{ name: 'only', scopes: [], files: [] }] }, dir, { file: '/repo/x.ts' }).reason, 'single');
  });

  it('a single key with files or env does not serve every file', () => {
    assert.equal(keyForCall({ keys: [{ name: 'k', scopes: [], files: ['a/**'] }] }, dir, { file: '/repo/b/x.ts' }).reason, 'none');
    assert.equal(keyForCall({ keys: [{ name: 'k', scopes: [], env: ['K'] }] }, dir, { file: '/repo/b/x.ts' }).reason, 'none');
    assert.equal(keyForCall({ keys: [{ name: 'k', scopes: [] }, { name: 'l', scopes: [] }] }, dir, { file: '/repo/b/x.ts' }).reason, 'none');
  });

  it('works with Windows paths', () => {
    const win: KeyConfig = { keys: [{ name: 'w', scopes: [], files: ['apps/web/**'] }] };
    assert.equal(keyForCall(win, 'C:\\repo', { file: 'C:\\repo\\apps\\web\\a.ts' }).key?.name, 'w');
    assert.equal(relativeToConfig('C:\\repo', 'C:\\repo\\apps\\web\\a.ts'), 'apps/web/a.ts');
    assert.equal(relativeToConfig('C:\\repo', 'D:\\repo\\a.ts'), null);
  });

  it('relativeToConfig gives the same answer on its prefix fast path and through path.relative', () => {
    const cases: [string, string, string | null][] = [
      ['/repo', '/repo/apps/a.ts', 'apps/a.ts'],
      ['/repo', '/repo', ''],
      ['/repo', '/repository/a.ts', null],
      ['/repo', '/other/a.ts', null],
      ['/repo/', '/repo/a.ts', 'a.ts'],
      ['/repo', '/repo/./apps/../a.ts', 'a.ts'],
      ['/repo/apps/..', '/repo/a.ts', 'a.ts'],
      ['/repo', '/repo//a.ts', 'a.ts'],
      ['/repo', '/repo/.github/x.ts', '.github/x.ts'],
      ['/repo', '/repo/..a/x.ts', '..a/x.ts'],
      // A trailing slash takes the path.relative route: a folder named "..a" is still inside.
      ['/repo/', '/repo/..a/x.ts', '..a/x.ts'],
      ['/repo/', '/x/../a.ts', null],
    ];
    for (const [dir, file, want] of cases) assert.equal(relativeToConfig(dir, file), want, `${dir} ${file}`);
  });
});

describe('isIgnored', () => {
  const config: KeyConfig = { keys: [], ignore: ['**/fixtures/**', 'vendor', '!vendor/ours/**', './generated/*.ts'] };
  const cases: [string, boolean][] = [
    ['/repo/test/fixtures/a.ts', true],
    ['/repo/fixtures/a.ts', true],
    ['/repo/vendor/lib/a.js', true],
    ['/repo/vendor/ours/a.js', false],
    ['/repo/generated/api.ts', true],
    ['/repo/generated/sub/api.ts', false],
    ['/repo/src/a.ts', false],
    ['/elsewhere/fixtures/a.ts', false],
  ];
  for (const [file, expected] of cases) {
    it(`${file} -> ${expected}`, () => assert.equal(isIgnored(config, '/repo', file), expected));
  }
  it('ignores nothing without "ignore"', () => assert.equal(isIgnored({ keys: [] }, '/repo', '/repo/fixtures/a.ts'), false));
  it('skips globs with bad syntax rather than matching everything', () => {
    const m = compileGlobs(['src/[bad', 'lib/**']);
    assert.equal(m('src/[bad'), false);
    assert.equal(m('lib/a.ts'), true);
  });
});
