import { PY_DETECTORS } from '../detectors';
import type { FileAnalysis, TreeAnalysisInput } from '../engine/tree-languages';
import type { RawCall } from '../model';
import type { PyContext, PyDetector } from './context';
import { PyEvaluator } from './evaluator';
import { PyHelperIndex } from './helpers';
import { PyProgram } from './program';

// One Python file's analysis: hand each node of the types the detectors asked for (listed by
// the program's one walk of the file) to those detectors. Imported modules are parsed on demand and freed at the end.

export function analyzePython(input: TreeAnalysisInput): FileAnalysis {
  const program = new PyProgram(input);
  try {
    const ev = new PyEvaluator(program);
    const ctx: PyContext = {
      file: input.file, ev, helpers: new PyHelperIndex(ev), sdkRevision: input.sdkRevision,
      usedHelpers: new Set(), deferred: [],
    };
    const byType = new Map<string, PyDetector[]>();
    for (const d of PY_DETECTORS) for (const t of d.nodeTypes) byType.set(t, [...(byType.get(t) ?? []), d]);
    const calls: RawCall[] = [];
    // The program's one walk of the file already listed every node of the wanted types.
    const nodes = [...byType.keys()].flatMap((t) => program.nodesOf(input.file, t));
    nodes.sort((x, y) => x.startIndex - y.startIndex || y.endIndex - x.endIndex);
    for (const node of nodes) for (const d of byType.get(node.type) ?? []) calls.push(...(d.visit(node, ctx) ?? []));
    return { calls, deferred: ctx.deferred, usedHelpers: ctx.usedHelpers, imports: [...program.imports] };
  } finally {
    program.dispose();
  }
}
