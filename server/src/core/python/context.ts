import type { DetectorMeta } from '../detectors/types';
import type { RawCall } from '../model';
import type { SyntaxNode } from '../tree-sitter/loader';
import type { PyEvaluator } from './evaluator';
import type { PyHelperIndex } from './helpers';

// What a Python detector sees while the analysis walks a file.

export interface PyContext {
  file: string;
  ev: PyEvaluator;
  helpers: PyHelperIndex;
  /** API revision of the klaviyo-api version in use for this file, when a manifest tells. */
  sdkRevision: string | null;
  /** Helpers (function keys) this file calls, so their inner requests are not reported unresolved. */
  usedHelpers: Set<unknown>;
  /** Requests inside helpers, reported (unresolved) only if no file calls the helper. */
  deferred: { fn: unknown; call: RawCall }[];
}

export interface PyDetector extends DetectorMeta {
  /** The syntax node types `visit` is called for. */
  nodeTypes: readonly string[];
  visit(node: SyntaxNode, ctx: PyContext): RawCall[] | undefined;
}
