// Edits in the editor (unsaved), across modules and in klaviyo.keys.json, and changes on disk
// reported with workspace/didChangeWatchedFiles: the next request sees them.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { startSession, type Session } from './harness';
import { A, messageOf, positionIn, rangeOf, removeWorkspaces, workspace } from './workspaces';

const summary = (diags: Diagnostic[]): [string, string[] | string | undefined][] =>
  diags.map((d) => [String(d.code), (d.data as { scopes?: string[]; reason?: string } | undefined)?.scopes ?? (d.data as { reason?: string } | undefined)?.reason]);

const CONFIG = `{
  "keys": [
    { "name": "app", "scopes": ["lists:read"] }
  ]
}
`;

async function session(files: Record<string, string>, settings?: Record<string, unknown>): Promise<{ s: Session; dir: string; file: (rel: string) => string }> {
  const dir = workspace(files);
  const s = await startSession([dir], { settings });
  await s.scanned;
  return { s, dir, file: (rel) => path.join(dir, rel) };
}

describe('edits in the editor', () => {
  after(removeWorkspaces);

  it('unsaved text is analyzed: a removed call goes, an added call needing a new scope is reported where it now is', async () => {
    const code = `export const lists = () => fetch('${A}/api/lists');\nexport const profiles = () => fetch('${A}/api/profiles');\n`;
    const { s, file } = await session({ 'klaviyo.keys.json': CONFIG, 'src/a.ts': code });
    try {
      const a = file('src/a.ts');
      await s.open(a, code);
      assert.deepEqual(summary(await s.diagnostics(a)), [['missing-scope', ['profiles:read']]]);

      const edited = `// segments now\nexport const lists = () => fetch('${A}/api/lists');\nexport const segments = () => fetch('${A}/api/segments/S1');\n`;
      await s.change(a, edited);
      const diags = await s.diagnostics(a);
      assert.deepEqual(summary(diags), [['missing-scope', ['segments:read']]]);
      assert.deepEqual(diags[0].range, rangeOf(edited, `fetch('${A}/api/segments/S1')`));
      assert.equal(fs.readFileSync(a, 'utf8'), code, 'nothing was written to disk');
    } finally {
      s.dispose();
    }
  });

  it('an edit in a shared module changes the diagnostics of a file importing it', async () => {
    const config = JSON.stringify({ keys: [{ name: 'web', scopes: ['profiles:read'], env: ['KLAVIYO_WEB'] }, { name: 'jobs', scopes: ['events:read'], env: ['KLAVIYO_JOBS'] }] }, null, 2);
    const shared = `import { ApiKeySession, ProfilesApi } from 'klaviyo-api';
const s = new ApiKeySession(process.env.KLAVIYO_WEB!);
export const api = new ProfilesApi(s);
`;
    const page = `import { api } from './klaviyo';\nexport const load = () => api.getProfiles();\n`;
    const { s, file } = await session({ 'klaviyo.keys.json': config, 'src/klaviyo.ts': shared, 'src/page.ts': page });
    try {
      await s.open(file('src/page.ts'), page);
      await s.open(file('src/klaviyo.ts'), shared);
      assert.deepEqual(await s.diagnostics(file('src/page.ts')), [], 'served by "web", which grants profiles:read');

      await s.change(file('src/klaviyo.ts'), shared.replace('KLAVIYO_WEB', 'KLAVIYO_JOBS'));
      const diags = await s.diagnostics(file('src/page.ts'));
      assert.deepEqual(summary(diags), [['missing-scope', ['profiles:read']]]);
      assert.match(messageOf(diags[0]), /profiles:read.*key "jobs"/i);
      assert.deepEqual(diags[0].range, rangeOf(page, 'api.getProfiles()'));

      await s.change(file('src/klaviyo.ts'), `export const api = { getProfiles: () => [] };\n`);
      assert.deepEqual(await s.diagnostics(file('src/page.ts')), [], 'no longer a Klaviyo client');
    } finally {
      s.dispose();
    }
  });

  it('unsaved edits of klaviyo.keys.json re-check: the missing scope goes once added, and returns when the edit is discarded', async () => {
    const code = `export const profiles = () => fetch('${A}/api/profiles');\n`;
    const { s, file } = await session({ 'klaviyo.keys.json': CONFIG, 'src/a.ts': code });
    try {
      const config = file('klaviyo.keys.json');
      await s.open(config, CONFIG);
      assert.deepEqual(summary(await s.diagnostics(file('src/a.ts'))), [['missing-scope', ['profiles:read']]]);
      await s.change(config, CONFIG.replace('"lists:read"]', '"lists:read", "profiles:read"]'));
      assert.deepEqual(await s.diagnostics(file('src/a.ts')), []);
      assert.deepEqual(summary(await s.diagnostics(config)), [['excess-scope', undefined]], 'lists:read is now the unneeded one');
      await s.close(config);
      assert.deepEqual(summary(await s.diagnostics(file('src/a.ts'))), [['missing-scope', ['profiles:read']]], 'back to the text on disk');
    } finally {
      s.dispose();
    }
  });

  it('a config broken for a while: invalid-config meanwhile, files get no-key, the server keeps serving; fixed, all is back', async () => {
    const code = `export const profiles = () => fetch('${A}/api/profiles');\n`;
    const { s, file } = await session({ 'klaviyo.keys.json': CONFIG, 'src/a.ts': code });
    try {
      const config = file('klaviyo.keys.json');
      const a = file('src/a.ts');
      await s.open(config, CONFIG);
      await s.open(a, code);
      const broken = CONFIG.replace('"lists:read"]', '"lists:read", ]]');
      await s.change(config, broken);
      const problems = await s.diagnostics(config);
      assert.ok(problems.length > 0 && problems.every((d) => d.code === 'invalid-config'), JSON.stringify(summary(problems)));
      // The trailing comma is allowed; the second bracket is the error.
      const at = rangeOf(broken, ']]').start;
      assert.deepEqual(problems[0].range.start, { line: at.line, character: at.character + 1 });
      assert.deepEqual(summary(await s.diagnostics(a)), [['no-key', 'config-error']]);
      assert.match(JSON.stringify((await s.hover(a, positionIn(code, 'fetch(')))?.contents), /Get Profiles/);
      assert.deepEqual(await s.codeLenses(config), []);

      await s.change(config, CONFIG.replace('"lists:read"]', '"lists:read", "profiles:read"]'));
      assert.deepEqual(summary(await s.diagnostics(config)), [['excess-scope', undefined]]);
      assert.deepEqual(await s.diagnostics(a), []);
      // The key's stats, and (it now grants more than it needs) the way to a least-privilege key.
      assert.deepEqual((await s.codeLenses(config)).map((l) => l.command?.command), ['klaviyoScopes.showReport', 'klaviyoScopes.createKey']);
    } finally {
      s.dispose();
    }
  });

  it('a file under node_modules opened and edited in the editor is not analyzed', async () => {
    const code = `export const lists = () => fetch('${A}/api/lists');\n`;
    const sdk = `export const get = () => fetch('${A}/api/profiles');\n`;
    const { s, file } = await session({ 'klaviyo.keys.json': CONFIG, 'src/a.ts': code, 'node_modules/some-sdk/index.js': sdk });
    try {
      const config = file('klaviyo.keys.json');
      await s.open(config, CONFIG);
      const before = (await s.codeLenses(config))[0].command?.title;
      assert.equal(before, '1 call · 1 scope needed · 0 missing · 0 excess');
      const vendored = file('node_modules/some-sdk/index.js');
      await s.open(vendored, sdk);
      await s.change(vendored, sdk + `export const post = () => fetch('${A}/api/events', { method: 'POST' });\n`);
      assert.deepEqual(await s.diagnostics(vendored), []);
      assert.equal((await s.codeLenses(config))[0].command?.title, before);
      const rescanned = await s.command<{ files: number; calls: number }>('klaviyoScopes.rescan');
      assert.deepEqual(rescanned, { files: 1, calls: 1 }, 'not even after a rescan with the file open');
    } finally {
      s.dispose();
    }
  });

  it('a file matched by the config\'s "ignore" (or the "exclude" setting) stays out when edited', async () => {
    const config = JSON.stringify({ keys: [{ name: 'app', scopes: ['lists:read'] }], ignore: ['fixtures/**'] }, null, 2);
    const code = `export const lists = () => fetch('${A}/api/lists');\n`;
    const fixture = `export const sample = () => fetch('${A}/api/profiles');\n`;
    const { s, file } = await session({ 'klaviyo.keys.json': config, 'src/a.ts': code, 'fixtures/sample.ts': fixture, 'generated/x.ts': fixture }, { exclude: ['generated/**'] });
    try {
      for (const rel of ['fixtures/sample.ts', 'generated/x.ts']) {
        const f = file(rel);
        await s.open(f, fixture);
        await s.change(f, fixture + `export const more = () => fetch('${A}/api/segments');\n`);
        assert.deepEqual(await s.diagnostics(f), [], rel);
      }
      await s.open(file('klaviyo.keys.json'), config);
      assert.equal((await s.codeLenses(file('klaviyo.keys.json')))[0].command?.title, '1 call · 1 scope needed · 0 missing · 0 excess');
      assert.equal(s.statuses.at(-1)?.calls, 1);
    } finally {
      s.dispose();
    }
  });
});

