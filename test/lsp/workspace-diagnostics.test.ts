// Workspace diagnostics (workspace/diagnostic): every file's findings in Problems, open or not;
// unchanged files as `unchanged`, files whose findings are gone as an empty report.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { startSession, uri, type WorkspaceReport } from './harness';
import { A, EXAMPLES, removeWorkspaces, workspace } from './workspaces';

const codesByFile = (reports: WorkspaceReport[], root: string): Record<string, string[]> =>
  Object.fromEntries(reports.filter((r) => r.kind === 'full' && r.items?.length).map((r) => [
    path.relative(root, new URL(r.uri).pathname), (r.items ?? []).map((d) => String(d.code)).sort(),
  ]));

describe('workspace diagnostics', () => {
  after(removeWorkspaces);

  it('examples/: every finding of the workspace, no file opened', async () => {
    const s = await startSession([EXAMPLES]);
    try {
      await s.scanned;
      const byFile = codesByFile(await s.workspaceDiagnostics(), EXAMPLES);
      assert.deepEqual(byFile['klaviyo.keys.json'], ['excess-scope']);
      assert.ok(byFile['analytics/daily-revenue.js']?.includes('missing-scope'), JSON.stringify(byFile));
      assert.ok(byFile['gdpr/delete-profile.ts']?.includes('legacy-endpoint'), JSON.stringify(byFile));
      assert.equal(Object.values(byFile).flat().filter((c) => c === 'missing-scope' || c === 'excess-scope').length, 2);
    } finally {
      s.dispose();
    }
  });

  it('sends unchanged reports as such, follows edits, empties a fixed file, and honours problems: openFiles', async () => {
    const config = JSON.stringify({ keys: [{ name: 'app', scopes: ['lists:read'] }] }, null, 2);
    const dir = workspace({ 'klaviyo.keys.json': config, 'src/a.ts': `fetch('${A}/api/lists');\nfetch('${A}/api/profiles');\n`, 'src/b.ts': `fetch('${A}/api/lists');\n` });
    const s = await startSession([dir]);
    try {
      await s.scanned;
      const first = await s.workspaceDiagnostics();
      const a = uri(path.join(dir, 'src/a.ts'));
      assert.deepEqual(codesByFile(first, dir), { 'src/a.ts': ['missing-scope'] });
      const ids = Object.fromEntries(first.filter((r) => r.resultId).map((r) => [r.uri, r.resultId as string]));
      const again = await s.workspaceDiagnostics(ids);
      assert.deepEqual(again.map((r) => r.kind), again.map(() => 'unchanged'));

      // Granting the scope in the file on disk (not open): a's findings are gone, and the client is told.
      const file = path.join(dir, 'klaviyo.keys.json');
      fs.writeFileSync(file, JSON.stringify({ keys: [{ name: 'app', scopes: ['lists:read', 'profiles:read'] }] }, null, 2));
      await s.watched([{ file, type: 2 }]);
      const after = await s.workspaceDiagnostics(ids);
      const aReport = after.find((r) => r.uri === a);
      assert.equal(aReport?.kind, 'full');
      assert.deepEqual(aReport?.items, []);

      s.settings = { problems: 'openFiles' };
      const refreshed = s.nextRefresh();
      await s.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await refreshed;
      assert.deepEqual((await s.workspaceDiagnostics()).filter((r) => r.items?.length), []);
    } finally {
      s.dispose();
    }
  });
});
