// Cheap text tests that decide which files are parsed at all: the whole workspace never is.

const MENTIONS_KLAVIYO = /klaviyo/i;

/** A file that never says "klaviyo" can still call it through an imported client or helper: see `importsAny`. */
export function mentionsKlaviyo(text: string): boolean {
  return MENTIONS_KLAVIYO.test(text);
}

/** Module specifiers of relative imports/requires, read with a regex instead of a parse. */
export function relativeSpecifiers(text: string): string[] {
  const out: string[] = [];
  const re = /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"\n]*)\1/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[2]);
  return out;
}

/** Minified or generated bundles are not hand-written calls; parsing them is slow and noisy. */
export function looksMinified(text: string): boolean {
  if (text.length < 4096) return false;
  let longest = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && longest < 2000; i = text.indexOf('\n', start)) {
    longest = Math.max(longest, i - start);
    start = i + 1;
  }
  longest = Math.max(longest, text.length - start);
  return longest >= 2000;
}
