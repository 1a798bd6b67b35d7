// Which listed files a workspace scan takes, and its key configs' loading: the rules every scan
// and every edit apply alike.
import path from 'node:path';
import { compileGlobs } from '../config/globs';
import { loadKeyConfig, unreadableConfig } from '../config/load';
import { isIgnored, relativeToConfig } from '../config/resolve';
import { languageOf } from './file-analyzer';
import { minifiedByName } from './prefilter';
import type { LoadedConfig } from './workspace-types';
import type { TextSource } from './ts-project';
import { findDirectives } from '../suppress/directives';

export class FileRules {
  private readonly excluded: (rel: string) => boolean;

  constructor(private readonly root: string, exclude: string[], private readonly configs: () => readonly LoadedConfig[]) {
    this.excluded = compileGlobs(exclude);
  }

  /** Not ignored by a config nor excluded by the options (whatever the file's kind). */
  takes(file: string): boolean {
    const rel = relativeToConfig(this.root, file);
    return !this.ignored(file) && !(rel && this.excluded(rel));
  }

  /** A source file scans take: a language read here, not ignored by a config, not excluded by the options. */
  wanted(file: string): boolean {
    return languageOf(file) !== null && !minifiedByName(file) && this.takes(file);
  }

  private ignored(file: string): boolean {
    return this.configs().some((c) => c.result.config && isIgnored(c.result.config, c.dir, file));
  }
}

/** A klaviyo.keys.json, parsed and validated; `all` (the listed files) tells which globs match nothing. */
export function loadConfigFile(host: TextSource, file: string, all: string[]): LoadedConfig {
  const dir = path.dirname(file);
  const text = host.read(file);
  if (text === undefined) return { path: file, dir, result: unreadableConfig(file) };
  const globMatchesAny = (glob: string): boolean => {
    const match = compileGlobs([glob]);
    return all.some((f) => {
      const rel = relativeToConfig(dir, f);
      return rel !== null && rel !== '' && match(rel);
    });
  };
  const directives = findDirectives(text, 'c');
  return { path: file, dir, result: loadKeyConfig(text, { uri: file, globMatchesAny }), ...(directives.length ? { directives } : {}) };
}
