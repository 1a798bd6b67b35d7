import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { PACKAGE_JSON_PATH, renderConfiguration, renderPackageJson } from '../../scripts/generate-settings';
import { DIAGNOSTIC_CODES } from '../../server/src/core/diagnostic-codes';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';

const text = readFileSync(PACKAGE_JSON_PATH, 'utf8');
const pkg = JSON.parse(text) as { contributes: { configuration: ReturnType<typeof renderConfiguration> } };
const properties = pkg.contributes.configuration.properties;

describe('settings: package.json contributes.configuration', () => {
  it('is what scripts/generate-settings.ts generates from the server schema', () => {
    assert.deepEqual(pkg.contributes.configuration, JSON.parse(JSON.stringify(renderConfiguration())),
      'package.json contributes.configuration differs from server/src/lsp/settings.ts: run `npm run settings`');
  });

  it('the generator only replaces contributes.configuration', () => {
    const before = JSON.parse(text) as Record<string, unknown> & { contributes: Record<string, unknown> };
    const after = JSON.parse(renderPackageJson(text)) as typeof before;
    assert.deepEqual(Object.keys(after), Object.keys(before));
    assert.deepEqual(Object.keys(after.contributes), Object.keys(before.contributes));
    assert.deepEqual({ ...after, contributes: { ...after.contributes, configuration: null } }, { ...before, contributes: { ...before.contributes, configuration: null } });
  });

  it('has one severity setting per diagnostic code, with the server default', () => {
    for (const d of DIAGNOSTIC_CODES) {
      const setting = properties[`klaviyoScopes.diagnostics.${d.setting}`];
      assert.ok(setting, d.code);
      assert.equal(setting.default, d.severity, d.code);
      assert.deepEqual(setting.enum, ['error', 'warning', 'information', 'hint', 'off'], d.code);
      assert.match(String(setting.markdownDescription), new RegExp(`\`${d.code}\``), d.code);
    }
  });

  it('flattens to dotted ids whose defaults are the server defaults', () => {
    assert.equal(properties['klaviyoScopes.enable'].default, DEFAULT_SETTINGS.enable);
    assert.equal(properties['klaviyoScopes.maxFileSize'].default, DEFAULT_SETTINGS.maxFileSize);
    assert.equal(properties['klaviyoScopes.maxFileSize'].type, 'integer');
    assert.equal(properties['klaviyoScopes.maxFileSize'].minimum, 1024);
    assert.equal(properties['klaviyoScopes.maxFileSize'].maximum, undefined, 'the safe-integer bound of .int() is left out');
    assert.deepEqual(properties['klaviyoScopes.exclude'].default, DEFAULT_SETTINGS.exclude);
    assert.equal(properties['klaviyoScopes.diagnostics'], undefined, 'objects are flattened, never a setting themselves');
    for (const [id, setting] of Object.entries(properties)) {
      assert.ok(typeof setting.description === 'string' && !String(setting.description).includes('`'), `${id}: plain description`);
    }
  });

  it('includes the language client trace setting', () => {
    assert.deepEqual(properties['klaviyoScopes.trace.server'].enum, ['off', 'messages', 'verbose']);
    assert.equal(properties['klaviyoScopes.trace.server'].default, 'off');
  });
});