describe('rescans and skipped files', () => {
  after(removeWorkspaces);

  it('"Rescan Workspace" reads the disk again, even for changes no watcher reported', async () => {
    const { s, file } = await session({ 'klaviyo.keys.json': CONFIG, 'src/a.ts': `export const lists = () => fetch('${A}/api/lists');\n` });
    try {
      assert.deepEqual(await s.diagnostics(file('src/a.ts')), []);
      // As after a branch switch the client's watcher missed.
      fs.writeFileSync(file('src/a.ts'), `export const flows = () => fetch('${A}/api/flows');\n`);
      fs.writeFileSync(file('klaviyo.keys.json'), CONFIG.replace('"lists:read"', '"lists:read", "segments:read"'));
      await s.command('klaviyoScopes.rescan');
      assert.deepEqual(summary(await s.diagnostics(file('src/a.ts'))), [['missing-scope', ['flows:read']]]);
      assert.equal(s.statuses.at(-1)?.missing, 1);
      const excess = (await s.diagnostics(file('klaviyo.keys.json'))).map((d) => (d.data as { scope: string }).scope);
      assert.deepEqual(excess, ['lists:read', 'segments:read']);
    } finally {
      s.dispose();
    }
  });

  it('a file over maxFileSize stays skipped when edited in the editor', async () => {
    const big = `export const lists = () => fetch('${A}/api/profiles');\n` + `// ${'x'.repeat(100)}\n`.repeat(12);
    const { s, file } = await session({ 'klaviyo.keys.json': CONFIG, 'src/big.ts': big }, { maxFileSize: 1024 });
    try {
      const f = file('src/big.ts');
      assert.deepEqual(await s.diagnostics(f), [], 'skipped by the scan');
      await s.open(f, big);
      await s.change(f, big + `export const flows = () => fetch('${A}/api/flows');\n`);
      assert.deepEqual(await s.diagnostics(f), [], 'still skipped after an edit');
      assert.equal(s.statuses.at(-1)?.calls, 0);
    } finally {
      s.dispose();
    }
  });
});

