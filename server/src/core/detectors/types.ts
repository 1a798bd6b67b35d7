import type ts from 'typescript';
import type { Language, RawCall } from '../model';
import type { Evaluator } from '../ts/evaluator';
import type { HelperIndex } from '../ts/helpers';

/** What every detector declares about itself: shown in docs, tested by the meta-tests. */
export interface DetectorMeta {
  id: string;
  languages: Language[];
  title: string;
  /** README anchor that documents the shapes it finds. */
  docs: string;
}

/** A request inside a helper that only resolves at the helper's call sites; reported unresolved if it has none. */
export interface DeferredCall {
  fn: ts.Node;
  call: RawCall;
}

export interface TsContext {
  sf: ts.SourceFile;
  ev: Evaluator;
  helpers: HelperIndex;
  /** API revision of the official SDK version in use for this file, when the manifest tells. */
  sdkRevision: string | null;
  /** Helper functions whose call sites this file has (so their inner request is not reported unresolved). */
  usedHelpers: Set<ts.Node>;
  deferred: DeferredCall[];
}

export interface TsDetector extends DetectorMeta {
  /** The node kinds `visit` can report at: only those are offered (most nodes of a file are not). */
  kinds: readonly ts.SyntaxKind[];
  /** Called for every node of those kinds; returns the calls found at that node. */
  visit(node: ts.Node, ctx: TsContext): RawCall[] | undefined;
}
