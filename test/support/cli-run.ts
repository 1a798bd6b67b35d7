// Runs the built CLI (dist/cli.js) on small workspaces created per test, as CI and users run it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';

export const CLI = path.resolve(__dirname, '../../dist/cli.js');

const tmpRoots: string[] = [];
after(() => {
  for (const r of tmpRoots) fs.rmSync(r, { recursive: true, force: true });
});

/** A fresh workspace holding `files` (path relative to it -> text), removed after the test file. */
export function workspace(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'klaviyo-scopes-cli-'));
  tmpRoots.push(root);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

export function cli(args: string[], cwd: string, env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
