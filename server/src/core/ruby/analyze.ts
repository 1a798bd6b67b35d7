import { RB_DETECTORS } from '../detectors';
import type { FileAnalysis, TreeAnalysisInput } from '../engine/tree-languages';
import type { RawCall } from '../model';
import type { SyntaxNode } from '../tree-sitter/loader';
import { tEnvOf } from '../tree-sitter/values';
import { usesLegacyGem } from '../versions/ruby-version';
import type { RbContext } from './context';
import { RbEvaluator, type RbFacts } from './evaluator';
import { RbHelperIndex } from './helpers';
import { LEGACY_GEM } from './libraries';
import { field, named } from './nodes';
import { RbProgram } from './program';

// One Ruby file's analysis: index it (and the files it require_relative's), learn the SDK key
// and whether the retired gem is in use, then offer every node to every Ruby detector.

export function analyzeRuby(input: TreeAnalysisInput): FileAnalysis {
  const prog = new RbProgram(input.file, input.tree, (f) => input.parse(f), input.root);
  try {
    return analyzeProgram(input, prog);
  } finally {
    prog.dispose();
  }
}

function analyzeProgram(input: TreeAnalysisInput, prog: RbProgram): FileAnalysis {
  const facts: RbFacts = {
    keyEnv: null,
    legacyGem: prog.requiresAny([LEGACY_GEM]) || usesLegacyGem(input.file, input.read, input.root),
  };
  facts.keyEnv = configuredKeyEnv(prog, new RbEvaluator(prog, facts));
  const ev = new RbEvaluator(prog, facts);
  const ctx: RbContext = {
    file: input.file, ev, helpers: new RbHelperIndex(ev), sdkRevision: input.sdkRevision, usedHelpers: new Set(), deferred: [],
  };
  const calls: RawCall[] = [];
  const visit = (n: SyntaxNode): void => {
    for (const d of RB_DETECTORS) {
      const found = d.visit(n, ctx);
      if (found) calls.push(...found);
    }
    for (const c of named(n)) visit(c);
  };
  visit(input.tree.rootNode);
  return { calls, deferred: ctx.deferred, usedHelpers: ctx.usedHelpers, imports: prog.imports };
}

/**
 * The env var behind `config.api_key['Klaviyo-API-Key'] = "Klaviyo-API-Key #{ENV['X']}"` in a
 * `KlaviyoAPI.configure` block (or on `KlaviyoAPI::Configuration.default`) in this file or one it
 * loads. The gem keeps one default configuration, so the key applies to every SDK call here.
 */
function configuredKeyEnv(prog: RbProgram, ev: RbEvaluator): string | null {
  for (const f of prog.files) {
    let found: string | null = null;
    const visit = (n: SyntaxNode): void => {
      for (const c of named(n)) {
        if (found) return;
        const left = c.type === 'assignment' ? field(c, 'left') : null;
        const obj = left?.type === 'element_reference' ? field(left, 'object') : null;
        if (obj?.type === 'call' && field(obj, 'method')?.text === 'api_key' && /Klaviyo-API-Key/.test(left!.text)) {
          found = tEnvOf(ev.eval(field(c, 'right')));
        }
        visit(c);
      }
    };
    visit(f.tree.rootNode);
    if (found) return found;
  }
  return null;
}
