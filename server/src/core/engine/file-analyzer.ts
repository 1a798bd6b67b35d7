import { treeLanguageOf } from '../languages';
import type { Call, Language, RawCall } from '../model';
import { isTsLike } from '../ts/parse';
import { analysisFailure } from '../analysis-failure';
import { boundedParse, TOO_SLOW_TO_PARSE } from '../tree-sitter/bounded-parse';
import { loadedParser } from '../tree-sitter/loader';
import { LineMap } from './positions';
import { SdkVersions } from './sdk-versions';
import type { FileAnalysis } from './tree-languages';
import { sourceIndex } from './scan-plan';
import type { SourceIndex } from './tree-languages';
import { TsProject, type TextSource } from './ts-project';

export function languageOf(file: string): Language | null {
  if (!isTsLike(file)) return treeLanguageOf(file)?.language ?? null;
  return /\.(ts|tsx|mts|cts)$/i.test(file) ? 'typescript' : 'javascript';
}

/**
 * A file's analysis with its calls placed (line and column from the file's text, computed once):
 * what a workspace keeps per file. Plain data, so it crosses from worker threads as is.
 */
export interface Located {
  /** Sorted by range. */
  calls: Call[];
  deferred: { fn: unknown; call: Call }[];
  usedHelpers: Set<unknown>;
  imports: string[];
}

export function locate(file: string, text: string, a: FileAnalysis): Located {
  const lines = new LineMap(text);
  const language = languageOf(file) ?? 'typescript';
  const place = (r: RawCall): Call => ({ ...r, file, language, ...lines.span(r.range) });
  const calls = [...a.calls].sort(byRange).map(place);
  return { calls, deferred: a.deferred.map((d) => ({ fn: d.fn, call: place(d.call) })), usedHelpers: a.usedHelpers, imports: a.imports };
}

export function byRange(x: { range: { start: number; end: number } }, y: { range: { start: number; end: number } }): number {
  return x.range.start - y.range.start || x.range.end - y.range.end;
}

export interface FileOutcome {
  located?: Located;
  /** Why the file has no analysis (failed, grammar missing); absent when it simply has none. */
  skipped?: string;
}

/** Value-provider parses kept between scan components (files imported by many of them). */
const SHARED_PARSES = 100;

/**
 * Analyzes single files of one workspace folder: the TS/JS project (parses on demand, one
 * evaluator) and the tree-sitter languages. The workspace uses one on the main thread; each scan
 * worker has its own, so the same code produces the same analyses wherever it runs.
 */
export class FileAnalyzer {
  readonly project: TsProject;
  readonly versions: SdkVersions;
  /** Files parsed by a tree-sitter grammar for analysis. */
  treesParsed = 0;

  private sources: SourceIndex | undefined;

  constructor(readonly root: string, private readonly host: TextSource) {
    this.project = new TsProject(host);
    this.versions = new SdkVersions(root, host);
  }

  /** The listed files of the languages that find others by folder or type name (see TreeAnalysisInput.sources). */
  setSources(files: readonly string[]): void {
    this.sources = sourceIndex(this.root, files.filter((f) => treeLanguageOf(f)?.reachesByName));
  }

  /** One file's analysis; a bug on odd input costs that file, never the scan or the server. */
  analyze(file: string): FileOutcome {
    try {
      const a = this.analyzeUnguarded(file);
      return a.analysis ? { located: locate(file, this.host.read(file) ?? '', a.analysis) } : { ...(a.skipped ? { skipped: a.skipped } : {}) };
    } catch (e) {
      return { skipped: analysisFailure(e) };
    }
  }

  /**
   * A scan component (files whose values may flow into each other: see scan-plan.ts), in order,
   * with an evaluator of its own: what it computes depends on nothing outside the component, so
   * the order components run in, and the thread they run on, never change a result.
   */
  analyzeComponent(files: readonly string[], each: (file: string, outcome: FileOutcome) => void): void {
    this.project.freshEvaluation();
    for (const f of files) each(f, this.analyze(f));
    // The component's own files are never read by another component: free their trees. Files
    // they imported stay parsed (a shared module is parsed once), up to a bound.
    this.project.release(files);
    if (this.project.parsedCountNow > SHARED_PARSES) this.project.release([...this.project.parsedFiles]);
  }

  private analyzeUnguarded(file: string): { analysis?: FileAnalysis; skipped?: string } {
    const tree = treeLanguageOf(file);
    if (!tree) return { analysis: this.project.analyze(file, this.versions.revisionFor(file)) };
    const parser = loadedParser(tree.grammar);
    const text = this.host.read(file);
    if (!parser) return { skipped: `the ${tree.grammar} grammar is not loaded (synchronous scan)` };
    if (text === undefined) return {};
    const parsed = boundedParse(parser, tree.parseText ? tree.parseText(text) : text);
    if (!parsed) return { skipped: TOO_SLOW_TO_PARSE };
    this.treesParsed++;
    try {
      return {
        analysis: tree.analyze({
          file, text, tree: parsed, root: this.root,
          sdkRevision: tree.sdkRevision(file, (p) => this.host.read(p), this.root),
          read: (p) => this.host.read(p),
          sources: this.sources,
          parse: (p) => {
            const t = this.host.read(p);
            return t === undefined ? undefined : (boundedParse(loadedParser(tree.grammar) ?? parser, tree.parseText ? tree.parseText(t) : t) ?? undefined);
          },
        }),
      };
    } finally {
      // Trees live in the WASM heap, which no garbage collector frees: without this, every
      // re-analysis (each keystroke in the editor) leaked the file's tree until parsing aborted.
      // Analyses keep plain data and string keys only, never nodes.
      parsed.delete();
    }
  }
}
