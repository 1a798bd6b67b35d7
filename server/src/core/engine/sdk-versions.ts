import path from 'node:path';
import { nodeSdkRevision, rangeFromManifest, versionFromLockfile } from '../versions/node-version';
import type { TextSource } from './ts-project';
import { climbsOut } from '../path-escape';

const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml'];

/** The klaviyo-api revision in force for a file: the nearest package.json (and lockfile) up to the root. */
export class SdkVersions {
  private readonly byDir = new Map<string, string | null>();

  constructor(private readonly root: string, private readonly source: TextSource) {}

  revisionFor(file: string): string | null {
    return this.forDir(path.dirname(file));
  }

  private forDir(dir: string): string | null {
    const hit = this.byDir.get(dir);
    if (hit !== undefined) return hit;
    let result: string | null = null;
    const manifest = this.source.read(path.join(dir, 'package.json'));
    const range = manifest !== undefined ? rangeFromManifest(manifest) : null;
    if (range !== null) {
      const locked = this.lockedVersion(dir);
      result = nodeSdkRevision(locked ?? range);
    } else if (manifest === undefined || range === null) {
      const parent = path.dirname(dir);
      const insideRoot = !climbsOut(path.relative(this.root, parent));
      result = parent !== dir && insideRoot ? this.forDir(parent) : null;
    }
    this.byDir.set(dir, result);
    return result;
  }

  private lockedVersion(dir: string): string | null {
    for (let d = dir; ; d = path.dirname(d)) {
      for (const name of LOCKFILES) {
        const text = this.source.read(path.join(d, name));
        if (text !== undefined) return versionFromLockfile(name, text);
      }
      if (path.dirname(d) === d || path.relative(this.root, d) === '') return null;
    }
  }
}
