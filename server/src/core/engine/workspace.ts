import path from 'node:path';
import { loadKeyConfig, type ConfigLoadResult } from '../config/load';
import { compileGlobs } from '../config/globs';
import { isIgnored, relativeToConfig } from '../config/resolve';
import { CONFIG_FILE_NAME } from '../config/schema';
import type { Call, Language, RawCall } from '../model';
import { isTsLike } from '../ts/parse';
import { LineMap } from './positions';
import { looksMinified, mentionsKlaviyo, relativeSpecifiers } from './prefilter';
import { TsProject, type TextSource } from './ts-project';
import { treeLanguageOf } from '../languages';
import { loadedParser, parserFor } from '../tree-sitter/loader';
import type { FileAnalysis } from './tree-languages';
import { SdkVersions } from './sdk-versions';

export interface WorkspaceHost extends TextSource {
  /** Source files and klaviyo.keys.json files under root, default excludes (node_modules, dist, …) applied. */
  listFiles(root: string): string[];
}

export interface LoadedConfig {
  path: string;
  dir: string;
  result: ConfigLoadResult;
}

export interface ScanOptions {
  /** Parse every source file, not only those the prefilter selects (benchmarks use it). */
  noPrefilter?: boolean;
  /** Files bigger than this are skipped with a note. */
  maxFileBytes?: number;
  /** Extra globs, relative to the root, never scanned. */
  exclude?: string[];
}

export interface ScanProgress {
  onProgress?: (done: number, total: number) => void;
  isCancelled?: () => boolean;
}

export interface ScanResult {
  root: string;
  /** Source files in the tree (after excludes). */
  filesScanned: number;
  /** Files actually parsed. */
  filesParsed: number;
  calls: Call[];
  configs: LoadedConfig[];
  skipped: { file: string; reason: string }[];
}

export function languageOf(file: string): Language | null {
  if (!isTsLike(file)) return treeLanguageOf(file)?.language ?? null;
  return /\.(ts|tsx|mts|cts)$/i.test(file) ? 'typescript' : 'javascript';
}

const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
/** Files an SDK version is read from: a change there can change what every call means. */
const MANIFEST = /^(package\.json|package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|requirements.*\.txt|pyproject\.toml|Pipfile(\.lock)?|poetry\.lock|composer\.(json|lock)|Gemfile(\.lock)?)$/;

/**
 * A workspace folder: which files are candidates, their calls, and the key configs. The CLI
 * scans once; the language server keeps one and calls `update` when files change.
 */
export class Workspace {
  readonly project: TsProject;
  readonly versions: SdkVersions;
  private sources: string[] = [];
  private configs: LoadedConfig[] = [];
  private readonly analyses = new Map<string, FileAnalysis>();
  private skipped: { file: string; reason: string }[] = [];
  private treesParsed = 0;

  constructor(readonly root: string, private readonly host: WorkspaceHost, private readonly options: ScanOptions = {}) {
    this.project = new TsProject(host);
    this.versions = new SdkVersions(root, host);
  }

  scan(): ScanResult {
    for (const f of this.prepare()) this.analyzeFile(f);
    return this.result();
  }

  /**
   * The same scan, yielding to the event loop between files so a language server can report
   * progress and honour cancellation. A cancelled scan keeps what it analyzed so far.
   */
  async scanAsync(progress: ScanProgress = {}): Promise<ScanResult & { cancelled: boolean }> {
    const files = this.prepare();
    await this.loadGrammars(files);
    let last = Date.now();
    for (let i = 0; i < files.length; i++) {
      if (progress.isCancelled?.()) return { ...this.result(), cancelled: true };
      this.analyzeFile(files[i]);
      if (Date.now() - last > 50 || i === files.length - 1) {
        progress.onProgress?.(i + 1, files.length);
        await new Promise<void>((resolve) => setImmediate(resolve));
        last = Date.now();
      }
    }
    return { ...this.result(), cancelled: false };
  }

  /** Lists the tree, loads the configs and returns the files worth parsing. */
  private prepare(): string[] {
    const all = this.host.listFiles(this.root);
    this.configs = all.filter((f) => path.basename(f) === CONFIG_FILE_NAME).sort().map((f) => this.loadConfig(f, all));
    this.sources = all.filter((f) => this.wanted(f)).sort();
    this.skipped = [];
    this.analyses.clear();
    this.treesParsed = 0;
    return this.candidates();
  }

  get configFiles(): readonly LoadedConfig[] {
    return this.configs;
  }

  isSource(file: string): boolean {
    return languageOf(file) !== null;
  }

  private loadConfig(file: string, all: string[]): LoadedConfig {
    const dir = path.dirname(file);
    const text = this.host.read(file) ?? '';
    const globMatchesAny = (glob: string): boolean => {
      const match = compileGlobs([glob]);
      return all.some((f) => {
        const rel = relativeToConfig(dir, f);
        return rel !== null && rel !== '' && match(rel);
      });
    };
    return { path: file, dir, result: loadKeyConfig(text, { uri: file, globMatchesAny }) };
  }

  private ignored(file: string): boolean {
    return this.configs.some((c) => c.result.config && isIgnored(c.result.config, c.dir, file));
  }

