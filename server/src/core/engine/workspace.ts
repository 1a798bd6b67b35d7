import path from 'node:path';
import { FileRules, loadConfigFile } from './file-rules';
import { CONFIG_FILE_NAME } from '../config/schema';
import type { Call, Language } from '../model';
import type { LoadedConfig, ScanOptions, ScanProgress, ScanResult, WorkspaceHost } from './workspace-types';
import { mentionsKlaviyo, minifiedByName } from './prefilter';
import { isTsLike } from '../ts/parse';
import type { TsProject } from './ts-project';
import { treeLanguageOf } from '../languages';
import { parserFor } from '../tree-sitter/loader';
import type { SdkVersions } from './sdk-versions';
import { HeapBudget } from './heap-budget';
import { byRange, FileAnalyzer, languageOf, type FileOutcome, type Located } from './file-analyzer';
import { KeyScan } from '../secrets/key-scan';
import { isTestFile } from './test-files';
import { keyScanKind } from '../secrets/hardcoded-key';
import { DEFAULT_MAX_BYTES, factsOf, factsOfSize, plan, skipReason, type FileFacts } from './scan-plan';
import { defaultThreads, drain, ScanPool, scanStats, threadsFromEnv, type AnalyzeReply, type PrefilterReply, type Task } from './scan-pool';
import { append } from '../append';
import { DirectiveIndex } from './directive-index';

export { languageOf } from './file-analyzer';

export type { LoadedConfig, ScanOptions, ScanProgress, ScanResult, WorkspaceHost } from './workspace-types';

/**
 * Below this much text to analyze (the prefilter's candidates, in characters), a worker thread
 * costs more than it saves. Measured on 2 cores (each thread loads the bundle and warms up its
 * parsers on its own, and competes with V8's background threads): 10,000 files with 2 MB of
 * candidates scanned 2.72 s with a worker and 2.64 s without; 50,000 files with 11 MB, 7.4 s
 * instead of 9.3 s. The worker starts after the prefilter, so the prefilter never waits for it.
 */
export const PARALLEL_MIN_CHARS = 4_000_000;
/** Files per prefilter task. */
const PREFILTER_CHUNK = 256;
/** Files an SDK version is read from: a change there can change what every call means. */
const MANIFEST = /^(package\.json|package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|requirements.*\.txt|pyproject\.toml|Pipfile(\.lock)?|poetry\.lock|composer\.(json|lock)|Gemfile(\.lock)?)$/;

/**
 * A workspace folder: which files are candidates, their calls, and the key configs. The CLI
 * scans once; the language server keeps one and calls `update` when files change.
 */
export class Workspace {
  private analyzer: FileAnalyzer;
  private sources: string[] = [];
  private configs: LoadedConfig[] = [];
  /** Analyzed files (sorted lazily, see `files`), their calls placed. */
  private readonly analyses = new Map<string, Located>();
  private sortedFiles: string[] | null = null;
  private skipped: { file: string; reason: string }[] = [];
  private treesParsed = 0;
  /** TS/JS files parsed by earlier scan components and by worker threads. */
  private readonly parsedTs = new Set<string>();

  /** `hardcoded-key` findings; the .env files and notebooks it reads (no detector does). */
  private readonly keyScan: KeyScan;
  private keyFiles: string[] = [];
  private readonly directives = new DirectiveIndex();
  /** Bundles skipped by name, unread. */
  private namedSkips: { file: string; reason: string }[] = [];

  private readonly rules: FileRules;

  constructor(readonly root: string, private readonly host: WorkspaceHost, private readonly options: ScanOptions = {}) {
    this.rules = new FileRules(root, options.exclude ?? [], () => this.configs);
    this.keyScan = new KeyScan(root, (f) => host.read(f));
    this.analyzer = new FileAnalyzer(root, host);
  }

  get project(): TsProject {
    return this.analyzer.project;
  }

  get versions(): SdkVersions {
    return this.analyzer.versions;
  }

  /** The whole scan on this thread. */
  scan(): ScanResult {
    const { components } = this.prepare((files) => files.map((f) => this.factsOf(f)));
    for (const c of components) this.analyzer.analyzeComponent(c, (f, o) => this.store(f, o));
    this.sortFailures();
    return this.result();
  }

