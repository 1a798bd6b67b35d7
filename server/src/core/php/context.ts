import type { DetectorMeta } from '../detectors/types';
import type { RawCall } from '../model';
import type { SyntaxNode } from '../tree-sitter/loader';
import type { PhpEvaluator } from './evaluator';
import type { PhpFile } from './file-index';
import type { PhpHelpers } from './helpers';

/** What the PHP detectors see of the file being analyzed. */
export interface PhpContext {
  file: PhpFile;
  ev: PhpEvaluator;
  helpers: PhpHelpers;
  /** API revision the klaviyo/api version in use sends, when composer.json/composer.lock tell. */
  sdkRevision: string | null;
  /** Helper functions (by key) whose call sites this file has, so their inner requests are not reported unresolved. */
  usedHelpers: Set<unknown>;
  deferred: { fn: unknown; call: RawCall }[];
}

export interface PhpDetector extends DetectorMeta {
  /** Called for every named node of the file; returns the calls found at that node. */
  visit(node: SyntaxNode, ctx: PhpContext): RawCall[] | undefined;
}

export function spanOfNode(n: SyntaxNode): { start: number; end: number } {
  return { start: n.startIndex, end: n.endIndex };
}
