// `npm start`: runs `klaviyo-scopes check` on the bundled examples/ workspace. The example's
// config lacks one scope on purpose, so check exits 1; the demo succeeds when check ran and
// found exactly what it should report, and fails on a usage or config error (exit 2).
import { spawnSync } from 'node:child_process';

const r = spawnSync(process.execPath, ['dist/cli.js', 'check', 'examples', ...process.argv.slice(2)], { stdio: 'inherit' });
if (r.status === 1) {
  console.log('\n(check exited 1, as it would fail a CI job: that missing scope is what this demo shows.)');
  process.exit(0);
}
process.exit(r.status ?? 2);
