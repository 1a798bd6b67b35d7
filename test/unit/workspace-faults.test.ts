// The scan on a hostile file system, through the real disk host (FsHost): default excludes,
// symlink loops, FIFOs, unreadable, deleted and renamed files, a folder removed mid-scan,
// binary and oversized files. None of it throws or hangs; what is not analyzed is named.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it, mock } from 'node:test';
import { Workspace, type WorkspaceHost } from '../../server/src/core/engine/workspace';
import { FsHost } from '../../server/src/host/fs-host';

const A = 'https://a.klaviyo.com';
const APP = `export const lists = () => fetch('${A}/api/lists');\n`;
const roots: string[] = [];
after(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

function tree(files: Record<string, string | Buffer>): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'klaviyo-scopes-faults-')));
  roots.push(root);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

const rel = (root: string, files: string[]): string[] => files.map((f) => path.relative(root, f)).sort();
const skips = (root: string, s: { file: string; reason: string }[]): string[] => s.map((x) => `${path.relative(root, x.file)}: ${x.reason}`).sort();

describe('FsHost: what is listed', () => {
  it('never enters node_modules, vendor, dist, build, .git (and the other default excludes)', () => {
    const dirs = ['node_modules/sdk', 'vendor/lib', 'dist', 'build', '.git/hooks', 'out', 'coverage', '.venv/lib', '__pycache__'];
    const root = tree({ 'src/app.ts': APP, 'src/build.ts': APP, ...Object.fromEntries(dirs.map((d) => [`${d}/index.ts`, APP])) });
    assert.deepEqual(rel(root, new FsHost().listFiles(root)), ['src/app.ts', 'src/build.ts']);
  });

  it('lists .env files and notebooks for the key scan, and bundles so the scan can name them', () => {
    const root = tree({ '.env': 'K=1', '.env.local': 'K=1', 'a.ipynb': '{}', 'app.min.js': 'x', 'README.md': '#', 'env.txt': '' });
    assert.deepEqual(rel(root, new FsHost().listFiles(root)), ['.env', '.env.local', 'a.ipynb', 'app.min.js']);
  });

  it('survives symlink loops, and lists each file once at its own path', () => {
    const root = tree({ 'src/app.ts': APP, 'lib/util.ts': APP });
    fs.symlinkSync(root, path.join(root, 'src/loop'));
    fs.symlinkSync(path.join(root, 'src'), path.join(root, 'lib/again'));
    fs.symlinkSync(path.join(root, 'src/app.ts'), path.join(root, 'lib/linked.ts'));
    fs.symlinkSync(path.join(root, 'nowhere.ts'), path.join(root, 'lib/dangling.ts'));
    fs.symlinkSync(path.join(root, 'lib/a'), path.join(root, 'lib/b'));
    fs.symlinkSync(path.join(root, 'lib/b'), path.join(root, 'lib/a'));
    assert.deepEqual(rel(root, new FsHost().listFiles(root)), ['lib/util.ts', 'src/app.ts']);
  });

  it('follows links to folders outside the workspace (a shared package), each file once', () => {
    const shared = tree({ 'client.ts': APP });
    const root = tree({ 'src/app.ts': APP });
    fs.symlinkSync(shared, path.join(root, 'shared'));
    fs.symlinkSync(shared, path.join(root, 'src/shared-again'));
    assert.deepEqual(rel(root, new FsHost().listFiles(root)), ['shared/client.ts', 'src/app.ts']);
  });

  it('does not list (so never blocks reading) a FIFO named like a source file', { skip: process.platform === 'win32' && 'no mkfifo' }, () => {
    const root = tree({ 'src/app.ts': APP });
    execFileSync('mkfifo', [path.join(root, 'src/pipe.ts')]);
    fs.symlinkSync(path.join(root, 'src/pipe.ts'), path.join(root, 'src/link.ts'));
    assert.deepEqual(rel(root, new FsHost().listFiles(root)), ['src/app.ts']);
  });
});

