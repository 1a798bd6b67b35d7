import { PY_DETECTORS } from '../detectors';
import type { FileAnalysis, TreeAnalysisInput } from '../engine/tree-languages';
import type { RawCall } from '../model';
import type { SyntaxNode } from '../tree-sitter/loader';
import type { PyContext, PyDetector } from './context';
import { PyEvaluator } from './evaluator';
import { PyHelperIndex } from './helpers';
import { PyProgram } from './program';

// One Python file's analysis: walk its syntax tree once, handing each node to the detectors
// that asked for its type. Imported modules are parsed on demand and freed at the end.

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
    const cursor = input.tree.walk();
    // Depth-first over every node, without building child arrays.
    for (let more = true; more; ) {
      const node: SyntaxNode = cursor.currentNode;
      for (const d of byType.get(node.type) ?? []) calls.push(...(d.visit(node, ctx) ?? []));
      if (cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) {
          more = false;
          break;
        }
      }
    }
    cursor.delete();
    return { calls, deferred: ctx.deferred, usedHelpers: ctx.usedHelpers, imports: [...program.imports] };
  } finally {
    program.dispose();
  }
}
