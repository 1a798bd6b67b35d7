import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileFacts } from './scan-plan';
import type { Located } from './file-analyzer';


// Worker threads for the initial scan. The main thread lists the tree and plans; reading and
// prefiltering every file, then analyzing the chosen ones, is split into tasks that the main
// thread and the workers take from one queue. Workers read the disk themselves (plus the texts
// of unsaved editor documents, sent along) and send back plain data.

export interface WorkerSetup {
  root: string;
  maxFileBytes?: number;
  heapBudgetMb?: number;
  /** Texts that differ from the disk (open editor documents). */
  overlays: [string, string][];
  /** Listed files of the languages that reach others by name (FileAnalyzer.setSources). */
  sources: string[];
}

export type Task =
  | { kind: 'prefilter'; files: string[] }
  /**
   * `worker`: better taken by a worker thread (tree-sitter languages) while the main thread
   * takes the TS/JS ones, so that each thread warms up one parser rather than both.
   */
  | { kind: 'analyze'; files: string[]; prefer?: 'worker' };

export interface PrefilterReply {
  facts: (FileFacts | null)[];
}

export interface AnalyzeReply {
  outcomes: { file: string; located?: Located; skipped?: string }[];
  /** TS/JS files this task parsed (imports included). */
  parsedTs: string[];
  treesParsed: number;
}

/** Threads a scan uses (the main one included): KLAVIYO_SCOPES_THREADS, else one per core. */
export function defaultThreads(): number {
  return threadsFromEnv() ?? Math.max(1, os.availableParallelism());
}

/** KLAVIYO_SCOPES_THREADS when set to a positive integer (benchmarks and tests pin the count with it). */
export function threadsFromEnv(): number | undefined {
  const env = Number(process.env.KLAVIYO_SCOPES_THREADS);
  return Number.isInteger(env) && env >= 1 ? env : undefined;
}

/** Tasks run on worker threads since the process started (tests check workers did run). */
export const scanStats = { workerTasks: 0 };

let scriptOverride: string | null = null;

/** Where the worker entry is, when not beside this module (tests may point elsewhere). */
export function setScanWorkerScript(file: string | null): void {
  scriptOverride = file;
}

/** How to start a worker: the bundle's dist/scan-worker.js, or the TypeScript source through tsx. */
function workerSource(): { code: string; eval: boolean } | null {
  if (scriptOverride) return { code: scriptOverride, eval: false };
  const bundled = path.join(__dirname, 'scan-worker.js');
  if (fs.existsSync(bundled)) return { code: bundled, eval: false };
  const source = path.join(__dirname, 'scan-worker.ts');
  if (!fs.existsSync(source)) return null;
  let tsx: string;
  try {
    tsx = require.resolve('tsx/cjs');
  } catch {
    return null;
  }
  return { code: `require(${JSON.stringify(tsx)}); require(${JSON.stringify(source)});`, eval: true };
}

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

class ScanWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  /** Resolves when the worker has loaded (true), or failed to (false). */
  readonly ready: Promise<boolean>;
  private failed: Error | null = null;

  constructor(source: { code: string; eval: boolean }, setup: WorkerSetup) {
    // With a heap budget, the worker's young generation is kept small too (V8 sizes it for speed).
    const resourceLimits = setup.heapBudgetMb ? { maxYoungGenerationSizeMb: 8 } : undefined;
    this.worker = new Worker(source.code, { eval: source.eval, workerData: setup, stdout: false, stderr: false, resourceLimits });
    let readyResolve!: (ok: boolean) => void;
    this.ready = new Promise((r) => (readyResolve = r));
    this.worker.on('message', (m: { id?: number; ready?: boolean; result?: unknown; error?: string }) => {
      if (m.ready) return readyResolve(true);
      const p = m.id === undefined ? undefined : this.pending.get(m.id);
      if (!p || m.id === undefined) return;
      this.pending.delete(m.id);
      if (m.error !== undefined) p.reject(new Error(m.error));
      else p.resolve(m.result);
    });
    const fail = (e: Error): void => {
      this.failed = e;
      readyResolve(false);
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`scan worker exited (code ${code})`)));
  }

  run<T>(task: Task): Promise<T> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, task });
    });
  }

  terminate(): void {
    this.worker.removeAllListeners('exit');
    this.worker.on('exit', () => undefined);
    void this.worker.terminate();
  }
}

