// Local snapshots of the corpus repositories: git directories the search tool's `fetch` brought
// under ../.mirror/<owner>+<name>/ (beside the checkout). A pinned commit is exported once into
// a cache folder and reused while its marker says the same commit.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The git directory inside a snapshot folder: a bare repository, or a clone's `.git`. */
export function gitDirOf(mirror: string, repo: string): string | null {
  const base = path.join(mirror, repo.replace('/', '+'));
  for (const dir of [path.join(base, 'repo', '.git'), path.join(base, 'repo'), path.join(base, '.git'), base]) {
    if (fs.existsSync(path.join(dir, 'HEAD')) && fs.existsSync(path.join(dir, 'objects'))) return dir;
  }
  return null;
}

export type Exported = { dir: string } | { error: string };

/** The work tree of `commit`, under `cache/<owner>__<name>`. */
export function exportCommit(gitDir: string, repo: string, commit: string, cache: string): Exported {
  const dir = path.join(cache, repo.replace('/', '__'));
  const marker = path.join(cache, `${repo.replace('/', '__')}.commit`);
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8').trim() === commit && fs.existsSync(dir)) return { dir };
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(marker, { force: true });
  fs.mkdirSync(dir, { recursive: true });
  const archive = spawnSync('git', ['--git-dir', gitDir, 'archive', '--format=tar', commit], { maxBuffer: 2 ** 31, encoding: 'buffer' });
  if (archive.status === 0) {
    const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout, maxBuffer: 2 ** 31 });
    if (untar.status !== 0) return { error: `tar: ${untar.stderr.toString().trim().split('\n')[0]}` };
  } else {
    // Snapshots lack files of 4 MiB and more (media, dumps): write every blob that is there.
    const error = exportPresentBlobs(gitDir, commit, dir);
    if (error) return { error };
  }
  fs.writeFileSync(marker, commit + '\n');
  return { dir };
}

function exportPresentBlobs(gitDir: string, commit: string, dir: string): string | null {
  const tree = spawnSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-z', commit], { maxBuffer: 2 ** 28, encoding: 'utf8' });
  if (tree.status !== 0) return `git ls-tree ${commit.slice(0, 10)}: ${tree.stderr.trim().split('\n')[0]}`;
  const blobs = tree.stdout.split('\0').filter(Boolean).flatMap((row) => {
    const m = /^(\d+) blob ([0-9a-f]+)\t(.*)$/s.exec(row);
    return m && m[1] !== '120000' && m[1] !== '160000' ? [{ sha: m[2]!, file: m[3]! }] : [];
  });
  const out = spawnSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { input: blobs.map((b) => b.sha).join('\n') + '\n', maxBuffer: 2 ** 31 });
  const buf = out.stdout;
  let at = 0;
  for (const b of blobs) {
    const nl = buf.indexOf(10, at);
    if (nl < 0) break;
    const head = buf.subarray(at, nl).toString('utf8');
    at = nl + 1;
    if (head.endsWith(' missing')) continue;
    const size = Number(head.split(' ')[2]);
    const target = path.join(dir, b.file);
    if (!target.startsWith(dir + path.sep)) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, buf.subarray(at, at + size));
    at += size + 1;
  }
  return null;
}
