import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fileUri, ours, restore, show, waitForDiagnostics } from './helpers';

const CONFIG = 'klaviyo.keys.json';
const FILE = 'analytics/daily-revenue.js';

describe('generate config', () => {
  before(() => restore(CONFIG, FILE));
  after(() => restore(CONFIG, FILE));

  it('writes a klaviyo.keys.json under which no call of back-office lacks a scope', async () => {
    const uri = fileUri(FILE);
    const editor = await show(FILE);
    await waitForDiagnostics(uri, () => ours(uri, 'missing-scope').length === 1, 'the missing-scope diagnostic');
    // A second missing scope for the same key, in the unsaved text: lists need lists:read.
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((e) => e.insert(end, "\nasync function lists() {\n  return klaviyo.get('/lists');\n}\n"));
    await editor.document.save();
    await waitForDiagnostics(uri, () => ours(uri, 'missing-scope').length === 2, 'two missing-scope diagnostics');

    // { apply: true } writes the proposal without the diff and the question (a person would click Apply).
    await vscode.commands.executeCommand('klaviyoScopes.generateConfig', { apply: true });

    const config = (await vscode.workspace.openTextDocument(fileUri(CONFIG))).getText();
    const backOffice = config.slice(config.indexOf('"back-office"'), config.indexOf('"shop-plugin"'));
    assert.match(backOffice, /"profiles:read"/);
    assert.match(backOffice, /"lists:read"/);
    // Comments survive: the generator merges, it does not rewrite.
    assert.match(config, /Never put a key value here/);
    await waitForDiagnostics(uri, () => ours(uri, 'missing-scope').length === 0, 'every missing-scope diagnostic to go away');

    // Nothing else of back-office's is left: its other file, and the key in the config (which the
    // command opened; the storefront key's excess scope shows there once the scan is complete).
    const gdpr = fileUri('gdpr/delete-profile.ts');
    await show('gdpr/delete-profile.ts');
    await waitForDiagnostics(gdpr, () => ours(gdpr, 'legacy-endpoint').length > 0, 'the analysis of gdpr/delete-profile.ts');
    assert.deepEqual(ours(gdpr, 'missing-scope'), []);
    const configUri = fileUri(CONFIG);
    await show(CONFIG);
    await waitForDiagnostics(configUri, () => ours(configUri, 'excess-scope').length > 0, 'the config\'s diagnostics');
    assert.deepEqual(ours(configUri).filter((d) => d.message.includes('back-office')).map((d) => d.message), []);
  });
});
