import { IR_DETECTORS } from '../detectors';
import type { FileAnalysis } from '../engine/tree-languages';
import type { RawCall } from '../model';
import { endpointOpen, resolveRequest, resolveRequests } from '../requests';
import type { IrContext } from './context';
import { declaredSends } from './declarative';
import type { Send } from './effects';
import { IrEvaluator, siteKey } from './evaluator';
import type { LibraryTable } from './library';
import { IrProject } from './project';
import { NO_SETTINGS, type Settings } from './settings';
import type { Fn, Module } from './types';

// One file of a language lowered into the IR: every function and method of it is run with its
// parameters as holes; each call site that sends (directly or through a helper) goes to the IR
// detectors. Requests still open on parameters wait for the function's call sites.

export function analyzeModules(own: Module, peers: readonly Module[], table: LibraryTable, settings: Settings = NO_SETTINGS): FileAnalysis {
  const project = new IrProject([own, ...peers], table, settings);
  const ev = new IrEvaluator(project);
  ev.isOpen = (s: Send) => s.facts.dependsOnParams && endpointOpen(resolveRequest(s.facts) ?? resolveRequests(s.facts)[0] ?? null);
  const ctx: IrContext = { deferred: [] };
  const calls: RawCall[] = [];
  const fns: Fn[] = [...own.functions, ...own.classes.flatMap((c) => c.methods)];
  for (const fn of fns) {
    const self = fn.owner ? ({ kind: 'inst', cls: fn.owner } as const) : undefined;
    const owner = fn.owner ? project.classes.get(fn.owner) : undefined;
    const sends = [...ev.run(fn, null, self, 1, []).sends, ...(owner ? declaredSends(project, owner, fn) : [])];
    const bySite = new Map<string, Send[]>();
    for (const s of sends) {
      const k = siteKey(s.at);
      bySite.set(k, [...(bySite.get(k) ?? []), s]);
    }
    for (const group of bySite.values()) {
      for (const d of IR_DETECTORS) calls.push(...(d.visit({ sends: group, fn }, ctx) ?? []));
    }
  }
  const imports = [...peers.map((m) => m.file), ...settings.files];
  return { calls, deferred: ctx.deferred, usedHelpers: ev.usedHelpers, imports };
}
