// Which PyPI `klaviyo-api` version a Python project uses, and the API revision that version
// sends. The revision decides which endpoint an SDK method name meant where Klaviyo moved or
// renamed operations (resolveSdkMethod).
//
// Where the table comes from (PyPI is not reachable from where this was written): the SDK's own
// CHANGELOG.md (klaviyo/klaviyo-api-python at its 24.0.0 commit), whose headings read
// "## [X.Y.Z] - revision YYYY-MM-DD", cross-checked against `_REVISION` in klaviyo_api/wrapper.py
// (1.0.0: "2022-10-17", 11.0.1: "2024-07-15") and "Version of the API" in
// openapi_client/configuration.py (9.0.0, 11.0.1, 19.0.0, 19.0.1, 21.0.0, 23.0.0, 24.0.0).
//
// INFERRED entries (marked below): 1.1.0–2.0.0. Their headings give dates that are not API
// revisions (2023-01-25, 2023-02-23, 2023-03-09, 2023-04-06); the API serves the newest revision
// not after a requested date, so each maps to the revision in force then (2023-01-24 or
// 2023-02-22). That 2.0.0 (which split the generic relationship methods) sends 2023-02-22 also
// matches the Node SDK's v3, which made the same split at that revision.
// The Python majors do NOT line up with the Node SDK's (Python 19 sends 2025-04-15, Node 19
// sends 2025-07-15): never reuse node-sdk-versions.ts for Python.

export const PYTHON_SDK_PACKAGE = 'klaviyo-api';

/** Every release the changelog lists → the revision header it sends. */
export const PYTHON_SDK_REVISION_BY_VERSION: Readonly<Record<string, string>> = {
  '1.0.0': '2022-10-17',
  '1.1.0': '2023-01-24', // inferred (heading: 2023-01-25)
  '1.2.0': '2023-02-22', // inferred (heading: 2023-02-23)
  '1.2.1': '2023-02-22', // inferred (heading: 2023-02-23)
  '1.3.1': '2023-02-22', // inferred (heading: 2023-03-09)
  '2.0.0': '2023-02-22', // inferred (heading: 2023-04-06)
  '3.0.0': '2023-06-15',
  '4.0.0': '2023-07-15',
  '5.0.0': '2023-07-15',
  '5.1.0': '2023-08-15',
  '5.1.1': '2023-08-15',
  '5.1.2': '2023-08-15',
  '5.2.0': '2023-09-15',
  '6.0.0': '2023-10-15',
  '6.0.1': '2023-10-15',
  '6.1.0': '2023-12-15',
  '7.0.0': '2024-02-15',
  '8.0.0': '2024-05-15',
  '8.0.1': '2024-05-15',
  '9.0.0': '2024-06-15',
  '10.0.0': '2024-07-15',
  '11.0.0': '2024-07-15',
  '11.0.1': '2024-07-15',
  '12.0.0': '2024-07-15',
  '13.0.0': '2024-07-15',
  '14.0.0': '2024-10-15',
  '15.0.0': '2024-10-15',
  '16.0.0': '2024-10-15',
  '17.0.0': '2025-01-15',
  '18.0.0': '2025-01-15',
  '19.0.0': '2025-04-15',
  '19.0.1': '2025-04-15',
  '19.0.2': '2025-04-15',
  '20.0.0': '2025-07-15',
  '21.0.0': '2025-10-15',
  '22.0.0': '2026-01-15',
  '23.0.0': '2026-04-15',
  '24.0.0': '2026-07-15',
};

type Version = [number, number, number];

function parseVersion(v: string): Version | null {
  const m = v.trim().match(/^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/);
  return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : null;
}

function cmp(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

const KNOWN: readonly Version[] = Object.keys(PYTHON_SDK_REVISION_BY_VERSION).map((v) => parseVersion(v) as Version).sort(cmp);

/**
 * The revision an exact version sends: listed, or else that of the newest listed release of the
 * same major before it (a patch we do not list changes no endpoint). Unknown majors: null.
 */
export function pythonSdkRevision(version: string): string | null {
  const v = parseVersion(version);
  if (!v) return null;
  let best: Version | null = null;
  for (const k of KNOWN) if (k[0] === v[0] && cmp(k, v) <= 0) best = k;
  best ??= KNOWN.find((k) => k[0] === v[0]) ?? null;
  return best ? PYTHON_SDK_REVISION_BY_VERSION[best.join('.')] : null;
}

/** A specifier clause; `len` is how many numeric parts it wrote (`~=5.1` → 2). */
type Clause = { op: string; v: Version; len: number; wildcard: boolean };

/**
 * The version pip would install for a specifier (PEP 440, plus Poetry's `^`/`~` and bare
 * versions): the newest listed release that satisfies every clause. Without an upper bound
 * that is whatever is newest today, so null (today's names apply).
 */
export function versionForSpecifier(spec: string): string | null {
  const clauses: Clause[] = [];
  for (const raw of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = raw.match(/^(===|==|!=|~=|>=|<=|>|<|\^|~)?\s*v?([0-9][0-9.]*)(\.\*)?$/);
    if (!m) return null;
    const v = parseVersion(m[2]);
    if (!v) return null;
    clauses.push({ op: m[1] ?? '==', v, len: m[2].split('.').filter(Boolean).length, wildcard: !!m[3] });
  }
  if (clauses.length === 0) return null;
  const bounded = clauses.some((c) => ['==', '===', '<', '<=', '~=', '^', '~'].includes(c.op));
  if (!bounded) return null;
  const ok = (k: Version): boolean => clauses.every((c) => satisfies(k, c));
  const exact = clauses.find((c) => (c.op === '==' || c.op === '===') && !c.wildcard);
  if (exact) return exact.v.join('.');
  const hit = [...KNOWN].reverse().find(ok);
  return hit ? hit.join('.') : null;
}

function satisfies(k: Version, c: Clause): boolean {
  const parts = c.v;
  const d = cmp(k, parts);
  switch (c.op) {
    case '==': case '===': return c.wildcard ? prefixEq(k, parts, c.len) : d === 0;
    case '!=': return !(c.wildcard ? prefixEq(k, parts, c.len) : d === 0);
    case '>=': return d >= 0;
    case '<=': return d <= 0;
    case '>': return d > 0;
    case '<': return d < 0;
    // ~=X.Y means >=X.Y,==X.*; ~=X.Y.Z means >=X.Y.Z,==X.Y.*.
    case '~=': return d >= 0 && prefixEq(k, parts, Math.max(1, c.len - 1));
    // Poetry: ^X.Y.Z allows changes that keep the leftmost non-zero part; ~X.Y keeps X.Y.
    case '^': return d >= 0 && (parts[0] > 0 ? k[0] === parts[0] : parts[1] > 0 ? k[0] === 0 && k[1] === parts[1] : cmp(k, parts) === 0);
    case '~': return d >= 0 && prefixEq(k, parts, c.len >= 2 ? 2 : 1);
    default: return false;
  }
}

function prefixEq(k: Version, v: Version, n: number): boolean {
  for (let i = 0; i < n; i++) if (k[i] !== v[i]) return false;
  return true;
}
