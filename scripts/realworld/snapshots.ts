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
  if (archive.status !== 0) return { error: `git archive ${commit.slice(0, 10)}: ${archive.stderr.toString().trim().split('\n')[0]}` };
  const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout, maxBuffer: 2 ** 31 });
  if (untar.status !== 0) return { error: `tar: ${untar.stderr.toString().trim().split('\n')[0]}` };
  fs.writeFileSync(marker, commit + '\n');
  return { dir };
}
