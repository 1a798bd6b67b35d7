import type { RawCall } from '../model';
import type { SyntaxNode } from '../tree-sitter/loader';
import type { DetectorMeta } from '../detectors/types';
import type { RbEvaluator } from './evaluator';
import type { RbHelperIndex } from './helpers';

// What Ruby detectors get for each node of a file: the evaluator, the request-helper index,
// and where to put requests that only resolve at a helper's call sites.

export interface RbContext {
  file: string;
  ev: RbEvaluator;
  helpers: RbHelperIndex;
  /** API revision the klaviyo-api-sdk version in the nearest Gemfile(.lock) sends, when known. */
  sdkRevision: string | null;
  /** Helper methods (nodeKeys) this file calls. */
  usedHelpers: Set<unknown>;
  /** Requests inside helpers, reported unresolved only when no file calls the helper. */
  deferred: { fn: unknown; call: RawCall }[];
}

export interface RbDetector extends DetectorMeta {
  /** Called for every named node of the file; returns the calls found at that node. */
  visit(node: SyntaxNode, ctx: RbContext): RawCall[] | undefined;
}

export function spanOf(n: SyntaxNode): { start: number; end: number } {
  return { start: n.startIndex, end: n.endIndex };
}
