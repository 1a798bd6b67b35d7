import path from 'node:path';
import ts from 'typescript';
import { TS_DETECTORS } from '../detectors';
import type { TsContext, TsDetector } from '../detectors/types';
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
  /** Keyed by `helperKey` of the function (plain strings: analyses hold no syntax nodes, and cross threads). */
  deferred: { fn: string; call: RawCall }[];
  usedHelpers: Set<string>;
  /** Files this one imports (resolved), so a change there re-checks this one. */
  imports: string[];
}

const RESOLVE_EXTS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];

/** The detectors to offer each node kind (indexed by kind), in TS_DETECTORS order. */
const DETECTORS_BY_KIND: (TsDetector[] | undefined)[] = [];
for (const d of TS_DETECTORS) {
  for (const k of d.kinds) DETECTORS_BY_KIND[k] = [...(DETECTORS_BY_KIND[k] ?? []), d];
}

/** A function's identity across analyses (and threads): file, span and kind. */
export function helperKey(node: ts.Node): string {
  return `${node.getSourceFile().fileName}:${node.pos}:${node.end}:${node.kind}`;
}

/**
 * Parses `text` reusing `old`'s syntax tree where the text did not change (the language server
 * re-parses a file on every edit; TypeScript's incremental parser is several times faster than
 * a fresh parse). `old` must not be used afterwards.
 */
function reparse(old: ts.SourceFile, text: string): ts.SourceFile {
  const a = old.text;
  if (a === text) return old;
  const max = Math.min(a.length, text.length);
  let prefix = 0;
  while (prefix < max && a.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && a.charCodeAt(a.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  const span = { start: prefix, length: a.length - prefix - suffix };
  return ts.updateSourceFile(old, text, { span, newLength: text.length - prefix - suffix });
}

/**
 * The TS/JS side of a workspace: parsed files on demand, one evaluator shared by all of them so
 * that a module's exported values are computed once per version of the workspace.
 */
export class TsProject implements ModuleHost {
  private readonly files = new Map<string, ts.SourceFile>();
  /** The last parse of files that changed since: the next parse of each reuses it. */
  private readonly previous = new Map<string, ts.SourceFile>();
  private ev: Evaluator;
  private helpers: HelperIndex;
  private readonly importsOf = new Map<string, Set<string>>();
  /** Every file parsed since the project was made (the scan reports how many). */
  readonly parsed = new Set<string>();

  constructor(private readonly source: TextSource) {
    this.ev = new Evaluator(this);
    this.helpers = new HelperIndex(this.ev);
  }

  /** Drop a file's parse (it changed on disk or in the editor); every derived value is recomputed lazily. */
  invalidate(file: string): void {
    const sf = this.files.get(file);
    if (sf) this.previous.set(file, sf);
    this.files.delete(file);
    this.freshEvaluation();
  }

  /** Forget every computed value (parses stay): what one scan component computes never leaks into another. */
  freshEvaluation(): void {
    this.ev = new Evaluator(this);
    this.helpers = new HelperIndex(this.ev);
  }

  /** Drop these files' parses to bound memory (they are parsed again if needed). */
  release(files: Iterable<string>): void {
    for (const f of files) {
      this.files.delete(f);
      this.previous.delete(f);
      this.importsOf.delete(f);
    }
  }

  get parsedCountNow(): number {
    return this.files.size;
  }

  /** Files parsed right now. */
  get parsedFiles(): IterableIterator<string> {
    return this.files.keys();
  }

  sourceFile(file: string): ts.SourceFile | undefined {
    let sf = this.files.get(file);
    if (sf) return sf;
    const text = this.source.read(file);
    const old = this.previous.get(file);
    this.previous.delete(file);
    if (text === undefined) return undefined;
    sf = old ? reparse(old, text) : parseTs(file, text);
    this.files.set(file, sf);
    this.parsed.add(file);
    return sf;
  }

  get parsedCount(): number {
    return this.parsed.size;
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
      const detectors = DETECTORS_BY_KIND[node.kind];
      if (detectors) {
        for (const d of detectors) {
          const found = d.visit(node, ctx);
          if (found) calls.push(...found);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    return {
      calls,
      deferred: ctx.deferred.map((d) => ({ fn: helperKey(d.fn), call: d.call })),
      usedHelpers: new Set([...ctx.usedHelpers].map(helperKey)),
      imports: [...(this.importsOf.get(file) ?? [])],
    };
  }
}
