// The long runs of the hardening tests, kept out of `npm test` (which runs the same files with
// CI-sized counts): 100,000 fuzz inputs per language and for the config loader, 5,000 random
// config layouts per edit property, and a 10,000-edit language server soak. FUZZ_RUNS,
// SOAK_EDITS and FUZZ_SEED override; `npm run soak -- <filter>` runs only matching files.
import { spawnSync } from 'node:child_process';

const FILES = [
  'test/fuzz/detectors-fuzz.test.ts',
  'test/fuzz/config-fuzz.test.ts',
  'test/unit/config-edits-property.test.ts',
  'test/lsp/hardening.test.ts',
];
const filter = process.argv.slice(2);
const files = FILES.filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)));
const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '100000', SOAK_EDITS: process.env.SOAK_EDITS ?? '10000' };
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...files], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
