import fs from 'node:fs';
import path from 'node:path';
import { readRegularFile, regularFileSize } from './read-regular';
import type { WorkspaceHost } from '../core/engine/workspace';
import { climbsOut } from '../core/path-escape';

/** Folders that hold other people's or generated code: never scanned. */
export const DEFAULT_EXCLUDED_DIRS = new Set(['node_modules', 'vendor', 'dist', 'build', 'out', '.git', '.hg', '.svn', 'coverage', '.next', '.nuxt', '__pycache__', '.venv', 'venv', '.tox']);

// Source files, plus what only the hardcoded-key scan reads: .env files and notebooks. Minified
// bundles (`*.min.js`) are listed too, so that the scan can name them as skipped.
const WANTED = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|py|php|rb|sh|bash|go|java|cs|ipynb)$/i;
const ENV_FILE = /^\.env(\..+)?$/i;

/**
 * Reads the workspace from disk. Texts are cached for the life of the host (one CLI run or one
 * scan); the language server overlays open documents on top of it.
 */
export class FsHost implements WorkspaceHost {
  private readonly texts = new Map<string, string | undefined>();

  listFiles(root: string): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    const listed = new Set<string>();
    let realRoot: string;
    try {
      realRoot = fs.realpathSync(root);
    } catch {
      return [];
    }
    const inside = (real: string): boolean => {
      const rel = path.relative(realRoot, real);
      return rel === '' || (!climbsOut(rel) && !path.isAbsolute(rel));
    };
    // `real` is the folder's real path: its own for plain folders (no realpath call per entry,
    // which was a tenth of a large scan), resolved only where a symlink was followed.
    const walk = (dir: string, real: string): void => {
      // Symlink loops would walk forever; each real folder is visited once.
      if (seen.has(real)) return;
      seen.add(real);
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const p = path.join(dir, e.name);
        let isDir = e.isDirectory();
        let isFile = e.isFile();
        let realP = path.join(real, e.name);
        if (e.isSymbolicLink()) {
          try {
            realP = fs.realpathSync(p);
            // A link to something inside the workspace is skipped: the file is listed once, at
            // its own path (the one the editor opens), whichever way the walk reaches it first.
            // A linked klaviyo.keys.json counts where the link is: its folder is what it covers.
            if (e.name !== 'klaviyo.keys.json' && inside(realP)) continue;
            const st = fs.statSync(p);
            isDir = st.isDirectory();
            isFile = st.isFile();
          } catch {
            continue; // dangling, or a loop the OS refuses to resolve
          }
        }
        if (isDir) {
          if (!DEFAULT_EXCLUDED_DIRS.has(e.name)) walk(p, realP);
        } else if (isFile && (WANTED.test(e.name) || ENV_FILE.test(e.name) || e.name === 'klaviyo.keys.json')) {
          // Two links outside the workspace to one file: it is still one file.
          if (!listed.has(realP) || e.name === 'klaviyo.keys.json') out.push(p);
          listed.add(realP);
        }
      }
    };
    walk(path.resolve(root), realRoot);
    return out.sort();
  }

  read(file: string): string | undefined {
    if (this.texts.has(file)) return this.texts.get(file);
    const text = readRegularFile(file);
    this.texts.set(file, text);
    return text;
  }

  size(file: string): number | undefined {
    return regularFileSize(file);
  }

  /** The text without caching it (see WorkspaceHost.peek). */
  peek(file: string): string | undefined {
    if (this.texts.has(file)) return this.texts.get(file);
    return readRegularFile(file);
  }

  forget(file: string): void {
    this.texts.delete(file);
  }
}
