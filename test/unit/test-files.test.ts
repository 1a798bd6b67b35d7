// Tests and mocks are not calls a key serves: their files are not analyzed (nor pulled in by
// their imports), but a key written in one is still found.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { isTestFile } from '../../server/src/core/engine/test-files';
import { Workspace } from '../../server/src/core/engine/workspace';
import { FsHost } from '../../server/src/host/fs-host';

const A = 'https://a.klaviyo.com';
const roots: string[] = [];
after(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

describe('isTestFile', () => {
  const cases: [string, boolean][] = [
    ['tests/test_klaviyo_sync.py', true],
    ['test/support/klaviyo_test_helper.rb', true],
    ['src/__tests__/klaviyo.ts', true],
    ['src/klaviyo.test.ts', true],
    ['src/klaviyo.spec.js', true],
    ['spec/services/klaviyo_spec.rb', true],
    ['klaviyo_test.go', true],
    ['test_klaviyo.ts', true],
    ['test-analytics-fixed.js', true],
    ['src/test/java/com/acme/KlaviyoClientTest.java', true],
    ['Acme.Tests/KlaviyoServiceTests.cs', true],
    ['conftest.py', true],
    ['src/klaviyo.ts', false],
    ['src/latest.py', false],
    ['app/services/contest_entries.rb', false],
    ['lib/attestation.js', false],
    ['src/main/java/com/acme/KlaviyoClient.java', false],
    ['testimonials/klaviyo.php', false],
  ];
  for (const [file, expected] of cases) it(`${file}: ${expected ? 'a test' : 'not a test'}`, () => assert.equal(isTestFile(file), expected));
});

describe('scans leave tests out', () => {
  it('reports the app\'s call, not the test\'s, nor a helper only a test imports; finds a key in a test', async () => {
    const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'klaviyo-scopes-tests-')));
    roots.push(root);
    const files: Record<string, string> = {
      'src/lists.ts': `export const lists = () => fetch('${A}/api/lists');\n`,
      'tests/lists.test.ts': `import { lists } from '../src/lists';\nfetch('${A}/api/profiles');\nconst key = 'pk_0123456789abcdef0123456789abcdef01';\n`,
      'tests/helpers.py': `import requests\nrequests.get("${A}/api/segments")\n`,
    };
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    }
    const scan = await new Workspace(root, new FsHost(), { threads: 1 }).scanAsync();
    assert.deepEqual(scan.calls.map((c) => `${path.relative(root, c.file)} ${c.operation}`), ['src/lists.ts get_lists']);
    assert.deepEqual((scan.secrets ?? []).map((k) => path.relative(root, k.file)), ['tests/lists.test.ts']);
    // An edit in the editor keeps to the same rule.
    const ws = new Workspace(root, new FsHost(), { threads: 1 });
    ws.scan();
    ws.update(path.join(root, 'tests/lists.test.ts'));
    assert.deepEqual(ws.result().calls.map((c) => path.relative(root, c.file)), ['src/lists.ts']);
  });
});
