// The per-language part of `npm run bench`: the smallest tree's source files, split by language
// into trees of their own, each scanned with every file parsed on one thread, so the time per
// file and per MB says what each front end costs.

import fs from 'node:fs';
import path from 'node:path';

const EXT_LANG: Record<string, string> = {
  '.ts': 'typescript', '.js': 'javascript', '.py': 'python', '.php': 'php', '.rb': 'ruby', '.go': 'go', '.java': 'java', '.cs': 'csharp',
};
const SKIP = new Set(['node_modules', 'dist', '.git']);

export interface LanguageTree {
  language: string;
  root: string;
  files: number;
  bytes: number;
}

/** Copies `tree`'s source files into `<out>/<language>/`, keeping their relative paths (Go packages stay whole). */
export function splitByLanguage(tree: string, out: string): LanguageTree[] {
  const byLang = new Map<string, LanguageTree>();
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP.has(e.name)) walk(p);
        continue;
      }
      const lang = EXT_LANG[path.extname(e.name)];
      if (!lang || e.name.endsWith('.min.js')) continue;
      let t = byLang.get(lang);
      if (!t) byLang.set(lang, (t = { language: lang, root: path.join(out, lang), files: 0, bytes: 0 }));
      const dest = path.join(t.root, path.relative(tree, p));
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.copyFileSync(p, dest);
      t.files++;
      t.bytes += fs.statSync(p).size;
    }
  };
  fs.rmSync(out, { recursive: true, force: true });
  walk(tree);
  return [...byLang.values()].sort((a, b) => a.language.localeCompare(b.language));
}
