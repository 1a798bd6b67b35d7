// `npm run realworld`: the tool scored on real public repositories labelled by hand.
//
// For each label file in test/realworld/labels/: export the pinned commit from its local
// snapshot, run `node dist/cli.js scan <tree> --format json`, match calls to labels
// (./match.ts) and print the tables (./report.ts). A repository whose snapshot is absent is
// named in one line and skipped. Not part of CI: CI has no snapshots.
//
// Options: --repo <substring> (only matching repositories)  --mirror <dir> (default
// ../.mirror)  --cache <dir> (exported trees; default $TMPDIR/klaviyo-scopes-realworld)
// --json <file> (write the scores as JSON too)  --no-details (tables only)  --cli <file> (another
// build of the CLI, to score an older commit)  --timeout <seconds> (per repository; default 600).

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadLabels, readReserved } from './labels';
import { addTo, emptyTally, scoreRepo, type Dimension, type Finding, type Tally } from './match';
import { details, repoTable, TALLY_HEAD, tallyRow, type RepoLine } from './report';
import { exportCommit, gitDirOf } from './snapshots';

const root = path.resolve(__dirname, '../..');
const { values: opts } = parseArgs({
  options: {
    repo: { type: 'string' },
    mirror: { type: 'string', default: path.resolve(root, '../.mirror') },
    cache: { type: 'string', default: path.join(os.tmpdir(), 'klaviyo-scopes-realworld') },
    json: { type: 'string' },
    cli: { type: 'string', default: path.join(root, 'dist/cli.js') },
    timeout: { type: 'string', default: '600' },
    'no-details': { type: 'boolean', default: false },
  },
});

const cli = path.resolve(opts.cli!);
if (!fs.existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first (npm run realworld does).');
  process.exit(2);
}

const reserved = readReserved(path.resolve(root, '../shared/held-out-repos.txt'));
const { repos, errors } = loadLabels(path.join(root, 'test/realworld/labels'), reserved);
for (const e of errors) console.error(`label file skipped: ${e}`);
const chosen = repos.filter((r) => !opts.repo || r.repo.toLowerCase().includes(opts.repo.toLowerCase()));

const lines: RepoLine[] = [];
const skipped: string[] = [];
const started = Date.now();
const jobs = Number(process.env.REALWORLD_JOBS ?? Math.max(1, Math.min(4, os.availableParallelism())));

function scan(dir: string): Promise<{ stdout: string; stderr: string; code: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, 'scan', dir, '--format', 'json'], { maxBuffer: 2 ** 28, timeout: Number(opts.timeout) * 1000 }, (err, stdout, stderr) =>
      resolve({ stdout, stderr, code: err ? String((err as NodeJS.ErrnoException).code ?? err.message) : '0' }));
  });
}

async function score(r: (typeof chosen)[number]): Promise<RepoLine | string> {
  const gitDir = gitDirOf(opts.mirror!, r.repo);
  if (!gitDir) return `${r.repo}: no snapshot under ${opts.mirror}`;
  const tree = exportCommit(gitDir, r.repo, r.commit, opts.cache!);
  if ('error' in tree) return `${r.repo}: ${tree.error}`;
  const run = await scan(tree.dir);
  let findings: Finding[];
  try {
    findings = (JSON.parse(run.stdout) as { calls: Finding[] }).calls;
  } catch {
    return `${r.repo}: scan exited ${run.code}: ${run.stderr.trim().split('\n')[0]}`;
  }
  const s = scoreRepo(r.calls, findings);
  const tally = new Map<string, Tally>();
  addTo(tally, s, null);
  return { repo: r.repo, score: s, tally: tally.get('all') ?? emptyTally() };
}

async function main(): Promise<void> {
  const results: (RepoLine | string)[] = new Array(chosen.length);
  let next = 0;
  let done = 0;
  await Promise.all(Array.from({ length: jobs }, async () => {
    while (next < chosen.length) {
      const i = next++;
      const t0 = Date.now();
      results[i] = await score(chosen[i]!);
      process.stderr.write(`scored ${++done}/${chosen.length} ${chosen[i]!.repo} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
    }
  }));
  for (const r of results) {
    if (typeof r === 'string') skipped.push(r);
    else lines.push(r);
  }

  const groups = (d: Dimension | null) => {
    const m = new Map<string, Tally>();
    for (const l of lines) addTo(m, l.score, d);
    return [...m.entries()].sort(([a], [b]) => a.localeCompare(b));
  };

  const out: string[] = [];
  const labelCount = lines.reduce((n, l) => n + l.tally.labels, 0);
  out.push(`Real-world corpus: ${lines.length} repositories scored, ${labelCount} labelled calls (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  for (const s of skipped) out.push(`skipped ${s}`);
  out.push('', repoTable(lines));
  for (const d of ['language', 'kind', 'style'] as const) {
    out.push('', `By ${d}:`, TALLY_HEAD, ...groups(d).map(([k, t]) => tallyRow(k, t)));
  }
  const all = groups(null)[0]?.[1] ?? emptyTally();
  const exact = lines.filter((l) => l.score.exactScopes).length;
  out.push('', 'Overall:', TALLY_HEAD, tallyRow('all', all));
  out.push(`least-privilege scope set exact: ${exact} of ${lines.length} repositories`);
  out.push(`unresolved findings: ${all.unresolved} of ${all.findings} (${all.findings ? ((100 * all.unresolved) / all.findings).toFixed(1) : '0'}%)`);
  if (!opts['no-details']) out.push('', 'Misses, wrong operations, extras and scope differences:', details(lines));
  console.log(out.join('\n'));

  if (opts.json) {
    fs.writeFileSync(opts.json, JSON.stringify({ overall: all, exact, repositories: lines.map((l) => ({ repo: l.repo, ...l.tally, exactScopes: l.score.exactScopes })) }, null, 2));
  }
}

void main();
