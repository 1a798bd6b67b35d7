import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fileUri, ours, restore, show, waitForDiagnostics } from './helpers';

const CONFIG = 'klaviyo.keys.json';

describe('quick fix', () => {
  before(() => restore(CONFIG));
  after(() => restore(CONFIG));

  it('adds the missing scope to klaviyo.keys.json, and the diagnostic goes away', async () => {
    const uri = fileUri('analytics/daily-revenue.js');
    await show('analytics/daily-revenue.js');
    const [missing] = await waitForDiagnostics(uri, () => ours(uri, 'missing-scope').length > 0, 'the missing-scope diagnostic')
      .then(() => ours(uri, 'missing-scope'));

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, missing.range, vscode.CodeActionKind.QuickFix.value);
    // The title says the file is not the key; once applied, the fix offers the new key to create.
    const fix = actions.find((a) => a.title === 'Add profiles:read to key "back-office" in klaviyo.keys.json (then create a new key in Klaviyo)');
    assert.ok(fix?.edit, `no add-scope fix among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.command?.command, 'klaviyoScopes.createKey');
    assert.equal((fix.command?.arguments?.[0] as { url: string }).url, 'https://www.klaviyo.com/create-private-api-key?scopes=data-privacy:write,events:read,metrics:read,profiles:read');
    const create = actions.find((a) => a.title === 'Create key "back-office" in Klaviyo with these 4 scopes');
    assert.ok(create?.command && !create.edit, `no create-key action among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok((await vscode.commands.getCommands(true)).includes('klaviyoScopes.createKey'), 'the client registers the command the fix runs');

    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    const config = await vscode.workspace.openTextDocument(fileUri(CONFIG));
    await config.save();
    const backOffice = config.getText().slice(config.getText().indexOf('"back-office"'), config.getText().indexOf('"shop-plugin"'));
    assert.match(backOffice, /"profiles:read"/);

    await waitForDiagnostics(uri, () => ours(uri, 'missing-scope').length === 0, 'the missing-scope diagnostic to go away');
  });
});
