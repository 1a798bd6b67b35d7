// `npm run load`: the CLI on inputs far past real repositories, to show each stays linear and
// exits normally (no stack overflow, no quadratic step): 150k calls, a 150k-scope config and
// 40k key-shaped constants. Prints the numbers; asserts nothing (speed is not a unit test).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const scale = Number(process.env.LOAD_SCALE ?? '1');

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'klaviyo-scopes-load-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

function run(label: string, root: string, args: string[]): void {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const crashed = /internal error|RangeError/.test(r.stderr);
  console.log(`${label.padEnd(44)} ${args.join(' ').padEnd(22)} exit ${String(r.status).padEnd(4)} ${ms.toFixed(0).padStart(7)} ms  stdout ${(r.stdout.length / 1024).toFixed(0)} KB${crashed ? '  CRASHED: ' + r.stderr.split('\n')[0] : ''}`);
}

const CALLS_PER_FILE = 1000;
const files = Math.round(150 * scale);
const calls: Record<string, string> = { 'klaviyo.keys.json': JSON.stringify({ keys: [{ name: 'app', scopes: ['lists:read'] }] }) };
for (let f = 0; f < files; f++) {
  calls[`src/f${f}.js`] = Array.from({ length: CALLS_PER_FILE }, (_, i) => `fetch('https://a.klaviyo.com/api/lists/${f}-${i}');`).join('\n') + '\n';
}
const callsRoot = tree(calls);
console.log(`${files * CALLS_PER_FILE} calls in ${files} files:`);
for (const args of [['scan'], ['scan', '-f', 'json'], ['check'], ['check', '-f', 'sarif'], ['check', '-f', 'markdown'], ['generate'], ['explain', 'lists:read']]) run('  calls', callsRoot, args);

const scopes = Math.round(150_000 * scale);
const configRoot = tree({
  'klaviyo.keys.json': JSON.stringify({ keys: [{ name: 'app', scopes: Array.from({ length: scopes }, (_, i) => (i % 2 ? 'lists:read' : `nope${i}:read`)) }] }),
  'src/a.js': `fetch('https://a.klaviyo.com/api/lists');\n`,
});
console.log(`a config of ${scopes} scopes (half unknown):`);
for (const args of [['check'], ['check', '-f', 'json'], ['generate']]) run('  config', configRoot, args);

const tokens = Math.round(40_000 * scale);
const keysRoot = tree({ 'src/keys.js': Array.from({ length: tokens }, (_, i) => `const k${i} = 'pk_${String(i).padStart(6, '0')}abcdefghij0123456789ab';`).join('\n') + '\n' });
console.log(`${tokens} key-shaped constants in one file:`);
for (const args of [['scan'], ['check', '-f', 'json']]) run('  keys', keysRoot, args);

for (const r of [callsRoot, configRoot, keysRoot]) fs.rmSync(r, { recursive: true, force: true });
