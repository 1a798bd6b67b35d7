import fs from 'node:fs';
import path from 'node:path';
import type { WorkspaceHost } from '../core/engine/workspace';

/** Folders that hold other people's or generated code: never scanned. */
export const DEFAULT_EXCLUDED_DIRS = new Set(['node_modules', 'vendor', 'dist', 'build', 'out', '.git', '.hg', '.svn', 'coverage', '.next', '.nuxt', '__pycache__', '.venv', 'venv', '.tox']);

const WANTED = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|py|php|rb|sh)$/i;
const MINIFIED_NAME = /\.min\.(js|mjs|cjs)$|[.-]bundle\.js$/i;

/**
 * Reads the workspace from disk. Texts are cached for the life of the host (one CLI run or one
 * scan); the language server overlays open documents on top of it.
 */
export class FsHost implements WorkspaceHost {
  private readonly texts = new Map<string, string | undefined>();

  listFiles(root: string): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
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
            const st = fs.statSync(p);
            isDir = st.isDirectory();
            isFile = st.isFile();
          } catch {
            continue;
          }
        }
        if (isDir) {
          if (!DEFAULT_EXCLUDED_DIRS.has(e.name)) walk(p);
        } else if (isFile && ((WANTED.test(e.name) && !MINIFIED_NAME.test(e.name)) || e.name === 'klaviyo.keys.json')) {
          out.push(p);
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

  forget(file: string): void {
    this.texts.delete(file);
  }
}
