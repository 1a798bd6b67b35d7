import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS, parseSettings } from '../../server/src/lsp/settings';

describe('settings: parseSettings', () => {
  it('accepts valid settings without problems', () => {
    const { settings, problems } = parseSettings({ enable: false, maxFileSize: 4096, exclude: ['gen/**'], diagnostics: { missingScope: 'warning', excessScope: 'off' } });
    assert.deepEqual(problems, []);
    assert.equal(settings.enable, false);
    assert.equal(settings.maxFileSize, 4096);
    assert.deepEqual(settings.exclude, ['gen/**']);
    assert.equal(settings.diagnostics.missingScope, 'warning');
    assert.equal(settings.diagnostics.excessScope, 'off');
    assert.equal(settings.diagnostics.noKey, DEFAULT_SETTINGS.diagnostics.noKey);
  });

  it('falls back to the default per invalid field and keeps the valid ones', () => {
    const { settings, problems } = parseSettings({
      enable: 'yes',
      maxFileSize: 10,
      exclude: ['ok/**'],
      diagnostics: { missingScope: 'loud', excessScope: 'hint', unknownScope: 3 },
    });
    assert.equal(settings.enable, DEFAULT_SETTINGS.enable);
    assert.equal(settings.maxFileSize, DEFAULT_SETTINGS.maxFileSize);
    assert.deepEqual(settings.exclude, ['ok/**']);
    assert.equal(settings.diagnostics.missingScope, 'error');
    assert.equal(settings.diagnostics.excessScope, 'hint');
    assert.equal(settings.diagnostics.unknownScope, 'error');
    const named = problems.map((p) => p.split(':')[0]).sort();
    assert.deepEqual(named, [
      'klaviyoScopes.diagnostics.missingScope',
      'klaviyoScopes.diagnostics.unknownScope',
      'klaviyoScopes.enable',
      'klaviyoScopes.maxFileSize',
    ]);
  });

  it('falls back to all defaults for something that is not an object', () => {
    for (const raw of [undefined, null, 42, 'settings', []]) {
      assert.deepEqual(parseSettings(raw).settings, DEFAULT_SETTINGS, JSON.stringify(raw));
    }
  });

  it('falls back to default severities when diagnostics is not an object', () => {
    const { settings, problems } = parseSettings({ diagnostics: 'off' });
    assert.deepEqual(settings.diagnostics, DEFAULT_SETTINGS.diagnostics);
    assert.equal(problems.length, 1);
  });

  it('ignores keys it does not know, such as the client-only trace setting', () => {
    const { settings, problems } = parseSettings({ enable: true, trace: { server: 'verbose' }, diagnostics: { someFutureCode: 'off' } });
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, DEFAULT_SETTINGS);
  });
});
