import path from 'node:path';
import ts from 'typescript';
import { TS_DETECTORS } from '../detectors';
import type { DeferredCall, TsContext } from '../detectors/types';
import type { RawCall } from '../model';
import { Evaluator, type ModuleHost } from '../ts/evaluator';
import { HelperIndex } from '../ts/helpers';
import { isTsLike, parseTs } from '../ts/parse';

/** Reads file text for the engine: the CLI reads the disk, the language server prefers open documents. */
export interface TextSource {
  read(absPath: string): string | undefined;
}

export interface TsFileAnalysis {
  calls: RawCall[];
  deferred: DeferredCall[];
  usedHelpers: Set<ts.Node>;
  /** Files this one imports (resolved), so a change there re-checks this one. */
  imports: string[];
}

const RESOLVE_EXTS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];

/**
 * The TS/JS side of a workspace: parsed files on demand, one evaluator shared by all of them so
 * that a module's exported values are computed once per version of the workspace.
 */
export class TsProject implements ModuleHost {
  private readonly files = new Map<string, ts.SourceFile>();
  private ev: Evaluator;
  private helpers: HelperIndex;
  private readonly importsOf = new Map<string, Set<string>>();

  constructor(private readonly source: TextSource) {
    this.ev = new Evaluator(this);
    this.helpers = new HelperIndex(this.ev);
  }

  /** Drop a file's parse (it changed on disk or in the editor); every derived value is recomputed lazily. */
  invalidate(file: string): void {
    this.files.delete(file);
    this.ev = new Evaluator(this);
    this.helpers = new HelperIndex(this.ev);
  }

  sourceFile(file: string): ts.SourceFile | undefined {
    let sf = this.files.get(file);
    if (sf) return sf;
    const text = this.source.read(file);
    if (text === undefined) return undefined;
    sf = parseTs(file, text);
    this.files.set(file, sf);
    return sf;
  }

  get parsedCount(): number {
    return this.files.size;
  }

  resolveModule(fromFile: string, specifier: string): ts.SourceFile | undefined {
    const target = this.resolvePath(fromFile, specifier);
    if (!target) return undefined;
    let set = this.importsOf.get(fromFile);
    if (!set) this.importsOf.set(fromFile, (set = new Set()));
    set.add(target);
    return this.sourceFile(target);
  }

  resolvePath(fromFile: string, specifier: string): string | undefined {
    const base = path.resolve(path.dirname(fromFile), specifier);
    // TS ESM code imports './x.js' for './x.ts'.
    const stem = base.replace(/\.(m|c)?js$/, '');
    const tries = [base, ...RESOLVE_EXTS.map((e) => stem + e), ...RESOLVE_EXTS.map((e) => path.join(base, 'index' + e))];
    for (const t of tries) {
      if (isTsLike(t) && this.source.read(t) !== undefined) return t;
    }
    return undefined;
  }

  analyze(file: string, sdkRevision: string | null): TsFileAnalysis {
    const sf = this.sourceFile(file);
    const empty: TsFileAnalysis = { calls: [], deferred: [], usedHelpers: new Set(), imports: [] };
    if (!sf) return empty;
    const ctx: TsContext = { sf, ev: this.ev, helpers: this.helpers, sdkRevision, usedHelpers: new Set(), deferred: [] };
    const calls: RawCall[] = [];
    const visit = (node: ts.Node): void => {
      for (const d of TS_DETECTORS) {
        const found = d.visit(node, ctx);
        if (found) calls.push(...found);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    return { calls, deferred: ctx.deferred, usedHelpers: ctx.usedHelpers, imports: [...(this.importsOf.get(file) ?? [])] };
  }
}
