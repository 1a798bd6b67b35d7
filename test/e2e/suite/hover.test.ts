import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fileUri, lineOf, ours, restore, show, waitForDiagnostics } from './helpers';

const text = (h: vscode.Hover): string => h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');

describe('hover', () => {
  before(() => restore());

  it('shows the operation, its scopes and which the key lacks', async () => {
    const uri = fileUri('analytics/daily-revenue.js');
    const { document } = await show('analytics/daily-revenue.js');
    await waitForDiagnostics(uri, () => ours(uri, 'missing-scope').length > 0, 'the analysis of the file');
    const line = lineOf(document, "klaviyo.get('/events?include=profile'");
    const character = document.lineAt(line).text.indexOf('klaviyo.get') + 'klaviyo.g'.length;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, character));
    const all = hovers.map(text).join('\n---\n');
    assert.match(all, /get_events/);
    assert.match(all, /`events:read` ✓/);
    assert.match(all, /profiles:read/);
    assert.match(all, /back-office/);
  });
});
