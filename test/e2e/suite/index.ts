// The extension tests' entry point (`extensionTestsPath`): VS Code calls run() inside its extension
// host. Mocha runs every bundled *.test.js beside this file; the counts also go to the file named
// by E2E_RESULTS_FILE, so the runner can print one `N passed, N failed` line for all suites.
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 60_000 });
  for (const f of readdirSync(__dirname).filter((n) => n.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const results = process.env.E2E_RESULTS_FILE;
      if (results) writeFileSync(results, JSON.stringify({ passed: runner.stats?.passes ?? 0, failed: failures }));
      if (failures > 0) reject(new Error(`${failures} extension test(s) failed`));
      else resolve();
    });
  });
}
