import path from 'node:path';

// Which klaviyo/api (Klaviyo's official PHP SDK, Packagist) version a project uses, from
// composer.json and composer.lock, and the API revision that version sends in its `revision`
// header. The revision decides which endpoint a method name meant where Klaviyo moved or
// renamed operations.
//
// Source: the SDK's CHANGELOG.md (klaviyo/klaviyo-api-php), which names the revision of every
// release from 4.0.0 on. Packagist itself is not reachable from here. Entries marked
// `inferred` are not stated there and follow from the release history instead: 1.x predates
// the "revision" headings (1.0 shipped with the first GA revision; 1.1 added Data Privacy and
// Tags, GA in 2023-01-24; 1.2 added Campaigns, GA in 2023-02-22), and 2.x/3.x were released
// between 2023-02-22 and the 2023-06-15 revision of 4.0.0 (3.0.0 appears in the CHANGELOG as a
// second "2.0.0" entry dated 2023-04-19, the parameter-order fix).

export const PHP_SDK_PACKAGE = 'klaviyo/api';

export interface PhpSdkVersion {
  major: number;
  /** Revision the latest release of the major sends (what a `^N.0` constraint installs). */
  revision: string;
  /** Not stated by the CHANGELOG: read from the release history (see above). */
  inferred?: true;
}

export const PHP_SDK_VERSIONS: readonly PhpSdkVersion[] = [
  { major: 1, revision: '2023-02-22', inferred: true },
  { major: 2, revision: '2023-02-22', inferred: true },
  { major: 3, revision: '2023-02-22', inferred: true },
  { major: 4, revision: '2023-06-15' },
  { major: 5, revision: '2023-09-15' },
  { major: 6, revision: '2023-12-15' },
  { major: 7, revision: '2024-02-15' },
  { major: 8, revision: '2024-06-15' },
  { major: 9, revision: '2024-07-15' },
  { major: 10, revision: '2024-07-15' },
  { major: 11, revision: '2024-10-15' },
  { major: 12, revision: '2024-10-15' },
  { major: 13, revision: '2025-01-15' },
  { major: 14, revision: '2025-04-15' },
  { major: 15, revision: '2025-07-15' },
  { major: 16, revision: '2025-07-15' },
  { major: 17, revision: '2025-10-15' },
  { major: 18, revision: '2026-01-15' },
  { major: 19, revision: '2026-04-15' },
];

/** Minors whose revision differs from their major's latest (a lockfile's exact version is more precise). */
export const PHP_SDK_REVISION_BY_MINOR: Readonly<Record<string, string>> = {
  '1.0': '2022-10-17', // inferred
  '1.1': '2023-01-24', // inferred
  '5.0': '2023-07-15',
  '5.1': '2023-08-15',
  '6.0': '2023-10-15',
  '8.0': '2024-05-15',
};

/** The revision a version or constraint of klaviyo/api sends, or null when unknown (then today's names apply). */
export function phpSdkRevisionOf(versionOrConstraint: string): string | null {
  const exact = /^v?(\d+)\.(\d+)\.\d+/.exec(versionOrConstraint.trim());
  if (exact) {
    const minor = PHP_SDK_REVISION_BY_MINOR[`${exact[1]}.${exact[2]}`];
    if (minor) return minor;
  }
  // The lowest major a constraint names (`^19.0`, `~18.0`, `>=17 <19`, `19.*`); dev branches: unknown.
  const m = /(\d+)(?:\.(?:\d+|\*|x))*/.exec(versionOrConstraint);
  if (!m || /^dev-/.test(versionOrConstraint.trim())) return null;
  return PHP_SDK_VERSIONS.find((v) => v.major === Number(m[1]))?.revision ?? null;
}

/** The constraint composer.json declares for klaviyo/api (require, require-dev), or null. */
export function constraintFromComposer(text: string): string | null {
  try {
    const json = JSON.parse(text) as Record<string, Record<string, string> | undefined>;
    for (const field of ['require', 'require-dev']) {
      const c = json[field]?.[PHP_SDK_PACKAGE];
      if (typeof c === 'string') return c;
    }
  } catch {
    // A broken composer.json tells us nothing.
  }
  return null;
}

/** The installed klaviyo/api version from composer.lock, or null. */
export function versionFromComposerLock(text: string): string | null {
  try {
    const lock = JSON.parse(text) as Record<string, { name?: string; version?: string }[] | undefined>;
    for (const field of ['packages', 'packages-dev']) {
      const hit = lock[field]?.find((p) => p.name === PHP_SDK_PACKAGE);
      if (hit?.version) return hit.version;
    }
  } catch {
    // Same as a missing lockfile.
  }
  return null;
}

/** The revision for a PHP file: the nearest composer.json requiring klaviyo/api (and its lock), up to the root. */
export function phpSdkRevision(file: string, read: (p: string) => string | undefined, root: string): string | null {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    const manifest = read(path.join(dir, 'composer.json'));
    const constraint = manifest !== undefined ? constraintFromComposer(manifest) : null;
    if (constraint !== null) {
      const lock = read(path.join(dir, 'composer.lock'));
      const locked = lock !== undefined ? versionFromComposerLock(lock) : null;
      return phpSdkRevisionOf(locked ?? constraint);
    }
    const parent = path.dirname(dir);
    if (parent === dir || path.relative(root, parent).startsWith('..')) return null;
  }
}
