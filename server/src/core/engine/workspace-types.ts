// The shapes a workspace scan takes and gives: what a host provides, the options, the result.
import type { ConfigLoadResult } from '../config/load';
import type { Call, Language } from '../model';
import type { KeyFinding } from '../secrets/hardcoded-key';
import type { TextSource } from './ts-project';
import type { Directive } from '../suppress/directives';

export interface WorkspaceHost extends TextSource {
  /** Source files and klaviyo.keys.json files under root, default excludes (node_modules, dist, …) applied. */
  listFiles(root: string): string[];
  /**
   * A file's text without keeping it (the prefilter reads every file once; keeping them all
   * would hold the whole tree in memory). Hosts without it are read with `read`.
   */
  peek?(absPath: string): string | undefined;
  /** A file's size in bytes without reading it (undefined when unknown), to skip huge files unread. */
  size?(absPath: string): number | undefined;
  /** Texts that differ from the disk (unsaved editor documents): scan workers read the disk otherwise. */
  overlays?(): [string, string][];
}

export interface LoadedConfig {
  path: string;
  dir: string;
  result: ConfigLoadResult;
  /** Its `klaviyo-scopes-ignore` comments. */
  directives?: Directive[];
}

export interface ScanOptions {
  /** Parse every source file, not only those the prefilter selects (benchmarks use it). */
  noPrefilter?: boolean;
  /** Files bigger than this are skipped with a note. */
  maxFileBytes?: number;
  /** Extra globs, relative to the root, never scanned. */
  exclude?: string[];
  /**
   * Threads for `scanAsync`, the main one included (default KLAVIYO_SCOPES_THREADS, else one per
   * core; unless this is given, worker threads start only when the prefilter leaves at least
   * PARALLEL_MIN_CHARS of text to analyze). Results never depend on it.
   */
  threads?: number;
  /** PARALLEL_MIN_CHARS for this workspace (tests start the late worker on a small tree with 0). */
  parallelMinChars?: number;
  /**
   * Collect garbage whenever a scanning thread's heap grows past this many MB (see
   * heap-budget.ts): the language server, a long-lived process, sets it; the CLI exits anyway.
   */
  heapBudgetMb?: number;
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
  /** Source files in the tree per language, so a scan that finds nothing can say where it looked. */
  filesByLanguage?: Partial<Record<Language, number>>;
  calls: Call[];
  configs: LoadedConfig[];
  skipped: { file: string; reason: string }[];
  /** Private keys written in source files, tracked .env files and notebooks (`hardcoded-key`). */
  secrets?: KeyFinding[];
  /** `klaviyo-scopes-ignore` comments by file (sources, klaviyo.keys.json, tracked .env files); only files that have some. */
  directives?: ReadonlyMap<string, readonly Directive[]>;
}
