// Cheap text tests that decide which files are parsed at all: the whole workspace never is.

const MENTIONS_KLAVIYO = /klaviyo/i;

/** A file that never says "klaviyo" can still call it through an imported client or helper: see `importsAny`. */
export function mentionsKlaviyo(text: string): boolean {
  return MENTIONS_KLAVIYO.test(text);
}

const QUOTED_RELATIVE = /(['"])(\.{1,2}\/[^'"\n]*)\1/g;
const SPACE = /\s/;
const isSpace = (text: string, i: number): boolean => i >= 0 && SPACE.test(text[i]);
const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** Whether `word` ends at index `end` (inclusive) and starts at a word boundary. */
function wordEndsAt(text: string, end: number, word: string): boolean {
  const start = end - word.length + 1;
  return start >= 0 && text.startsWith(word, start) && (start === 0 || !isWordChar(text.charCodeAt(start - 1)));
}

/** `from`, `require(`, `import(` or `import ` (whitespace allowed as JS's \s) right before index `i`. */
function importKeywordBefore(text: string, i: number): boolean {
  let j = i - 1;
  while (isSpace(text, j)) j--;
  if (text[j] === '(') {
    j--;
    while (isSpace(text, j)) j--;
    return wordEndsAt(text, j, 'require') || wordEndsAt(text, j, 'import');
  }
  return wordEndsAt(text, j, 'from') || (j < i - 1 && wordEndsAt(text, j, 'import'));
}

/**
 * Module specifiers of relative imports/requires, read with a regex instead of a parse:
 * `from './x'`, `require('./x')`, `import('./x')`, `import './x'`. Quoted relative paths are
 * found first and the keyword looked for just before them: a regex starting with the keywords
 * tries them at every position of every file, which made this the prefilter's hottest loop.
 */
export function relativeSpecifiers(text: string): string[] {
  const out: string[] = [];
  if (!text.includes('./')) return out;
  const re = QUOTED_RELATIVE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (importKeywordBefore(text, m.index)) out.push(m[2]);
    else re.lastIndex = m.index + 1;
  }
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

/** Bundles named as such (`app.min.js`, `vendor-bundle.js`): skipped without being read. */
export function minifiedByName(file: string): boolean {
  return /\.min\.(js|mjs|cjs)$|[.-]bundle\.js$/i.test(file);
}
