import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fileUri, lineOf, ours, restore, show, waitForDiagnostics } from './helpers';

const FILE = 'analytics/daily-revenue.js';

describe('editing', () => {
  before(() => restore(FILE));
  after(() => restore(FILE));

  it('updates the diagnostics as the unsaved text changes', async () => {
    const uri = fileUri(FILE);
    const editor = await show(FILE);
    await waitForDiagnostics(uri, () => ours(uri, 'missing-scope').length === 1, 'the missing-scope diagnostic');

    // Without include=profile the call needs only events:read, which back-office has.
    const line = lineOf(editor.document, '?include=profile');
    const at = editor.document.lineAt(line).text.indexOf('?include=profile');
    await editor.edit((e) => e.delete(new vscode.Range(line, at, line, at + '?include=profile'.length)));
    assert.equal(editor.document.isDirty, true);
    await waitForDiagnostics(uri, () => ours(uri, 'missing-scope').length === 0, 'the diagnostic to go with the include');

    // And back: undo brings the include and the diagnostic back.
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(uri, () => ours(uri, 'missing-scope').length === 1, 'the diagnostic to come back');
    await editor.document.save();
  });
});
