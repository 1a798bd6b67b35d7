import type { BaselineEntry } from './file';

// Which findings a baseline already holds. Entries are a multiset: two identical findings in a
// file are two entries, and a third one is new.

export type BaselineState = 'new' | 'unchanged';

export interface Identified {
  code: string;
  /** As in the baseline: POSIX, relative to the scanned folder. */
  file: string;
  fingerprint: string;
}

export interface BaselineMatch {
  /** Parallel to the findings. */
  states: BaselineState[];
  /** Entries no finding matched: fixed since, to prune. */
  absent: BaselineEntry[];
}

const id = (x: Identified): string => `${x.code}\0${x.file}\0${x.fingerprint}`;

export function matchBaseline(findings: readonly Identified[], entries: readonly BaselineEntry[]): BaselineMatch {
  const left = new Map<string, BaselineEntry[]>();
  for (const e of entries) {
    const k = id(e);
    const list = left.get(k);
    if (list) list.push(e);
    else left.set(k, [e]);
  }
  const states = findings.map((f): BaselineState => (left.get(id(f))?.pop() ? 'unchanged' : 'new'));
  return { states, absent: [...left.values()].flat() };
}
