import type { Directive } from '../suppress/directives';
import type { LoadedConfig } from './workspace-types';
import { directivesIn } from './scan-plan';

// A workspace's `klaviyo-scopes-ignore` comments by file: the sources' (from the prefilter's facts,
// then each edit), the configs' (their loader finds them) and the tracked .env files' (the key
// scan's). The merged map is handed out with every result, which runs after every keystroke, so
// it is rebuilt only when one of its parts changed.

export class DirectiveIndex {
  private readonly sources = new Map<string, Directive[]>();
  private version = 0;
  private merged: { version: number; configs: readonly LoadedConfig[]; env: ReadonlyMap<string, Directive[]>; envSize: number; map: Map<string, Directive[]> } | null = null;

  /** A new scan: every source's directives as its facts found them. */
  reset(sources: readonly string[], facts: readonly ({ directives?: Directive[] } | undefined)[]): void {
    this.sources.clear();
    sources.forEach((f, i) => {
      const d = facts[i]?.directives;
      if (d) this.sources.set(f, d);
    });
    this.version++;
  }

  /** A source changed: its text, or undefined when it is gone or not analyzed. */
  update(file: string, text: string | undefined): void {
    const found = text === undefined ? [] : directivesIn(file, text);
    if (found.length === 0 && !this.sources.has(file)) return;
    if (found.length) this.sources.set(file, found);
    else this.sources.delete(file);
    this.version++;
  }

  /**
   * Every file's directives. `env` is the key scan's map, changed in place: an edit of a .env file
   * replaces its entry (a new array), so its entries are compared too.
   */
  all(configs: readonly LoadedConfig[], env: ReadonlyMap<string, Directive[]>): ReadonlyMap<string, readonly Directive[]> {
    const m = this.merged;
    if (m && m.version === this.version && m.configs === configs && m.env === env && m.envSize === env.size && [...env].every(([f, d]) => m.map.get(f) === d)) return m.map;
    const map = new Map(this.sources);
    for (const c of configs) if (c.directives) map.set(c.path, c.directives);
    for (const [f, d] of env) map.set(f, d);
    this.merged = { version: this.version, configs, env, envSize: env.size, map };
    return map;
  }
}
