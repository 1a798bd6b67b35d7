// How a file's failed analysis is reported. Recursive walks and evaluators run out of stack on
// absurdly deep syntax (thousands of nested brackets, or a 3,000-term `a + b + …` chain), and a
// third-party grammar can throw out of its parser: both are stated limits, said as such (the
// file is named as skipped, the rest of the scan goes on). Anything else thrown is a bug in the
// analysis, reported as one (the fuzz tests fail on it).

import { GrammarCrash, GRAMMAR_FAILED } from './tree-sitter/bounded-parse';

export const TOO_DEEP = 'nested too deeply to analyze';

export function analysisFailure(e: unknown): string {
  if (e instanceof GrammarCrash) return GRAMMAR_FAILED;
  if (e instanceof RangeError && /call stack/i.test(e.message)) return TOO_DEEP;
  return `analysis failed: ${e instanceof Error ? e.message : String(e)}`;
}
