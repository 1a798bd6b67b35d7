import type { DetectorMeta } from '../detectors/types';
import type { RawCall } from '../model';
import type { Send } from './effects';
import type { Fn } from './types';

/** What an IR detector sees: the sends one call site makes, inside one function. */
export interface IrSite {
  sends: Send[];
  /** The function (or method) the site sits in. */
  fn: Fn;
}

export interface IrContext {
  deferred: { fn: unknown; call: RawCall }[];
}

export interface IrDetector extends DetectorMeta {
  /** Called for every call site that sends a request (directly, or through a helper it calls). */
  visit(site: IrSite, ctx: IrContext): RawCall[] | undefined;
}
