// Fix all (`source.fixAll.klaviyoScopes`, what `editor.codeActionsOnSave` runs), inline
// suppressions and the baseline in the editor: each edit applied as a client would, the whole text compared.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-protocol';
import { CLI } from '../support/cli-run';
import { startSession, type Session } from './harness';
import { A, applyEdit, read, removeWorkspaces, workspace } from './workspaces';

const FIX_ALL = 'source.fixAll.klaviyoScopes';
const CONFIG = `{
  "keys": [
    {
      "name": "web",
      "scopes": ["List Read", "campaigns:read"], // granted in 2024
      "files": ["src/**"]
    }
  ]
}
`;
const WEB = `export const lists = () => fetch('${A}/api/lists');
export const segments = () => fetch('${A}/api/segments');
export const flows = () => fetch('${A}/api/flows');
`;
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

async function open(files: Record<string, string>): Promise<{ s: Session; config: string; web: string }> {
  const dir = workspace({ 'klaviyo.keys.json': CONFIG, 'src/web.ts': WEB, ...files });
  const s = await startSession([dir]);
  await s.scanned;
  const config = path.join(dir, 'klaviyo.keys.json');
  const web = path.join(dir, 'src/web.ts');
  await s.open(config, read(config));
  await s.open(web, read(web));
  return { s, config, web };
}

describe('fix all', () => {
  after(removeWorkspaces);

  it('on a source file: adds every missing scope of its calls to the key, one action, nothing removed', async () => {
    const { s, config, web } = await open({});
    try {
      const actions = await s.codeActions(web, WHOLE, [], [FIX_ALL]);
      assert.deepEqual(actions.map((a) => a.kind), [FIX_ALL]);
      const next = applyEdit(CONFIG, actions[0].edit, config);
      assert.equal(next, CONFIG.replace('"campaigns:read"], // granted', '"campaigns:read", "flows:read", "segments:read"], // granted'));
      await s.change(config, next);
      assert.deepEqual((await s.diagnostics(web)).filter((d) => d.code === 'missing-scope'), []);
      assert.ok((await s.diagnostics(config)).some((d) => d.code === 'excess-scope'), 'the unneeded scope is still there: fix all never removes one');
    } finally {
      s.dispose();
    }
  });

  it('on klaviyo.keys.json: old spellings become today\'s; asked with `source`, it is there too; never in a plain light bulb', async () => {
    const { s, config } = await open({});
    try {
      const [action] = await s.codeActions(config, WHOLE, [], ['source']);
      assert.equal(action?.kind, FIX_ALL);
      assert.equal(applyEdit(CONFIG, action.edit, config), CONFIG.replace('"List Read"', '"lists:read"'));
      const bulb = await s.codeActions(config, WHOLE, []);
      assert.ok(!bulb.some((a) => a.kind === FIX_ALL));
    } finally {
      s.dispose();
    }
  });

  it('has nothing to offer when nothing is safely fixable', async () => {
    const { s, web } = await open({ 'klaviyo.keys.json': CONFIG.replace('"List Read", "campaigns:read"', '"lists:read", "segments:read", "flows:read"') });
    try {
      assert.deepEqual(await s.codeActions(web, WHOLE, [], [FIX_ALL]), []);
    } finally {
      s.dispose();
    }
  });
});

describe('inline suppressions in the editor', () => {
  after(removeWorkspaces);

  it('an accepted finding is not shown; an unused directive is, faded, and follows edits', async () => {
    const text = WEB.replace("api/segments');", "api/segments'); // klaviyo-scopes-ignore missing-scope -- segments are read by the ops key")
      + '// klaviyo-scopes-ignore-next-line no-key -- stale\nexport const x = 1;\n';
    const { s, web } = await open({ 'src/web.ts': text });
    try {
      const diags = await s.diagnostics(web);
      const missing = diags.filter((d) => d.code === 'missing-scope').map((d) => (d.data as { scopes: string[] }).scopes[0]);
      assert.deepEqual(missing, ['flows:read']);
      const unused = diags.filter((d) => d.code === 'unused-suppression');
      assert.deepEqual(unused.map((d) => [d.range.start.line, d.message]), [[3, 'klaviyo-scopes-ignore-next-line no-key suppresses nothing: no no-key finding starts on the next line.']]);
      assert.deepEqual(unused[0].tags, [DiagnosticTag.Unnecessary]);
      const [remove] = await s.codeActions(web, unused[0].range, [unused[0]]);
      assert.equal(remove?.title, 'Remove the unused suppression');
      assert.equal(applyEdit(text, remove.edit, web), text.replace('// klaviyo-scopes-ignore-next-line no-key -- stale\n', ''));
      // The reason deleted: the directive stops accepting, and says why.
      await s.change(web, text.replace(' -- segments are read by the ops key', ''));
      const after = await s.diagnostics(web);
      assert.deepEqual(after.filter((d) => d.code === 'missing-scope').length, 2);
      assert.ok(after.some((d) => d.code === 'invalid-suppression' && d.range.start.line === 1));
    } finally {
      s.dispose();
    }
  });
});

describe('a baseline in the editor', () => {
  after(removeWorkspaces);

  it('findings the baseline holds are shown at baselineSeverity and marked; new ones at their own; a broken baseline is a problem on it', async () => {
    const dir = workspace({ 'klaviyo.keys.json': CONFIG.replace('"List Read", ', ''), 'src/web.ts': WEB });
    const made = spawnSync(process.execPath, [CLI, 'baseline'], { cwd: dir, encoding: 'utf8' });
    assert.equal(made.status, 0, made.stderr);
    const web = path.join(dir, 'src/web.ts');
    fs.appendFileSync(web, `export const tags = () => fetch('${A}/api/tags');\n`);
    const s = await startSession([dir]);
    try {
      await s.scanned;
      await s.open(web, read(web));
      const missing = (await s.diagnostics(web)).filter((d) => d.code === 'missing-scope').map((d) => [(d.data as { scopes: string[] }).scopes[0], d.severity, String(d.message).endsWith('(in the baseline)')]);
      assert.deepEqual(missing, [['lists:read', DiagnosticSeverity.Hint, true], ['segments:read', DiagnosticSeverity.Hint, true], ['flows:read', DiagnosticSeverity.Hint, true], ['tags:read', DiagnosticSeverity.Error, false]]);
      const baseline = path.join(dir, 'klaviyo-scopes.baseline.json');
      await s.open(baseline, '{ "version": 2, "findings": [] }');
      const problems = await s.diagnostics(baseline);
      assert.deepEqual(problems.map((d) => [d.code, d.range.start.character]), [['invalid-baseline', 13]]);
      assert.ok((await s.diagnostics(web)).filter((d) => d.code === 'missing-scope').every((d) => d.severity === DiagnosticSeverity.Error), 'a broken baseline holds nothing');
    } finally {
      s.dispose();
    }
  });
});
