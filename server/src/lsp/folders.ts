import path from 'node:path';
import { checkCalls, type CheckResult } from '../core/check';
import { threadsFromEnv } from '../core/engine/scan-pool';
import { Workspace, type ScanResult } from '../core/engine/workspace';
import type { Call } from '../core/model';
import { isScanned, type OverlayHost } from './overlay-host';
import type { Settings } from './settings';
import { climbsOut } from '../core/path-escape';
import { loadBaseline, type LoadedBaseline } from './baseline';

/** Heap a scanning thread of the server may grow to before it collects garbage. */
const SERVER_HEAP_BUDGET_MB = 48;

/**
 * One workspace folder: its engine workspace, the latest scan and check, and which files
 * changed since. Edits only mark files dirty; the next request (diagnostics, hover) brings
 * the analysis up to date first, so only the latest version of a document is ever analyzed.
 */
export class FolderState {
  workspace: Workspace;
  scan: ScanResult | null = null;
  check: CheckResult | null = null;
  /** True once a full scan finished: excess scopes are only known then. */
  complete = false;
  ready: Promise<void> = Promise.resolve();
  private readonly dirty = new Set<string>();
  private callsByFile = new Map<string, number[]>();

  constructor(readonly uri: string, readonly root: string, private readonly host: OverlayHost, public settings: Settings) {
    this.workspace = this.newWorkspace();
  }

  private newWorkspace(): Workspace {
    // A long-lived process: the scan's garbage is collected as it goes rather than kept as
    // resident memory (see heap-budget.ts), and the scan stays on this thread unless
    // KLAVIYO_SCOPES_THREADS asks for more: a worker thread costs ~80 MB more resident memory
    // for as long as the scan runs, which an editor feels more than a faster first scan.
    return new Workspace(this.root, this.host, {
      maxFileBytes: this.settings.maxFileSize,
      exclude: this.settings.exclude,
      heapBudgetMb: SERVER_HEAP_BUDGET_MB,
      threads: threadsFromEnv() ?? 1,
    });
  }

  contains(file: string): boolean {
    const rel = path.relative(this.root, file);
    return rel === '' || (!climbsOut(rel) && !path.isAbsolute(rel));
  }

  async rescan(progress?: { onProgress?: (done: number, total: number) => void; isCancelled?: () => boolean }): Promise<void> {
    this.workspace = this.newWorkspace();
    this.dirty.clear();
    const result = await this.workspace.scanAsync(progress);
    this.complete = !result.cancelled;
    this.setScan(result);
  }

  markDirty(file: string): void {
    // Files in folders scans skip (an SDK opened from node_modules) never enter the analysis.
    if (isScanned(this.root, file)) this.dirty.add(file);
  }

  /** Applies pending changes; returns true when anything was re-analyzed. */
  async flush(): Promise<boolean> {
    if (this.dirty.size === 0) return false;
    // A first Python/PHP/Ruby file may appear after the initial scan: load its grammar first.
    const batch = [...this.dirty];
    await this.workspace.loadGrammars(batch);
    // Another request may have flushed meanwhile; files marked dirty since wait for the next flush.
    const pending = batch.filter((f) => this.dirty.delete(f));
    if (pending.length === 0) return false;
    for (const f of pending) {
      this.host.forget(f);
      this.workspace.update(f);
    }
    this.setScan(this.workspace.result());
    return true;
  }

  private setScan(scan: ScanResult): void {
    this.scan = scan;
    this.check = checkCalls(scan);
    this.callsByFile = new Map();
    scan.calls.forEach((c, i) => {
      const list = this.callsByFile.get(c.file);
      if (list) list.push(i);
      else this.callsByFile.set(c.file, [i]);
    });
  }

  private loadedBaseline: LoadedBaseline | null = null;

  /** The baseline file's path (the setting, relative to the folder), or null when switched off. */
  baselinePath(): string | null {
    return this.settings.baselineFile.trim() === '' ? null : path.resolve(this.root, this.settings.baselineFile);
  }

  /** The baseline as it is now (unsaved edits included), parsed once per version; null when there is none. */
  baseline(): LoadedBaseline | null {
    const file = this.baselinePath();
    const text = file ? this.host.read(file) : undefined;
    if (!file || text === undefined) return (this.loadedBaseline = null);
    return (this.loadedBaseline = loadBaseline(file, text, this.loadedBaseline));
  }

  /** Files that may have findings: those with calls or a written key, and every config. */
  filesWithFindings(): string[] {
    const out = new Set(this.callsByFile.keys());
    for (const k of this.scan?.secrets ?? []) out.add(k.file);
    for (const f of this.scan?.directives?.keys() ?? []) out.add(f);
    for (const c of this.workspace.configFiles) out.add(c.path);
    const b = this.baseline();
    if (b && 'problem' in b) out.add(b.path);
    return [...out].sort();
  }

  /** Indexes into `scan.calls` (and `check.assignments`) of the calls in a file. */
  callsIn(file: string): number[] {
    return this.callsByFile.get(file) ?? [];
  }

  call(i: number): Call | undefined {
    return this.scan?.calls[i];
  }
}
