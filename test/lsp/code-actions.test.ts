// Quick fixes: each edit is applied to the document text exactly as a client would, the WHOLE
// resulting text is compared (comments and layout kept), and the result is sent back to check
// that the diagnostic it fixes is gone.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { startSession, uri, type Session } from './harness';
import { A, applyEdit, positionIn, read, removeWorkspaces, workspace } from './workspaces';

const CONFIG = `{
  // Keys of the shop. Never put a key value here.
  "keys": [
    {
      "name": "web",
      "scopes": ["lists:read", "profiles:write", "campaigns:read"], // granted in 2024
      "files": ["src/**"]
    },
    {
      "name": "jobs",
      "scopes": [
        "events:read", // nightly export
        "metrics:read"
      ],
      "files": ["jobs/**"]
    }
  ]
}
`;
const WEB = `export const lists = () => fetch('${A}/api/lists');
export const profiles = () => fetch('${A}/api/profiles');
export const segments = () => fetch('${A}/api/segments');
export const flows = () => fetch('${A}/api/flows');
`;
const JOBS = `export const events = () => fetch('${A}/api/events');\n`;

interface Fixture {
  s: Session;
  dir: string;
  config: string;
  web: string;
}

async function fixture(files: Record<string, string> = {}, openConfig = true): Promise<Fixture> {
  const dir = workspace({ 'klaviyo.keys.json': CONFIG, 'src/web.ts': WEB, 'jobs/export.ts': JOBS, ...files });
  const s = await startSession([dir]);
  await s.scanned;
  const config = path.join(dir, 'klaviyo.keys.json');
  const web = path.join(dir, 'src/web.ts');
  if (openConfig && fs.existsSync(config)) await s.open(config, read(config));
  await s.open(web, read(web));
  return { s, dir, config, web };
}

/** The diagnostics of `file` with this code (and, if given, about this scope), and their quick fixes. */
async function fixesFor(s: Session, file: string, code: string, scope?: string): Promise<{ diags: Diagnostic[]; actions: CodeAction[] }> {
  const all = await s.diagnostics(file);
  const diags = all.filter((d) => d.code === code && (!scope || JSON.stringify(d.data).includes(`"${scope}"`)));
  assert.ok(diags.length > 0, `a ${code} diagnostic${scope ? ` about ${scope}` : ''} in ${path.basename(file)}`);
  return { diags, actions: await s.codeActions(file, diags[0].range, [diags[0]]) };
}

const ADD_SEGMENTS = 'Add segments:read to key "web" in klaviyo.keys.json (then create a new key in Klaviyo)';
// The least privilege of key "web": what its four calls need (lists and profiles only read).
const WEB_SCOPES = ['flows:read', 'lists:read', 'profiles:read', 'segments:read'];
const WEB_KEY = { key: 'web', url: `https://www.klaviyo.com/create-private-api-key?scopes=${WEB_SCOPES.join(',')}`, scopes: WEB_SCOPES, betaOnly: [] };

const titled = (actions: CodeAction[], title: string): CodeAction => {
  const a = actions.find((x) => x.title === title);
  assert.ok(a, `"${title}" among ${JSON.stringify(actions.map((x) => x.title))}`);
  return a;
};

