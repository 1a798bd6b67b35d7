// The Python grammar loads lazily: only when a Python file passes the prefilter. Checked in a
// child process, since other tests in this process may already have loaded it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '../..');

function probe(scenario: string): { before: boolean; python: boolean; loaded: string[]; grammarLoadMs: Record<string, number>; operations: (string | null)[] } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'py-grammar-probe.ts'), scenario], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as ReturnType<typeof probe>;
}

describe('python grammar loading', () => {
  it('a workspace without Python candidates never loads the Python grammar', () => {
    const out = probe('no-python-candidate');
    assert.equal(out.before, false);
    assert.equal(out.python, false);
    assert.deepEqual(out.loaded, []);
    assert.deepEqual(out.operations, ['get_profiles']);
  });

  it('a Python file that mentions Klaviyo loads it once, and is analyzed', () => {
    const out = probe('python');
    assert.equal(out.before, false);
    assert.equal(out.python, true);
    assert.deepEqual(out.loaded, ['python']);
    assert.ok(out.grammarLoadMs.python >= 0);
    assert.deepEqual(out.operations, ['get_profiles']);
  });
});