  /** Why a file's text is not analyzed (too big, minified), or null. Scans and edits alike. */
  private skipReason(text: string): string | null {
    const max = this.options.maxFileBytes ?? DEFAULT_MAX_BYTES;
    return text.length > max ? `larger than ${max} bytes` : looksMinified(text) ? 'minified or generated' : null;
  }

  private excluded?: (rel: string) => boolean;
  /** A source file scans take: a language read here, not ignored by a config, not excluded by the options. */
  private wanted(file: string): boolean {
    const rel = relativeToConfig(this.root, file);
    this.excluded ??= compileGlobs(this.options.exclude ?? []);
    return languageOf(file) !== null && !this.ignored(file) && !(rel && this.excluded(rel));
  }

  /** Files that mention Klaviyo, then (transitively) files importing one of them. */
  private candidates(): string[] {
    const chosen = new Set<string>();
    const rest: string[] = [];
    for (const f of this.sources) {
      const text = this.host.read(f);
      if (text === undefined) continue;
      const skip = this.skipReason(text);
      if (skip) this.skipped.push({ file: f, reason: skip });
      else if (this.options.noPrefilter || mentionsKlaviyo(text)) chosen.add(f);
      else rest.push(f);
    }
    const sourceSet = new Set(this.sources);
    for (let round = 0, added = true; added && round < 8; round++) {
      added = false;
      for (let i = rest.length - 1; i >= 0; i--) {
        const f = rest[i];
        const hit = relativeSpecifiers(this.host.read(f) ?? '').some((s) => {
          const target = resolveIn(sourceSet, f, s);
          return target !== undefined && chosen.has(target);
        });
        if (hit) {
          chosen.add(f);
          rest.splice(i, 1);
          added = true;
        }
      }
    }
    return [...chosen].sort();
  }

  /** One file's analysis; a bug on odd input costs that file, never the scan or the server. */
  private analyzeFile(file: string): void {
    try {
      this.analyzeFileUnguarded(file);
    } catch (e) {
      this.analyses.delete(file);
      this.skipped.push({ file, reason: `analysis failed: ${e instanceof Error ? e.message : String(e)}` });
    }
  }

  private analyzeFileUnguarded(file: string): void {
    const tree = treeLanguageOf(file);
    if (!tree) {
      this.analyses.set(file, this.project.analyze(file, this.versions.revisionFor(file)));
      return;
    }
    const parser = loadedParser(tree.grammar);
    const text = this.host.read(file);
    if (!parser || text === undefined) {
      if (!parser) this.skipped.push({ file, reason: `the ${tree.grammar} grammar is not loaded (synchronous scan)` });
      return;
    }
    const parsed = parser.parse(text);
    if (!parsed) return;
    this.treesParsed++;
    this.analyses.set(file, tree.analyze({
      file, text, tree: parsed, root: this.root,
      sdkRevision: tree.sdkRevision(file, (p) => this.host.read(p), this.root),
      read: (p) => this.host.read(p),
      parse: (p) => {
        const t = this.host.read(p);
        return t === undefined ? undefined : (parser.parse(t) ?? undefined);
      },
    }));
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
    if (path.basename(file) === CONFIG_FILE_NAME || MANIFEST.test(path.basename(file))) {
      this.scan();
      return [...this.analyses.keys()];
    }
    // A file scans would not take (ignored, excluded) is never analyzed itself, even when edited.
    const exists = this.host.read(file) !== undefined && this.wanted(file);
    if (exists && !this.sources.includes(file)) this.sources = [...this.sources, file].sort();
    if (!exists) this.sources = this.sources.filter((f) => f !== file);
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
    for (const f of affected) {
      const text = exists || f !== file ? this.host.read(f) : undefined;
      if (text !== undefined && !this.skipReason(text) && (mentionsKlaviyo(text) || this.analyses.has(f) || f === file)) this.analyzeFile(f);
      else this.analyses.delete(f);
    }
    return [...affected];
  }

  result(): ScanResult {
    const calls: Call[] = [];
    const used = new Set<unknown>();
    for (const a of this.analyses.values()) for (const n of a.usedHelpers) used.add(n);
    for (const [file, a] of [...this.analyses].sort(([x], [y]) => (x < y ? -1 : 1))) {
      const text = this.host.read(file) ?? '';
      const lines = new LineMap(text);
      const raws: RawCall[] = [...a.calls, ...a.deferred.filter((d) => !used.has(d.fn)).map((d) => d.call)];
      raws.sort((x, y) => x.range.start - y.range.start || x.range.end - y.range.end);
      for (const r of raws) calls.push({ ...r, file, language: languageOf(file) ?? 'typescript', ...lines.span(r.range) });
    }
    return {
      root: this.root,
      filesScanned: this.sources.length,
      filesParsed: this.project.parsedCount + this.treesParsed,
      calls,
      configs: this.configs,
      skipped: this.skipped,
    };
  }
}

/** Resolve a relative specifier against the known source files, without touching the disk. */
function resolveIn(sources: Set<string>, from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  const stem = base.replace(/\.(m|c)?js$/, '');
  for (const ext of ['', '.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs']) {
    if (sources.has(stem + ext)) return stem + ext;
    if (sources.has(base + ext)) return base + ext;
  }
  for (const ext of ['.ts', '.tsx', '.js', '.jsx']) if (sources.has(path.join(base, 'index' + ext))) return path.join(base, 'index' + ext);
  return undefined;
}