describe('quick fixes', () => {
  after(removeWorkspaces);

  it('add the missing scope: whole config text, comments kept; then the diagnostic is gone', async () => {
    const { s, config, web } = await fixture();
    try {
      const { actions } = await fixesFor(s, web, 'missing-scope', 'segments:read');
      const add = titled(actions, ADD_SEGMENTS);
      assert.equal(add.isPreferred, true);
      assert.equal(add.kind, 'quickfix');
      // Adding to the file is not adding to the key: once applied, the fix offers the new key.
      assert.equal(add.command?.command, 'klaviyoScopes.createKey');
      assert.deepEqual(add.command?.arguments, [{ ...WEB_KEY, notice: true }], "a notification, not a dialog, once the fix is applied");
      const create = titled(actions, 'Create key "web" in Klaviyo with these 4 scopes');
      assert.equal(create.edit, undefined);
      assert.deepEqual(create.command?.arguments, [WEB_KEY]);
      const next = applyEdit(CONFIG, add.edit, config);
      assert.equal(next, CONFIG.replace('"campaigns:read"], // granted', '"campaigns:read", "segments:read"], // granted'));
      await s.change(config, next);
      const left = (await s.diagnostics(web)).filter((d) => d.code === 'missing-scope');
      assert.deepEqual(left.map((d) => (d.data as { scopes: string[] }).scopes), [['flows:read']]);
    } finally {
      s.dispose();
    }
  });

  it('add all missing scopes of this file at once', async () => {
    const { s, config, web } = await fixture();
    try {
      const { actions } = await fixesFor(s, web, 'missing-scope', 'segments:read');
      const all = titled(actions, 'Add all missing scopes of this file (2)');
      assert.equal(all.diagnostics?.length, 2);
      const next = applyEdit(CONFIG, all.edit, config);
      assert.equal(next, CONFIG.replace('"campaigns:read"], // granted', '"campaigns:read", "flows:read", "segments:read"], // granted'));
      await s.change(config, next);
      assert.deepEqual((await s.diagnostics(web)).filter((d) => d.code === 'missing-scope'), []);
    } finally {
      s.dispose();
    }
  });

  it('remove an excess scope from an inline list: only that item and its comma go', async () => {
    const { s, config } = await fixture();
    try {
      const { actions } = await fixesFor(s, config, 'excess-scope', 'campaigns:read');
      const remove = titled(actions, 'Remove campaigns:read from this key');
      assert.equal(remove.isPreferred, true);
      const next = applyEdit(CONFIG, remove.edit, config);
      assert.equal(next, CONFIG.replace('"profiles:write", "campaigns:read"], // granted', '"profiles:write"], // granted'));
      await s.change(config, next);
      const excess = (await s.diagnostics(config)).filter((d) => d.code === 'excess-scope');
      assert.deepEqual(excess.map((d) => (d.data as { scope: string }).scope), ['profiles:write', 'metrics:read']);
    } finally {
      s.dispose();
    }
  });

  it('remove the last scope of a one-per-line list: its line goes, the previous item loses its comma, comments stay', async () => {
    const { s, config } = await fixture();
    try {
      const { actions } = await fixesFor(s, config, 'excess-scope', 'metrics:read');
      const next = applyEdit(CONFIG, titled(actions, 'Remove metrics:read from this key').edit, config);
      assert.equal(next, CONFIG.replace('"events:read", // nightly export\n        "metrics:read"\n', '"events:read" // nightly export\n'));
      await s.change(config, next);
      assert.ok(!(await s.diagnostics(config)).some((d) => JSON.stringify(d.data).includes('metrics:read')));
    } finally {
      s.dispose();
    }
  });

  it('replace X:write with X:read when the calls only read, in place', async () => {
    const { s, config } = await fixture();
    try {
      const { diags, actions } = await fixesFor(s, config, 'excess-scope', 'profiles:write');
      assert.equal((diags[0].data as { suffices: string }).suffices, 'profiles:read');
      const replace = titled(actions, 'Replace profiles:write with profiles:read');
      assert.equal(replace.isPreferred, true);
      assert.equal(titled(actions, 'Remove profiles:write from this key').isPreferred, false, 'removing alone would break the profiles call');
      const next = applyEdit(CONFIG, replace.edit, config);
      assert.equal(next, CONFIG.replace('"profiles:write"', '"profiles:read"'));
      await s.change(config, next);
      assert.ok(!(await s.diagnostics(config)).some((d) => JSON.stringify(d.data).includes('profiles:')));
    } finally {
      s.dispose();
    }
  });

  it('fix an unknown scope to the suggestion, and an old spelling to today\'s', async () => {
    const text = CONFIG.replace('"lists:read", "profiles:write"', '"List Read", "profile:wirte"');
    const { s, config, web } = await fixture({ 'klaviyo.keys.json': text });
    try {
      const unknown = await fixesFor(s, config, 'unknown-scope');
      const fixUnknown = titled(unknown.actions, 'Change to profiles:write');
      const once = applyEdit(text, fixUnknown.edit, config);
      assert.equal(once, text.replace('"profile:wirte"', '"profiles:write"'));
      await s.change(config, once);
      const old = await fixesFor(s, config, 'deprecated-scope');
      const twice = applyEdit(once, titled(old.actions, 'Change to lists:read').edit, config);
      assert.equal(twice, CONFIG);
      await s.change(config, twice);
      const left = (await s.diagnostics(config)).map((d) => d.code);
      assert.ok(!left.includes('unknown-scope') && !left.includes('deprecated-scope'), String(left));
      assert.ok((await s.diagnostics(web)).some((d) => d.code === 'missing-scope'), 'the key is checked again');
    } finally {
      s.dispose();
    }
  });

  it('rename a deprecated SDK method: the edit replaces the name with today\'s camelCase name', async () => {
    const code = `import { ApiKeySession, ListsApi } from 'klaviyo-api';
const lists = new ListsApi(new ApiKeySession(process.env.KLAVIYO_KEY!));
export const members = () => lists.getListProfiles('L1');
`;
    const { s, dir } = await fixture({ 'src/members.ts': code });
    const file = path.join(dir, 'src/members.ts');
    try {
      await s.open(file, code);
      const { actions } = await fixesFor(s, file, 'deprecated-alias');
      const rename = titled(actions, 'Rename to getProfilesForList');
      assert.equal(rename.isPreferred, true);
      const next = applyEdit(code, rename.edit, file);
      assert.equal(next, code.replace('lists.getListProfiles(', 'lists.getProfilesForList('));
      await s.change(file, next);
      assert.deepEqual(await s.diagnostics(file), [], 'no alias left, and "web" grants what the call needs');
      const hover = await s.hover(file, positionIn(next, 'getProfilesForList'));
      assert.match(JSON.stringify(hover?.contents), /get_profiles_for_list/, 'the renamed call is still recognized');
    } finally {
      s.dispose();
    }
  });

  it('create klaviyo.keys.json when there is none: CreateFile, then the least-privilege config inserted', async () => {
    const dir = workspace({ 'src/web.ts': WEB, 'jobs/export.ts': JOBS });
    const s = await startSession([dir]);
    const web = path.join(dir, 'src/web.ts');
    const config = path.join(dir, 'klaviyo.keys.json');
    try {
      await s.scanned;
      const { actions } = await fixesFor(s, web, 'no-key');
      const create = titled(actions, 'Create klaviyo.keys.json with the least-privilege scopes');
      const changes = create.edit?.documentChanges ?? [];
      assert.deepEqual(changes[0], { kind: 'create', uri: uri(config), options: { ignoreIfExists: true } });
      const insert = changes[1] as TextDocumentEdit;
      assert.deepEqual(insert.textDocument, { uri: uri(config), version: null });
      assert.deepEqual(insert.edits.map((e) => e.range), [{ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }]);
      const text = applyEdit('', create.edit, config);
      assert.equal(text, JSON.stringify({ keys: [{ name: 'default', scopes: ['events:read', 'flows:read', 'lists:read', 'profiles:read', 'segments:read'] }] }, null, 2) + '\n');

      fs.writeFileSync(config, text);
      await s.watched([{ file: config, type: 1 }]);
      assert.deepEqual(await s.diagnostics(web), [], 'every call is served and granted');
      assert.deepEqual(await s.diagnostics(config), []);
    } finally {
      s.dispose();
    }
  });

  it('edits of an open config carry its version; of a closed one, version null', async () => {
    const { s, config, web } = await fixture();
    try {
      await s.change(config, CONFIG.replace('// Keys of the shop.', '// Keys of the shop!'));
      await s.change(config, CONFIG);
      const add = titled((await fixesFor(s, web, 'missing-scope', 'segments:read')).actions, ADD_SEGMENTS);
      const [change] = add.edit?.documentChanges as TextDocumentEdit[];
      assert.deepEqual(change.textDocument, { uri: uri(config), version: 3 });

      const remove = titled((await fixesFor(s, config, 'excess-scope', 'campaigns:read')).actions, 'Remove campaigns:read from this key');
      assert.equal((remove.edit?.documentChanges as TextDocumentEdit[])[0].textDocument.version, 3);
      const unknownText = CONFIG.replace('"campaigns:read"', '"campaign:raed"');
      await s.change(config, unknownText);
      const fixUnknown = titled((await fixesFor(s, config, 'unknown-scope')).actions, 'Change to campaigns:read');
      const [fixChange] = (fixUnknown.edit?.documentChanges ?? []) as TextDocumentEdit[];
      assert.deepEqual(fixChange?.textDocument, { uri: uri(config), version: 4 }, 'the scope fix is versioned too');
    } finally {
      s.dispose();
    }
    const closed = await fixture({}, false);
    try {
      const add = titled((await fixesFor(closed.s, closed.web, 'missing-scope', 'segments:read')).actions, ADD_SEGMENTS);
      const [change] = add.edit?.documentChanges as TextDocumentEdit[];
      assert.deepEqual(change.textDocument, { uri: uri(closed.config), version: null });
      assert.equal(applyEdit(CONFIG, add.edit, closed.config), CONFIG.replace('"campaigns:read"]', '"campaigns:read", "segments:read"]'));
    } finally {
      closed.s.dispose();
    }
  });

  it('diagnostics from other tools or with unusable data get no fix, and the server keeps answering', async () => {
    const { s, web } = await fixture();
    try {
      const [d] = (await s.diagnostics(web)).filter((x) => x.code === 'missing-scope');
      assert.deepEqual(await s.codeActions(web, d.range, [{ ...d, source: 'eslint' }]), []);
      assert.deepEqual(await s.codeActions(web, d.range, [{ ...d, data: { configPath: 42 } }]), []);
      assert.deepEqual(await s.codeActions(web, d.range, [{ ...d, data: undefined }]), []);
      assert.ok((await s.codeActions(web, d.range, [d])).length > 0);
    } finally {
      s.dispose();
    }
  });
});
