// Meta-tests: every detector file is registered, every registered detector has its own table
// of tests and a README section, and ids are unique.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DIAGNOSTIC_CODES } from '../../server/src/core/diagnostic-codes';
import * as registry from '../../server/src/core/detectors';
import type { DetectorMeta } from '../../server/src/core/detectors/types';

const ROOT = path.resolve(__dirname, '../..');
const DETECTOR_DIR = path.join(ROOT, 'server/src/core/detectors');
const NOT_DETECTORS = new Set(['index.ts', 'types.ts', 'span.ts']);

const registered: DetectorMeta[] = (Object.values(registry) as unknown[])
  .filter((v): v is readonly DetectorMeta[] => Array.isArray(v))
  .flat();

describe('detector registry', () => {
  it('registers every detector file exactly once', () => {
    const files = fs.readdirSync(DETECTOR_DIR).filter((f) => f.endsWith('.ts') && !NOT_DETECTORS.has(f)).map((f) => f.replace(/\.ts$/, ''));
    assert.deepEqual(registered.map((d) => d.id).sort(), files.sort());
  });

  it('has unique ids, titles and at least one language per detector', () => {
    assert.equal(new Set(registered.map((d) => d.id)).size, registered.length);
    for (const d of registered) {
      assert.ok(d.title.length > 0, d.id);
      assert.ok(d.languages.length > 0, d.id);
    }
  });

  for (const d of registered) {
    it(`${d.id} has a table of tests`, () => {
      const file = path.join(ROOT, 'test/unit/detectors', `${d.id}.test.ts`);
      assert.ok(fs.existsSync(file), `missing ${path.relative(ROOT, file)}`);
    });
    it(`${d.id} is documented in the README (#${d.docs})`, () => {
      const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
      assert.ok(readme.includes(`id="${d.docs}"`), `README.md has no anchor id="${d.docs}"`);
    });
  }
});

// Findings that do not come from a call detector: the hard-coded key scanner reads text, not
// calls, so it lives outside the registry (server/src/core/secrets/) but is held to the same rules.
describe('finding sources beside the detectors', () => {
  const readme = (): string => fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

  it('the hardcoded-key scanner has its tests and README row', () => {
    assert.ok(fs.existsSync(path.join(ROOT, 'server/src/core/secrets/hardcoded-key.ts')));
    assert.ok(fs.existsSync(path.join(ROOT, 'test/unit/hardcoded-key.test.ts')));
    assert.ok(DIAGNOSTIC_CODES.some((d) => d.code === 'hardcoded-key' && d.severity === 'error'));
  });

  for (const d of DIAGNOSTIC_CODES) {
    it(`diagnostic ${d.code} has a README row (#diag-${d.code})`, () => {
      assert.ok(readme().includes(`id="diag-${d.code}"`), `README.md has no anchor id="diag-${d.code}"`);
    });
  }
});
