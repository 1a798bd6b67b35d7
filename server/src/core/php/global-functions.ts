import type { SourceIndex } from '../engine/tree-languages';

// PHP functions are global: once a bootstrap file has loaded both, a file calls a function
// another file defines without requiring it (WordPress plugins: the main file requires every
// `includes/*.php`, and each calls the others' helpers). Which file defines a name is found
// from the text of the listed PHP files, once per scan, with a regex rather than a parse.

/** Past this many PHP files the index costs more than the rare helper it finds. */
const MAX_FILES = 3000;
const DEFINITION = /^[ \t]*function[ \t]+&?[ \t]*([A-Za-z_]\w*)[ \t]*\(/gm;

const indexes = new WeakMap<SourceIndex, Map<string, string[]> | null>();

/** Listed PHP files that define a global-looking function `name` (lower case, as PHP compares them). */
export function filesDefining(name: string, sources: SourceIndex | undefined, read: (file: string) => string | undefined): readonly string[] {
  if (!sources) return [];
  let index = indexes.get(sources);
  if (index === undefined) {
    index = build(sources, read);
    indexes.set(sources, index);
  }
  return index?.get(name.toLowerCase()) ?? [];
}

function build(sources: SourceIndex, read: (file: string) => string | undefined): Map<string, string[]> | null {
  const files = [...sources.withExtension('.php'), ...sources.withExtension('.phtml')];
  if (files.length > MAX_FILES) return null;
  const out = new Map<string, string[]>();
  for (const f of files) {
    const text = read(f);
    if (!text || !text.includes('function')) continue;
    for (const m of text.matchAll(DEFINITION)) {
      const key = m[1].toLowerCase();
      const list = out.get(key);
      if (!list) out.set(key, [f]);
      else if (!list.includes(f)) list.push(f);
    }
  }
  return out;
}
