import path from 'node:path';
import { PYTHON_SDK_PACKAGE, pythonSdkRevision, versionForSpecifier } from './python-version';

// Reads the klaviyo-api requirement out of a Python project's manifests and lockfiles, and finds
// the nearest one above a source file. Lockfiles pin the installed version, so they win over
// the manifests' ranges in the same directory.

/** Lockfiles first (exact versions), then manifests (specifiers); the first that names the package wins. */
const LOCKFILES = ['poetry.lock', 'Pipfile.lock', 'uv.lock', 'pdm.lock'];
const MANIFESTS = [
  'requirements.txt', 'requirements.in', 'requirements-prod.txt', 'requirements-production.txt', 'requirements-base.txt',
  'requirements/base.txt', 'requirements/prod.txt', 'requirements/production.txt', 'requirements/common.txt',
  'pyproject.toml', 'Pipfile', 'setup.cfg', 'setup.py',
];

/** PEP 503 normalization: `Klaviyo_API`, `klaviyo.api` and `klaviyo-api` are one package. */
function isPackage(name: string): boolean {
  return name.toLowerCase().replace(/[-_.]+/g, '-') === PYTHON_SDK_PACKAGE;
}

const NAME = '[A-Za-z0-9][A-Za-z0-9._-]*';

/** The specifier of a PEP 508 requirement string naming klaviyo-api (`klaviyo-api[x]>=12,<13; python_version>'3'`). */
export function specifierOf(requirement: string): string | null {
  const m = requirement.trim().match(new RegExp(`^(${NAME})\\s*(?:\\[[^\\]]*\\])?\\s*(?:\\(([^)]*)\\)|([^;#@]*))`));
  if (!m || !isPackage(m[1])) return null;
  return (m[2] ?? m[3] ?? '').trim();
}

/** The installed version from a lockfile, or null. */
export function versionFromPythonLock(fileName: string, text: string): string | null {
  if (fileName.endsWith('Pipfile.lock')) {
    try {
      const lock = JSON.parse(text) as Record<string, Record<string, { version?: string }> | undefined>;
      for (const section of ['default', 'develop']) {
        for (const [name, entry] of Object.entries(lock[section] ?? {})) {
          if (isPackage(name) && entry.version) return entry.version.replace(/^==/, '');
        }
      }
    } catch {
      // A broken lockfile tells us nothing.
    }
    return null;
  }
  // poetry.lock, uv.lock, pdm.lock: TOML `[[package]]` tables with name and version.
  for (const block of text.split(/^\[\[package\]\]\s*$/m).slice(1)) {
    const name = block.match(/^name\s*=\s*"([^"]+)"/m);
    const version = block.match(/^version\s*=\s*"([^"]+)"/m);
    if (name && version && isPackage(name[1])) return version[1];
  }
  return null;
}

/** The specifier a manifest gives klaviyo-api ('' when named without one), or null when it does not name it. */
export function specifierFromPythonManifest(fileName: string, text: string, read?: (p: string) => string | undefined, depth = 0): string | null {
  const base = path.basename(fileName);
  if (base.endsWith('.txt') || base.endsWith('.in')) {
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.replace(/\s+#.*$/, '').trim();
      const include = line.match(/^(?:-r|--requirement)\s*=?\s*(\S+)/);
      if (include && read && depth < 3) {
        const target = path.join(path.dirname(fileName), include[1]);
        const inner = read(target);
        const spec = inner !== undefined ? specifierFromPythonManifest(target, inner, read, depth + 1) : null;
        if (spec !== null) return spec;
        continue;
      }
      if (line.startsWith('-') || line.startsWith('#')) continue;
      const spec = specifierOf(line);
      if (spec !== null) return spec;
    }
    return null;
  }
  if (base === 'pyproject.toml' || base === 'Pipfile') {
    // Poetry / Pipfile tables: `klaviyo-api = "^12.0"` or `klaviyo-api = { version = "^12.0", ... }`.
    const table = text.match(new RegExp(`^\\s*"?(${NAME})"?\\s*=\\s*(?:"([^"]*)"|\\{[^}]*?version\\s*=\\s*"([^"]*)")`, 'gm')) ?? [];
    for (const entry of table) {
      const m = entry.match(new RegExp(`^\\s*"?(${NAME})"?\\s*=\\s*(?:"([^"]*)"|\\{[^}]*?version\\s*=\\s*"([^"]*)")`));
      if (m && isPackage(m[1])) return (m[2] ?? m[3] ?? '').replace(/^\*$/, '');
    }
  }
  // PEP 621 `dependencies = ["klaviyo-api>=12"]`, setup.cfg `install_requires`, setup.py lists.
  for (const m of text.matchAll(/["']([A-Za-z0-9][^"'\n]*)["']/g)) {
    const spec = specifierOf(m[1]);
    if (spec !== null) return spec;
  }
  if (base === 'setup.cfg') {
    for (const raw of text.split(/\r?\n/)) {
      const spec = specifierOf(raw.replace(/^\s*(install_requires\s*=)?/, ''));
      if (spec !== null) return spec;
    }
  }
  return null;
}

/**
 * The revision the klaviyo-api version in use sends, from the nearest directory (the file's,
 * then its parents up to the root) whose lockfile or manifest names the package; null when none
 * does or the version is unknown (today's names apply).
 */
export function pythonSdkRevisionFor(file: string, read: (p: string) => string | undefined, root: string): string | null {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    for (const name of LOCKFILES) {
      const text = read(path.join(dir, name));
      const version = text !== undefined ? versionFromPythonLock(name, text) : null;
      if (version) return pythonSdkRevision(version);
    }
    for (const name of MANIFESTS) {
      const p = path.join(dir, name);
      const text = read(p);
      const spec = text !== undefined ? specifierFromPythonManifest(p, text, read) : null;
      if (spec === null) continue;
      const version = versionForSpecifier(spec);
      return version ? pythonSdkRevision(version) : null;
    }
    const parent = path.dirname(dir);
    if (parent === dir || path.relative(root, dir) === '' || path.relative(root, parent).startsWith('..')) return null;
  }
}
