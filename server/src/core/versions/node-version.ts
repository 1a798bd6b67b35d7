import { NODE_SDK_REVISION_BY_VERSION, NODE_SDK_VERSIONS } from '../sdk/node-sdk-versions';

// Which klaviyo-api version a package uses, from its manifest and lockfile texts. The revision
// it sends decides which endpoint a name meant where Klaviyo moved or renamed operations.

export const NODE_SDK_PACKAGE = 'klaviyo-api';

/** The installed version from a lockfile (package-lock.json, yarn.lock, pnpm-lock.yaml), or null. */
export function versionFromLockfile(fileName: string, text: string): string | null {
  if (fileName.endsWith('package-lock.json') || fileName.endsWith('npm-shrinkwrap.json')) {
    try {
      const lock = JSON.parse(text) as { packages?: Record<string, { version?: string }>; dependencies?: Record<string, { version?: string }> };
      return lock.packages?.[`node_modules/${NODE_SDK_PACKAGE}`]?.version ?? lock.dependencies?.[NODE_SDK_PACKAGE]?.version ?? null;
    } catch {
      return null;
    }
  }
  if (fileName.endsWith('yarn.lock')) {
    const m = text.match(/^"?klaviyo-api@[^\n]*:\n\s+version:?\s+"?([0-9][^"\s]*)/m);
    return m ? m[1] : null;
  }
  if (fileName.endsWith('pnpm-lock.yaml')) {
    const m = text.match(/\/?klaviyo-api[@/]([0-9]+\.[0-9]+\.[0-9]+)/);
    return m ? m[1] : null;
  }
  return null;
}

/** The declared range from package.json (dependencies, devDependencies, peer), or null. */
export function rangeFromManifest(text: string): string | null {
  try {
    const pkg = JSON.parse(text) as Record<string, Record<string, string> | undefined>;
    for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
      const r = pkg[field]?.[NODE_SDK_PACKAGE];
      if (typeof r === 'string') return r;
    }
  } catch {
    // A broken package.json tells us nothing; the latest revision applies.
  }
  return null;
}

/** The lowest major a semver range allows (`^7.1.0` -> 7, `~10`, `>=9 <11` -> 9); null for tags and URLs. */
export function majorOf(range: string): number | null {
  const m = range.match(/(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?/);
  return m ? Number(m[1]) : null;
}

/** The revision a version or range of klaviyo-api sends, or null when unknown (then today's names apply). */
export function nodeSdkRevision(versionOrRange: string): string | null {
  const exact = versionOrRange.match(/^\d+\.\d+\.\d+$/) ? NODE_SDK_REVISION_BY_VERSION[versionOrRange] : undefined;
  if (exact) return exact;
  const major = majorOf(versionOrRange);
  if (major === null) return null;
  return NODE_SDK_VERSIONS.find((v) => v.major === major)?.revision ?? null;
}