describe('Workspace on the disk: faults during a scan', () => {
  it('names an unreadable file (EACCES, simulated: tests run as root) and analyzes the rest', async () => {
    const root = tree({ 'src/app.ts': APP, 'src/locked.ts': APP });
    const locked = path.join(root, 'src/locked.ts');
    // Files are opened first (only regular files are read): the open is what fails.
    const real = fs.openSync;
    const denied = mock.method(fs, 'openSync', function (this: unknown, file: fs.PathLike, ...rest: unknown[]) {
      if (file === locked) throw Object.assign(new Error(`EACCES: permission denied, open '${locked}'`), { code: 'EACCES' });
      return (real as (...a: unknown[]) => unknown).call(this, file, ...rest);
    });
    try {
      const scan = await new Workspace(root, new FsHost()).scanAsync();
      assert.deepEqual(rel(root, scan.calls.map((c) => c.file)), ['src/app.ts']);
      assert.deepEqual(skips(root, scan.skipped), ['src/locked.ts: could not be read (no permission, or deleted or renamed during the scan)']);
    } finally {
      denied.mock.restore();
    }
  });

  it('survives files deleted and renamed between the listing and the reads', async () => {
    const root = tree({ 'src/app.ts': APP, 'src/gone.ts': APP, 'src/moved.ts': APP });
    const disk = new FsHost();
    const host: WorkspaceHost = {
      listFiles: (r) => {
        const files = disk.listFiles(r);
        fs.rmSync(path.join(root, 'src/gone.ts'));
        fs.renameSync(path.join(root, 'src/moved.ts'), path.join(root, 'src/renamed.ts'));
        return files;
      },
      read: (f) => disk.read(f),
    };
    const scan = await new Workspace(root, host).scanAsync();
    assert.deepEqual(rel(root, scan.calls.map((c) => c.file)), ['src/app.ts']);
    assert.deepEqual(skips(root, scan.skipped).map((s) => s.split(':')[0]), ['src/gone.ts', 'src/moved.ts']);
  });

  it('survives a file deleted after the prefilter read it, before its analysis', async () => {
    const root = tree({ 'src/a.ts': APP, 'src/b.ts': APP });
    const disk = new FsHost();
    let peeks = 0;
    const host: WorkspaceHost = {
      listFiles: (r) => disk.listFiles(r),
      peek: (f) => {
        const text = disk.peek(f);
        if (++peeks === 2) fs.rmSync(path.join(root, 'src/b.ts'));
        return text;
      },
      read: (f) => disk.read(f),
    };
    const scan = await new Workspace(root, host).scanAsync();
    assert.deepEqual(rel(root, scan.calls.map((c) => c.file)), ['src/a.ts']);
  });

  it('survives its whole folder removed during the scan', async () => {
    const root = tree({ 'src/a.ts': APP, 'src/b.ts': APP, 'klaviyo.keys.json': '{"keys": []}' });
    const disk = new FsHost();
    const host: WorkspaceHost = { listFiles: (r) => disk.listFiles(r), read: (f) => disk.read(f), peek: (f) => {
      fs.rmSync(root, { recursive: true, force: true });
      return disk.peek(f);
    } };
    const scan = await new Workspace(root, host).scanAsync();
    assert.deepEqual(scan.calls, []);
    assert.equal(scan.skipped.length, 2);
  });

  it('skips a binary file named like source, and one bigger than the limit without reading it', async () => {
    const root = tree({ 'src/app.ts': APP, 'src/logo.js': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'src/huge.ts': APP + '/'.repeat(5000) + '\n' });
    const disk = new FsHost();
    const host: WorkspaceHost = {
      listFiles: (r) => disk.listFiles(r),
      size: (f) => disk.size(f),
      read: (f) => (f.endsWith('huge.ts') ? assert.fail('read a file over the limit') : disk.read(f)),
      peek: (f) => (f.endsWith('huge.ts') ? assert.fail('read a file over the limit') : disk.peek(f)),
    };
    const scan = await new Workspace(root, host, { maxFileBytes: 4096 }).scanAsync();
    assert.deepEqual(rel(root, scan.calls.map((c) => c.file)), ['src/app.ts']);
    assert.deepEqual(skips(root, scan.skipped), ['src/huge.ts: larger than 4096 bytes', 'src/logo.js: binary (it holds NUL bytes)']);
  });

  it('a grammar that throws out of its parser costs that file only: named, and the next file parses', async () => {
    // tree-sitter-ruby's scanner fails an assert on this heredoc; the parser was unusable after it.
    const crash = "<<`{require 'net/http'\nBASE = 'https://a.klaviyo.com/api'\ndef klaviyo(path, method: :get) = HTTParty.send(method, \"#{BASE}#{path}\", headers: { 'Authorization' => \"Klaviyo-API-Key #{ENV['K']}\" })\nklaviyo('/profiles', method: :post)\nreq = Net::HTTP::Get.new(URI(\"#{BASE}/lists?include=tags\"))\nFaraday.new(url: BASE).patch(\"/lists/#{id}\")";
    const files = new Map([['/ws/a.rb', crash], ['/ws/b.rb', `require 'net/http'\nNet::HTTP.get(URI('${A}/api/lists'))\n`]]);
    const ws = new Workspace('/ws', { listFiles: () => [...files.keys()], read: (f) => files.get(f) });
    const scan = await ws.scanAsync();
    assert.deepEqual(scan.skipped, [{ file: '/ws/a.rb', reason: 'the grammar failed on it (a bug in the grammar: the parser was renewed)' }]);
    assert.deepEqual(scan.calls.map((c) => `${c.file} ${c.operation}`), ['/ws/b.rb get_lists']);
    files.set('/ws/a.rb', `Net::HTTP.get(URI('${A}/api/lists'))\n`);
    ws.update('/ws/a.rb');
    assert.deepEqual(ws.result().calls.map((c) => c.file), ['/ws/a.rb', '/ws/b.rb']);
  });

  it('an edit that makes a file too big, or binary, names it; the next edit analyzes it again', async () => {
    const files = new Map([['/ws/a.ts', APP]]);
    const ws = new Workspace('/ws', { listFiles: () => [...files.keys()], read: (f) => files.get(f) }, { maxFileBytes: 2048 });
    assert.equal((await ws.scanAsync()).calls.length, 1);
    files.set('/ws/a.ts', APP + '//'.repeat(2000));
    ws.update('/ws/a.ts');
    assert.deepEqual(ws.result().skipped, [{ file: '/ws/a.ts', reason: 'larger than 2048 bytes' }]);
    assert.equal(ws.result().calls.length, 0);
    files.set('/ws/a.ts', `\0${APP}`);
    ws.update('/ws/a.ts');
    assert.deepEqual(ws.result().skipped.map((s) => s.reason), ['binary (it holds NUL bytes)']);
    files.set('/ws/a.ts', APP);
    ws.update('/ws/a.ts');
    assert.deepEqual(ws.result().skipped, []);
    assert.equal(ws.result().calls.length, 1);
  });
});
