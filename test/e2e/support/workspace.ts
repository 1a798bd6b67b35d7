// A scratch copy of examples/ for a test run: the tests edit files and write klaviyo.keys.json,
// and the repository's examples must stay as committed.
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXAMPLES, ROOT } from './tools';

/** Copies examples/ (and schemas/, which its `$schema` points at as ../schemas) to a temp folder. */
export function copyExamples(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'klaviyo-scopes-ws-'));
  cpSync(EXAMPLES, path.join(dir, 'examples'), { recursive: true });
  cpSync(path.join(ROOT, 'schemas'), path.join(dir, 'schemas'), { recursive: true });
  return path.join(dir, 'examples');
}
