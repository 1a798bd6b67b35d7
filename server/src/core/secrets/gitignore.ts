import path from 'node:path';
import picomatch from 'picomatch';

// Whether git would ignore a file, decided from the .gitignore files alone (no git process: the
// extension runs in untrusted workspaces and the CLI must not depend on git being installed).
// It reads `.git/info/exclude` and every `.gitignore` from the repository's top folder (the
// nearest folder above the file holding `.git`, else the workspace root) down to the file's
// folder, and applies git's rules: last match wins, `!` re-includes, a trailing `/` matches
// folders only, a pattern with a `/` before its end is anchored to its .gitignore's folder, and
// nothing below an ignored folder can be re-included. The user's global excludes file is not
// read: a file only it ignores counts as tracked (the safe side for a leaked key).

interface Rule {
  negate: boolean;
  dirOnly: boolean;
  anchored: boolean;
  match: (rel: string) => boolean;
}

export function parseGitignore(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.replace(/(?<!\\)\s+$/, '');
    if (line === '' || line.startsWith('#')) continue;
    const negate = line.startsWith('!');
    if (negate) line = line.slice(1);
    line = line.replace(/^\\([#!])/, '$1');
    const dirOnly = line.endsWith('/');
    if (dirOnly) line = line.slice(0, -1);
    const anchored = line.includes('/');
    if (line.startsWith('/')) line = line.slice(1);
    if (line === '') continue;
    // `foo/**` also matches the folder's contents at any depth; picomatch needs dot files allowed.
    let isMatch: (s: string) => boolean;
    try {
      isMatch = picomatch(line, { dot: true });
    } catch {
      continue; // git skips what it cannot read too
    }
    rules.push({ negate, dirOnly, anchored, match: (rel) => isMatch(anchored ? rel : path.posix.basename(rel)) });
  }
  return rules;
}

export class GitIgnore {
  private readonly rules = new Map<string, Rule[]>();
  private top: string | null = null;

  /** `read` reads a file's text (undefined when missing); `root` is the workspace folder. */
  constructor(private readonly root: string, private readonly read: (file: string) => string | undefined) {}

  /** The repository's top folder: the nearest folder at or above the workspace holding `.git`. */
  private topFolder(): string {
    if (this.top !== null) return this.top;
    for (let dir = path.resolve(this.root); ; dir = path.dirname(dir)) {
      // `.git` is a folder (its HEAD is a file) or, in worktrees and submodules, a file.
      if (this.read(path.join(dir, '.git', 'HEAD')) !== undefined || this.read(path.join(dir, '.git')) !== undefined) return (this.top = dir);
      if (path.dirname(dir) === dir) return (this.top = path.resolve(this.root));
    }
  }

  private rulesIn(dir: string): Rule[] {
    let r = this.rules.get(dir);
    if (!r) {
      r = parseGitignore(this.read(path.join(dir, '.gitignore')) ?? '');
      if (dir === this.topFolder()) r = [...parseGitignore(this.read(path.join(dir, '.git', 'info', 'exclude')) ?? ''), ...r];
      this.rules.set(dir, r);
    }
    return r;
  }

  /** Whether `file` (absolute) is ignored; files outside the repository never are. */
  ignores(file: string): boolean {
    const top = this.topFolder();
    const rel = path.relative(top, file);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return false;
    const parts = rel.split(path.sep);
    // A folder on the way that is ignored hides everything below it.
    for (let i = 1; i < parts.length; i++) if (this.decide(top, parts.slice(0, i), true)) return true;
    return this.decide(top, parts, false);
  }

  /** The last matching rule's verdict over every .gitignore from the top down to the path's folder. */
  private decide(top: string, parts: string[], isDir: boolean): boolean {
    let ignored = false;
    for (let depth = 0; depth < parts.length; depth++) {
      const dir = path.join(top, ...parts.slice(0, depth));
      const rel = parts.slice(depth).join('/');
      for (const rule of this.rulesIn(dir)) {
        if (rule.dirOnly && !isDir) continue;
        if (rule.match(rel)) ignored = !rule.negate;
      }
    }
    return ignored;
  }
}
