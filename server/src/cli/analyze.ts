// The pipeline every command shares: check the directory, scan it, load `--config` when given,
// and compare. Commands only format what comes out.

import fs from 'node:fs';
import path from 'node:path';
import { checkCalls, type CheckResult } from '../core/check';
import { compileGlobs, loadKeyConfig } from '../core/config/load';
import { isIgnored, relativeToConfig } from '../core/config/resolve';
import { Workspace, type LoadedConfig, type ScanResult } from '../core/engine/workspace';
import { FsHost } from '../host/fs-host';
import { UsageError } from './args';
import type { Io } from './io';
import { ProgressHost } from './progress';

export interface Analysis {
  root: string;
  host: FsHost;
  scan: ScanResult;
  check: CheckResult;
  /** The `--config` file, which then applies to every file. */
  override: LoadedConfig | null;
  /** Every config in play: the override, or the ones discovered under root. */
  configs: LoadedConfig[];
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

export async function analyze(dir: string, configArg: string | undefined, io: Io): Promise<Analysis> {
  const root = resolveDir(dir, io.cwd);
  const host = new FsHost();
  const progress = new ProgressHost(host, io.progress ? io.err : null);
  let scan: ScanResult;
  try {
    scan = await new Workspace(root, progress).scanAsync();
  } finally {
    progress.done();
  }
  const override = configArg === undefined ? null : loadOverride(configArg, root, host, io.cwd);
  if (override?.result.config) {
    // The scan applied the discovered configs' "ignore"; the explicit config's applies too.
    const config = override.result.config;
    scan = { ...scan, calls: scan.calls.filter((c) => !isIgnored(config, override.dir, c.file)) };
  }
  const check = checkCalls(scan, override ? { config: override } : {});
  return { root, host, scan, check, override, configs: override ? [override] : scan.configs };
}

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
  return { path: abs, dir: root, result: loadKeyConfig(text, { uri: abs, globMatchesAny }) };
}
