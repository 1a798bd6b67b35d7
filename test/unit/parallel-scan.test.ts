// Worker threads must not change what a scan finds: a generated monorepo (the benchmark's
// generator, small) scanned on one thread and on several gives the same calls, counts and notes,
// from the source (workers through tsx) and from the bundles (dist/cli.js + dist/scan-worker.js).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateTree, type TreeInfo } from '../../scripts/bench/generate';
import { Workspace } from '../../server/src/core/engine/workspace';
import { scanStats } from '../../server/src/core/engine/scan-pool';
import { FsHost } from '../../server/src/host/fs-host';

const CLI = path.resolve(__dirname, '../../dist/cli.js');

describe('scan on worker threads', () => {
  let dir: string;
  let tree: TreeInfo;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'klaviyo-scopes-parallel-'));
    tree = generateTree(path.join(dir, 'tree'), 400, 7);
    // A file the prefilter skips (minified by content), so the skipped notes are compared too.
    fs.writeFileSync(path.join(tree.root, 'packages/pkg0000/src/minified-one.js'), `var k="klaviyo";${'x=1;'.repeat(2000)}\n`);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds the same calls, counts and skipped files with 1 and with 3 threads', async () => {
    const one = await new Workspace(tree.root, new FsHost(), { threads: 1 }).scanAsync();
    const tasksBefore = scanStats.workerTasks;
    const many = await new Workspace(tree.root, new FsHost(), { threads: 3 }).scanAsync();
    assert.ok(scanStats.workerTasks > tasksBefore, 'no task ran on a worker thread');
    assert.equal(many.cancelled, false);
    assert.ok(one.calls.length > 20, `only ${one.calls.length} calls found`);
    // Every file the generator wrote as calling Klaviyo has calls.
    const withCalls = new Set(one.calls.map((c) => path.relative(tree.root, c.file)));
    assert.deepEqual(tree.klaviyoFiles.filter((f) => !withCalls.has(f)), []);
    assert.deepEqual(many, one);
    // The synchronous scan (config changes in the editor) agrees too.
    const sync = new Workspace(tree.root, new FsHost()).scan();
    assert.deepEqual({ ...sync, cancelled: false }, one);
  });

  it('starts a worker after the prefilter when there is enough to analyze, with the same findings', async (t) => {
    if (os.availableParallelism() < 2 || process.env.KLAVIYO_SCOPES_THREADS) return t.skip('needs 2 cores and no pinned thread count');
    const one = await new Workspace(tree.root, new FsHost(), { threads: 1 }).scanAsync();
    const small = new Workspace(tree.root, new FsHost());
    assert.deepEqual(await small.scanAsync(), one);
    assert.equal(small.stats.threads, 1, 'a worker started for a tree below the threshold');
    const late = new Workspace(tree.root, new FsHost(), { parallelMinChars: 0 });
    assert.deepEqual(await late.scanAsync(), one);
    assert.equal(late.stats.threads, os.availableParallelism());
  });

  it('dist/cli.js gives the same JSON with KLAVIYO_SCOPES_THREADS=1 and =2', () => {
    const scan = (threads: string): { out: string; workerTasks: number } => {
      const env = { ...process.env, KLAVIYO_SCOPES_THREADS: threads, KLAVIYO_SCOPES_TRACE: '1' };
      const r = spawnSync(process.execPath, [CLI, 'scan', tree.root, '--format', 'json'], { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
      assert.equal(r.status, 0, r.stderr);
      const stats = JSON.parse(/scan (\{.*\})/.exec(r.stderr)?.[1] ?? '{}') as { workerTasks?: number };
      return { out: r.stdout, workerTasks: stats.workerTasks ?? -1 };
    };
    const one = scan('1');
    assert.ok((JSON.parse(one.out) as { calls: unknown[] }).calls.length > 20);
    assert.equal(one.workerTasks, 0);
    const two = scan('2');
    assert.ok(two.workerTasks > 0, 'dist/cli.js ran no task on a worker thread');
    assert.equal(two.out, one.out);
  });
});
