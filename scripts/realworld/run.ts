// `npm run realworld`: the tool scored on real public repositories labelled by hand.
//
// For each label file in test/realworld/labels/: export the pinned commit from its local
// snapshot, run `node dist/cli.js scan <tree> --format json`, match calls to labels
// (./match.ts) and print the tables (./report.ts). A repository whose snapshot is absent is
// named in one line and skipped. Not part of CI: CI has no snapshots.
//
// Options: --repo <substring> (only matching repositories)  --mirror <dir> (default
// ../.mirror)  --cache <dir> (exported trees; default $TMPDIR/klaviyo-scopes-realworld)
// --json <file> (write the scores as JSON too)  --no-details (tables only).

import { spawnSync } from 'node:child_process';
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
    'no-details': { type: 'boolean', default: false },
  },
});

const cli = path.join(root, 'dist/cli.js');
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
for (const r of chosen) {
  const gitDir = gitDirOf(opts.mirror!, r.repo);
  if (!gitDir) {
    skipped.push(`${r.repo}: no snapshot under ${opts.mirror}`);
    continue;
  }
  const tree = exportCommit(gitDir, r.repo, r.commit, opts.cache!);
  if ('error' in tree) {
    skipped.push(`${r.repo}: ${tree.error}`);
    continue;
  }
  const run = spawnSync(process.execPath, [cli, 'scan', tree.dir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 2 ** 28, timeout: 600_000 });
  let findings: Finding[];
  try {
    findings = (JSON.parse(run.stdout) as { calls: Finding[] }).calls;
  } catch {
    skipped.push(`${r.repo}: scan exited ${run.status ?? run.signal}: ${(run.stderr || '').trim().split('\n')[0]}`);
    continue;
  }
  const score = scoreRepo(r.calls, findings);
  const tally = new Map<string, Tally>();
  addTo(tally, score, null);
  lines.push({ repo: r.repo, score, tally: tally.get('all') ?? emptyTally() });
  process.stderr.write(`scored ${r.repo} (${lines.length}/${chosen.length})\n`);
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
