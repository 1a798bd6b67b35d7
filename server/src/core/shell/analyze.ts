import { SH_DETECTORS } from '../detectors';
import type { FileAnalysis, TreeAnalysisInput } from '../engine/tree-languages';
import type { RawCall } from '../model';
import type { SyntaxNode } from '../tree-sitter/loader';
import type { ShContext } from './context';
import { ShHelpers } from './helpers';
import { ShEvaluator } from './words';

// One shell script's analysis: every command node is offered to the shell detectors.

export function analyzeShell(input: TreeAnalysisInput): FileAnalysis {
  const ev = new ShEvaluator(input.file, input.tree.rootNode);
  const ctx: ShContext = { ev, helpers: new ShHelpers(ev, input.tree.rootNode), usedHelpers: new Set(), deferred: [] };
  const calls: RawCall[] = [];
  const visit = (n: SyntaxNode): void => {
    if (n.type === 'command') {
      for (const d of SH_DETECTORS) {
        const found = d.visit(n, ctx);
        if (found) calls.push(...found);
      }
    }
    for (const c of n.namedChildren) if (c) visit(c);
  };
  visit(input.tree.rootNode);
  return { calls, deferred: ctx.deferred, usedHelpers: ctx.usedHelpers, imports: [] };
}
