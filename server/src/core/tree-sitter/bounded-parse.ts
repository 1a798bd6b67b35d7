import { renewParser, type Parser, type Tree } from './loader';

// Tree-sitter grammars recover from syntax errors by trying alternatives, and on some broken
// inputs that costs far more than linear time (bash on 20 KB of Python-looking nesting: over
// a second, growing quadratically). Every parse gets a deadline proportional to the input, so
// no file, however broken, stalls a scan or the language server.

const BASE_MS = 500;
const MS_PER_KB = 20;

/** How long parsing `chars` of text may take. */
export function parseBudgetMs(chars: number): number {
  return BASE_MS + MS_PER_KB * (chars / 1024);
}

/** The tree, or null when the parse took longer than its budget (the caller says so). */
export function boundedParse(parser: Parser, text: string, budgetMs = parseBudgetMs(text.length)): Tree | null {
  const deadline = performance.now() + budgetMs;
  let calls = 0;
  // The callback's `true` cancels the parse (its declared type says void; the runtime reads it).
  // It runs very often: the clock is read on every 8th call only.
  const progressCallback = (() => (++calls & 7) === 0 && performance.now() > deadline) as unknown as () => void;
  let tree: Tree | null;
  try {
    tree = parser.parse(text, null, { progressCallback });
  } catch (e) {
    renewParser(parser);
    throw new GrammarCrash(e);
  }
  // A cancelled parser resumes the same document on its next call unless reset: the next
  // file would get a tree of this one.
  if (!tree) parser.reset();
  return tree;
}

export const TOO_SLOW_TO_PARSE = 'took too long to parse (a syntax the grammar recovers from very slowly)';

export const GRAMMAR_FAILED = 'the grammar failed on it (a bug in the grammar: the parser was renewed)';

/** A parse that threw: the file is skipped with GRAMMAR_FAILED, and the next file gets a new parser. */
export class GrammarCrash extends Error {
  constructor(cause: unknown) {
    super(GRAMMAR_FAILED, { cause });
  }
}
