import fs from 'node:fs';
import path from 'node:path';
import type { WorkspaceHost } from '../core/engine/workspace';

/** Folders that hold other people's or generated code: never scanned. */
export const DEFAULT_EXCLUDED_DIRS = new Set(['node_modules', 'vendor', 'dist', 'build', 'out', '.git', '.hg', '.svn', 'coverage', '.next', '.nuxt', '__pycache__', '.venv', 'venv', '.tox']);

// Source files, plus what only the hardcoded-key scan reads: .env files and notebooks. Minified
// bundles (`*.min.js`) are listed too, so that the scan can name them as skipped.
const WANTED = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|py|php|rb|sh|ipynb)$/i;
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
      return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
    };
    const walk = (dir: string): void => {
      let real: string;
      try {
        real = fs.realpathSync(dir);
      } catch {
        return;
      }
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
        if (e.isSymbolicLink()) {
          try {
            // A link to something inside the workspace is skipped: the file is listed once, at
            // its own path (the one the editor opens), whichever way the walk reaches it first.
            // A linked klaviyo.keys.json counts where the link is: its folder is what it covers.
            if (e.name !== 'klaviyo.keys.json' && inside(fs.realpathSync(p))) continue;
            const st = fs.statSync(p);
            isDir = st.isDirectory();
            isFile = st.isFile();
          } catch {
            continue; // dangling, or a loop the OS refuses to resolve
          }
        }
        if (isDir) {
          if (!DEFAULT_EXCLUDED_DIRS.has(e.name)) walk(p);
        } else if (isFile && (WANTED.test(e.name) || ENV_FILE.test(e.name) || e.name === 'klaviyo.keys.json')) {
          // Two links outside the workspace to one file: it is still one file.
          let real = p;
          try {
            real = fs.realpathSync(p);
          } catch {
            continue;
          }
          if (!listed.has(real) || e.name === 'klaviyo.keys.json') out.push(p);
          listed.add(real);
        }
      }
    };
    walk(path.resolve(root));
    return out.sort();
  }

  read(file: string): string | undefined {
    if (this.texts.has(file)) return this.texts.get(file);
    let text: string | undefined;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      text = undefined;
    }
    this.texts.set(file, text);
    return text;
  }

  size(file: string): number | undefined {
    try {
      return fs.statSync(file).size;
    } catch {
      return undefined;
    }
  }

  /** The text without caching it (see WorkspaceHost.peek). */
  peek(file: string): string | undefined {
    if (this.texts.has(file)) return this.texts.get(file);
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  }

  forget(file: string): void {
    this.texts.delete(file);
  }
}
