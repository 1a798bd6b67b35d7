// The pipeline every command shares: check the directory, scan it, load `--config` when given,
// and compare. Commands only format what comes out.

import fs from 'node:fs';
import path from 'node:path';
import { checkCalls, type CheckResult } from '../core/check';
import { compileGlobs, loadKeyConfig } from '../core/config/load';
import { isIgnored, relativeToConfig } from '../core/config/resolve';
import { Workspace, type LoadedConfig, type ScanOptions, type ScanResult } from '../core/engine/workspace';
import { FsHost } from '../host/fs-host';
import { UsageError } from './args';
import { displayPath, plural, type Io } from './io';
import { ProgressHost } from './progress';
import { findDirectives } from '../core/suppress/directives';
import { parseBaseline, type BaselineEntry } from '../core/baseline/file';

export interface Analysis {
  root: string;
  host: FsHost;
  scan: ScanResult;
  check: CheckResult;
  /** The `--config` file, which then applies to every file. */
  override: LoadedConfig | null;
  /** Every config in play: the override, or the ones discovered under root. */
  configs: LoadedConfig[];
  /** Whether `klaviyo-scopes-ignore` comments accept findings (`--no-inline-ignores` turns them off). */
  inlineIgnores: boolean;
  /** The `--baseline` file, when given. */
  baseline: { path: string; entries: BaselineEntry[] } | null;
}

export interface AnalyzeOptions {
  inlineIgnores?: boolean;
  /** Path of a baseline file, relative to the working directory. */
  baseline?: string;
}

export function resolveDir(dir: string, cwd: string): string {
  const root = path.resolve(cwd, dir);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(root);
  } catch {
    throw new UsageError(`no such directory: ${dir}`);
  }
  if (!stat.isDirectory()) throw new UsageError(`not a directory: ${dir}`);
  return root;
}

export async function analyze(dir: string, configArg: string | undefined, io: Io, options: AnalyzeOptions = {}): Promise<Analysis> {
  const root = resolveDir(dir, io.cwd);
  const host = new FsHost();
  // Read before the scan: a wrong path fails at once, not after a minute of scanning.
  const baseline = options.baseline === undefined ? null : loadBaselineFile(options.baseline, host, io.cwd);
  const progress = new ProgressHost(host, io.progress ? io.err : null);
  let scan: ScanResult;
  try {
    const ws = new Workspace(root, progress, scanOptionsFromEnv());
    scan = await ws.scanAsync();
    if (process.env.KLAVIYO_SCOPES_TRACE === '1') io.err(`klaviyo-scopes: scan ${JSON.stringify(ws.stats)}\n`);
  } finally {
    progress.done();
  }
  // A config that cannot be read is a usage error (exit 2, one line), not a finding to format.
  const unreadable = scan.configs.find((c) => c.result.problems.some((p) => p.data?.kind === 'unreadable'));
  if (unreadable) throw new UsageError(`cannot read ${displayPath(io.cwd, unreadable.path)}: no permission, or it was deleted during the scan`);
  const skipped = skippedNote(scan.skipped, io.cwd);
  if (skipped) io.err(skipped);
  const override = configArg === undefined ? null : loadOverride(configArg, root, host, io.cwd);
  if (override?.result.config) {
    // The scan applied the discovered configs' "ignore"; the explicit config's applies too.
    const config = override.result.config;
    scan = { ...scan, calls: scan.calls.filter((c) => !isIgnored(config, override.dir, c.file)) };
  }
  const check = checkCalls(scan, override ? { config: override } : {});
  return { root, host, scan, check, override, configs: override ? [override] : scan.configs, inlineIgnores: options.inlineIgnores ?? true, baseline };
}

/**
 * Benchmark switches, deliberately not command-line options: KLAVIYO_SCOPES_NO_PREFILTER=1 parses
 * every source file (to show what the prefilter saves); KLAVIYO_SCOPES_THREADS=n pins the threads
 * (read by the engine); KLAVIYO_SCOPES_TRACE=1 prints how the scan went on stderr.
 */
function scanOptionsFromEnv(): ScanOptions {
  const budget = Number(process.env.KLAVIYO_SCOPES_HEAP_BUDGET_MB);
  return {
    ...(process.env.KLAVIYO_SCOPES_NO_PREFILTER === '1' ? { noPrefilter: true } : {}),
    ...(budget > 0 ? { heapBudgetMb: budget } : {}),
  };
}

/** Files the scan did not analyze (too big, minified, binary, unreadable), named in one note line. */
export function skippedNote(skipped: readonly { file: string; reason: string }[], cwd: string): string {
  if (skipped.length === 0) return '';
  const sorted = [...skipped].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const shown = sorted.slice(0, MAX_SKIPPED_NAMED).map((s) => `${displayPath(cwd, s.file)} (${s.reason})`);
  const more = skipped.length > shown.length ? `, and ${skipped.length - shown.length} more (--format json lists them all)` : '';
  return `klaviyo-scopes: note: ${plural(skipped.length, 'file')} not analyzed: ${shown.join('; ')}${more}\n`;
}

const MAX_SKIPPED_NAMED = 20;

/** `--config file`: its globs are relative to the scanned folder, since it applies to all of it. */
function loadOverride(file: string, root: string, host: FsHost, cwd: string): LoadedConfig {
  const abs = path.resolve(cwd, file);
  const text = host.read(abs);
  if (text === undefined) throw new UsageError(`cannot read config file: ${file}`);
  const all = host.listFiles(root);
  const globMatchesAny = (glob: string): boolean => {
    const match = compileGlobs([glob]);
    return all.some((f) => {
      const rel = relativeToConfig(root, f);
      return rel !== null && rel !== '' && match(rel);
    });
  };
  const directives = findDirectives(text, 'c');
  return { path: abs, dir: root, result: loadKeyConfig(text, { uri: abs, globMatchesAny }), ...(directives.length ? { directives } : {}) };
}

/** `--baseline file`: read and validated up front; a problem is a usage error with its position. */
export function loadBaselineFile(file: string, host: FsHost, cwd: string): { path: string; entries: BaselineEntry[] } {
  const abs = path.resolve(cwd, file);
  const text = host.read(abs);
  if (text === undefined) throw new UsageError(`cannot read baseline file: ${file} (create it with \`klaviyo-scopes baseline\`)`);
  const r = parseBaseline(text);
  if (!r.ok) throw new UsageError(`${displayPath(cwd, abs)}:${r.problem.line}:${r.problem.column}: not a klaviyo-scopes baseline: ${r.problem.message}`);
  return { path: abs, entries: r.baseline.findings };
}