describe('changes on disk (workspace/didChangeWatchedFiles)', () => {
  after(removeWorkspaces);

  it('a created, changed and deleted source file', async () => {
    const { s, file } = await session({ 'klaviyo.keys.json': CONFIG, 'src/a.ts': `export const lists = () => fetch('${A}/api/lists');\n` });
    try {
      const b = file('src/b.ts');
      fs.writeFileSync(b, `export const flows = () => fetch('${A}/api/flows');\n`);
      assert.equal((await s.watched([{ file: b, type: 1 }])).calls, 2);
      assert.deepEqual(summary(await s.diagnostics(b)), [['missing-scope', ['flows:read']]]);

      fs.writeFileSync(b, `export const lists2 = () => fetch('${A}/api/lists/L2');\n`);
      await s.watched([{ file: b, type: 2 }]);
      assert.deepEqual(await s.diagnostics(b), []);
      assert.equal(s.statuses.at(-1)?.missing, 0);

      fs.writeFileSync(b, `export const flows = () => fetch('${A}/api/flows');\n`);
      await s.watched([{ file: b, type: 2 }]);
      fs.rmSync(b);
      const status = await s.watched([{ file: b, type: 3 }]);
      assert.deepEqual([status.calls, status.missing], [1, 0]);
      assert.deepEqual(await s.diagnostics(b), []);
    } finally {
      s.dispose();
    }
  });

  it('klaviyo.keys.json created and then changed on disk', async () => {
    const code = `export const profiles = () => fetch('${A}/api/profiles');\n`;
    const { s, file } = await session({ 'src/a.ts': code });
    try {
      const a = file('src/a.ts');
      const config = file('klaviyo.keys.json');
      assert.deepEqual(summary(await s.diagnostics(a)), [['no-key', 'no-config']]);
      fs.writeFileSync(config, CONFIG);
      assert.equal((await s.watched([{ file: config, type: 1 }])).keys, 1);
      assert.deepEqual(summary(await s.diagnostics(a)), [['missing-scope', ['profiles:read']]]);
      fs.writeFileSync(config, CONFIG.replace('"lists:read"', '"profiles:read"'));
      assert.equal((await s.watched([{ file: config, type: 2 }])).missing, 0);
      assert.deepEqual(await s.diagnostics(a), []);
    } finally {
      s.dispose();
    }
  });
});
