// The CLI outside the clone: the packed tarball installs with no dependencies and runs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';

const REPO = path.resolve(__dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ks-pack-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

function npm(args: string[], cwd: string) {
  // --ignore-scripts: the tests use the build pretest made; prepack's production build would replace it under the other tests.
  const r = spawnSync('npm', [...args, '--ignore-scripts', '--no-audit', '--no-fund', '--offline'], { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  return r.stdout;
}

describe('the npm package', () => {
  it('packs only what runs, installs globally without dependencies, and its bin checks a folder', () => {
    const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', tmp], REPO)) as { filename: string; files: { path: string }[] }[];
    const files = packed[0].files.map((f) => f.path).sort();
    assert.ok(files.includes('dist/cli.js') && files.includes('dist/scan-worker.js') && files.includes('dist/wasm/tree-sitter.wasm'), files.join(' '));
    assert.deepEqual(files.filter((f) => /^(server|client|test|scripts|examples)\//.test(f) || f.endsWith('.map')), [], 'no sources, tests or maps');
    const prefix = path.join(tmp, 'prefix');
    npm(['install', '-g', '--prefix', prefix, path.join(tmp, packed[0].filename)], tmp);
    const bin = path.join(prefix, 'bin', 'klaviyo-scopes');
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    assert.match(version.stdout, /^klaviyo-scopes \d+\.\d+\.\d+ \(Klaviyo API revision \d{4}-\d{2}-\d{2}\)\n$/);
    const check = spawnSync(bin, ['check', path.join(REPO, 'examples')], { encoding: 'utf8', cwd: tmp });
    assert.equal(check.status, 1, check.stderr);
    assert.match(check.stdout, /key "back-office"/);
    assert.match(check.stdout, /create-private-api-key\?scopes=/);
  });
});
