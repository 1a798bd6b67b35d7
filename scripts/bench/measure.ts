// Process measurements for the benchmark: wall time and peak RSS of a child, ripgrep's
// presence, and percentiles.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RunResult {
  ms: number;
  /** Peak resident set size of the child, in MB (null when it could not be read). */
  peakMb: number | null;
  /** CPU time (user + system) of the child, in ms (null without GNU time): what other load on the machine skews least. */
  cpuMs: number | null;
  status: number | null;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = ((): boolean => {
  try {
    return spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;
  } catch {
    return false;
  }
})();

/** Peak RSS so far of a live process (Linux), in MB. */
export function vmHwmMb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Runs a command to completion: wall time from spawn to exit, and its peak RSS from GNU time
 * when installed (exact), else from polling /proc/<pid>/status every 10 ms (close).
 */
export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<RunResult> {
  const timeFile = path.join(os.tmpdir(), `klaviyo-bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const [file, argv] = hasGnuTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, cmd, ...args]] : [cmd, args];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(file, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    let polled: number | null = null;
    const timer = hasGnuTime ? null : setInterval(() => {
      const v = child.pid ? vmHwmMb(child.pid) : null;
      if (v !== null) polled = Math.max(polled ?? 0, v);
    }, 10);
    child.on('error', reject);
    child.on('close', (status) => {
      const ms = performance.now() - t0;
      if (timer) clearInterval(timer);
      let peakMb = polled;
      let cpuMs: number | null = null;
      if (hasGnuTime) {
        try {
          const [kb, user, sys] = (fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
          peakMb = Number.isFinite(kb) ? kb / 1024 : null;
          cpuMs = Number.isFinite(user) && Number.isFinite(sys) ? (user + sys) * 1000 : null;
          fs.rmSync(timeFile, { force: true });
        } catch {
          peakMb = null;
        }
      }
      resolve({ ms, peakMb, cpuMs, status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/** ripgrep's path, installing it with apt-get when missing and allowed; null (with a message) otherwise. */
export function ensureRipgrep(): string | null {
  const probe = (): boolean => spawnSync('rg', ['--version'], { encoding: 'utf8' }).status === 0;
  if (probe()) return 'rg';
  console.log('ripgrep (rg) is not installed: trying `apt-get install -y ripgrep`…');
  const root = process.getuid?.() === 0;
  const apt = spawnSync('sh', ['-c', `${root ? '' : 'sudo -n '}apt-get update -qq && ${root ? '' : 'sudo -n '}apt-get install -y -qq ripgrep`], { stdio: 'inherit' });
  if (apt.status === 0 && probe()) return 'rg';
  console.log('Could not install ripgrep (install it yourself: apt-get install ripgrep, brew install ripgrep, or your system package manager).');
  console.log('The benchmark runs without the ripgrep column and ratios.');
  return null;
}

export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
