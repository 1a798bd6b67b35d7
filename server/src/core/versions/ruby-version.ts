import path from 'node:path';

// Which klaviyo-api-sdk (Klaviyo's official Ruby gem) version a project uses, from Gemfile.lock
// or the Gemfile's requirement, and the API revision that version sends. The revision decides
// what a method name meant where Klaviyo later moved or renamed the operation.

export const RUBY_SDK_GEM = 'klaviyo-api-sdk';
/** The retired gem for the v1/v2 API (`Klaviyo::Public.track`). */
export const RUBY_LEGACY_GEM = 'klaviyo';

export interface RubySdkVersion {
  version: string;
  /** The `revision` header the version sends by default. */
  revision: string;
  /**
   * How we know: `gemspec`/`readme` (the file states it), `changelog` (the gem's CHANGELOG
   * heading names the revision), `code` (the generated APIs' default `revision` header), or
   * `inferred` (no stored source; see note).
   */
  source: 'gemspec' | 'readme' | 'changelog' | 'code' | 'inferred';
  note?: string;
}

/**
 * Published versions, oldest first, read from the klaviyo-api-ruby repository (gemspec header
 * "The version of the OpenAPI document", README "API revision", CHANGELOG "## [x] - revision y"
 * and the `header_params['revision']` default in lib/klaviyo-api-sdk/api/*.rb). rubygems.org was
 * not reachable; versions missing here fall back to the newest known minor of their major.
 */
export const RUBY_SDK_VERSIONS: readonly RubySdkVersion[] = [
  { version: '1.0.0', revision: '2022-10-17', source: 'readme' },
  { version: '1.0.1', revision: '2022-10-17', source: 'gemspec' },
  { version: '1.1.0', revision: '2023-01-24', source: 'inferred', note: 'CHANGELOG: Data Privacy and Tags left beta, which revision 2023-01-24 did' },
  { version: '1.2.0', revision: '2023-02-22', source: 'inferred', note: 'CHANGELOG heading date; Campaigns left beta in revision 2023-02-22' },
  { version: '2.0.0', revision: '2023-02-22', source: 'readme' },
  { version: '3.0.0', revision: '2023-06-15', source: 'changelog' },
  { version: '4.0.0', revision: '2023-07-15', source: 'changelog' },
  { version: '4.1.0', revision: '2023-08-15', source: 'gemspec' },
  { version: '4.2.0', revision: '2023-09-15', source: 'gemspec' },
  { version: '5.0.0', revision: '2023-10-15', source: 'changelog' },
  { version: '5.1.0', revision: '2023-12-15', source: 'changelog' },
  { version: '6.0.0', revision: '2024-02-15', source: 'changelog' },
  { version: '7.0.0', revision: '2024-05-15', source: 'changelog' },
  { version: '7.1.0', revision: '2024-06-15', source: 'gemspec' },
  { version: '8.0.0', revision: '2024-07-15', source: 'gemspec' },
  { version: '9.0.0', revision: '2024-07-15', source: 'inferred', note: 'between 8.0.0 (2024-07-15) and 10.0.0 (2024-10-15); taken as the older' },
  { version: '10.0.0', revision: '2024-10-15', source: 'gemspec' },
  { version: '11.0.0', revision: '2024-10-15', source: 'gemspec' },
  { version: '11.1.0', revision: '2024-10-15', source: 'gemspec' },
  { version: '12.0.0', revision: '2025-01-15', source: 'gemspec' },
  { version: '13.0.0', revision: '2025-04-15', source: 'gemspec' },
  { version: '13.0.1', revision: '2025-04-15', source: 'inferred', note: 'patch release of 13.0.0' },
  { version: '14.0.0', revision: '2025-07-15', source: 'code' },
];

/** The revision a version or Gemfile requirement (`~> 9.0`, `>= 7`, `= 10.0.0`) sends, or null when unknown. */
export function rubySdkRevision(requirement: string): string | null {
  const m = /^\s*(~>|>=|=|>)?\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(requirement);
  if (!m) return null;
  const [, op, major, minor, patch] = m;
  const exact = RUBY_SDK_VERSIONS.find((v) => v.version === `${major}.${minor ?? 0}.${patch ?? 0}`);
  if ((op === undefined || op === '=') && patch !== undefined && exact) return exact.revision;
  // `~> 7.1.0` allows 7.1.x only; `~> 7.1`, `>= 7` (lowest) and `7` any 7.x: the newest we know of that series.
  const series = RUBY_SDK_VERSIONS.filter((v) => {
    const [ma, mi] = v.version.split('.');
    return ma === major && (op !== '~>' || patch === undefined || mi === (minor ?? '0'));
  });
  return series.length ? series[series.length - 1].revision : null;
}

/** The locked version of a gem in Gemfile.lock text (`    klaviyo-api-sdk (9.0.0)`), or null. */
export function lockedGemVersion(lock: string, gem: string): string | null {
  const re = new RegExp(`^ {4}${gem.replace(/[-.]/g, '\\$&')} \\(([^)]+)\\)`, 'm');
  return re.exec(lock)?.[1] ?? null;
}

/** The requirement string of a gem in a Gemfile (`gem 'klaviyo-api-sdk', '~> 9.0'` → `~> 9.0`); '' when unpinned; null when absent. */
export function gemfileRequirement(gemfile: string, gem: string): string | null {
  const re = new RegExp(`^\\s*gem\\s*\\(?\\s*['"]${gem.replace(/[-.]/g, '\\$&')}['"]\\s*(?:,\\s*['"]([^'"]+)['"])?`, 'm');
  const m = re.exec(gemfile);
  return m ? (m[1] ?? '') : null;
}

/** The nearest Gemfile.lock / Gemfile from the file's folder up to the root. */
export function nearestGemfiles(file: string, read: (p: string) => string | undefined, root: string): { lock?: string; gemfile?: string } {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    const lock = read(path.join(dir, 'Gemfile.lock'));
    const gemfile = read(path.join(dir, 'Gemfile')) ?? read(path.join(dir, 'gems.rb'));
    if (lock !== undefined || gemfile !== undefined) return { lock, gemfile };
    const rel = path.relative(root, dir);
    if (rel === '' || rel.startsWith('..') || path.dirname(dir) === dir) return {};
  }
}

/** The klaviyo-api-sdk revision for a file: Gemfile.lock's exact version, else the Gemfile requirement. */
export function rubySdkRevisionFor(file: string, read: (p: string) => string | undefined, root: string): string | null {
  const { lock, gemfile } = nearestGemfiles(file, read, root);
  const locked = lock ? lockedGemVersion(lock, RUBY_SDK_GEM) : null;
  if (locked) return rubySdkRevision(locked);
  const req = gemfile ? gemfileRequirement(gemfile, RUBY_SDK_GEM) : null;
  return req ? rubySdkRevision(req) : null;
}

/** Does the project depend on the retired `klaviyo` gem? */
export function usesLegacyGem(file: string, read: (p: string) => string | undefined, root: string): boolean {
  const { lock, gemfile } = nearestGemfiles(file, read, root);
  return (!!lock && lockedGemVersion(lock, RUBY_LEGACY_GEM) !== null) || (!!gemfile && gemfileRequirement(gemfile, RUBY_LEGACY_GEM) !== null);
}
