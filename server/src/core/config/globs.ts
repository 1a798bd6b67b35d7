// Glob semantics of klaviyo.keys.json, shared by the loader (syntax checks) and the resolver
// (matching), and exported so that a `globMatchesAny` callback can match exactly like keyForCall.
//
// - Globs are relative to the config's folder and use `/`; a leading `./` is ignored.
// - Dot files and folders match (`.github/**` is code too).
// - A glob that matches a folder matches everything below it, as in .gitignore, so
//   `apps/storefront` works as well as `apps/storefront/**`.
// - In a list, a glob starting with `!` excludes what earlier positive globs matched.

import picomatch from 'picomatch';

/** Why `glob` cannot be used, or null when it is fine. */
export function globSyntaxProblem(glob: string): string | null {
  if (glob.includes('\\')) {
    // picomatch reads `\` as an escape, so a Windows path silently matches something else.
    return `Use "/" as the path separator in globs, not "\\".`;
  }
  const body = stripGlob(glob);
  if (body === '') return 'A glob must name something after "!" or "./".';
  if (body.startsWith('/') || /^[A-Za-z]:/.test(body)) {
    return 'Globs are relative to the folder of klaviyo.keys.json: remove the leading "/" or drive.';
  }
  if (body.split('/').includes('..')) {
    return 'A glob cannot reach outside the folder of klaviyo.keys.json: the file only applies to files below that folder.';
  }
  try {
    picomatch.makeRe(body, { strictBrackets: true, dot: true });
  } catch (e) {
    return `Invalid glob: ${e instanceof Error ? e.message : String(e)}.`;
  }
  return null;
}

export function isNegated(glob: string): boolean {
  return glob.startsWith('!');
}

function stripGlob(glob: string): string {
  let g = isNegated(glob) ? glob.slice(1) : glob;
  while (g.startsWith('./')) g = g.slice(2);
  return g.endsWith('/') && g.length > 1 ? g.slice(0, -1) : g;
}

/**
 * A matcher for a list of globs, called with a path relative to the config's folder using `/`.
 * Globs with bad syntax are skipped: the loader reports them.
 */
export function compileGlobs(globs: readonly string[]): (relPath: string) => boolean {
  const parts: { negated: boolean; test: (p: string) => boolean }[] = [];
  for (const g of globs) {
    if (globSyntaxProblem(g) !== null) continue;
    parts.push({ negated: isNegated(g), test: picomatch(stripGlob(g), { dot: true }) });
  }
  if (parts.length === 0) return () => false;
  return (relPath: string) => {
    const candidates = selfAndAncestors(relPath);
    let matched = false;
    for (const part of parts) {
      if (part.negated === matched && candidates.some((c) => part.test(c))) matched = !part.negated;
    }
    return matched;
  };
}

/** `a/b/c.ts` -> [`a/b/c.ts`, `a/b`, `a`]. */
function selfAndAncestors(relPath: string): string[] {
  const out: string[] = [];
  let p = relPath.replace(/\/+$/, '');
  while (p !== '') {
    out.push(p);
    const i = p.lastIndexOf('/');
    p = i < 0 ? '' : p.slice(0, i);
  }
  return out;
}