  /**
   * The same scan, yielding to the event loop between files so a language server can report
   * progress and honour cancellation, and on worker threads for big trees. A cancelled scan
   * keeps what it analyzed so far.
   */
  async scanAsync(progress: ScanProgress = {}): Promise<ScanResult & { cancelled: boolean }> {
    const t0 = Date.now();
    const all = this.host.listFiles(this.root);
    this.stats = { threads: 1, workerTasks: scanStats.workerTasks, listMs: Date.now() - t0, prefilterMs: 0, analyzeMs: 0 };
    const threads = this.options.threads ?? defaultThreads();
    const pinned = this.options.threads !== undefined || threadsFromEnv() !== undefined;
    // A pinned thread count starts its workers at once (every thread reads and analyzes); otherwise
    // a worker starts after the prefilter, and only when there is enough to analyze (see below).
    const workers = threads > 1 ? { pool: pinned ? this.openPool(threads - 1) : null, count: threads - 1, pinned } : null;
    try {
      return await this.scanWith(all, workers, progress);
    } finally {
      workers?.pool?.close();
      this.stats.threads = 1 + (workers?.pool?.workers.length ?? 0);
      this.stats.workerTasks = scanStats.workerTasks - this.stats.workerTasks;
    }
  }

  private openPool(count: number): ScanPool | null {
    return ScanPool.open(count, { root: this.root, maxFileBytes: this.options.maxFileBytes, heapBudgetMb: this.options.heapBudgetMb, overlays: this.host.overlays?.() ?? [], sources: this.sources.filter((f) => treeLanguageOf(f)?.reachesByName) });
  }

  /** How the last `scanAsync` went (KLAVIYO_SCOPES_TRACE=1 makes the CLI print it). */
  stats = { threads: 1, workerTasks: 0, listMs: 0, prefilterMs: 0, analyzeMs: 0 };

  private async scanWith(
    all: string[],
    workers: { pool: ScanPool | null; count: number; pinned: boolean } | null,
    progress: ScanProgress,
  ): Promise<ScanResult & { cancelled: boolean }> {
    const waitForWorkers = workers?.pinned ?? false;
    const cancelled = (): boolean => progress.isCancelled?.() ?? false;
    const budget = this.options.heapBudgetMb ? new HeapBudget(this.options.heapBudgetMb) : null;
    let last = Date.now();
    const pause = async (): Promise<void> => {
      if (Date.now() - last > 50) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        last = Date.now();
      }
    };

    // 1. Read every source file once (here and on the workers) for the prefilter's facts.
    let t = Date.now();
    this.setConfigs(all);
    const sources = this.sources;
    const facts = new Map<string, FileFacts>();
    const readTasks: Task[] = [];
    for (let i = 0; i < sources.length; i += PREFILTER_CHUNK) readTasks.push({ kind: 'prefilter', files: sources.slice(i, i + PREFILTER_CHUNK) });
    await drain<PrefilterReply>(readTasks, workers?.pool ?? null,
      (t) => {
        const r = { facts: t.files.map((f) => this.factsOf(f) ?? null) };
        budget?.check();
        return r;
      },
      (t, r) => t.files.forEach((f, i) => {
        const x = r.facts[i];
        if (x) facts.set(f, x);
      }),
      { cancelled, pause, waitForWorkers });
    if (cancelled()) return { ...this.result(), cancelled: true };
    const { candidates, components } = this.prepare(() => sources.map((f) => facts.get(f)), all);
    const size = (files: string[]): number => files.reduce((n, f) => n + (facts.get(f)?.size ?? 0), 0);
    if (workers && !workers.pool && size(candidates) >= (this.options.parallelMinChars ?? PARALLEL_MIN_CHARS) && !cancelled()) workers.pool = this.openPool(workers.count);
    const pool = workers?.pool ?? null;
    await this.loadGrammars(candidates);
    this.stats.prefilterMs = Date.now() - t;
    t = Date.now();

