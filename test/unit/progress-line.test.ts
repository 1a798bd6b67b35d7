import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProgressHost } from '../../server/src/cli/progress';

describe('the CLI progress line', () => {
  it('counts each listed file once, and never the manifests read on the side', () => {
    const writes: string[] = [];
    let t = 0;
    const inner = { listFiles: () => ['/w/a.ts', '/w/b.py'], read: () => '' };
    const host = new ProgressHost(inner, (s) => writes.push(s), () => (t += 500));
    host.listFiles('/w');
    for (const f of ['/w/a.ts', '/w/package.json', '/w/a.ts', '/w/requirements.txt', '/w/b.py', '/w/.gitignore']) host.read(f);
    assert.deepEqual(writes.map((w) => /(\d+) of (\d+)/.exec(w)?.slice(1).join('/')), ['1/2', '1/2', '1/2', '1/2', '2/2', '2/2']);
    host.done();
    assert.equal(writes.at(-1), '\r\x1b[K', 'erased before anything else is printed');
  });
});
