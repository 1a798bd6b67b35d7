// `npm run test:e2e`: sets the tools up if needed, packages the VSIX, then runs the two e2e
// suites and closes with one `N passed, N failed` line for both:
//   1. extension-host tests (test/e2e/suite, mocha) through @vscode/test-electron's runTests, in
//      code-server via test/e2e/vscode-stand-in.sh unless VSCODE_EXECUTABLE_PATH names a VS Code;
//   2. UI tests (test/e2e/ui, node:test + playwright-core) against the installed VSIX.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..');
const ARTIFACTS = path.join(ROOT, '.artifacts');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const timings = [];

function run(label, cmd, args, env = {}) {
  const start = Date.now();
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = (Date.now() - start) / 1000;
  timings.push(`${label} ${seconds.toFixed(1)} s`);
  return r.status ?? 1;
}

function setUpOrDie(label, cmd, args) {
  if (run(label, cmd, args) === 0) return;
  console.error(`\n!!! e2e ${label} failed: no e2e test ran. See the output above. !!!`);
  process.exit(1);
}

mkdirSync(ARTIFACTS, { recursive: true });
setUpOrDie('setup', 'bash', ['scripts/e2e/setup.sh']);
setUpOrDie('package', npm, ['run', 'package', '--', '--out', path.join(ARTIFACTS, 'klaviyo-scopes.vsix')]);
setUpOrDie('build tests', process.execPath, ['scripts/e2e/build-tests.mjs']);

let passed = 0;
let failed = 0;

// 1. Extension host. The counts come from the suite's own results file: a run that dies before
//    writing it (VS Code did not start, say) counts as one failure.
const results = path.join(ARTIFACTS, 'extension-tests.json');
rmSync(results, { force: true });
const code1 = run('extension-host suite', process.execPath, ['--import', 'tsx', 'test/e2e/run-extension-tests.ts'], {
  VSCODE_EXECUTABLE_PATH: process.env.VSCODE_EXECUTABLE_PATH ?? path.join(ROOT, 'test/e2e/vscode-stand-in.sh'),
  E2E_RESULTS_FILE: results,
});
if (existsSync(results)) {
  const r = JSON.parse(readFileSync(results, 'utf8'));
  passed += r.passed;
  failed += r.failed;
  if (code1 !== 0 && r.failed === 0) failed += 1; // counted nothing wrong, yet the run failed
} else {
  failed += 1;
}

// 2. UI. node's test runner writes TAP beside the spec output; its `# pass` / `# fail` are the counts.
const tap = path.join(ARTIFACTS, 'ui-tests.tap');
rmSync(tap, { force: true });
const uiFiles = readdirSync(path.join(ROOT, 'test/e2e/ui')).filter((f) => f.endsWith('.test.ts')).map((f) => `test/e2e/ui/${f}`);
const code2 = run('UI suite', process.execPath, ['--import', 'tsx', '--test', '--test-timeout=300000', '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...uiFiles], { E2E_VSIX: path.join(ARTIFACTS, 'klaviyo-scopes.vsix') });
const count = (text, what) => Number(new RegExp(`^# ${what} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
const tapText = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
passed += count(tapText, 'pass');
failed += count(tapText, 'fail');
if (code2 !== 0 && count(tapText, 'fail') === 0) failed += 1;

console.log(`\ne2e timings: ${timings.join(', ')}; screenshots in ${path.relative(ROOT, path.join(ARTIFACTS, 'ui'))}/`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
