// How long `klaviyo-scopes check` takes on examples/ and on a generated 5,000-file tree in which
// ~2% of the files call Klaviyo. Not a test: a number to watch. Run `npm run build` first, then
// `npx tsx scripts/time-check.ts [--runs N]`. The tree goes to .bench/ (git-ignored) and is
// the same on every run (seeded), so timings compare across commits.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'dist/cli.js');
const TREE = path.join(ROOT, '.bench/tree-5000');
const FILES = 5000;
const KLAVIYO_SHARE = 0.02;
const TREE_VERSION = '1'; // bump when the generator changes, so an old tree is rebuilt

/** mulberry32: a tiny seeded PRNG, so the tree is identical on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SDK_CALLS = [
  "await new ProfilesApi(session).getProfiles({ include: ['push-tokens'] });",
  "await new ListsApi(session).getLists();",
  "await new EventsApi(session).createEvent({ data: { type: 'event', attributes: {} } } as never);",
  "await new CampaignsApi(session).getCampaigns(\"equals(messages.channel,'email')\");",
  "await new ProfilesApi(session).getProfile(id, { include: ['lists'] });",
];
const HTTP_CALLS = [
  "await fetch('https://a.klaviyo.com/api/lists', { method: 'POST', headers: { Authorization: `Klaviyo-API-Key ${process.env.KLAVIYO_KEY}` } });",
  "await fetch(`https://a.klaviyo.com/api/profiles/${id}`, { headers: { Authorization: `Klaviyo-API-Key ${process.env.KLAVIYO_KEY}` } });",
  "await fetch('https://a.klaviyo.com/api/metrics');",
];

function klaviyoFile(r: () => number, i: number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const body = [pick(SDK_CALLS), pick(HTTP_CALLS), pick(SDK_CALLS)].join('\n  ');
  return [
    "import { ApiKeySession, CampaignsApi, EventsApi, ListsApi, ProfilesApi } from 'klaviyo-api';",
    'const session = new ApiKeySession(process.env.KLAVIYO_KEY!);',
    `export async function sync${i}(id: string) {`,
    `  ${body}`,
    '}',
    '',
  ].join('\n');
}

function plainFile(r: () => number, i: number, dir: number): string {
  const lines = [`// module ${i}`];
  // Some relative imports, so the prefilter's import walk has work to do.
  if (i > 0 && r() < 0.3) lines.push(`import { value${i - 1} } from './file${i - 1}';`);
  lines.push(`export const value${i} = ${Math.floor(r() * 1000)};`);
  for (let f = 0; f < 8; f++) {
    lines.push(`export function fn${i}_${f}(x: number): number {`, `  const y = x * ${f + 1} + ${dir};`, `  return y > 100 ? y - 100 : y;`, '}');
  }
  return lines.join('\n') + '\n';
}

function buildTree(): void {
  const marker = path.join(TREE, '.tree-version');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === TREE_VERSION) return;
  fs.rmSync(TREE, { recursive: true, force: true });
  const r = rng(20240611);
  const perDir = 50;
  for (let i = 0; i < FILES; i++) {
    const dir = Math.floor(i / perDir);
    const folder = path.join(TREE, 'packages', `pkg${String(dir).padStart(3, '0')}`, 'src');
    fs.mkdirSync(folder, { recursive: true });
    const calls = r() < KLAVIYO_SHARE;
    fs.writeFileSync(path.join(folder, `file${i}.ts`), calls ? klaviyoFile(r, i) : plainFile(r, i, dir));
  }
  fs.writeFileSync(
    path.join(TREE, 'klaviyo.keys.json'),
    JSON.stringify({ keys: [{ name: 'app', scopes: ['profiles:read', 'lists:write', 'events:write', 'campaigns:read', 'metrics:read', 'push-tokens:read'] }] }, null, 2) + '\n',
  );
  fs.writeFileSync(marker, TREE_VERSION);
}

function time(label: string, args: string[], runs: number): void {
  const times: number[] = [];
  let last = { status: 0 as number | null, calls: 0 };
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    let calls = 0;
    try {
      calls = (JSON.parse(r.stdout) as { calls: unknown[] }).calls.length;
    } catch {
      // Non-JSON output means the run failed; the exit code below says how.
    }
    last = { status: r.status, calls };
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`${label.padEnd(22)} median ${median.toFixed(0).padStart(6)} ms  (min ${times[0].toFixed(0)}, max ${times[times.length - 1].toFixed(0)}; ${runs} runs; exit ${last.status}; ${last.calls} calls)`);
}

function main(): void {
  if (!fs.existsSync(CLI)) {
    console.error('dist/cli.js is missing: run `npm run build` first.');
    process.exit(2);
  }
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 3) : 3;
  const t0 = Date.now();
  buildTree();
  console.log(`tree: ${path.relative(ROOT, TREE)} (${FILES} files, ~${KLAVIYO_SHARE * 100}% calling Klaviyo; ready in ${Date.now() - t0} ms)`);
  time('--version (start-up)', ['--version'], runs);
  const examples = path.join(ROOT, 'examples');
  if (fs.existsSync(examples)) time('check examples/', ['check', examples, '--format', 'json'], runs);
  time('check 5,000-file tree', ['check', TREE, '--format', 'json'], runs);
}

main();