/**
 * `count` workers, or null when none can be started (the worker entry is missing: the scan then
 * runs on the main thread alone).
 */
export class ScanPool {
  private constructor(readonly workers: ScanWorker[]) {}

  static open(count: number, setup: WorkerSetup): ScanPool | null {
    const source = count > 0 ? workerSource() : null;
    if (!source) return null;
    try {
      return new ScanPool(Array.from({ length: count }, () => new ScanWorker(source, setup)));
    } catch {
      return null;
    }
  }

  close(): void {
    for (const w of this.workers) w.terminate();
  }
}

/**
 * Runs every task once: the main thread through `onMain` (synchronously, yielding to the event
 * loop between tasks), the workers through messages, three tasks in flight each so that a worker
 * never waits for the main thread to read its last answer. A worker that fails hands its task
 * back, so a broken worker costs time, never results. Stops taking tasks when `cancelled()` says so.
 */
export async function drain<R>(
  tasks: Task[],
  pool: ScanPool | null,
  onMain: (task: Task) => R,
  onResult: (task: Task, result: R) => void,
  opts: { cancelled?: () => boolean; pause?: () => Promise<void>; waitForWorkers?: boolean } = {},
): Promise<void> {
  // With a pinned thread count every thread takes part (tests, benchmarks); otherwise the main
  // thread starts at once and workers join when they have loaded.
  if (opts.waitForWorkers) await Promise.all((pool?.workers ?? []).map((w) => w.ready));
  // Two queues: each thread takes from its own first, then steals the smallest task (the tail)
  // of the other's. Without workers, one queue in the given order.
  const queues = { main: [] as number[], worker: [] as number[] };
  tasks.forEach((t, i) => (pool && t.kind === 'analyze' && t.prefer === 'worker' ? queues.worker : queues.main).push(i));
  const take = (who: 'main' | 'worker'): number | undefined => {
    if (opts.cancelled?.()) return undefined;
    const own = queues[who];
    return own.length ? own.shift() : queues[who === 'main' ? 'worker' : 'main'].pop();
  };
  let mainFinished!: () => void;
  const mainOut = new Promise<boolean>((r) => (mainFinished = () => r(false)));
  const lane = async (w: ScanWorker): Promise<void> => {
    // A worker still loading when the main thread has run out of tasks is not waited for.
    if (!(await Promise.race([w.ready, mainOut]))) return;
    for (let i = take('worker'); i !== undefined; i = take('worker')) {
      try {
        const r = await w.run<R>(tasks[i]);
        scanStats.workerTasks++;
        onResult(tasks[i], r);
      } catch {
        queues.main.unshift(i);
        return;
      }
    }
  };
  const lanes = (pool?.workers ?? []).flatMap((w) => [lane(w), lane(w), lane(w)]);
  const yieldNow = (): Promise<void> => new Promise<void>((r) => setImmediate(r));
  for (let i = take('main'); i !== undefined; i = take('main')) {
    onResult(tasks[i], onMain(tasks[i]));
    // With workers, their answers are read (and their next tasks sent) after every task of ours:
    // otherwise a worker idles until the main thread happens to yield.
    await (pool ? yieldNow() : (opts.pause?.() ?? yieldNow()));
  }
  mainFinished();
  await Promise.all(lanes);
  // Tasks a failing worker handed back after the main thread ran out.
  for (let i = take('main'); i !== undefined; i = take('main')) onResult(tasks[i], onMain(tasks[i]));
}