    // 2. Analyze the chosen files, component by component, biggest first.
    const analyzeTasks: Task[] = components.map((files) => ({ kind: 'analyze' as const, files, size: size(files) }))
      .sort((a, b) => b.size - a.size)
      .map(({ kind, files }) => (isTsLike(files[0]) ? { kind, files } : { kind, files, prefer: 'worker' as const }));
    let done = 0;
    let reported = 0;
    const report = (): void => {
      if (done === candidates.length || Date.now() - reported > 50) {
        progress.onProgress?.(done, candidates.length);
        reported = Date.now();
      }
    };
    await drain<AnalyzeReply | { outcomes: { file: string; outcome: FileOutcome }[] }>(analyzeTasks, pool,
      (t) => {
        const outcomes: { file: string; outcome: FileOutcome }[] = [];
        this.analyzer.analyzeComponent(t.files, (file, outcome) => {
          outcomes.push({ file, outcome });
          budget?.check();
        });
        return { outcomes };
      },
      (_t, r) => {
        if ('parsedTs' in r) {
          for (const f of r.parsedTs) this.parsedTs.add(f);
          this.treesParsed += r.treesParsed;
          for (const o of r.outcomes) this.store(o.file, o);
        } else {
          for (const o of r.outcomes) this.store(o.file, o.outcome);
        }
        done += r.outcomes.length;
        report();
      },
      { cancelled, pause, waitForWorkers });
    this.sortFailures();
    this.stats.analyzeMs = Date.now() - t;
    if (candidates.length === 0) report();
    return { ...this.result(), cancelled: cancelled() };
  }

  /** Analysis failures in file order, whichever component or thread met them. */
  private sortFailures(): void {
    const failed = this.skipped.splice(this.prefilterSkips).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    append(this.skipped, failed);
  }

  private prefilterSkips = 0;

  /** Loads the configs and the list of sources, the prefilter's facts, and plans the analysis. */
  private prepare(factsFor: (files: string[]) => (FileFacts | undefined)[], listed?: string[]): ReturnType<typeof plan> {
    if (!listed) this.setConfigs(this.host.listFiles(this.root));
    const facts = factsFor(this.sources);
    const byFile = new Map<string, FileFacts | undefined>(this.sources.map((f, i) => [f, facts[i]]));
    const p = plan(this.sources, (f) => byFile.get(f), this.options.noPrefilter, this.root);
    this.keyScan.reset(this.keyFiles);
    this.sources.forEach((f, i) => this.keyScan.setSource(f, facts[i]?.keys));
    this.directives.reset(this.sources, facts);
    this.skipped = [...p.skipped, ...this.namedSkips, ...this.keyScan.scanOthers(this.options.maxFileBytes ?? DEFAULT_MAX_BYTES)];
    this.prefilterSkips = this.skipped.length;
    this.analyses.clear();
    this.sortedFiles = null;
    this.treesParsed = 0;
    this.parsedTs.clear();
    this.analyzer = new FileAnalyzer(this.root, this.host);
    this.analyzer.setSources(this.sources);
    return p;
  }

  private setConfigs(all: string[]): void {
    this.configs = all.filter((f) => path.basename(f) === CONFIG_FILE_NAME).sort().map((f) => loadConfigFile(this.host, f, all));
    this.sources = all.filter((f) => this.rules.wanted(f)).sort();
    this.keyFiles = all.filter((f) => keyScanKind(f) !== null && this.rules.takes(f)).sort();
    this.namedSkips = all.filter((f) => minifiedByName(f) && languageOf(f) !== null && this.rules.takes(f)).sort()
      .map((file) => ({ file, reason: 'minified or generated (by its name)' }));
  }

  /** The prefilter's facts of one file read here (without keeping its text), or undefined when unreadable. */
  private factsOf(file: string): FileFacts | undefined {
    const bytes = this.host.size?.(file);
    const big = bytes === undefined ? null : factsOfSize(bytes, this.options.maxFileBytes);
    if (big) return big;
    const text = this.host.peek ? this.host.peek(file) : this.host.read(file);
    return text === undefined ? undefined : factsOf(text, this.options.maxFileBytes, file);
  }

  private store(file: string, o: FileOutcome): void {
    this.sortedFiles = null;
    if (o.located) this.analyses.set(file, o.located);
    else this.analyses.delete(file);
    if (o.skipped) this.skipped.push({ file, reason: o.skipped });
  }

  get configFiles(): readonly LoadedConfig[] {
    return this.configs;
  }

  isSource(file: string): boolean {
    return languageOf(file) !== null;
  }

  /** Why a file's text is not analyzed (too big, minified), or null. Scans and edits alike. */
  private skipReason(text: string): string | null {
    return skipReason(text, this.options.maxFileBytes ?? DEFAULT_MAX_BYTES);
  }

  /** An edited file's skip note and keys follow its new text (the analysis is update's job). */
  private noteEdit(file: string): void {
    const text = this.host.read(file);
    const source = text !== undefined && this.isSource(file) && this.rules.wanted(file);
    const why = source ? this.skipReason(text) : null;
    this.skipped = this.skipped.filter((s) => s.file !== file);
    if (why) this.skipped.push({ file, reason: why });
    const max = this.options.maxFileBytes ?? DEFAULT_MAX_BYTES;
    if (path.basename(file) === '.gitignore') this.keyScan.gitignoreChanged(max);
    else if (keyScanKind(file) !== null) this.keyScan.updateOther(file, text !== undefined && this.rules.takes(file), max);
    else this.keyScan.updateSource(file, source && !why ? text : undefined);
    this.directives.update(file, source && !why ? text : undefined);
  }

  /**
   * Adds or removes a file in the sorted `sources`: on every edit, a binary search finds it
   * already there; only a file created or deleted copies the list (a scan may still hold it).
   */
  private setSource(file: string, present: boolean): void {
    const list = this.sources;
    let lo = 0;
    for (let hi = list.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (list[mid] < file) lo = mid + 1;
      else hi = mid;
    }
    const has = list[lo] === file;
    if (present && !has) this.sources = [...list.slice(0, lo), file, ...list.slice(lo)];
    else if (!present && has) this.sources = [...list.slice(0, lo), ...list.slice(lo + 1)];
    if (present !== has && treeLanguageOf(file)?.reachesByName) this.analyzer.setSources(this.sources);
  }

  /** One file's analysis on this thread (edits): a bug on odd input costs that file, never the server. */
  private analyzeFile(file: string): void {
    this.store(file, this.analyzer.analyze(file));
  }

  /**
   * Loads the grammars these files need (only those) so that the synchronous `update` can
   * analyze them: the language server calls it with the files that changed.
   */
  async loadGrammars(files: string[]): Promise<void> {
    const grammars = new Set(files.map((f) => treeLanguageOf(f)?.grammar).filter((g) => g !== undefined));
    await Promise.all([...grammars].map((g) => parserFor(g)));
  }

  /** A file changed (or was created/deleted): re-analyze it and every analyzed file importing it. */
  update(file: string): string[] {
    this.project.invalidate(file);
    this.noteEdit(file);
    if (path.basename(file) === CONFIG_FILE_NAME || MANIFEST.test(path.basename(file))) {
      this.scan();
      return [...this.analyses.keys()];
    }
    // A file scans would not take (ignored, excluded) is never analyzed itself, even when edited.
    const exists = this.host.read(file) !== undefined && this.rules.wanted(file);
    this.setSource(file, exists);
    // Values flow across modules: the file and everything importing it, transitively.
    const affected = new Set<string>([file]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const [f, a] of this.analyses) {
        if (!affected.has(f) && a.imports.some((i) => affected.has(i))) {
          affected.add(f);
          grew = true;
        }
      }
    }
    this.analyses.delete(file);
    this.sortedFiles = null;
    for (const f of affected) {
      const text = exists || f !== file ? this.host.read(f) : undefined;
      if (text !== undefined && !this.skipReason(text) && !isTestFile(this.rel(f)) && (mentionsKlaviyo(text) || this.analyses.has(f) || f === file)) this.analyzeFile(f);
      else this.analyses.delete(f);
    }
    return [...affected];
  }

  private rel(file: string): string {
    return path.relative(this.root, file).split(path.sep).join('/');
  }

  private files(): string[] {
    return (this.sortedFiles ??= [...this.analyses.keys()].sort());
  }

  private languageCounts: { of: readonly string[]; counts: Partial<Record<Language, number>> } | null = null;

  /** Counted again only when the list of sources changed (it is replaced, never edited): result() runs after every edit. */
  private filesByLanguage(): Partial<Record<Language, number>> {
    if (this.languageCounts?.of === this.sources) return this.languageCounts.counts;
    const counts: Partial<Record<Language, number>> = {};
    for (const f of this.sources) {
      const l = languageOf(f);
      if (l) counts[l] = (counts[l] ?? 0) + 1;
    }
    this.languageCounts = { of: this.sources, counts };
    return counts;
  }

  result(): ScanResult {
    const calls: Call[] = [];
    const used = new Set<unknown>();
    for (const a of this.analyses.values()) for (const n of a.usedHelpers) used.add(n);
    for (const file of this.files()) {
      const a = this.analyses.get(file) as Located;
      const unused = a.deferred.length ? a.deferred.filter((d) => !used.has(d.fn)).map((d) => d.call) : [];
      if (unused.length === 0) append(calls, a.calls);
      else append(calls, a.calls.concat(unused).sort(byRange));
    }
    const parsed = new Set(this.parsedTs);
    for (const f of this.project.parsed) parsed.add(f);
    return {
      root: this.root,
      filesScanned: this.sources.length,
      filesParsed: parsed.size + this.treesParsed + this.analyzer.treesParsed,
      filesByLanguage: this.filesByLanguage(),
      calls,
      configs: this.configs,
      skipped: this.skipped,
      secrets: this.keyScan.all(),
      directives: this.directives.all(this.configs, this.keyScan.directives()),
    };
  }
}
