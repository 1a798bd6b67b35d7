import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fileUri, ours, restore, show, waitForDiagnostics } from './helpers';

const span = (r: vscode.Range): number[] => [r.start.line, r.start.character, r.end.line, r.end.character];

describe('diagnostics', () => {
  before(() => restore());

  it('shows the whole workspace in Problems before any file is opened: the excess scope in the config too', async () => {
    const config = fileUri('klaviyo.keys.json');
    const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === config.toString());
    assert.equal(open, false, 'the config is not open');
    await waitForDiagnostics(config, () => ours(config, 'excess-scope').length > 0, 'the excess-scope diagnostic of the unopened config');
    const missing = fileUri('analytics/daily-revenue.js');
    await waitForDiagnostics(missing, () => ours(missing, 'missing-scope').length > 0, 'the missing-scope diagnostic of an unopened file');
  });

  it('reports the scope back-office lacks for include=profile, on the call', async () => {
    const uri = fileUri('analytics/daily-revenue.js');
    await show('analytics/daily-revenue.js');
    await waitForDiagnostics(uri, () => ours(uri, 'missing-scope').length > 0, 'the missing-scope diagnostic');
    const [d, ...more] = ours(uri, 'missing-scope');
    assert.equal(more.length, 0);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    // Line 30 (1-based) from the start of `klaviyo.get(` to the end of the call.
    assert.deepEqual(span(d.range), [29, 20, 29, 93]);
    assert.match(d.message, /^get_events needs profiles:read \(for include "profile"\), which key "back-office" .* does not grant\.$/);
  });

  it('flags the retired v2 call in gdpr/delete-profile.ts as legacy and names its replacement', async () => {
    const uri = fileUri('gdpr/delete-profile.ts');
    await show('gdpr/delete-profile.ts');
    await waitForDiagnostics(uri, () => ours(uri, 'legacy-endpoint').length > 0, 'the legacy-endpoint diagnostic');
    const [d] = ours(uri, 'legacy-endpoint');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepEqual([d.range.start.line, d.range.start.character], [26, 8]);
    assert.match(d.message, /retired v1\/v2 API; use request_profile_deletion instead/);
    // The rest of that file is served by back-office's data-privacy:write: nothing missing.
    assert.deepEqual(ours(uri, 'missing-scope'), []);
  });
});
