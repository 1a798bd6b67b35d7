import type { DetectorMeta } from '../detectors/types';
import type { RawCall } from '../model';
import type { SyntaxNode } from '../tree-sitter/loader';
import type { ShHelpers } from './helpers';
import type { ShEvaluator } from './words';

export interface ShContext {
  ev: ShEvaluator;
  helpers: ShHelpers;
  /** Shell functions (nodeKeys) this script calls. */
  usedHelpers: Set<unknown>;
  deferred: { fn: unknown; call: RawCall }[];
}

export interface ShDetector extends DetectorMeta {
  /** Called for every `command` node of the script. */
  visit(node: SyntaxNode, ctx: ShContext): RawCall[] | undefined;
}
